import { useEffect } from 'react';
import { useT } from '../app/i18n';

/** "页面 - 长沙市政务服务网 · 一网通办" in the browser tab (and for screen readers on navigation). */
export function useDocumentTitle(page: string | undefined): void {
  const t = useT();
  const site = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} - ${site}` : site;
  }, [page, site]);
}
