import { DepartmentQueue } from './DepartmentQueue';

/** 办件审查: the department's queue. */
export default function ReviewQueuePage() {
  return <DepartmentQueue title="admin.nav.review" intro="review.queue.intro" />;
}
