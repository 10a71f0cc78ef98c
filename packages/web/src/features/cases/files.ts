import type { FileView } from '@yiwang/contracts';
import { ApiError, handleUnauthorized } from '../../app/api';
import { csrfHeaders } from '../../app/auth';

/** What the platform accepts for a material (the server checks the content, too). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd';
export const UPLOAD_TYPES = /\.(pdf|jpe?g|png|ofd)$/i;
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** Where a stored file downloads (the owner, or staff who may read its case). */
export const fileHref = (id: string) => `/api/files/${encodeURIComponent(id)}`;

/** 12.3 KB, 1.2 MB */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * 上传材料: POST /api/files as multipart (field `file`) with the CSRF header, reporting progress. Refusals
 * (UPLOAD_TOO_LARGE, UPLOAD_TYPE_REFUSED) arrive as ApiError with the server's Chinese message.
 */
export function uploadFile(file: Blob & { name?: string }, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<FileView> {
  return new Promise<FileView>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/files');
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [key, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' }));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText) as { message?: unknown; code?: string } | null;
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as FileView);
        return;
      }
      const error =
        body && typeof body.message === 'string'
          ? new ApiError(xhr.status, { ...body, message: body.message })
          : new ApiError(xhr.status, { code: 'INTERNAL', message: `上传失败（${xhr.status}）` });
      handleUnauthorized(error);
      reject(error);
    };
    signal?.addEventListener('abort', () => xhr.abort());
    const data = new FormData();
    data.append('file', file, file.name ?? 'file');
    xhr.send(data);
  });
}

/** One key per visit of an application page: a retry or a double click makes no second case. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; getRandomValues does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
