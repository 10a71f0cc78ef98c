import { App, Form, Input, Modal, Select } from 'antd';
import { DEPARTMENT_NATURES, DOCKING_MODES, type DepartmentView, isValidUscc, SaveDepartmentRequest } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { applyIssues } from '../../../ui/formErrors';
import { codeOptions } from '../../../ui/options';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import { useSaveDepartment } from '../admin.api';

interface DepartmentFormValues {
  name: string;
  uscc: string;
  regionCode?: string;
  nature: string;
  dockingMode: string;
  sector?: string | null;
}

interface DepartmentFormModalProps {
  /** The department to edit; a new one without it. */
  department?: DepartmentView;
  defaultRegion?: string;
  onClose: () => void;
}

/** Create or edit a 实施主体; the USCC check character is verified as you type. */
export function DepartmentFormModal({ department, defaultRegion, onClose }: DepartmentFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartmentFormValues>();
  const save = useSaveDepartment(department?.id);
  const handleApiError = useApiErrorHandler();
  const initialValues: DepartmentFormValues = department
    ? { ...department, regionCode: department.region.code }
    : { name: '', uscc: '', regionCode: defaultRegion, nature: '1', dockingMode: 'platform', sector: null };

  const submit = () => {
    const values = form.getFieldsValue(true) as DepartmentFormValues;
    const parsed = SaveDepartmentRequest.safeParse({ ...values, regionCode: values.regionCode ?? '', sector: values.sector?.trim() || null });
    if (!parsed.success) {
      applyIssues(form, fromSchemaIssues(parsed.error.issues, t));
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: () => {
        void message.success(t('deptAdmin.saved'));
        onClose();
      },
      onError: (error) => handleApiError(error, { form }),
    });
  };

  return (
    <Modal
      open
      title={department ? t('deptAdmin.editTitle') : t('deptAdmin.newTitle')}
      okText={t('action.save')}
      cancelText={t('action.back')}
      okButtonProps={{ loading: save.isPending }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid="department-form">
        <Form.Item name="name" label={t('deptAdmin.name')} required>
          <Input maxLength={100} data-testid="dept-field-name" />
        </Form.Item>
        <Form.Item
          name="uscc"
          label={t('deptAdmin.uscc')}
          required
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                !v || isValidUscc(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('deptAdmin.usccInvalid'))),
            },
          ]}
        >
          <Input maxLength={18} className="yw-code" data-testid="dept-field-uscc" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('filter.region')} required>
          <RegionPicker testId="dept-field-region" showPath />
        </Form.Item>
        <Form.Item name="nature" label={t('deptAdmin.nature')}>
          <Select options={codeOptions(DEPARTMENT_NATURES)} />
        </Form.Item>
        <Form.Item name="dockingMode" label={t('deptAdmin.dockingMode')}>
          <Select options={codeOptions(DOCKING_MODES)} />
        </Form.Item>
        <Form.Item name="sector" label={t('deptAdmin.sector')} extra={t('deptAdmin.sectorHint')}>
          <Input maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
