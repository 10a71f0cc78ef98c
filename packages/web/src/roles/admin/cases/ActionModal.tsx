import { type ReactNode, useState } from 'react';
import { App, Form, type FormInstance, Modal } from 'antd';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import type { CaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { withTestId } from '../../../ui/testId';
import { applyIssues } from '../../../ui/formErrors';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import type { ParsesInto } from '../../../ui/zodRule';

interface ActionModalProps<T> {
  title: string;
  okText: string;
  danger?: boolean;
  /** The OK button's test id; the form is `${testId}-form`. */
  testId: string;
  intro?: ReactNode;
  width?: number;
  /** The request's schema from contracts: the page shows the same messages as the server. */
  schema: ParsesInto<T>;
  initialValues?: Record<string, unknown>;
  /** The fields; a function gets the form (for fields that depend on others). */
  children: ReactNode | ((form: FormInstance) => ReactNode);
  onSubmit: (body: T) => Promise<unknown>;
  onError: CaseErrorHandler;
  onDone: () => void;
  onClose: () => void;
}

/**
 * A case action that needs input (an opinion, reasons, a notice, a delivery): checked with the contract's schema,
 * sent, and closed; the server's field errors appear on the fields. When someone else acted first (409) it
 * closes, and the page shows the case as it is now.
 */
export function ActionModal<T>({ title, okText, danger, testId, intro, width, schema, initialValues, children, onSubmit, onError, onDone, onClose }: ActionModalProps<T>) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      // What no field shows (e.g. "list at least one item") appears as a message.
      const unmatched = applyIssues(form, fromSchemaIssues(parsed.error.issues, t));
      if (unmatched.length) void message.error(unmatched.map((i) => i.message).join('；'));
      return;
    }
    const body = parsed.data;
    setBusy(true);
    try {
      await onSubmit(body);
      onDone();
    } catch (error) {
      onError(error, { form });
      if (isApiError(error) && error.status === 409) onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText={t('action.cancel')}
      okButtonProps={withTestId({ danger, loading: busy }, testId)}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {intro && <div className="yw-modal-intro">{intro}</div>}
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid={`${testId}-form`}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
