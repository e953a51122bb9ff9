/**
 * Seeded trámites: several agencies, every status, fixed folios (documented in the README) so
 * end-to-end tests can look them up. Folios and líneas de captura are 20 characters `[A-Z0-9]`.
 */
import type { TramiteEvent, TramiteStatus } from '@llave-cdmx/core';
import type { StoredTramite } from '../store/schema.js';
import { SEED_IDS } from './ids.js';

const AGENCIES = {
  semovi: { id: 'semovi', name: 'Secretaría de Movilidad (SEMOVI)' },
  seduvi: { id: 'seduvi', name: 'Secretaría de Desarrollo Urbano y Vivienda (SEDUVI)' },
  registroCivil: { id: 'registro-civil', name: 'Registro Civil de la Ciudad de México' },
  tesoreria: { id: 'tesoreria', name: 'Tesorería de la Ciudad de México' },
} as const;

/** Fixed folios, README "Seed data". */
export const SEED_FOLIOS = {
  licenciaConcluida: 'SEMOVILIC20260000001',
  usoSueloEnRevision: 'SEDUVIUSO20260000002',
  actaAprobada: 'RCIVILACT20260000003',
  predialRecibido: 'TESORPRED20260000004',
  tarjetaRequiereInformacion: 'SEMOVITAR20260000005',
  construccionRechazada: 'SEDUVICON20260000006',
  predialBasicoConcluido: 'TESORPRED20260000007',
  placasExtranjeraEnRevision: 'SEMOVIPLA20260000008',
} as const;

export const SEED_LINEAS_CAPTURA = {
  predialRecibido: '90TESOR2026PRED00041',
  licenciaConcluida: '71SEMOV2026LICA00017',
} as const;

type Step = [TramiteStatus, string, string?];

function tramite(
  folio: string,
  agency: (typeof AGENCIES)[keyof typeof AGENCIES],
  name: string,
  steps: Step[],
  extra: Partial<StoredTramite> = {},
): StoredTramite {
  const timeline: TramiteEvent[] = steps.map(([status, at, note]) => ({
    status,
    at,
    ...(note ? { note } : {}),
  }));
  const last = timeline[timeline.length - 1]!;
  return {
    folio,
    agency: { ...agency },
    name,
    createdAt: timeline[0]!.at,
    updatedAt: last.at,
    status: last.status,
    timeline,
    ...extra,
  };
}

export function seedTramites(): StoredTramite[] {
  const demo = { ownerId: SEED_IDS.demo };
  return [
    tramite(
      SEED_FOLIOS.licenciaConcluida,
      AGENCIES.semovi,
      'Renovación de licencia de conducir tipo A',
      [
        ['recibido', '2026-01-08T16:02:00.000Z'],
        ['en-revision', '2026-01-08T16:30:00.000Z'],
        ['aprobado', '2026-01-09T18:10:00.000Z', 'Pago validado.'],
        ['concluido', '2026-01-12T17:45:00.000Z', 'Licencia entregada en el módulo Nápoles.'],
      ],
      { ...demo, lineaCaptura: SEED_LINEAS_CAPTURA.licenciaConcluida },
    ),
    tramite(
      SEED_FOLIOS.usoSueloEnRevision,
      AGENCIES.seduvi,
      'Certificado Único de Zonificación de Uso del Suelo',
      [
        ['recibido', '2026-02-02T15:20:00.000Z'],
        ['en-revision', '2026-02-04T17:00:00.000Z', 'Turnado al área de dictaminación.'],
      ],
      demo,
    ),
    tramite(
      SEED_FOLIOS.actaAprobada,
      AGENCIES.registroCivil,
      'Copia certificada de acta de nacimiento',
      [
        ['recibido', '2026-02-10T19:05:00.000Z'],
        ['en-revision', '2026-02-10T19:40:00.000Z'],
        ['aprobado', '2026-02-11T15:15:00.000Z', 'Lista para descarga o entrega en juzgado.'],
      ],
      demo,
    ),
    tramite(
      SEED_FOLIOS.predialRecibido,
      AGENCIES.tesoreria,
      'Pago del impuesto predial 2026',
      [['recibido', '2026-02-20T14:00:00.000Z', 'Línea de captura generada.']],
      { ...demo, lineaCaptura: SEED_LINEAS_CAPTURA.predialRecibido },
    ),
    tramite(
      SEED_FOLIOS.tarjetaRequiereInformacion,
      AGENCIES.semovi,
      'Reposición de tarjeta de circulación',
      [
        ['recibido', '2026-01-25T16:00:00.000Z'],
        ['en-revision', '2026-01-26T16:00:00.000Z'],
        [
          'requiere-informacion',
          '2026-01-27T18:30:00.000Z',
          'Adjunta la factura del vehículo en tu expediente.',
        ],
      ],
      demo,
    ),
    tramite(
      SEED_FOLIOS.construccionRechazada,
      AGENCIES.seduvi,
      'Registro de manifestación de construcción tipo A',
      [
        ['recibido', '2025-11-03T16:00:00.000Z'],
        ['en-revision', '2025-11-05T16:00:00.000Z'],
        ['rechazado', '2025-11-20T20:00:00.000Z', 'El predio no coincide con la cuenta predial.'],
      ],
      demo,
    ),
    tramite(
      SEED_FOLIOS.predialBasicoConcluido,
      AGENCIES.tesoreria,
      'Pago del impuesto predial 2026',
      [
        ['recibido', '2026-01-15T15:00:00.000Z'],
        ['aprobado', '2026-01-15T15:05:00.000Z', 'Pago recibido.'],
        ['concluido', '2026-01-16T15:00:00.000Z'],
      ],
      { ownerId: SEED_IDS.basic, lineaCaptura: '90TESOR2026PRED00007' },
    ),
    tramite(
      SEED_FOLIOS.placasExtranjeraEnRevision,
      AGENCIES.semovi,
      'Alta de placas para vehículo particular',
      [
        ['recibido', '2026-02-14T17:00:00.000Z'],
        ['en-revision', '2026-02-15T17:00:00.000Z'],
      ],
      { ownerId: SEED_IDS.foreigner },
    ),
  ];
}
