import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { ROLES } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useRegion } from '../../../features/regions/regions.api';
import { useSession } from '../../../features/identity/session';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { sectionPath, sectionsFor } from '../layout/sections';

/** 工作台首页: who I am and the sections my roles open, with what each is for. */
export default function WorkbenchHome() {
  const t = useT();
  useDocumentTitle(t('app.adminTitle'));
  const session = useSession();
  const account = session.data?.account;
  const region = useRegion(account?.regionCode ?? undefined);
  const sections = sectionsFor(session.data);
  return (
    <div className="yw-stack" data-testid="workbench-home">
      <Card>
        <h1 className="yw-page-title">{t('workbench.welcome', { name: account?.name ?? '' })}</h1>
        <Typography.Paragraph type="secondary" className="yw-workbench-who">
          {region.data && <span data-testid="workbench-region">{region.data.path.map((p) => p.name).join(' / ')}</span>}
          {account?.roles.map((role) => (
            <Tag key={role}>{ROLES.label(role)}</Tag>
          ))}
        </Typography.Paragraph>
      </Card>
      {sections.length === 0 ? (
        <Card>
          <Empty description={t('workbench.noSections')} data-testid="workbench-empty" />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {sections.map((s) => (
            <Col key={s.key} xs={24} sm={12} xl={8}>
              <Link to={sectionPath(s.key)} data-testid={`workbench-card-${s.key}`}>
                <Card hoverable className="yw-workbench-card">
                  <Card.Meta
                    avatar={<span className="yw-workbench-icon">{s.icon}</span>}
                    title={
                      <>
                        {t(s.label)} {s.later && <Tag color="blue">{t('account.comingSoonTag')}</Tag>}
                      </>
                    }
                    description={t(s.description)}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
