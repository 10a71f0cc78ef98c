import type { ComponentType } from 'react';
import { Card, Col, Row } from 'antd';
import { ENTERPRISE_THEMES, PERSON_THEMES } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { ENTERPRISE_THEME_ICONS, PERSON_THEME_ICONS } from '../../../features/catalog/themeIcons';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';

interface Theme {
  code: string;
  label: string;
  Icon: ComponentType<{ className?: string }>;
}

const personThemes: Theme[] = PERSON_THEMES.codes.map((code) => ({ code, label: PERSON_THEMES.label(code), Icon: PERSON_THEME_ICONS[code] }));
const enterpriseThemes: Theme[] = ENTERPRISE_THEMES.codes.map((code) => ({
  code,
  label: ENTERPRISE_THEMES.label(code),
  Icon: ENTERPRISE_THEME_ICONS[code],
}));

function ThemeGrid({ themes, basePath, region, testId }: { themes: Theme[]; basePath: string; region?: string; testId: string }) {
  const suffix = region ? `&region=${encodeURIComponent(region)}` : '';
  return (
    <ul className="yw-theme-grid" data-testid={testId}>
      {themes.map(({ code, label, Icon }) => (
        <li key={code}>
          <Link to={`${basePath}?theme=${code}${suffix}`} className="yw-theme" data-testid={`theme-${code}`}>
            <Icon className="yw-theme-icon" />
            <span>{label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Theme columns for persons (个人服务) and enterprises (法人服务). */
export function ThemeColumns() {
  const t = useT();
  const { region } = useSelectedRegion();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('nav.personal')} extra={<Link to="/personal">{t('action.more')}</Link>}>
          <ThemeGrid themes={personThemes} basePath="/personal" region={region} testId="person-themes" />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('nav.enterprise')} extra={<Link to="/enterprise">{t('action.more')}</Link>}>
          <ThemeGrid themes={enterpriseThemes} basePath="/enterprise" region={region} testId="enterprise-themes" />
        </Card>
      </Col>
    </Row>
  );
}
