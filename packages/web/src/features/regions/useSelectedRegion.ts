import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

const STORAGE_KEY = 'yiwang.region';
/** Stored when the visitor chose "all regions", so a configured default does not come back. */
const ALL = 'all';

/** The region the portal opens with: 长沙市 unless VITE_DEFAULT_REGION says otherwise (empty = every region). */
export const DEFAULT_REGION: string | undefined = (import.meta.env.VITE_DEFAULT_REGION ?? '4301') || undefined;

function readStored(): string | undefined {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === ALL) return undefined;
  return stored || DEFAULT_REGION;
}

/** The chosen region: the URL's `region` parameter first, then the browser's last choice. */
export function useSelectedRegion() {
  const [params, setParams] = useSearchParams();
  const region = params.get('region') || readStored();
  const setRegion = useCallback(
    (code: string | undefined) => {
      localStorage.setItem(STORAGE_KEY, code ?? ALL);
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (code) next.set('region', code);
        else next.delete('region');
        next.delete('page');
        next.delete('department');
        return next;
      });
    },
    [setParams],
  );
  return { region, setRegion };
}

/** Keeps the URL and the stored choice in step, so links and reloads carry the region. */
export function useRegionUrlSync(): void {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('region');
  useEffect(() => {
    if (fromUrl) {
      localStorage.setItem(STORAGE_KEY, fromUrl);
      return;
    }
    const stored = readStored();
    if (stored) {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('region', stored);
          return next;
        },
        { replace: true },
      );
    }
  }, [fromUrl, setParams]);
}
