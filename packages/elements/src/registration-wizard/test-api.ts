/**
 * Test-only: a BffClient whose fetch is answered by a small in-page router, so component tests
 * run the real client (headers, error mapping) against answers we choose. Not exported by the
 * package.
 */
import { BffClient } from '@llave-cdmx/core';

export interface Call {
  method: string;
  path: string;
  body: unknown;
  headers: Headers;
}
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };
export type Handler = (call: Call) => Reply | Promise<Reply>;

export function testApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    const method = init.method ?? 'GET';
    const path = url.pathname.replace(/^\/llave\/api/, '');
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    const call = { method, path, body, headers: new Headers(init.headers) };
    calls.push(call);
    const handler = routes[`${method} ${path}`];
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const reply: Reply = handler
      ? await handler(call)
      : { status: 404, body: { error: { code: 'not_found', message: 'no route' } } };
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  };
  return { client: new BffClient({ fetch }), calls };
}

export const apiError = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  status,
  body: { error: { code, message: code, ...extra } },
});
