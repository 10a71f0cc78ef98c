import type { ItemStatus } from './item.schema.js';

/** What an administrator can do to an implementation item. */
export type ItemAction = 'edit' | 'publish' | 'suspend' | 'resume' | 'cancel' | 'delegate';

export const ITEM_ACTION_LABELS: Record<ItemAction, string> = {
  edit: '编辑',
  publish: '发布',
  suspend: '暂停',
  resume: '恢复',
  cancel: '取消',
  delegate: '下放',
};

interface Transition {
  /** The status after the action. */
  to: ItemStatus;
  /** The action needs a pending draft version. */
  needsDraft?: boolean;
}

/**
 * The item lifecycle as data: status × action → next status. The server guards with it and the web shows
 * exactly these buttons. draft → published → suspended / cancelled; publishing a draft of a published item
 * makes a new immutable version.
 */
export const ITEM_TRANSITIONS: Record<ItemStatus, Partial<Record<ItemAction, Transition>>> = {
  draft: {
    edit: { to: 'draft' },
    publish: { to: 'published', needsDraft: true },
    cancel: { to: 'cancelled' },
  },
  published: {
    edit: { to: 'published' },
    publish: { to: 'published', needsDraft: true },
    suspend: { to: 'suspended' },
    cancel: { to: 'cancelled' },
    delegate: { to: 'published' },
  },
  suspended: {
    edit: { to: 'suspended' },
    publish: { to: 'suspended', needsDraft: true },
    resume: { to: 'published' },
    cancel: { to: 'cancelled' },
  },
  cancelled: {},
};

/** The actions allowed on an item in a status, given whether it has a draft. */
export function allowedItemActions(status: ItemStatus, hasDraft: boolean): ItemAction[] {
  const table = ITEM_TRANSITIONS[status];
  return (Object.keys(table) as ItemAction[]).filter((a) => !table[a]!.needsDraft || hasDraft);
}

/** The status after an action, or null when the action is not allowed. */
export function nextItemStatus(status: ItemStatus, action: ItemAction, hasDraft: boolean): ItemStatus | null {
  const t = ITEM_TRANSITIONS[status][action];
  if (!t || (t.needsDraft && !hasDraft)) return null;
  return t.to;
}
