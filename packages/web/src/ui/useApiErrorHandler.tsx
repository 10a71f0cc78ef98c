import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError } from '../app/api';
import { isRedirectingAuthError } from '../app/auth';
import { useT } from '../app/i18n';
import { applyIssues, fromFieldIssues, type PathIssue } from './formErrors';

export interface ApiErrorOptions {
  /** The form whose fields show the server's `issues`. */
  form?: FormInstance;
  /** Leading path segments of the request body that the form does not have (e.g. `content`). */
  prefixes?: readonly string[];
}

function IssueList({ issues }: { issues: PathIssue[] }) {
  return (
    <ul className="yw-issue-list">
      {issues.map((issue, i) => (
        <li key={i}>{issue.path.length ? `${issue.path.join('.')}：${issue.message}` : issue.message}</li>
      ))}
    </ul>
  );
}

/** Shows a server error: its message in a notification and its issues beside the matching form fields; returns the issues. */
export function useApiErrorHandler() {
  const { notification } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown, options: ApiErrorOptions = {}): PathIssue[] => {
      if (!isApiError(error)) {
        notification.error({ title: t('error.requestFailed'), description: error instanceof Error ? error.message : String(error) });
        return [];
      }
      // Already on the way to the sign-in (or password) page.
      if (isRedirectingAuthError(error.status, error.code)) return [];
      // An error about one field (and no issues) says it in its message: the field is marked, not listed again.
      const aboutOneField = !error.issues.length && Boolean(error.field);
      const fieldIssues = aboutOneField ? [{ field: error.field!, message: error.message }] : error.issues;
      const issues = fromFieldIssues(fieldIssues);
      const left = options.form ? applyIssues(options.form, issues, options.prefixes) : issues;
      const unmatched = aboutOneField ? [] : left;
      notification.error({
        title: t('error.requestFailed'),
        description: (
          <div data-testid="error-notification">
            <div>{error.message}</div>
            {unmatched.length > 0 && <IssueList issues={unmatched} />}
          </div>
        ),
      });
      return issues;
    },
    [notification, t],
  );
}
