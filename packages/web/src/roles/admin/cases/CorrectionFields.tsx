import { PlusOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, type FormInstance, Input } from 'antd';
import type { CaseMaterialView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';

interface NoticeItem {
  materialIndex: number | null;
  note?: string;
}

/**
 * 一次性告知: tick the materials that are missing or wrong (each gets its note), add anything else (a form
 * field, a condition) as further rows, and a closing note — everything in one notice.
 */
export function CorrectionFields({ form, materials }: { form: FormInstance; materials: CaseMaterialView[] }) {
  const t = useT();
  const items = (Form.useWatch('items', form) as NoticeItem[] | undefined) ?? [];
  const ticked = new Set(items.map((i) => i.materialIndex).filter((i): i is number => i !== null));
  const toggle = (index: number, on: boolean) => {
    const current = (form.getFieldValue('items') as NoticeItem[] | undefined) ?? [];
    const next = on
      ? [...current.filter((i) => i.materialIndex !== null), { materialIndex: index, note: '' }, ...current.filter((i) => i.materialIndex === null)]
      : current.filter((i) => i.materialIndex !== index);
    // Materials first, in the item's order; other matters after them.
    next.sort((a, b) => (a.materialIndex ?? 1000) - (b.materialIndex ?? 1000));
    form.setFieldValue('items', next);
  };
  const nameOf = (index: number | null) => (index === null ? t('correction.other') : (materials.find((m) => m.index === index)?.name ?? ''));
  return (
    <>
      <Form.Item label={t('correction.pickMaterials')}>
        <div className="yw-stack-sm" data-testid="correction-materials">
          {materials.map((m) => (
            <Checkbox key={m.index} checked={ticked.has(m.index)} onChange={(e) => toggle(m.index, e.target.checked)} data-testid={`correction-material-${m.index}`}>
              {m.index + 1}. {m.name}
            </Checkbox>
          ))}
        </div>
      </Form.Item>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <div className="yw-stack-sm yw-correction-rows">
            {fields.map((field, n) => {
              const materialIndex = (form.getFieldValue(['items', field.name, 'materialIndex']) as number | null | undefined) ?? null;
              return (
                <div key={field.key} className="yw-correction-row" data-testid="correction-row">
                  <Form.Item name={[field.name, 'materialIndex']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'note']}
                    label={
                      <span>
                        {n + 1}. {nameOf(materialIndex)}
                        {materialIndex === null && (
                          <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                            {t('action.remove')}
                          </Button>
                        )}
                      </span>
                    }
                    required
                    className="yw-correction-note"
                  >
                    <Input.TextArea rows={2} maxLength={1000} placeholder={t('correction.notePlaceholder')} data-testid={`correction-note-${n}`} />
                  </Form.Item>
                </div>
              );
            })}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ materialIndex: null, note: '' })} data-testid="correction-add-other">
              {t('correction.addOther')}
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item name="note" label={t('correction.overallNote')} className="yw-correction-overall">
        <Input.TextArea rows={2} maxLength={1000} data-testid="correction-overall-note" />
      </Form.Item>
    </>
  );
}
