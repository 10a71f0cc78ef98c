import { FontSizeOutlined, TranslationOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { setLanguage, useLanguage, useT } from '../../../app/i18n';
import { setLargeFont, useLargeFont } from '../../../app/preferences';

/** 中文 / English. */
export function LanguageSwitch() {
  const language = useLanguage();
  const t = useT();
  return (
    <Button
      type="text"
      icon={<TranslationOutlined />}
      aria-label={t('pref.language')}
      data-testid="lang-switch"
      onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
    >
      {language === 'en' ? '中文' : 'English'}
    </Button>
  );
}

/** 适老化: large-font mode for older users. */
export function LargeFontToggle() {
  const largeFont = useLargeFont();
  const t = useT();
  return (
    <Button
      type={largeFont ? 'primary' : 'text'}
      icon={<FontSizeOutlined />}
      aria-pressed={largeFont}
      data-testid="large-font-toggle"
      onClick={() => setLargeFont(!largeFont)}
    >
      {largeFont ? t('pref.standardFont') : t('pref.largeFont')}
    </Button>
  );
}

export function PreferenceSwitches() {
  return (
    <Space size={4} wrap>
      <LargeFontToggle />
      <LanguageSwitch />
    </Space>
  );
}
