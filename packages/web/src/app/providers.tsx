import { type ReactNode, useEffect, useMemo } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useLanguage } from './i18n';
import { useLargeFont } from './preferences';
import { queryClient } from './queryClient';

const baseTheme: ThemeConfig = {
  token: { colorPrimary: '#1560bd', borderRadius: 6 },
};

const largeTheme: ThemeConfig = {
  token: { ...baseTheme.token, fontSize: 18, controlHeight: 40 },
};

/** The system's "reduce motion" setting (an accessibility preference): dialogs and menus then appear without animation. */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export function Providers({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const largeFont = useLargeFont();
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  }, [language]);
  const theme = useMemo(() => {
    const chosen = largeFont ? largeTheme : baseTheme;
    return reducedMotion ? { ...chosen, token: { ...chosen.token, motion: false } } : chosen;
  }, [largeFont]);
  return (
    <QueryClientProvider client={queryClient}>
      {/* No space inside two-character buttons (发 布): accessible names stay the plain words. */}
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
