import { Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { CASE_TYPES, NOT_ONE_TRIP_REASONS, ONLINE_DEPTHS, TIME_UNITS } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { codeOptions } from '../../../../ui/options';

function LimitInput({ name, label, extra, disabled, required }: { name: string; label: string; extra?: string; disabled?: boolean; required?: boolean }) {
  const t = useT();
  return (
    <Form.Item label={label} extra={extra} required={required}>
      <Space.Compact>
        <Form.Item name={[name, 'value']} noStyle>
          <InputNumber min={0} max={3650} precision={0} aria-label={label} disabled={disabled} data-testid={`field-${name}-value`} />
        </Form.Item>
        <Form.Item name={[name, 'unit']} noStyle>
          <Select options={codeOptions(TIME_UNITS)} aria-label={t('editor.unitOf', { label })} disabled={disabled} style={{ width: 110 }} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/** 时限与跑动: limits, case type, trips with their reasons, online depth. */
export function LimitsTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <LimitInput name="legalLimit" label={t('field.legalLimit')} extra={t('editor.legalLimitHint')} disabled={disabled} />
      </Col>
      <Col xs={24} md={12}>
        <LimitInput name="promisedLimit" label={t('field.promisedLimit')} disabled={disabled} required />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="caseType" label={t('field.caseType')} required>
          <Radio.Group options={codeOptions(CASE_TYPES)} disabled={disabled} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="onlineDepth" label={t('field.onlineDepth')} required>
          <Select options={codeOptions(ONLINE_DEPTHS)} disabled={disabled} data-testid="field-onlineDepth" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="trips" label={t('field.trips')} required extra={t('editor.tripsHint')}>
          <InputNumber min={0} max={9} precision={0} disabled={disabled} data-testid="field-trips" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="notOneTripReason" label={t('guide.notOneTripReason')}>
          <Select allowClear placeholder={t('common.none')} options={codeOptions(NOT_ONE_TRIP_REASONS)} disabled={disabled} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="onsiteReason" label={t('guide.onsiteReason')}>
          <Input.TextArea rows={2} maxLength={500} disabled={disabled} data-testid="field-onsiteReason" />
        </Form.Item>
      </Col>
    </Row>
  );
}
