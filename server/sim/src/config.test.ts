import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEMO_CLIENT,
  DEMO_PUBLIC_CLIENT,
  loadConfigFromEnv,
  resolveConfig,
} from './config.js';

describe('loadConfigFromEnv', () => {
  it('reads only the SIM_* variables that are set', () => {
    expect(loadConfigFromEnv({})).toEqual({});
    const clients = [{ ...DEMO_CLIENT, clientId: 'otra' }];
    expect(
      loadConfigFromEnv({
        SIM_PORT: '0',
        SIM_HOST: '0.0.0.0',
        SIM_PUBLIC_URL: 'https://sim.example.org/',
        SIM_DATA_DIR: '/tmp/x',
        SIM_CLIENTS: JSON.stringify(clients),
        SIM_MAX_UPLOAD_BYTES: '1000',
        SIM_POSTAL_CODE_FILE: '/data/CPdescarga.txt',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      publicUrl: 'https://sim.example.org/',
      dataDir: '/tmp/x',
      clients,
      maxUploadBytes: 1000,
      postalCodeFile: '/data/CPdescarga.txt',
    });
  });

  it('refuses values that cannot work, naming the variable', () => {
    expect(() => loadConfigFromEnv({ SIM_PORT: 'http' })).toThrow(/SIM_PORT/);
    expect(() => loadConfigFromEnv({ SIM_CLIENTS: '{oops' })).toThrow(/SIM_CLIENTS/);
    expect(() => loadConfigFromEnv({ SIM_MAX_UPLOAD_BYTES: '-1' })).toThrow(ConfigError);
  });
});

describe('resolveConfig', () => {
  it('defaults to loopback port 4010, the demo client and a 2 MB upload limit', () => {
    const config = resolveConfig();
    expect(config).toMatchObject({
      port: 4010,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4010',
      maxUploadBytes: 2 * 1024 * 1024,
    });
    expect(config.clients).toEqual([DEMO_CLIENT]);
    expect(config.dataDir).toBeUndefined();
  });

  it('derives the public URL from the port and trims a trailing slash', () => {
    expect(resolveConfig({ port: 5000 }).publicUrl).toBe('http://localhost:5000');
    expect(resolveConfig({ publicUrl: 'https://x.example/' }).publicUrl).toBe('https://x.example');
  });

  it('refuses a client without http(s) redirect URIs', () => {
    expect(() =>
      resolveConfig({ clients: [{ ...DEMO_CLIENT, redirectUris: ['javascript:alert(1)'] }] }),
    ).toThrow(ConfigError);
  });
});

describe('public clients (sites without a server)', () => {
  const site = { clientId: 'sitio', redirectUris: ['http://localhost:3001/'], name: 'Sitio' };

  it('registers the demo static site by default and reads SIM_PUBLIC_CLIENTS', () => {
    expect(resolveConfig().publicClients).toEqual([DEMO_PUBLIC_CLIENT]);
    expect(loadConfigFromEnv({ SIM_PUBLIC_CLIENTS: JSON.stringify([site]) })).toEqual({
      publicClients: [site],
    });
    expect(() => loadConfigFromEnv({ SIM_PUBLIC_CLIENTS: '{' })).toThrow(/SIM_PUBLIC_CLIENTS/);
  });

  it.each([
    ['a secret', { ...site, clientSecret: 'x' }, /must not have a clientSecret/],
    ['a wildcard redirect', { ...site, redirectUris: ['http://localhost:3001/*'] }, /exact/],
    ['a fragment', { ...site, redirectUris: ['http://localhost:3001/#x'] }, /exact/],
    ['no redirect', { ...site, redirectUris: [] }, /exact/],
    ['a non-http redirect', { ...site, redirectUris: ['javascript:alert(1)'] }, /exact/],
    ['the id of a confidential client', { ...site, clientId: DEMO_CLIENT.clientId }, /twice/],
  ])('refuses a public client with %s', (_what, client, message) => {
    expect(() => resolveConfig({ publicClients: [client as never] })).toThrow(message);
  });
});
