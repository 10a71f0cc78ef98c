import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Divider, Form, Input, Row, Select, Switch } from 'antd';
import { ENTERPRISE_THEMES, PERSON_THEMES } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { codeOptions } from '../../../../ui/options';

function FaqList({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <Form.List name="faqs">
      {(fields, { add, remove }) => (
        <div className="yw-stack-sm" data-testid="faqs-editor">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={`${t('guide.faq')} ${index + 1}`}
              extra={<Button size="small" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} disabled={disabled} onClick={() => remove(index)} />}
            >
              <Form.Item name={[field.name, 'question']} label={t('editor.question')} required>
                <Input maxLength={300} disabled={disabled} />
              </Form.Item>
              <Form.Item name={[field.name, 'answer']} label={t('editor.answer')} required>
                <Input.TextArea rows={3} maxLength={2000} disabled={disabled} />
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} disabled={disabled} onClick={() => add({ question: '', answer: '' })} data-testid="faq-add">
            {t('editor.addFaq')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function SupportSwitch({ name, label, disabled }: { name: string; label: string; disabled?: boolean }) {
  return (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={label} valuePropName="checked">
        <Switch disabled={disabled} data-testid={`field-${name}`} />
      </Form.Item>
    </Col>
  );
}

/** 其他: where and when, phones, supported services, themes, FAQs. */
export function OtherTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <div>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="location" label={t('field.location')}>
            <Input.TextArea rows={2} maxLength={500} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hours" label={t('field.hours')}>
            <Input.TextArea rows={2} maxLength={300} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="consultPhone" label={t('field.consultPhone')}>
            <Input maxLength={40} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="complaintPhone" label={t('field.complaintPhone')}>
            <Input maxLength={40} disabled={disabled} />
          </Form.Item>
        </Col>
        <SupportSwitch name="supportsAppointment" label={t('field.supportsAppointment')} disabled={disabled} />
        <SupportSwitch name="supportsOnlinePayment" label={t('field.supportsOnlinePayment')} disabled={disabled} />
        <SupportSwitch name="supportsExpress" label={t('field.supportsExpress')} disabled={disabled} />
        <Col xs={24} md={12}>
          <Form.Item name="personThemes" label={t('editor.personThemes')}>
            <Select mode="multiple" allowClear options={codeOptions(PERSON_THEMES)} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="enterpriseThemes" label={t('editor.enterpriseThemes')}>
            <Select mode="multiple" allowClear options={codeOptions(ENTERPRISE_THEMES)} disabled={disabled} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('guide.faq')}</Divider>
      <FaqList disabled={disabled} />
    </div>
  );
}
