import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../../app/i18n';

interface SecretModalProps {
  title: string;
  /** What the secret is for, above it. */
  description: string;
  secret: string;
  /** On the element holding the secret text. */
  testId: string;
  onClose: () => void;
}

/** A password or token shown exactly once, with a copy button; closed only on purpose. */
export function SecretModal({ title, description, secret, testId, onClose }: SecretModalProps) {
  const t = useT();
  return (
    <Modal
      open
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid={`${testId}-done`}>
          {t('secret.noted')}
        </Button>
      }
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Typography.Paragraph className="yw-secret" copyable={{ text: secret, tooltips: [t('secret.copy'), t('secret.copied')] }}>
        <span className="yw-code" data-testid={testId}>
          {secret}
        </span>
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('secret.onceOnly')} />
    </Modal>
  );
}
