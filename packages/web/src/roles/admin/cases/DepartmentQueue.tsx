import { Card } from 'antd';
import { type MessageKey, useT } from '../../../app/i18n';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { type ReviewQueueItem, useReviewQueue } from './cases.api';
import { CaseTable } from './CaseTable';

/**
 * 本部门待办: every active step the signed-in reviewer or approver may decide, the least working time left
 * first, with the yellow and red marks of supervision.
 */
export function DepartmentQueue({ title, intro }: { title: MessageKey; intro: MessageKey }) {
  const t = useT();
  useDocumentTitle(t(title));
  const queue = useReviewQueue();
  return (
    <Card title={<h1 className="yw-card-title">{t(title)}</h1>} data-testid="review-queue">
      <p className="yw-muted">{t(intro)}</p>
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      <CaseTable<ReviewQueueItem>
        cases={queue.data}
        loading={queue.isFetching}
        showDeadline
        emptyText={t('review.queue.empty')}
        testId="review-case"
        extraColumns={[{ key: 'step', title: t('review.step'), width: 130, render: (_, c) => <span data-testid="review-case-step">{c.stepName}</span> }]}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}
