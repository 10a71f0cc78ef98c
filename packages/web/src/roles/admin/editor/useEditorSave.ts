import { App, type FormInstance } from 'antd';
import { CreateItemRequest, SaveDraftRequest, type AdminItemDetail } from '@yiwang/contracts';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { applyIssues, clearIssues, type PathIssue } from '../../../ui/formErrors';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import { useCreateItem, useSaveDraft } from '../admin.api';
import { type EditorValues, formToContent, formToCreateRequest } from './itemForm';

/** The request body's wrapper around the content, absent from the form's paths. */
const PREFIXES = ['content'];

interface EditorSaveOptions {
  form: FormInstance<EditorValues>;
  detail?: AdminItemDetail;
  /** Called with every issue found (client or server) and those no field could show. */
  onIssues: (issues: PathIssue[], unmatched: PathIssue[]) => void;
  onSaved: () => void;
}

/** Validates the form with the contracts' schema, then creates the item or saves its draft. */
export function useEditorSave({ form, detail, onIssues, onSaved }: EditorSaveOptions) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const create = useCreateItem();
  const saveDraft = useSaveDraft(detail?.id ?? '');

  const reject = (issues: PathIssue[]) => {
    const unmatched = applyIssues(form, issues, PREFIXES);
    void message.error(t('editor.invalid', { n: new Set(issues.map((i) => i.path.join('.'))).size }));
    onIssues(issues, unmatched);
  };

  const onServerError = (error: unknown) => {
    // The notification lists what no field can show; the editor only needs to open the first field's tab.
    onIssues(handleApiError(error, { form, prefixes: PREFIXES }), []);
  };

  const save = () => {
    const values = form.getFieldsValue(true) as EditorValues;
    if (!detail) {
      const parsed = CreateItemRequest.safeParse(formToCreateRequest(values));
      if (!parsed.success) return reject(fromSchemaIssues(parsed.error.issues, t));
      clearIssues(form);
      create.mutate(parsed.data, {
        onSuccess: (created) => {
          void message.success(t('editor.created'));
          onSaved();
          void navigate(`/admin/items/${created.id}`, { replace: true });
        },
        onError: onServerError,
      });
      return;
    }
    const parsed = SaveDraftRequest.safeParse({ content: formToContent(values), baseDraftVersion: detail.draftVersion });
    if (!parsed.success) return reject(fromSchemaIssues(parsed.error.issues, t));
    clearIssues(form);
    onIssues([], []);
    saveDraft.mutate(parsed.data, {
      onSuccess: (saved) => {
        void message.success(t('editor.saved', { v: saved.draftVersion ?? '' }));
        onSaved();
      },
      onError: onServerError,
    });
  };

  return { save, saving: create.isPending || saveDraft.isPending };
}
