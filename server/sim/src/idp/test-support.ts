/** Shared set-up of the idp suites: a real simulator on port 0 with two registered clients. */
import type { SimClient } from '../types.js';

export const CLIENT: SimClient = {
  clientId: 'tramites-test',
  clientSecret: 'tramites-test-secret-0123456789',
  redirectUris: ['http://127.0.0.1:1/llave/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:1/'],
  name: 'Trámites (prueba)',
};

export const OTHER_CLIENT: SimClient = {
  clientId: 'otra-agencia',
  clientSecret: 'otra-agencia-secret-9876543210',
  redirectUris: ['http://127.0.0.1:2/callback'],
  name: 'Otra agencia',
};

export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
