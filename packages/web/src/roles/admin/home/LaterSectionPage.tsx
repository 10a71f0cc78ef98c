import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import { useMatches } from 'react-router';
import { useT } from '../../../app/i18n';
import { LinkButton } from '../../../ui/LinkButton';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { isAccessHandle } from '../access';
import { SECTIONS } from '../layout/sections';

/** 办件受理、审查、审批、电子监察、12345 热线: menu entries whose work arrives with later releases. */
export default function LaterSectionPage() {
  const t = useT();
  const matches = useMatches();
  const key = [...matches].reverse().map((m) => m.handle).find(isAccessHandle)?.later;
  const section = SECTIONS.find((s) => s.key === key);
  useDocumentTitle(section ? t(section.label) : undefined);
  return (
    <Card data-testid="workbench-later">
      <Result
        icon={<ClockCircleOutlined />}
        title={section ? t(section.label) : ''}
        subTitle={section ? t(section.description) : ''}
        extra={
          <LinkButton type="primary" to="/admin">
            {t('workbench.home')}
          </LinkButton>
        }
      />
    </Card>
  );
}
