import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { MATERIAL_FORMS, MATERIAL_REQUIREMENTS, MATERIAL_SOURCES } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { codeOptions } from '../../../../ui/options';

interface MaterialCardProps {
  /** The Form.List field name (index). */
  name: number;
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** Every field of one 申请材料. */
export function MaterialCard({ name, index, count, disabled, onMove, onRemove }: MaterialCardProps) {
  const t = useT();
  const title = (
    <Form.Item noStyle shouldUpdate={(a, b) => a.materials?.[name]?.name !== b.materials?.[name]?.name}>
      {({ getFieldValue }) => `${index + 1}. ${(getFieldValue(['materials', name, 'name']) as string | undefined) || t('editor.newMaterial')}`}
    </Form.Item>
  );
  const actions = (
    <Space size={2}>
      <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('action.moveUp')} disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)} />
      <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('action.moveDown')} disabled={disabled || index === count - 1} onClick={() => onMove(index, index + 1)} />
      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} disabled={disabled} onClick={() => onRemove(index)} data-testid="material-remove" />
    </Space>
  );
  return (
    <Card size="small" title={title} extra={actions} className="yw-material-card" data-testid="material-editor">
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'name']} label={t('material.name')} required>
            <Input maxLength={200} disabled={disabled} data-testid="material-field-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'originals']} label={t('material.originals')}>
            <InputNumber min={0} max={99} precision={0} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'copies']} label={t('material.copies')}>
            <InputNumber min={0} max={99} precision={0} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'form']} label={t('material.form')}>
            <Select options={codeOptions(MATERIAL_FORMS)} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'requirement']} label={t('material.requirement')}>
            <Select options={codeOptions(MATERIAL_REQUIREMENTS)} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'source']} label={t('material.source')}>
            <Select options={codeOptions(MATERIAL_SOURCES)} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'issuer']} label={t('material.issuer')}>
            <Input maxLength={100} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'blankForm']} label={t('material.blankForm')}>
            <Input maxLength={500} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'sample']} label={t('material.sample')}>
            <Input maxLength={500} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'standard']} label={t('material.standard')}>
            <Input.TextArea rows={2} maxLength={1000} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'legalBasis']} label={t('material.legalBasis')}>
            <Input.TextArea rows={2} maxLength={1000} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'replaceableByCertificates']} label={t('material.certificates')} extra={t('editor.tagsHint')}>
            <Select mode="tags" open={false} suffixIcon={null} disabled={disabled} data-testid="material-field-certificates" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'sharedDataSource']} label={t('material.sharedSource')} extra={t('editor.sharedHint')}>
            <Input maxLength={200} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name={[name, 'cancelled']} label={t('material.cancelledLabel')} valuePropName="checked">
            <Switch disabled={disabled} data-testid="material-field-cancelled" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
