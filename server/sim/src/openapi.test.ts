import { readFile } from 'node:fs/promises';
import { apiPaths } from '@llave-cdmx/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSimulator, type Simulator } from './app.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
let sim: Simulator;
let spec: { openapi: string; paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  sim = await createSimulator();
  spec = parse(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8'));
});
afterAll(() => sim.close());

/** `/api/v1/me/documents/:id/file` → `/v1/me/documents/{}/file` (parameter names do not matter). */
const shape = (path: string) => path.replace(/:[^/]+|\{[^}]+\}/g, '{}');

function servedApiRoutes(): string[] {
  const routes = sim.app.routes
    .filter((r) => r.path.startsWith('/api/') && METHODS.includes(r.method.toLowerCase() as never))
    .map((r) => `${r.method.toUpperCase()} ${shape(r.path.slice('/api'.length))}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(): string[] {
  return Object.entries(spec.paths)
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => METHODS.includes(m as never))
        .map((m) => `${m.toUpperCase()} ${shape(path)}`),
    )
    .sort();
}

describe('openapi.yaml', () => {
  it('is OpenAPI 3.1', () => {
    expect(spec.openapi).toBe('3.1.0');
  });

  it('documents exactly the routes the app serves under /api', () => {
    expect(servedApiRoutes().length).toBeGreaterThan(20);
    expect(documentedRoutes()).toEqual(servedApiRoutes());
  });

  it("covers every path of core's contract (apiPaths)", () => {
    const documented = new Set(Object.keys(spec.paths).map(shape));
    for (const [name, value] of Object.entries(apiPaths)) {
      const path = typeof value === 'function' ? value('{x}') : value;
      expect(documented.has(shape(decodeURIComponent(path))), name).toBe(true);
    }
  });

  it('resolves every $ref', () => {
    const text = JSON.stringify(spec);
    const refs = [...text.matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      const target = ref
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], spec);
      expect(target, ref).toBeDefined();
    }
  });
});
