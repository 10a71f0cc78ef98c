/**
 * A local 统一身份认证 for trying the OIDC sign-in by hand: `npm run dev:oidc`, then start the platform with the
 * variables it prints. It is the same real provider (oidc-provider) the tests start; anyone may sign in as one
 * of the accounts below by typing its name on the provider's login page.
 */
import { startOidcProvider } from './oidc-provider.js';

const port = Number(process.env.OIDC_PORT ?? 9400);
const platform = (process.env.YIWANG_PUBLIC_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
const provider = await startOidcProvider({
  port,
  redirectUris: [`${platform}/api/auth/oidc/callback`],
  clientId: 'yiwang-dev',
  clientSecret: 'yiwang-dev-secret',
  accounts: {
    zhangsan: { id_number: '430102199003071234', name: '张三', phone_number: '13800138000' },
    ouyang: { id_number: '43010219900307104X', name: '欧阳明', phone_number: '13800000001' },
  },
});
console.log(`OIDC provider at ${provider.issuer} (accounts: zhangsan, ouyang). Start the platform with:

  YIWANG_OIDC_ISSUER=${provider.issuer} YIWANG_OIDC_CLIENT_ID=${provider.clientId} \\
  YIWANG_OIDC_CLIENT_SECRET=${provider.clientSecret} YIWANG_OIDC_ALLOW_HTTP=true \\
  YIWANG_OIDC_NAME=湖南省统一身份认证平台（本地测试） npm start
`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void provider.close().then(() => process.exit(0)));
