import { DepartmentQueue } from './DepartmentQueue';

/** 审批决定: the same queue, for approvers (it holds the decision steps they alone may take). */
export default function ApproveQueuePage() {
  return <DepartmentQueue title="admin.nav.approve" intro="review.queue.approveIntro" />;
}
