import type { ErrorBody, FieldIssue } from '@yiwang/contracts';
import { csrfHeaders, handleAuthError } from './auth';

/** An error answered by the server (`{ code, message, field?, issues? }`) or a failure to reach it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly issues: FieldIssue[];

  constructor(status: number, body: { code?: string; message: string; field?: string; issues?: FieldIssue[] }) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? 'INTERNAL';
    this.field = body.field;
    this.issues = body.issues ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** Builds `/api/...?a=b`, leaving out empty values. */
export function apiUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  /** A lost session leads to /login and a required password change to /password (default); off for sign-out. */
  authRedirect?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Reads an error body; anything that is not the server's JSON becomes a Chinese message by status. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  if (body && typeof body.message === 'string') return new ApiError(response.status, { ...body, message: body.message });
  const message = response.status >= 500 ? '服务暂时不可用，请稍后再试' : `请求失败（${response.status}）`;
  return new ApiError(response.status, { code: response.status >= 500 ? 'INTERNAL' : 'NOT_FOUND', message });
}

/** Sends the visitor to sign in (or to change the first password) when an answer says so. */
export function handleUnauthorized(error: ApiError, authRedirect = true): void {
  if (authRedirect) handleAuthError(error.status, error.code);
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeaders(method), ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    handleUnauthorized(error, options.authRedirect);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Calls of the API; the session cookie goes along, writes carry the CSRF header. */
export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body: unknown = {}, query?: QueryParams) => request<T>(path, { method: 'POST', body, query }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};
