import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => {
  // YIWANG_API_URL points the dev proxy at another server (default: the local one).
  const env = loadEnv(mode, '.', 'YIWANG_');
  const apiProxy = { '/api': { target: env.YIWANG_API_URL || 'http://127.0.0.1:8080', changeOrigin: false } };
  return {
    plugins: [react()],
    server: { port: 5173, proxy: apiProxy },
    preview: { port: 4173, proxy: apiProxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The framework changes rarely: keep it in its own long-cached chunk.
              { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/, priority: 3 },
              // What every antd component needs (theme, CSS-in-JS, config); the components stay with their routes.
              {
                name: 'antd-core',
                test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@rc-component[\\/]util|antd[\\/]es[\\/](_util|theme|style|config-provider|locale))[\\/]/,
                priority: 2,
              },
              // Code tables and zod schemas, loaded by the first page that shows a code label.
              { name: 'contracts', test: /(packages[\\/]contracts|node_modules[\\/]zod)[\\/]/, priority: 2 },
            ],
          },
        },
      },
    },
  };
});
