import { Menu } from 'antd';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { NAV_ITEMS, navKeyOf } from './navItems';

/** The column menu; links keep the chosen region. */
export function NavMenu({ mode, onNavigate }: { mode: 'horizontal' | 'inline'; onNavigate?: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const region = params.get('region');
  const search = region ? `?region=${encodeURIComponent(region)}` : '';
  return (
    <Menu
      mode={mode}
      className="yw-nav-menu"
      aria-label={t('nav.label')}
      selectedKeys={[navKeyOf(pathname)]}
      onClick={onNavigate}
      items={NAV_ITEMS.map((item) => ({
        key: item.path,
        label: (
          <Link to={item.path + search} data-testid={`nav-${item.path === '/' ? 'home' : item.path.slice(1)}`}>
            {t(item.label)}
          </Link>
        ),
      }))}
    />
  );
}
