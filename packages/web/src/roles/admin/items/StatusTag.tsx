import { Tag } from 'antd';
import { ITEM_STATUS_LABELS, type ItemStatus } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';

const STATUS_COLORS: Record<ItemStatus, string> = { draft: 'default', published: 'green', suspended: 'orange', cancelled: 'red' };

/** 草稿 / 在用 / 暂停 / 取消, plus 有待发布草稿 when a draft waits. */
export function StatusTag({ status, hasDraft }: { status: ItemStatus; hasDraft?: boolean }) {
  const t = useT();
  return (
    <span className="yw-status" data-testid="item-status" data-status={status}>
      <Tag color={STATUS_COLORS[status]}>{ITEM_STATUS_LABELS[status]}</Tag>
      {hasDraft && status !== 'draft' && (
        <Tag color="gold" data-testid="pending-draft">
          {t('admin.pendingDraft')}
        </Tag>
      )}
    </span>
  );
}
