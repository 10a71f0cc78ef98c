import { useState } from 'react';
import { Alert, App, Button, Divider, Input, Modal } from 'antd';
import { DelegateItemRequest, type AdminItemDetail } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { useApiErrorHandler } from '../../../../ui/useApiErrorHandler';
import { useDelegate, useDelegations, useRevokeDelegation } from '../../admin.api';
import { DelegationList } from './DelegationList';
import { RegionTree } from './RegionTree';

/** 下放: choose lower-level regions, delegate, and see or revoke the existing delegations. */
export function DelegateDialog({ item, open, onClose }: { item: AdminItemDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const delegations = useDelegations(item.id, open);
  const delegate = useDelegate(item.id);
  const revoke = useRevokeDelegation(item.id);
  const [checked, setChecked] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const taken = new Set((delegations.data ?? []).filter((d) => !d.revoked).map((d) => d.item.region.code));
  // A city item goes down to districts; a district item to towns and their villages.
  const deep = !['1', '2', '3'].includes(item.level);

  const submit = () => {
    const parsed = DelegateItemRequest.safeParse({ targets: checked.map((regionCode) => ({ regionCode })), reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('validation.invalid'));
      return;
    }
    setError(null);
    delegate.mutate(parsed.data, {
      onSuccess: () => {
        setChecked([]);
        setReason('');
        void message.success(t('delegation.done', { n: parsed.data.targets.length }));
      },
      onError: (e) => handleApiError(e),
    });
  };

  return (
    <Modal open={open} title={t('delegation.title', { name: item.name })} width={760} footer={null} onCancel={onClose} destroyOnHidden>
      <div className="yw-stack" data-testid="delegate-dialog">
        <p className="yw-muted">{t('delegation.intro', { region: item.region.name })}</p>
        <RegionTree rootCode={item.region.code} deep={deep} taken={taken} checked={checked} onCheck={setChecked} />
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('delegation.reason')}
          aria-label={t('delegation.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" onClick={submit} loading={delegate.isPending} disabled={checked.length === 0} data-testid="delegate-submit">
          {t('delegation.submit', { n: checked.length })}
        </Button>
        <Divider titlePlacement="start">{t('delegation.existing')}</Divider>
        <DelegationList
          delegations={delegations.data ?? []}
          loading={delegations.isFetching}
          revoking={revoke.isPending ? revoke.variables : undefined}
          onRevoke={(childId) =>
            revoke.mutate(childId, {
              onSuccess: () => void message.success(t('delegation.revokedDone')),
              onError: (e) => handleApiError(e),
            })
          }
        />
      </div>
    </Modal>
  );
}
