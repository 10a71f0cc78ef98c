import { useState } from 'react';
import { FileSearchOutlined, SafetyCertificateOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { LinkButton } from '../../../ui/LinkButton';
import { AccountMenu } from './AccountMenu';
import { NavMenu } from './NavMenu';
import { PreferenceSwitches } from './PreferenceSwitches';
import { RegionSwitcher } from './RegionSwitcher';

export function PublicHeader() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  // Before the first measurement the screen counts as wide.
  const isNarrow = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <header className="yw-header">
      <div className="yw-header-top yw-container">
        <Link to="/" className="yw-brand" data-testid="site-name">
          <span className="yw-brand-emblem" aria-hidden>
            政
          </span>
          <span className="yw-brand-name">{t('app.title')}</span>
        </Link>
        <div className="yw-header-tools">
          <RegionSwitcher />
          <LinkButton
            type="text"
            icon={<FileSearchOutlined />}
            to="/cases/lookup"
            aria-label={t('lookup.title')}
            data-testid="header-case-lookup"
          >
            {isNarrow ? null : t('lookup.title')}
          </LinkButton>
          <LinkButton
            type="text"
            icon={<SafetyCertificateOutlined />}
            to="/certificates/verify"
            aria-label={t('cert.verifyTitle')}
            data-testid="header-certificate-verify"
          >
            {isNarrow ? null : t('cert.verifyTitle')}
          </LinkButton>
          <AccountMenu />
          {isNarrow ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.open')}
              data-testid="nav-menu-button"
              onClick={() => setDrawerOpen(true)}
            />
          ) : (
            <PreferenceSwitches />
          )}
        </div>
      </div>
      {!isNarrow && (
        <nav className="yw-nav">
          <div className="yw-container">
            <NavMenu mode="horizontal" />
          </div>
        </nav>
      )}
      <Drawer
        title={t('nav.label')}
        placement="right"
        size={280}
        open={isNarrow && drawerOpen}
        onClose={() => setDrawerOpen(false)}
        footer={<PreferenceSwitches />}
      >
        <NavMenu mode="inline" onNavigate={() => setDrawerOpen(false)} />
      </Drawer>
    </header>
  );
}
