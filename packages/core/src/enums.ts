/**
 * The long closed lists of the contract, in their own module (exported by the package index, not
 * re-exported by contract.ts): a bundler then ships them only with the components that use them,
 * not on every page that needs one field of the contract (the login button's page, DESIGN.md §6).
 * A re-export would make them a dependency of contract.ts, which the CDN build's shared `kit`
 * chunk takes whole (vite.config.ts).
 */

/** Identity documents a foreigner without CURP may register with (guidelines, §3). */
export const FOREIGN_DOCUMENT_TYPES = [
  'acta-nacimiento',
  'credencial-inm',
  'documento-consular',
  'documento-identidad',
  'documento-identidad-viaje',
  'forma-migratoria',
  'libreta-mar',
  'licencia-conducir',
  'pasaporte',
  'tarjeta-residente-temporal',
  'tarjeta-residente-temporal-estudiante',
  'visa',
  'otro',
] as const;

/** Kinds of document in the citizen's expediente (guidelines, §3). */
export const DOCUMENT_TYPES = [
  'identificacion',
  'comprobante-domicilio',
  'personalidad-juridica',
  'fotografia',
  'acta',
  'constancia',
  'permiso',
  'inmueble',
  'vehicular',
  'otro',
] as const;

export const DOCUMENT_STATUSES = ['cargado', 'cotejado', 'rechazado'] as const;

export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const TRAMITE_STATUSES = [
  'recibido',
  'en-revision',
  'requiere-informacion',
  'aprobado',
  'rechazado',
  'concluido',
] as const;
