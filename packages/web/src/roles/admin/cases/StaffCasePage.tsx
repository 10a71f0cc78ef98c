import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { CaseFormValues } from '../../../features/cases/CaseFormValues';
import { CaseHeader } from '../../../features/cases/CaseHeader';
import { CaseMaterialsList } from '../../../features/cases/CaseMaterialsList';
import { CaseProgress } from '../../../features/cases/CaseProgress';
import { CorrectionNotice } from '../../../features/cases/CorrectionNotice';
import { useCaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { useCan, useSession } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStaffCase } from './cases.api';
import { mySteps, StepActions } from './StepActions';
import { WindowActions } from './WindowActions';

/** Back to where the case was opened from (a queue), or to the workbench when opened directly. */
function BackButton() {
  const t = useT();
  const navigate = useNavigate();
  const canGoBack = typeof window.history.state?.idx === 'number' && window.history.state.idx > 0;
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void (canGoBack ? navigate(-1) : navigate('/admin'))} data-testid="case-back">
      {t('action.back')}
    </Button>
  );
}

/**
 * 办件详情 for staff (`/admin/cases/:id`): the case as filed, its history and clock, and the viewer's actions —
 * the window's (受理, 不予受理, 一次性告知补正, 送达) or those on their department's active step.
 */
export default function StaffCasePage() {
  const t = useT();
  const { id } = useParams();
  const query = useStaffCase(id);
  const session = useSession();
  const can = useCan();
  const onError = useCaseErrorHandler(() => query.refetch());
  useDocumentTitle(query.data ? `${query.data.itemName} · ${query.data.number ?? t('case.draft')}` : t('case.title'));
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 403)) {
    return (
      <Result
        status={query.error.status === 404 ? '404' : '403'}
        title={query.error.status === 404 ? t('case.notFound') : t('workbench.forbidden')}
        subTitle={query.error.message}
        extra={<LinkButton type="primary" to="/admin">{t('workbench.home')}</LinkButton>}
        data-testid="case-not-found"
      />
    );
  }
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const view = query.data;
  const steps = mySteps(view, session.data?.account?.departmentIds ?? [], can);
  const materialName = (index: number) => view.materials.find((m) => m.index === index)?.name ?? t('case.material.nth', { n: index + 1 });
  const flagged = (view.correction?.items ?? []).map((i) => i.materialIndex).filter((i): i is number => i !== null);
  return (
    <div className="yw-stack" data-testid="staff-case-page">
      <CaseHeader view={view} viewer="staff" extra={<BackButton />} />
      <WindowActions view={view} onError={onError} />
      <StepActions view={view} steps={steps} onError={onError} />
      {view.status === 'correction' && view.correction && <CorrectionNotice notice={view.correction} materialName={materialName} forStaff />}
      <Card title={<h2 className="yw-card-title">{t('case.form')}</h2>}>
        <CaseFormValues form={view.form} values={view.formValues} />
      </Card>
      <Card title={<h2 className="yw-card-title">{t('guide.materialsShort')}</h2>}>
        <CaseMaterialsList materials={view.materials} flagged={view.status === 'correction' ? flagged : []} />
      </Card>
      <CaseProgress view={view} materialName={materialName} />
    </div>
  );
}
