/** Sample data for the profile's tests and stories (synthetic people, DESIGN.md §4). */
import type {
  ConsentRecord,
  ExpedienteDocument,
  PostalCodeLookup,
  Profile,
  Verification,
} from '@llave-cdmx/core';
import { juan } from '../internal/fixtures.js';

export const ficha = (): Profile => ({
  id: 'u1',
  kind: 'nacional',
  level: 'verificada',
  personal: { ...juan },
  address: {
    codigoPostal: '06700',
    estado: 'Ciudad de México',
    municipio: 'Cuauhtémoc',
    asentamientoId: '0016',
    asentamiento: 'Roma Norte',
    tipoAsentamiento: 'Colonia',
    calle: 'Tonalá',
    numeroExterior: '10',
  },
  contact: { email: 'juan@example.com', emailVerified: true, mobileVerified: false },
  editable: { personal: false, contact: true, address: true },
  createdAt: '2026-01-01T00:00:00Z',
});

export const docs: ExpedienteDocument[] = [
  {
    id: 'd1',
    type: 'identificacion',
    name: 'INE.png',
    mediaType: 'image/png',
    sizeBytes: 10,
    uploadedAt: '2026-01-02T00:00:00Z',
    status: 'cotejado',
  },
  {
    id: 'd2',
    type: 'acta',
    name: 'Acta.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 10,
    uploadedAt: '2026-01-02T00:00:00Z',
    status: 'cargado',
  },
];

export const consent: ConsentRecord = {
  id: 's1',
  agency: { id: 'demo-agency', name: 'SEMOVI (demo)' },
  tramite: 'Renovación de licencia tipo A',
  grantedAt: '2026-02-01T16:00:00Z',
  expiresAt: '2026-03-03T16:00:00Z',
  consentText: 'Autorizo…',
  documents: [{ id: 'd1', type: 'identificacion', name: 'INE.png' }],
};

export const pendingVerification = (channel: 'email' | 'sms'): Verification => ({
  id: `v-${channel}`,
  channel,
  destinationMasked: channel === 'sms' ? '******2222' : 'n***@example.com',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  resendAvailableAt: new Date(Date.now() + 60_000).toISOString(),
  attemptsLeft: 5,
  status: 'pending',
});

/** 16030 has a San Juan that is a Barrio and one that is a Pueblo: why the type is shown. */
export const postalCodes: Record<string, PostalCodeLookup> = {
  '16030': {
    codigoPostal: '16030',
    estado: 'Ciudad de México',
    municipio: 'Xochimilco',
    asentamientos: [
      { id: '0001', nombre: 'San Juan', tipo: 'Barrio' },
      { id: '0002', nombre: 'San Juan', tipo: 'Pueblo' },
    ],
  },
  '06700': {
    codigoPostal: '06700',
    estado: 'Ciudad de México',
    municipio: 'Cuauhtémoc',
    asentamientos: [{ id: '0016', nombre: 'Roma Norte', tipo: 'Colonia' }],
  },
};
