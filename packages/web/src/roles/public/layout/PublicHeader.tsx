import { useState, type ReactNode } from 'react';
import { FileSearchOutlined, SafetyCertificateOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid } from 'antd';
import { Link } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';
import { LinkButton } from '../../../ui/LinkButton';
import { AccountMenu } from './AccountMenu';
import { NavMenu } from './NavMenu';
import { PreferenceSwitches } from './PreferenceSwitches';
import { RegionSwitcher } from './RegionSwitcher';

/** Public look-ups beside the account menu: a case's progress, a certificate's validity. */
const HEADER_LINKS: readonly { to: string; label: MessageKey; icon: ReactNode; testId: string }[] = [
  { to: '/cases/lookup', label: 'lookup.title', icon: <FileSearchOutlined />, testId: 'header-case-lookup' },
  { to: '/certificates/verify', label: 'cert.verifyTitle', icon: <SafetyCertificateOutlined />, testId: 'header-certificate-verify' },
];

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
          {HEADER_LINKS.map((link) => (
            <LinkButton key={link.to} type="text" icon={link.icon} to={link.to} aria-label={t(link.label)} data-testid={link.testId}>
              {isNarrow ? null : t(link.label)}
            </LinkButton>
          ))}
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
