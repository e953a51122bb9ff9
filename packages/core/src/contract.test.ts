import { describe, expect, it } from 'vitest';
import { apiPaths } from './api-paths.js';
import { LEVELS } from './contract.js';

describe('contract', () => {
  it('orders levels from lowest to highest', () => {
    expect(LEVELS).toEqual(['basica', 'verificada', 'firma']);
  });
  it('encodes path parameters so an id cannot escape its segment', () => {
    expect(apiPaths.document('../x')).toBe('/v1/me/documents/..%2Fx');
  });
});
