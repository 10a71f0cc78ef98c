import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Divider, Form, Input, Row, Select, Switch } from 'antd';
import { RESULT_TYPES } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { codeOptions } from '../../../../ui/options';

function FeesList({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <Form.List name="fees">
      {(fields, { add, remove }) => (
        <div className="yw-stack-sm" data-testid="fees-editor">
          {fields.length === 0 && <p className="yw-muted">{t('editor.noFeesHint')}</p>}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={`${t('fee.name')} ${index + 1}`}
              extra={<Button size="small" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} disabled={disabled} onClick={() => remove(index)} />}
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'name']} label={t('fee.name')} required>
                    <Input maxLength={100} disabled={disabled} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'standard']} label={t('fee.standard')} required>
                    <Input maxLength={500} disabled={disabled} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Form.Item name={[field.name, 'basis']} label={t('fee.basis')}>
                    <Input maxLength={500} disabled={disabled} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'reducible']} label={t('fee.reducible')} valuePropName="checked">
                    <Switch disabled={disabled} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} disabled={disabled} onClick={() => add({ name: '', standard: '', basis: '', reducible: false })} data-testid="fee-add">
            {t('editor.addFee')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** 收费与结果. */
export function FeesResultTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <div>
      <Divider titlePlacement="start">{t('guide.fees')}</Divider>
      <FeesList disabled={disabled} />
      <Divider titlePlacement="start">{t('guide.result')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['result', 'name']} label={t('result.name')} required>
            <Input maxLength={100} disabled={disabled} data-testid="field-result-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['result', 'type']} label={t('result.type')} required>
            <Select options={codeOptions(RESULT_TYPES)} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['result', 'certificateType']} label={t('result.certificateType')}>
            <Input maxLength={100} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['result', 'sample']} label={t('result.sample')}>
            <Input maxLength={500} disabled={disabled} />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
