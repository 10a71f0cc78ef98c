import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Divider, Empty, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import {
  DEFAULT_APPLICATION_FORM, DEFAULT_REVIEW_FLOW, FORM_FIELD_TYPES, type FormField, REVIEW_ROLES, ROLES, type ReviewStageDef,
} from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { codeOptions } from '../../../../ui/options';

const NEW_FIELD: FormField = { key: '', label: '', type: 'text', required: false, options: [], help: '', maxLength: null };
const NEW_STEP: ReviewStageDef['steps'][number] = { name: '', sector: null, role: 'dept-reviewer' };

const roleOptions = REVIEW_ROLES.map((role) => ({ value: role, label: ROLES.label(role) }));

interface MoveButtonsProps {
  index: number;
  count: number;
  disabled?: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  removeTestId: string;
}

function MoveButtons({ index, count, disabled, onMove, onRemove, removeTestId }: MoveButtonsProps) {
  const t = useT();
  return (
    <Space size={2}>
      <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('action.moveUp')} disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)} />
      <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('action.moveDown')} disabled={disabled || index === count - 1} onClick={() => onMove(index, index + 1)} />
      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} disabled={disabled} onClick={onRemove} data-testid={removeTestId} />
    </Space>
  );
}

/** 申请表字段: what the applicant fills in online; none means the default form. */
function FormFieldsEditor({ disabled }: { disabled?: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name="applicationForm">
      {(fields, { add, remove, move }) => (
        <div className="yw-stack-sm" data-testid="form-def-editor">
          {fields.length === 0 && (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('editor.form.usesDefault', { fields: DEFAULT_APPLICATION_FORM.map((f) => f.label).join('、') })}
            >
              <Button disabled={disabled} onClick={() => form.setFieldValue('applicationForm', DEFAULT_APPLICATION_FORM.map((f) => ({ ...f })))} data-testid="form-def-from-default">
                {t('editor.form.startFromDefault')}
              </Button>
            </Empty>
          )}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              data-testid="form-def-field"
              title={
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => `${index + 1}. ${(getFieldValue(['applicationForm', field.name, 'label']) as string | undefined) || t('editor.form.newField')}`}
                </Form.Item>
              }
              extra={<MoveButtons index={index} count={fields.length} disabled={disabled} onMove={move} onRemove={() => remove(field.name)} removeTestId="form-def-remove" />}
            >
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'key']} label={t('editor.form.key')} required extra={t('editor.form.keyHint')}>
                    <Input maxLength={40} className="yw-code" disabled={disabled} data-testid={`form-def-key-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'label']} label={t('editor.form.label')} required>
                    <Input maxLength={40} disabled={disabled} data-testid={`form-def-label-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={16} md={6}>
                  <Form.Item name={[field.name, 'type']} label={t('editor.form.type')}>
                    <Select options={codeOptions(FORM_FIELD_TYPES)} disabled={disabled} data-testid={`form-def-type-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item name={[field.name, 'required']} label={t('editor.form.required')} valuePropName="checked">
                    <Switch disabled={disabled} data-testid={`form-def-required-${index}`} />
                  </Form.Item>
                </Col>
                <Form.Item noStyle shouldUpdate={(a, b) => a.applicationForm?.[field.name]?.type !== b.applicationForm?.[field.name]?.type}>
                  {({ getFieldValue }) => {
                    const type = getFieldValue(['applicationForm', field.name, 'type']) as FormField['type'] | undefined;
                    return (
                      <>
                        {type === 'select' && (
                          <Col xs={24}>
                            <Form.Item name={[field.name, 'options']} label={t('editor.form.options')} extra={t('editor.form.optionsHint')}>
                              <Select mode="tags" open={false} suffixIcon={null} disabled={disabled} data-testid={`form-def-options-${index}`} />
                            </Form.Item>
                          </Col>
                        )}
                        {(type === 'text' || type === 'textarea') && (
                          <Col xs={24} md={6}>
                            <Form.Item name={[field.name, 'maxLength']} label={t('editor.form.maxLength')}>
                              <InputNumber min={1} max={5000} precision={0} className="yw-full-width" disabled={disabled} />
                            </Form.Item>
                          </Col>
                        )}
                      </>
                    );
                  }}
                </Form.Item>
                <Col xs={24} md={18}>
                  <Form.Item name={[field.name, 'help']} label={t('editor.form.help')}>
                    <Input maxLength={200} disabled={disabled} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} disabled={disabled} onClick={() => add({ ...NEW_FIELD })} data-testid="form-def-add">
            {t('editor.form.addField')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** The steps of one stage: side by side, each in its department (own department, or a line of work's counterpart). */
function StepsEditor({ stage, disabled }: { stage: number; disabled?: boolean }) {
  const t = useT();
  return (
    <Form.List name={[stage, 'steps']}>
      {(fields, { add, remove }) => (
        <div className="yw-stack-sm">
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" data-testid="review-step">
              <Col xs={24} md={8}>
                <Form.Item name={[field.name, 'name']} label={index === 0 ? t('editor.flow.stepName') : undefined} required>
                  <Input maxLength={30} placeholder={t('editor.flow.stepName')} disabled={disabled} data-testid={`step-name-${stage}-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item name={[field.name, 'sector']} label={index === 0 ? t('editor.flow.sector') : undefined}>
                  <Input maxLength={50} placeholder={t('editor.flow.sectorPlaceholder')} className="yw-code" disabled={disabled} data-testid={`step-sector-${stage}-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={20} md={7}>
                <Form.Item name={[field.name, 'role']} label={index === 0 ? t('editor.flow.role') : undefined}>
                  <Select options={roleOptions} disabled={disabled} data-testid={`step-role-${stage}-${index}`} />
                </Form.Item>
              </Col>
              <Col xs={4} md={2} className={index === 0 ? 'yw-flow-remove-first' : undefined}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} disabled={disabled || fields.length === 1} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          <div>
            <Button size="small" icon={<PlusOutlined />} disabled={disabled} onClick={() => add({ ...NEW_STEP })} data-testid={`step-add-${stage}`}>
              {t('editor.flow.addStep')}
            </Button>
          </div>
        </div>
      )}
    </Form.List>
  );
}

/** 审批流程: stages one after the other, steps of a stage side by side (并联审批); none means 审查 → 决定. */
function ReviewFlowEditor({ disabled }: { disabled?: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name="reviewFlow">
      {(fields, { add, remove, move }) => (
        <div className="yw-stack-sm" data-testid="flow-editor">
          <p className="yw-muted">{t('editor.flow.intro')}</p>
          {fields.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('editor.flow.usesDefault')}>
              <Button
                disabled={disabled}
                onClick={() => form.setFieldValue('reviewFlow', DEFAULT_REVIEW_FLOW.map((s) => ({ ...s, steps: s.steps.map((x) => ({ ...x })) })))}
                data-testid="flow-from-default"
              >
                {t('editor.flow.startFromDefault')}
              </Button>
            </Empty>
          )}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              data-testid="review-stage"
              title={t('editor.flow.stageN', { n: index + 1 })}
              extra={<MoveButtons index={index} count={fields.length} disabled={disabled} onMove={move} onRemove={() => remove(field.name)} removeTestId="stage-remove" />}
            >
              <Form.Item name={[field.name, 'name']} label={t('editor.flow.stageName')} required>
                <Input maxLength={30} className="yw-flow-stage-name" disabled={disabled} data-testid={`stage-name-${index}`} />
              </Form.Item>
              <StepsEditor stage={field.name} disabled={disabled} />
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} disabled={disabled} onClick={() => add({ name: '', steps: [{ ...NEW_STEP }] })} data-testid="stage-add">
            {t('editor.flow.addStage')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** 申请表与审批流程 of the item. */
export function ApplicationTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <div>
      <Divider titlePlacement="start">{t('editor.form.title')}</Divider>
      <FormFieldsEditor disabled={disabled} />
      <Divider titlePlacement="start">{t('editor.flow.title')}</Divider>
      <ReviewFlowEditor disabled={disabled} />
    </div>
  );
}
