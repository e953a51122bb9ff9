import { describe, expect, it } from 'vitest';
import { ConfigError, DEMO_CLIENT, loadConfigFromEnv, resolveConfig } from './config.js';

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
