/** Test helpers: an in-memory simulator, a signed-in citizen, JSON requests through `app.request()`. */

import { LLAVE_ACCESS_TOKEN_NS } from '../api/auth.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../app.js';
import { newId } from '../ids.js';
import type { SimConfig } from '../types.js';

export interface Harness extends Simulator {
  /**
   * Signs in as the account the way the idp side does for Llave tokens; returns the header.
   * `signedInAt` (epoch ms, default now) is when that sign-in happened.
   */
  tokenFor(accountId: string, options?: { signedInAt?: number }): Promise<Record<string, string>>;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** The newest code sent to `to`. */
  lastCode(to: string): Promise<string>;
}

export async function harness(
  overrides: Partial<SimConfig> = {},
  options: SimulatorOptions = {},
): Promise<Harness> {
  const sim = await createSimulator(overrides, options);
  return {
    ...sim,
    async tokenFor(accountId, { signedInAt = Date.now() } = {}) {
      const token = newId(24);
      await sim.ctx.kv.set(
        LLAVE_ACCESS_TOKEN_NS,
        token,
        { accountId, clientId: 'demo-agency', issuedAt: signedInAt },
        600,
      );
      return { accessToken: token };
    },
    call(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
      return Promise.resolve(sim.app.request(`/api${path}`, init));
    },
    async lastCode(to) {
      const [latest] = await sim.ctx.outbox.list({ to });
      if (!latest?.code) throw new Error(`no code sent to ${to}`);
      return latest.code;
    },
  };
}

/** A complete, valid registration body; tests change one thing at a time. */
export function registration(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'nacional',
    personal: {
      curp: 'LOHM850322MDFPRR04',
      nombre: 'María',
      primerApellido: 'López',
      segundoApellido: 'Hernández',
      sexo: 'M',
      fechaNacimiento: '1985-03-22',
      estadoNacimiento: 'DF',
    },
    address: {
      codigoPostal: '06700',
      asentamientoId: '0016',
      calle: 'Tonalá',
      numeroExterior: '10',
    },
    contact: { email: 'maria.lopez@example.com', mobile: '55 8765 4321' },
    password: 'una frase de paso larga',
    acceptPrivacyNotice: true,
    ...overrides,
  };
}
