import { useState } from 'react';
import { type ButtonProps, Form, Input, Modal } from 'antd';
import { ReasonRequest } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';

interface ReasonModalProps {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** Asks why (暂停 / 取消 need a reason), validated with the contracts' ReasonRequest. */
export function ReasonModal({ open, title, okText, danger, loading, onSubmit, onClose }: ReasonModalProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const parsed = ReasonRequest.safeParse({ reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('validation.required'));
      return;
    }
    onSubmit(parsed.data.reason);
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading, 'data-testid': 'reason-confirm' } as ButtonProps}
      cancelText={t('action.back')}
      onOk={submit}
      onCancel={onClose}
      afterClose={() => {
        setReason('');
        setError(null);
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('editor.reason')} required validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            data-testid="reason-input"
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
