import { useState } from 'react';
import { Button, Card, Result, Skeleton } from 'antd';
import type { CaseView } from '@yiwang/contracts';
import { useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useItem } from '../../../features/catalog/items.api';
import { CaseFormValues } from '../../../features/cases/CaseFormValues';
import { CaseHeader } from '../../../features/cases/CaseHeader';
import { CaseMaterialsList } from '../../../features/cases/CaseMaterialsList';
import { CaseProgress } from '../../../features/cases/CaseProgress';
import { useMyCase } from '../../../features/cases/cases.api';
import { CorrectionNotice } from '../../../features/cases/CorrectionNotice';
import { useCaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { RequireSignedIn } from '../../../features/identity/RequireSignedIn';
import { LinkButton } from '../../../ui/LinkButton';
import { PageSpinner } from '../../../ui/PageSpinner';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CaseEditCard } from './CaseEditCard';
import { WithdrawModal } from './WithdrawModal';

/** Form and materials: editable while a draft or waiting for correction (once the guide is known), else as submitted. */
function ApplicationPart({ view, onError }: { view: CaseView; onError: ReturnType<typeof useCaseErrorHandler> }) {
  const t = useT();
  const editable = view.status === 'draft' || view.status === 'correction';
  const guide = useItem(editable ? view.item.id : undefined);
  if (editable) {
    if (guide.isPending) return <PageSpinner />;
    return <CaseEditCard key={view.status} view={view} guideMaterials={guide.data?.content.materials} onError={onError} />;
  }
  const flagged = (view.correction?.items ?? []).map((i) => i.materialIndex).filter((i): i is number => i !== null);
  return (
    <>
      <Card title={<h2 className="yw-card-title">{t('case.form')}</h2>}>
        <CaseFormValues form={view.form} values={view.formValues} />
      </Card>
      <Card title={<h2 className="yw-card-title">{t('guide.materialsShort')}</h2>}>
        <CaseMaterialsList materials={view.materials} flagged={flagged} />
      </Card>
    </>
  );
}

function MyCase({ id }: { id: string }) {
  const t = useT();
  const query = useMyCase(id);
  const onError = useCaseErrorHandler(() => query.refetch());
  const [withdrawing, setWithdrawing] = useState(false);
  useDocumentTitle(query.data ? `${query.data.itemName} · ${query.data.number ?? t('case.draft')}` : t('case.title'));
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('case.notFound')}
        extra={<LinkButton type="primary" to="/user">{t('nav.user')}</LinkButton>}
        data-testid="case-not-found"
      />
    );
  }
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const view = query.data;
  const materialName = (index: number) => view.materials.find((m) => m.index === index)?.name ?? t('case.material.nth', { n: index + 1 });
  return (
    <div className="yw-stack" data-testid="case-page">
      <CaseHeader
        view={view}
        extra={
          view.actions.includes('withdraw') && (
            <Button danger onClick={() => setWithdrawing(true)} data-testid="case-withdraw">
              {t('case.withdraw.title')}
            </Button>
          )
        }
      />
      {view.status === 'correction' && view.correction && <CorrectionNotice notice={view.correction} materialName={materialName} />}
      <ApplicationPart view={view} onError={onError} />
      <CaseProgress view={view} materialName={materialName} />
      {withdrawing && <WithdrawModal caseId={view.id} onClose={() => setWithdrawing(false)} onError={onError} />}
    </div>
  );
}

/** 办件详情 for the applicant (`/user/cases/:id`). */
export default function CasePage() {
  const { id } = useParams();
  return <RequireSignedIn>{() => <MyCase id={id ?? ''} />}</RequireSignedIn>;
}
