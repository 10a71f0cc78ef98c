import type { HTMLAttributes } from 'react';

/** Adds a `data-testid` to a props object (for component props typed without data attributes, e.g. okButtonProps). */
export function withTestId<T extends object>(props: T, testId: string): T {
  return { ...props, 'data-testid': testId } as T;
}

/** Row props for an antd Table's `onRow`. */
export function rowTestId(testId: string): () => HTMLAttributes<HTMLElement> {
  return () => ({ 'data-testid': testId }) as HTMLAttributes<HTMLElement>;
}
