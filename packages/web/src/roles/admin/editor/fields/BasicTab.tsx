import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { ANYWHERE_SCOPES, ITEM_TYPES, SERVICE_OBJECTS } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { codeOptions } from '../../../../ui/options';

/** 基本信息: name, type, service objects, 通办范围, 设定依据. */
export function BasicTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item name="name" label={t('field.name')} required>
          <Input maxLength={200} disabled={disabled} data-testid="field-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="itemType" label={t('field.itemType')} required>
          <Select options={codeOptions(ITEM_TYPES)} disabled={disabled} data-testid="field-itemType" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="serviceObjects" label={t('field.serviceObjects')} required>
          <Checkbox.Group options={codeOptions(SERVICE_OBJECTS)} disabled={disabled} data-testid="field-serviceObjects" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="anywhereScope" label={t('field.anywhereScope')}>
          <Select allowClear placeholder={t('common.none')} options={codeOptions(ANYWHERE_SCOPES)} disabled={disabled} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="legalBasis" label={t('guide.legalBasis')}>
          <Input.TextArea rows={4} maxLength={4000} showCount disabled={disabled} />
        </Form.Item>
      </Col>
    </Row>
  );
}
