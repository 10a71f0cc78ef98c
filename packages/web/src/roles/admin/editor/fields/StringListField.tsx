import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useT } from '../../../../app/i18n';

interface StringListFieldProps {
  name: string;
  label: string;
  /** Label of one entry, e.g. "第 {n} 步". */
  itemLabel: (n: number) => string;
  disabled?: boolean;
  testId: string;
}

/** An ordered list of short texts (process steps). */
export function StringListField({ name, label, itemLabel, disabled, testId }: StringListFieldProps) {
  const t = useT();
  return (
    <Form.Item label={label} data-testid={testId}>
      <Form.List name={name}>
        {(fields, { add, remove, move }) => (
          <div className="yw-stack-sm">
            {fields.map((field, index) => (
              <Space.Compact key={field.key} className="yw-full-width">
                <Form.Item name={field.name} noStyle>
                  <Input aria-label={itemLabel(index + 1)} prefix={`${index + 1}.`} disabled={disabled} maxLength={300} />
                </Form.Item>
                <Button icon={<ArrowUpOutlined />} aria-label={t('action.moveUp')} disabled={disabled || index === 0} onClick={() => move(index, index - 1)} />
                <Button
                  icon={<ArrowDownOutlined />}
                  aria-label={t('action.moveDown')}
                  disabled={disabled || index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                />
                <Button icon={<DeleteOutlined />} aria-label={t('action.remove')} danger disabled={disabled} onClick={() => remove(index)} />
              </Space.Compact>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} disabled={disabled} onClick={() => add('')} data-testid={`${testId}-add`}>
              {t('editor.addStep')}
            </Button>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
