import { Checkbox, Col, Form, type FormRule, Input, InputNumber, Row, Select } from 'antd';
import { formValuesSchema, type FormField } from '@yiwang/contracts';
import { type Translate, useT } from '../../../app/i18n';
import { DateInput } from '../../../ui/DateInput';
import { fromSchemaIssues } from '../../../ui/zodIssues';

/** Fields one types into are checked on leaving them; the others on each change. */
const TYPED: readonly string[] = ['text', 'textarea', 'number', 'phone', 'id-number'];

/** Checks what was typed into one field (format only: required fields are checked on submission). */
function formatRule(field: FormField, t: Translate): FormRule {
  const schema = formValuesSchema([{ ...field, required: false }]);
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse({ [field.key]: value });
      if (!result.success) throw new Error(fromSchemaIssues(result.error.issues, t)[0]?.message ?? t('validation.invalid'));
    },
  };
}

/** The value, onChange and id that Form.Item hands its child, passed on to the control. */
type ControlProps = Record<string, unknown>;

function FieldInput({ field, disabled, ...control }: { field: FormField; disabled?: boolean } & ControlProps) {
  const t = useT();
  const testId = `form-field-${field.key}`;
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea {...control} rows={4} maxLength={field.maxLength ?? 2000} showCount disabled={disabled} data-testid={testId} />;
    case 'number':
      return <InputNumber {...control} className="yw-full-width" disabled={disabled} data-testid={testId} />;
    case 'date':
      return <DateInput {...control} className="yw-full-width" disabled={disabled} data-testid={testId} />;
    case 'select':
      return (
        <Select
          {...control}
          allowClear
          placeholder={t('case.apply.choose')}
          options={field.options.map((o) => ({ value: o, label: o }))}
          disabled={disabled}
          data-testid={testId}
        />
      );
    case 'checkbox':
      return (
        <Checkbox {...control} disabled={disabled} data-testid={testId}>
          {t('common.yes')}
        </Checkbox>
      );
    case 'phone':
      return <Input {...control} inputMode="tel" maxLength={11} disabled={disabled} data-testid={testId} />;
    case 'id-number':
      return <Input {...control} maxLength={18} className="yw-code" disabled={disabled} data-testid={testId} />;
    default:
      return <Input {...control} maxLength={field.maxLength ?? 200} disabled={disabled} data-testid={testId} />;
  }
}

/** Extra Form.Item props by type: ID numbers in upper case, checkboxes as checked. */
function itemProps(field: FormField) {
  if (field.type === 'checkbox') return { valuePropName: 'checked' };
  if (field.type === 'id-number') return { normalize: (value: string) => value?.toUpperCase() };
  return {};
}

/** 申请表: the item's form fields, rendered from their definitions, under `formValues.<key>`. */
export function ApplicationFields({ fields, disabled }: { fields: FormField[]; disabled?: boolean }) {
  const t = useT();
  return (
    <Row gutter={16} data-testid="application-fields">
      {fields.map((field) => (
        <Col key={field.key} xs={24} md={field.type === 'textarea' ? 24 : 12}>
          <Form.Item
            name={['formValues', field.key]}
            label={field.label}
            required={field.required}
            extra={field.help || undefined}
            rules={[formatRule(field, t)]}
            validateTrigger={TYPED.includes(field.type) ? 'onBlur' : 'onChange'}
            {...itemProps(field)}
          >
            <FieldInput field={field} disabled={disabled} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
