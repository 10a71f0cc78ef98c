import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { type PersonSummary, RevealRequest } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { parseForm, zodRule } from '../../../ui/zodRule';
import { profileItems } from '../../public/user/ProfileCard';
import { useRevealPerson } from './people.api';

/** 查看完整信息: asks for the reason (recorded in the audit log), then shows the unmasked record. */
export function RevealModal({ person, onClose }: { person: PersonSummary; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<RevealRequest>();
  const reveal = useRevealPerson();
  const handleApiError = useApiErrorHandler();
  const profile = reveal.data;

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(form, RevealRequest, form.getFieldsValue(), t);
    if (body) reveal.mutate({ id: person.id, body }, { onError: (error) => handleApiError(error, { form }) });
  };

  return (
    <Modal
      open
      width={620}
      title={t('people.revealTitle', { name: person.name })}
      okText={t('people.reveal')}
      cancelText={t('action.cancel')}
      okButtonProps={withTestId({ loading: reveal.isPending }, 'people-reveal-submit')}
      onOk={() => void submit()}
      footer={
        profile
          ? [
              <Button key="done" type="primary" onClick={onClose} data-testid="people-reveal-done">
                {t('action.done')}
              </Button>,
            ]
          : undefined
      }
      onCancel={onClose}
      destroyOnHidden
    >
      {profile ? (
        <Descriptions column={1} size="small" bordered items={profileItems(profile, t)} data-testid="people-profile" />
      ) : (
        <>
          <Alert type="warning" showIcon className="yw-form-alert" title={t('people.audited')} data-testid="people-audited" />
          <Form form={form} layout="vertical" validateTrigger="onBlur">
            <Form.Item name="reason" label={t('people.reason')} required rules={[zodRule(RevealRequest.shape.reason, t)]}>
              <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('people.reasonPlaceholder')} data-testid="people-reveal-reason" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
