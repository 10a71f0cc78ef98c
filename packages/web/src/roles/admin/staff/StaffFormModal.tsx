import { Form, Input, Modal, Switch } from 'antd';
import {
  CreateStaffRequest, MobilePhone, PersonName, type StaffCreated, StaffUsername, type StaffView, UpdateStaffRequest,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { DepartmentMultiSelect } from '../../../features/departments/DepartmentMultiSelect';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { parseForm, zodRule } from '../../../ui/zodRule';
import { useCreateStaff, useUpdateStaff } from './staff.api';
import { RoleCheckboxes } from './roleOptions';

interface StaffFormValues {
  username?: string;
  name?: string;
  phone?: string | null;
  regionCode?: string;
  departmentIds?: string[];
  roles?: string[];
  disabled?: boolean;
}

interface StaffFormModalProps {
  /** The staff member to edit; a new account without it. */
  staff?: StaffView;
  defaultRegion?: string;
  onCreated: (created: StaffCreated) => void;
  onSaved: () => void;
  onClose: () => void;
}

/** 新建 / 编辑工作人员: login name (new only), name, mobile, region, departments, roles; and 停用 when editing. */
export function StaffFormModal({ staff, defaultRegion, onCreated, onSaved, onClose }: StaffFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<StaffFormValues>();
  const region = Form.useWatch('regionCode', form);
  const create = useCreateStaff();
  const update = useUpdateStaff(staff?.id ?? '');
  const handleApiError = useApiErrorHandler();
  const initialValues: StaffFormValues = staff
    ? { ...staff, departmentIds: staff.departments.map((d) => d.id) }
    : { regionCode: defaultRegion, departmentIds: [], roles: [] };

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as StaffFormValues;
    const input = { ...values, phone: values.phone?.trim() || null, regionCode: values.regionCode ?? '' };
    const onError = (error: unknown) => handleApiError(error, { form });
    if (staff) {
      const body = parseForm(form, UpdateStaffRequest, input, t);
      if (body) update.mutate(body, { onSuccess: onSaved, onError });
    } else {
      const body = parseForm(form, CreateStaffRequest, input, t);
      if (body) create.mutate(body, { onSuccess: onCreated, onError });
    }
  };

  return (
    <Modal
      open
      width={680}
      title={staff ? t('staff.editTitle', { name: staff.name }) : t('staff.newTitle')}
      okText={staff ? t('action.save') : t('staff.create')}
      cancelText={t('action.cancel')}
      okButtonProps={withTestId({ loading: create.isPending || update.isPending }, 'staff-submit')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues} validateTrigger="onBlur" data-testid="staff-form">
        {staff ? (
          <Form.Item label={t('staff.username')}>
            <span className="yw-code">{staff.username}</span>
          </Form.Item>
        ) : (
          <Form.Item name="username" label={t('staff.username')} required extra={t('staff.usernameHint')} rules={[zodRule(StaffUsername, t)]}>
            <Input maxLength={32} autoComplete="off" className="yw-code" data-testid="staff-field-username" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('account.personName')} required rules={[zodRule(PersonName, t)]}>
          <Input maxLength={30} data-testid="staff-field-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('staff.phone')} rules={[zodRule(MobilePhone.nullable().optional(), t)]}>
          <Input maxLength={11} inputMode="tel" data-testid="staff-field-phone" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('field.region')} required>
          <RegionPicker testId="staff-field-region" showPath />
        </Form.Item>
        <Form.Item name="departmentIds" label={t('staff.departments')} extra={t('staff.departmentsHint')}>
          <DepartmentMultiSelect region={region} maxCount={10} testId="staff-field-departments" />
        </Form.Item>
        <Form.Item name="roles" label={t('staff.roles')} required>
          <RoleCheckboxes />
        </Form.Item>
        {staff && (
          <Form.Item name="disabled" label={t('staff.disabled')} valuePropName="checked" extra={t('staff.disabledHint')}>
            <Switch data-testid="staff-field-disabled" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
