import type { ComponentType } from 'react';
import {
  CustomerServiceOutlined, EnvironmentOutlined, FileProtectOutlined, HomeOutlined, IdcardOutlined, SafetyOutlined,
  SmileOutlined, ThunderboltOutlined,
} from '@ant-design/icons';
import { Card } from 'antd';
import { Link } from 'react-router';
import { type MessageKey, useT } from '../../../app/i18n';

interface ConvenienceLink {
  key: string;
  label: MessageKey;
  to: string;
  Icon: ComponentType<{ className?: string }>;
  external?: boolean;
}

/** The seed site's columns: 12345 and the most asked personal services. */
const LINKS: ConvenienceLink[] = [
  { key: 'hotline', label: 'conv.hotline', to: 'tel:12345', Icon: CustomerServiceOutlined, external: true },
  { key: 'hukou', label: 'conv.hukou', to: '/personal?theme=hukou', Icon: HomeOutlined },
  { key: 'id-card', label: 'conv.idCard', to: '/personal?theme=id-card', Icon: IdcardOutlined },
  { key: 'birth', label: 'conv.birth', to: '/personal?theme=birth', Icon: SmileOutlined },
  { key: 'residence', label: 'conv.residence', to: '/personal?theme=residence', Icon: EnvironmentOutlined },
  { key: 'social-security', label: 'conv.socialSecurity', to: '/personal?theme=social-security', Icon: SafetyOutlined },
  { key: 'property', label: 'conv.property', to: '/personal?theme=property-reg', Icon: FileProtectOutlined },
  { key: 'zero-trip', label: 'conv.zeroTrip', to: '/one-trip?tab=zero', Icon: ThunderboltOutlined },
];

export function ConvenienceLinks() {
  const t = useT();
  return (
    <Card title={t('conv.links')}>
      <ul className="yw-theme-grid" data-testid="convenience-links">
        {LINKS.map(({ key, label, to, Icon, external }) => (
          <li key={key}>
            {external ? (
              <a href={to} className="yw-theme">
                <Icon className="yw-theme-icon" />
                <span>{t(label)}</span>
              </a>
            ) : (
              <Link to={to} className="yw-theme">
                <Icon className="yw-theme-icon" />
                <span>{t(label)}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
