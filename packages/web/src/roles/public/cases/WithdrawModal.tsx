import { Form, Input, Modal } from 'antd';
import { ReasonsRequest } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import type { CaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { withTestId } from '../../../ui/testId';
import { parseForm, zodRule } from '../../../ui/zodRule';
import { useWithdrawCase } from '../../../features/cases/cases.api';

/** 撤回申请, with the reasons (before a decision). */
export function WithdrawModal({ caseId, onClose, onError }: { caseId: string; onClose: () => void; onError: CaseErrorHandler }) {
  const t = useT();
  const [form] = Form.useForm();
  const withdraw = useWithdrawCase(caseId);
  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(form, ReasonsRequest, form.getFieldsValue(), t);
    if (body) withdraw.mutate(body, { onSuccess: onClose, onError: (error) => onError(error, { form }) });
  };
  return (
    <Modal
      open
      title={t('case.withdraw.title')}
      okText={t('case.withdraw.confirm')}
      okButtonProps={withTestId({ danger: true, loading: withdraw.isPending }, 'case-withdraw-confirm')}
      cancelText={t('action.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="yw-muted">{t('case.withdraw.hint')}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="reasons" label={t('case.withdraw.reasons')} required rules={[zodRule(ReasonsRequest.shape.reasons, t)]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="case-withdraw-reasons" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
