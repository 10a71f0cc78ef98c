import { useState } from 'react';
import { App, Button, Card, Form, Space } from 'antd';
import type { CaseView, MaterialView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import type { CaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { initialApplication, readApplication, specsFromCase } from '../../../features/cases/application/application';
import { ApplicationFields } from '../../../features/cases/application/ApplicationFields';
import { MaterialsFields } from '../../../features/cases/application/MaterialsFields';
import { useSaveCase } from '../../../features/cases/cases.api';
import { useWallet } from '../../../features/certificates/certificates.api';

interface CaseEditCardProps {
  view: CaseView;
  /** The guide's materials (whether each may be shared, and is required), when the item is still published. */
  guideMaterials: MaterialView[] | undefined;
  onError: CaseErrorHandler;
}

/**
 * A draft (保存草稿, 提交申请) or a case waiting for correction (保存, 补正后重新提交): the same form and
 * materials, the notice's materials marked.
 */
export function CaseEditCard({ view, guideMaterials, onError }: CaseEditCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveCase(view.id);
  const [specs] = useState(() => specsFromCase(view.materials, guideMaterials));
  const [initialValues] = useState(() => initialApplication(specs, view));
  const [sending, setSending] = useState<'save' | 'submit' | null>(null);
  const wallet = useWallet();
  const correcting = view.status === 'correction';
  const flagged = (view.correction?.items ?? []).map((i) => i.materialIndex).filter((i): i is number => i !== null);
  const then = correcting ? (view.actions.includes('resubmit') ? 'resubmit' : undefined) : view.actions.includes('submit') ? 'submit' : undefined;

  const send = (submit: boolean) => {
    const application = readApplication(form, view.form, specs, submit, t);
    if (!application) {
      void message.error(t('case.apply.fix'));
      return;
    }
    setSending(submit ? 'submit' : 'save');
    save.mutate(
      { body: application, then: submit ? then : undefined },
      {
        onSuccess: (saved) => {
          if (!submit) void message.success(t('case.edit.saved'));
          else if (correcting) void message.success(t('case.edit.resubmitted'));
          else void message.success(t('case.apply.submitted', { number: saved.number ?? '' }));
        },
        onError: (error) => onError(error, { form }),
        onSettled: () => setSending(null),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid="case-edit-form">
      <div className="yw-stack">
        <Card title={<h2 className="yw-card-title">{t('case.form')}</h2>}>
          <ApplicationFields fields={view.form} />
        </Card>
        <Card title={<h2 className="yw-card-title">{correcting ? t('case.edit.correctMaterials') : t('guide.materialsShort')}</h2>}>
          <MaterialsFields specs={specs} flagged={flagged} wallet={wallet.data} />
        </Card>
        <Card className="yw-action-bar">
          <Space wrap>
            {then && (
              <Button type="primary" size="large" loading={sending === 'submit'} disabled={sending !== null} onClick={() => send(true)} data-testid={correcting ? 'case-resubmit' : 'case-submit'}>
                {correcting ? t('case.edit.resubmit') : t('case.apply.submit')}
              </Button>
            )}
            <Button size="large" loading={sending === 'save'} disabled={sending !== null} onClick={() => send(false)} data-testid="case-save">
              {correcting ? t('case.edit.save') : t('case.apply.saveDraft')}
            </Button>
          </Space>
        </Card>
      </div>
    </Form>
  );
}
