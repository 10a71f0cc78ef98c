import { Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { ACTIONS, type ApiTokenCreated, CreateApiTokenRequest, PARTNER_ACTIONS } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../../../features/departments/DepartmentSelect';
import { withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { parseForm, zodRule } from '../../../ui/zodRule';
import { useCreateApiToken } from './tokens.api';

/** 新建接口令牌: for which department's system, which permissions, how long. */
export function ApiTokenFormModal({ region, onCreated, onClose }: { region?: string; onCreated: (created: ApiTokenCreated) => void; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const create = useCreateApiToken();
  const handleApiError = useApiErrorHandler();

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(form, CreateApiTokenRequest, form.getFieldsValue(true), t);
    if (body) create.mutate(body, { onSuccess: onCreated, onError: (error) => handleApiError(error, { form }) });
  };

  return (
    <Modal
      open
      title={t('tokens.newTitle')}
      okText={t('tokens.create')}
      cancelText={t('action.cancel')}
      okButtonProps={withTestId({ loading: create.isPending }, 'api-token-submit')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ validDays: 90, permissions: ['catalog:read-admin'] }} validateTrigger="onBlur" data-testid="api-token-form">
        <Form.Item name="name" label={t('tokens.name')} required rules={[zodRule(CreateApiTokenRequest.shape.name, t)]}>
          <Input maxLength={60} placeholder={t('tokens.namePlaceholder')} data-testid="api-token-name" />
        </Form.Item>
        <Form.Item name="departmentId" label={t('tokens.department')} required extra={t('tokens.departmentHint')} rules={[zodRule(CreateApiTokenRequest.shape.departmentId, t)]}>
          <DepartmentSelect region={region} testId="api-token-department" className="yw-full-width" />
        </Form.Item>
        <Form.Item name="permissions" label={t('tokens.permissions')} required rules={[zodRule(CreateApiTokenRequest.shape.permissions, t)]}>
          <Checkbox.Group>
            {PARTNER_ACTIONS.map((action) => (
              <Checkbox key={action} value={action}>
                <span data-testid={`api-token-permission-${action}`}>{ACTIONS.label(action)}</span>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="validDays" label={t('tokens.validDays')} required rules={[zodRule(CreateApiTokenRequest.shape.validDays, t)]}>
          <InputNumber min={1} max={366} precision={0} suffix={t('tokens.days')} data-testid="api-token-days" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
