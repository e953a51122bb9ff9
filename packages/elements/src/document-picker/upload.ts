import { type BffClient, LlaveError } from '@llave-cdmx/core';

/**
 * Sends a multipart upload with progress. XMLHttpRequest, because fetch can only report upload
 * progress with streaming request bodies, which Chromium allows over HTTP/2 only, and agency
 * sites often serve the BFF over HTTP/1.1.
 *
 * Same transport as the core client (`client.apiTarget`): through the BFF, same-origin
 * credentials (XHR sends cookies same-origin by default and never cross-site without
 * `withCredentials`) and the `X-CSRF: 1` header it requires; with a browser-only session, the
 * API's own origin and a Bearer token, no cookies.
 */
export async function uploadWithProgress<T>(
  client: BffClient,
  method: 'POST' | 'PUT',
  apiPath: string,
  body: FormData,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const target = await client.apiTarget(apiPath);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, target.url);
    xhr.withCredentials = target.credentials === 'include';
    for (const [name, value] of Object.entries(target.headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    xhr.addEventListener('loadend', () => signal?.removeEventListener('abort', abort));
    xhr.addEventListener('abort', () =>
      reject(signal?.reason ?? new DOMException('', 'AbortError')),
    );
    xhr.addEventListener('error', () => reject(new LlaveError('network', 'network_error', 0)));
    xhr.addEventListener('load', () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
        return;
      }
      reject(toError(xhr.status, data));
    });
    xhr.send(body);
  });
}

function toError(status: number, data: unknown): LlaveError {
  const err = (data as { error?: { code?: string; requiredLevel?: string } } | undefined)?.error;
  // A proxy in front of the BFF may answer 413 with an HTML page: the status still says it all.
  const code =
    err?.code ??
    (status === 413
      ? 'payload_too_large'
      : status === 415
        ? 'unsupported_media_type'
        : status === 401
          ? 'unauthorized'
          : status >= 500
            ? 'internal_error'
            : 'bad_request');
  const kind =
    status === 401
      ? 'needs-login'
      : status === 403
        ? code === 'level_required'
          ? 'needs-level'
          : 'forbidden'
        : status === 404
          ? 'not-found'
          : status === 429
            ? 'rate-limited'
            : status >= 500
              ? 'server'
              : 'validation';
  return new LlaveError(
    kind,
    code as LlaveError['code'],
    status,
    {},
    undefined,
    err?.requiredLevel as LlaveError['requiredLevel'],
  );
}
