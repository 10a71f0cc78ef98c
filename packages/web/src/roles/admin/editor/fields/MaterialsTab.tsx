import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form } from 'antd';
import { useT } from '../../../../app/i18n';
import { NEW_MATERIAL } from '../itemForm';
import { MaterialCard } from './MaterialCard';

/** 申请材料: an editable, ordered list; the code of each follows from its position. */
export function MaterialsTab({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <Form.List name="materials">
      {(fields, { add, remove, move }) => (
        <div data-testid="materials-editor">
          {fields.length === 0 && <Empty description={t('guide.noMaterials')} />}
          {fields.map((field, index) => (
            <MaterialCard key={field.key} name={field.name} index={index} count={fields.length} disabled={disabled} onMove={move} onRemove={remove} />
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} disabled={disabled} onClick={() => add({ ...NEW_MATERIAL })} data-testid="material-add">
            {t('editor.addMaterial')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
