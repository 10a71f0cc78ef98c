import { useCallback } from 'react';
import { isApiError } from '../../app/api';
import { type ApiErrorOptions, useApiErrorHandler } from '../../ui/useApiErrorHandler';

export type CaseErrorHandler = (error: unknown, options?: ApiErrorOptions) => void;

/**
 * Shows a refused case action; when someone else acted first (409: CASE_CONFLICT, CASE_TRANSITION_NOT_ALLOWED)
 * the case is read again so the page shows what is true now.
 */
export function useCaseErrorHandler(refetch: () => unknown): CaseErrorHandler {
  const handleApiError = useApiErrorHandler();
  return useCallback(
    (error: unknown, options?: ApiErrorOptions) => {
      handleApiError(error, options);
      if (isApiError(error) && error.status === 409) void refetch();
    },
    [handleApiError, refetch],
  );
}
