import { Col, Form, Input, Row } from 'antd';
import { useT } from '../../../../app/i18n';
import { StringListField } from './StringListField';

/** 受理条件与流程. */
export function ProcessTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  const stepLabel = (n: number) => t('editor.step', { n });
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="conditions" label={t('guide.conditions')} required>
          <Input.TextArea rows={5} maxLength={4000} showCount disabled={disabled} data-testid="field-conditions" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <StringListField name="processOnline" label={t('guide.processOnline')} itemLabel={stepLabel} disabled={disabled} testId="field-processOnline" />
      </Col>
      <Col xs={24} md={12}>
        <StringListField name="processOffline" label={t('guide.processOffline')} itemLabel={stepLabel} disabled={disabled} testId="field-processOffline" />
      </Col>
    </Row>
  );
}
