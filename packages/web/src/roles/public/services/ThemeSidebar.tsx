import { Grid, Menu, Select } from 'antd';
import { useT } from '../../../app/i18n';

export interface ThemeOption {
  code: string;
  label: string;
}

interface ThemeSidebarProps {
  themes: ThemeOption[];
  value?: string;
  onChange: (code: string | undefined) => void;
}

const ALL = '__all';

/** Theme columns as a side menu, or a select on a phone. */
export function ThemeSidebar({ themes, value, onChange }: ThemeSidebarProps) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const options = [{ code: ALL, label: t('theme.all') }, ...themes];
  const change = (code: string) => onChange(code === ALL ? undefined : code);
  if (screens.md === false) {
    return (
      <Select
        className="yw-full-width"
        aria-label={t('theme.label')}
        data-testid="theme-select"
        value={value ?? ALL}
        onChange={change}
        options={options.map((o) => ({ value: o.code, label: o.label }))}
      />
    );
  }
  return (
    <Menu
      className="yw-theme-menu"
      mode="inline"
      aria-label={t('theme.label')}
      data-testid="theme-menu"
      selectedKeys={[value ?? ALL]}
      onClick={({ key }) => change(key)}
      items={options.map((o) => ({ key: o.code, label: <span data-testid={`theme-menu-${o.code}`}>{o.label}</span> }))}
    />
  );
}
