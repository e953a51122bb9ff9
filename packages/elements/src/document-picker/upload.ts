import { type BffClient, LlaveError, parseAnswer } from '@llave-cdmx/core';

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
    xhr.addEventListener('error', () => reject(new LlaveError('network', 'network_error', 0)));
    xhr.addEventListener('load', () => {
      // Read as the client reads its own calls (a proxy's 413 HTML page still says
      // payload_too_large).
      try {
        resolve(parseAnswer<T>(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
      } catch (error) {
        reject(error);
      }
    });
    xhr.send(body);
  });
}
