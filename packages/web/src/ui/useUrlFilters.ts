import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** URL search parameters as filters: read one, set several (resetting the page unless it is set). */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string) => params.get(key) || undefined, [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = useCallback(
    (changes: Record<string, string | number | undefined | null>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );
  return { params, get, set, page };
}
