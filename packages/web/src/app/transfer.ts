import { ApiError, apiUrl, handleUnauthorized, toApiError, type QueryParams } from './api';
import { csrfHeaders } from './auth';

function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** Downloads a file through fetch (errors stay on the page) and saves it via a blob link. */
export async function downloadFile(path: string, query: QueryParams, fallbackName: string): Promise<string> {
  const response = await fetch(apiUrl(path, query), { credentials: 'same-origin' });
  if (!response.ok) {
    const error = await toApiError(response);
    handleUnauthorized(error);
    throw error;
  }
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Uploads a raw body with XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadWithProgress<T>(
  path: string,
  query: QueryParams,
  file: Blob,
  contentType: string,
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path, query));
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [key, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' }));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
        return;
      }
      const error = isErrorBody(body)
        ? new ApiError(xhr.status, body)
        : new ApiError(xhr.status, { code: 'INTERNAL', message: `上传失败（${xhr.status}）` });
      handleUnauthorized(error);
      reject(error);
    };
    xhr.send(file);
  });
}

function isErrorBody(body: unknown): body is { code?: string; message: string } {
  return typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string';
}
