import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { ITEM_TYPES, POWER_SOURCES, type CatalogItem } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { DepartmentSelect } from '../../../../features/departments/DepartmentSelect';
import { codeOptions } from '../../../../ui/options';
import type { EditorValues } from '../itemForm';
import { CatalogItemSelect } from './CatalogItemSelect';

/** When creating: the catalog item it implements (existing or new), the department and the power source. */
export function NewItemFields() {
  const t = useT();
  const form = Form.useFormInstance<EditorValues>();
  const mode = Form.useWatch('catalogMode', form);
  // Picking a catalog item fills what the implementation usually repeats from it.
  const prefill = (item: CatalogItem) => {
    const values = form.getFieldsValue(['name', 'legalBasis']) as Partial<EditorValues>;
    form.setFieldsValue({ itemType: item.itemType, ...(values.name ? {} : { name: item.name }), ...(values.legalBasis ? {} : { legalBasis: item.legalBasis }) });
  };
  return (
    <Row gutter={16} className="yw-new-item" data-testid="new-item-fields">
      <Col xs={24}>
        <Form.Item name="catalogMode" label={t('editor.catalogItem')}>
          <Radio.Group
            options={[
              { value: 'existing', label: t('editor.catalogExisting') },
              { value: 'new', label: t('editor.catalogNew') },
            ]}
          />
        </Form.Item>
      </Col>
      {mode === 'new' ? (
        <>
          <Col xs={24} md={8}>
            <Form.Item name={['catalogItem', 'basicCode']} label={t('field.basicCode')} required extra={t('editor.basicCodeHint')}>
              <Input maxLength={12} data-testid="field-catalog-basicCode" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name={['catalogItem', 'name']} label={t('editor.catalogName')} required>
              <Input maxLength={200} data-testid="field-catalog-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={['catalogItem', 'itemType']} label={t('field.itemType')} required>
              <Select options={codeOptions(ITEM_TYPES)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['catalogItem', 'legalBasis']} label={t('guide.legalBasis')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
          </Col>
        </>
      ) : (
        <Col xs={24}>
          <Form.Item name="catalogItemId" label={t('editor.catalogPick')} required>
            <CatalogItemSelect onPick={prefill} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={14}>
        <Form.Item name="departmentId" label={t('field.department')} required>
          <DepartmentSelect testId="field-departmentId" />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="powerSource" label={t('field.powerSource')}>
          <Select options={codeOptions(POWER_SOURCES)} />
        </Form.Item>
      </Col>
    </Row>
  );
}
