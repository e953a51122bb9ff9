/**
 * msw handlers for `<llave-registration-wizard>` stories: the registry, the postal-code catalog,
 * availability and the final registration in each state. Stories only.
 */
import type { RegistrationResponse } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';
import {
  postalCode06700,
  registryPerson,
} from '../../packages/elements/src/registration-wizard/fixtures.js';
import { storyVerification, verificationHandlers } from './verification.js';

const API = '/llave/api/v1';
const fail = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ error: { code, message: code, ...extra } }, { status });

/** Synthetic people (DESIGN.md §4 examples): the registry knows PEGJ900115HDFRRN03. */
const registry = http.get(`${API}/registry/curp/:curp`, async ({ params }) => {
  await delay(300);
  const curp = String(params.curp);
  return curp === registryPerson.curp
    ? HttpResponse.json(registryPerson)
    : HttpResponse.json({
        curp,
        nombre: '',
        primerApellido: '',
        sexo: curp[10],
        fechaNacimiento: '2000-01-01',
        estadoNacimiento: curp.slice(11, 13),
        source: 'derived',
      });
});

/** 06700 has two "Centro" (Colonia and Barrio) to show why the type is shown. */
const postal = http.get(`${API}/catalogs/postal-codes/:cp`, async ({ params }) => {
  await delay(300);
  if (params.cp !== postalCode06700.codigoPostal) return fail(404, 'not_found');
  return HttpResponse.json(postalCode06700);
});

const available = http.post(`${API}/registrations/availability`, () =>
  HttpResponse.json({ curp: 'available', email: 'available', mobile: 'available' }),
);
const register = http.post(`${API}/registrations`, async () => {
  await delay(600);
  const body: RegistrationResponse = {
    accountId: 'acc-story',
    level: 'basica',
    verification: storyVerification(),
  };
  return HttpResponse.json(body, { status: 201 });
});

const base = [registry, postal, available, register, ...verificationHandlers.default];

export const registrationHandlers = {
  default: base,
  emailTaken: [
    http.post(`${API}/registrations/availability`, () =>
      HttpResponse.json({ email: 'registered' }),
    ),
    ...base,
  ],
  curpTaken: [
    http.post(`${API}/registrations`, () =>
      fail(409, 'curp_registered', { helpUrl: 'https://llave.cdmx.gob.mx/ayuda' }),
    ),
    ...base,
  ],
  serverError: [http.post(`${API}/registrations`, () => fail(500, 'internal_error')), ...base],
  offline: [http.post(`${API}/registrations`, () => HttpResponse.error()), ...base],
};
