import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import type { AdminItemDetail, ItemAction } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../../app/i18n';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { type LifecycleAction, useItemAction } from '../admin.api';
import { DelegateDialog } from './delegation/DelegateDialog';
import { ReasonModal } from './ReasonModal';

const ACTION_LABELS: Record<Exclude<ItemAction, 'edit'>, MessageKey> = {
  publish: 'itemAction.publish',
  suspend: 'itemAction.suspend',
  resume: 'itemAction.resume',
  cancel: 'itemAction.cancel',
  delegate: 'itemAction.delegate',
};

/** The lifecycle buttons the server allows for this item (its `allowedActions`, from the contracts' table). */
export function ItemActionBar({ detail, dirty }: { detail: AdminItemDetail; dirty: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const action = useItemAction(detail.id);
  const [reasonFor, setReasonFor] = useState<'suspend' | 'cancel' | null>(null);
  const [delegateOpen, setDelegateOpen] = useState(false);
  const allowed = new Set(detail.allowedActions);

  const run = (name: LifecycleAction, reason?: string) =>
    action.mutate(
      { action: name, reason },
      {
        onSuccess: () => {
          setReasonFor(null);
          void message.success(t('editor.actionDone', { action: t(ACTION_LABELS[name]) }));
        },
        onError: (error) => handleApiError(error),
      },
    );

  const pending = (name: LifecycleAction) => action.isPending && action.variables?.action === name;

  return (
    <Space wrap data-testid="item-actions">
      {allowed.has('publish') && (
        <Popconfirm
          title={t('editor.publishConfirm', { v: detail.draftVersion ?? '' })}
          description={dirty ? t('editor.publishDirty') : undefined}
          okText={t('itemAction.publish')}
          cancelText={t('action.back')}
          onConfirm={() => run('publish')}
        >
          <Button type="primary" loading={pending('publish')} data-testid="action-publish">
            {t('itemAction.publish')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('resume') && (
        <Popconfirm title={t('editor.resumeConfirm')} okText={t('itemAction.resume')} cancelText={t('action.back')} onConfirm={() => run('resume')}>
          <Button loading={pending('resume')} data-testid="action-resume">
            {t('itemAction.resume')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('suspend') && (
        <Button onClick={() => setReasonFor('suspend')} data-testid="action-suspend">
          {t('itemAction.suspend')}
        </Button>
      )}
      {allowed.has('delegate') && (
        <Button onClick={() => setDelegateOpen(true)} data-testid="action-delegate">
          {t('itemAction.delegate')}
          {detail.delegatedCount > 0 && `（${detail.delegatedCount}）`}
        </Button>
      )}
      {allowed.has('cancel') && (
        <Button danger onClick={() => setReasonFor('cancel')} data-testid="action-cancel">
          {t('itemAction.cancel')}
        </Button>
      )}
      <ReasonModal
        open={reasonFor !== null}
        title={reasonFor === 'cancel' ? t('editor.cancelTitle') : t('editor.suspendTitle')}
        okText={reasonFor === 'cancel' ? t('itemAction.cancel') : t('itemAction.suspend')}
        danger={reasonFor === 'cancel'}
        loading={action.isPending}
        onSubmit={(reason) => reasonFor && run(reasonFor, reason)}
        onClose={() => setReasonFor(null)}
      />
      {delegateOpen && <DelegateDialog item={detail} open={delegateOpen} onClose={() => setDelegateOpen(false)} />}
    </Space>
  );
}
