import { type ReactNode, useState } from 'react';
import { Alert, Badge, Card, Form, Tabs } from 'antd';
import type { AdminItemDetail } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import type { PathIssue } from '../../../ui/formErrors';
import { countErrorsByTab, EDITOR_TABS, type EditorTab, tabOfField } from './editorTabs';
import { EditorHeader } from './EditorHeader';
import { ApplicationTab } from './fields/ApplicationTab';
import { BasicTab } from './fields/BasicTab';
import { FeesResultTab } from './fields/FeesResultTab';
import { LimitsTab } from './fields/LimitsTab';
import { MaterialsTab } from './fields/MaterialsTab';
import { NewItemFields } from './fields/NewItemFields';
import { OtherTab } from './fields/OtherTab';
import { ProcessTab } from './fields/ProcessTab';
import { HistoryTab } from './history/HistoryTab';
import { contentToForm, EMPTY_CONTENT, type EditorValues } from './itemForm';
import { useEditorSave } from './useEditorSave';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** The item editor: every element of ItemContent in tabs, validated by the contracts' schema. */
export function ItemEditor({ detail }: { detail?: AdminItemDetail }) {
  const t = useT();
  useDocumentTitle(detail ? detail.name : t('editor.newTitle'));
  const [form] = Form.useForm<EditorValues>();
  const [tab, setTab] = useState<string>('basic');
  const [dirty, setDirty] = useState(false);
  const [errorCounts, setErrorCounts] = useState<Partial<Record<EditorTab, number>>>({});
  const [unmatched, setUnmatched] = useState<PathIssue[]>([]);
  const canEdit = !detail || detail.allowedActions.includes('edit');
  const readOnly = !canEdit;

  // Only the first detail: later answers (after saving) must not reset what is being edited.
  const [initialValues] = useState<EditorValues>(() =>
    detail ? contentToForm(detail.draft ?? detail.content) : { ...EMPTY_CONTENT, catalogMode: 'existing', powerSource: '1' },
  );

  const { save, saving } = useEditorSave({
    form,
    detail,
    onIssues: (issues, rest) => {
      setUnmatched(rest);
      setErrorCounts(countErrorsByTab(form.getFieldsError()));
      const first = issues[0];
      if (first) setTab(tabOfField(first.path[0] === 'content' ? first.path.slice(1) : first.path));
    },
    onSaved: () => setDirty(false),
  });

  const label = (key: EditorTab, text: string) => (
    <Badge count={errorCounts[key] ?? 0} size="small" offset={[8, -2]}>
      <span data-testid={`editor-tab-${key}`}>{text}</span>
    </Badge>
  );
  const panes: Record<EditorTab, ReactNode> = {
    basic: (
      <>
        {!detail && <NewItemFields />}
        <BasicTab disabled={readOnly} />
      </>
    ),
    limits: <LimitsTab disabled={readOnly} />,
    process: <ProcessTab disabled={readOnly} />,
    materials: <MaterialsTab disabled={readOnly} />,
    application: <ApplicationTab disabled={readOnly} />,
    feesResult: <FeesResultTab disabled={readOnly} />,
    other: <OtherTab disabled={readOnly} />,
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={() => setDirty(true)}
      onFieldsChange={() => setErrorCounts(countErrorsByTab(form.getFieldsError()))}
      scrollToFirstError={false}
      data-testid="item-editor"
    >
      <div className="yw-stack">
        <EditorHeader detail={detail} dirty={dirty} saving={saving} canEdit={canEdit} onSave={save} />
        {readOnly && <Alert type="warning" showIcon title={t('editor.readOnly')} />}
        {detail?.delegatedFrom && (
          <Alert
            type="info"
            showIcon
            title={t('guide.delegatedFrom', { from: `${detail.delegatedFrom.region.name}${detail.delegatedFrom.department.name}` })}
            description={detail.inheritsSource ? t('editor.inheritsSource') : t('editor.localEdits')}
          />
        )}
        {unmatched.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('editor.otherIssues')}
            description={<ul className="yw-issue-list">{unmatched.map((i, n) => <li key={n}>{i.path.join('.') ? `${i.path.join('.')}：` : ''}{i.message}</li>)}</ul>}
            data-testid="editor-issues"
          />
        )}
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              // Every form pane is rendered up front so its fields exist for validation messages.
              ...EDITOR_TABS.map(({ key, label: text }) => ({ key, label: label(key, t(text)), forceRender: true, children: panes[key] })),
              ...(detail ? [{ key: 'history', label: <span data-testid="editor-tab-history">{t('editor.tab.history')}</span>, children: tab === 'history' ? <HistoryTab itemId={detail.id} /> : null }] : []),
            ]}
          />
        </Card>
      </div>
    </Form>
  );
}
