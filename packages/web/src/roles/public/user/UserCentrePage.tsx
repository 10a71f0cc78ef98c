import { Col, Row, Tag, Typography } from 'antd';
import { ACCOUNT_KINDS, type SessionView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { accountLabel } from '../../../features/identity/accountLabel';
import { RequireSignedIn } from '../../../features/identity/RequireSignedIn';
import { LinkButton } from '../../../ui/LinkButton';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ActingForCard } from './ActingForCard';
import { AgentsCard } from './AgentsCard';
import { MessagesCard } from './MessagesCard';
import { MyCasesCard } from './MyCasesCard';
import { PasswordCard } from './PasswordCard';
import { ProfileCard } from './ProfileCard';
import { WalletCard } from './WalletCard';

function UserCentre({ session }: { session: SessionView }) {
  const t = useT();
  const account = session.account!;
  const applicant = account.kind === 'citizen' || account.kind === 'enterprise';
  return (
    <div className="yw-stack" data-testid="user-centre">
      <div className="yw-user-head">
        <h1 className="yw-page-title">{t('nav.user')}</h1>
        <Typography.Text type="secondary" data-testid="user-centre-greeting">
          {t('account.greeting', { name: accountLabel(session, t) })}
          <Tag className="yw-user-kind">{ACCOUNT_KINDS.label(account.kind)}</Tag>
        </Typography.Text>
        {account.kind === 'staff' && (
          <LinkButton type="primary" to="/admin" data-testid="user-centre-workbench">
            {t('account.workbench')}
          </LinkButton>
        )}
      </div>
      {applicant && <MyCasesCard />}
      {applicant && <WalletCard />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <div className="yw-stack">
            <ProfileCard actingFor={session.actingFor?.name} />
            {account.kind === 'citizen' && <ActingForCard session={session} />}
            {account.kind === 'enterprise' && <AgentsCard />}
          </div>
        </Col>
        <Col xs={24} lg={10}>
          <div className="yw-stack">
            {applicant && <MessagesCard />}
            <PasswordCard />
          </div>
        </Col>
      </Row>
    </div>
  );
}

/** 用户中心: my record, for whom I may act (persons) or who may act for us (enterprises), the password. */
export default function UserCentrePage() {
  const t = useT();
  useDocumentTitle(t('nav.user'));
  return <RequireSignedIn>{(session) => <UserCentre session={session} />}</RequireSignedIn>;
}
