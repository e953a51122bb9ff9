/**
 * Address validation against the postal-code catalog: the estado, municipio and asentamiento
 * are taken from the catalog, never from the client, so a stored address always exists.
 */
import type { Address } from '@llave-cdmx/core';
import type { PostalCodeCatalog } from '../catalog/postal-codes.js';
import type { FieldErrors, Json } from './body.js';

export function readAddress(
  input: Json | undefined,
  prefix: string,
  errors: FieldErrors,
  catalog: PostalCodeCatalog,
): Address | undefined {
  if (!input) return undefined;
  const cp = errors.text(input, 'codigoPostal', `${prefix}codigoPostal`, { max: 5 });
  const asentamientoId = errors.text(input, 'asentamientoId', `${prefix}asentamientoId`, {
    max: 10,
  });
  const calle = errors.text(input, 'calle', `${prefix}calle`, { max: 150 });
  const numeroExterior = errors.text(input, 'numeroExterior', `${prefix}numeroExterior`, {
    max: 20,
  });
  const numeroInterior = errors.text(input, 'numeroInterior', `${prefix}numeroInterior`, {
    max: 20,
    optional: true,
  });
  if (!cp) return undefined;
  if (!/^\d{5}$/.test(cp)) {
    errors.add(`${prefix}codigoPostal`, 'postal_code_format');
    return undefined;
  }
  const lookup = catalog.lookup(cp);
  if (!lookup) {
    errors.add(`${prefix}codigoPostal`, 'postal_code_unknown');
    return undefined;
  }
  if (!asentamientoId) return undefined;
  const asentamiento = lookup.asentamientos.find((a) => a.id === asentamientoId);
  if (!asentamiento) {
    errors.add(`${prefix}asentamientoId`, 'asentamiento_unknown');
    return undefined;
  }
  if (!calle || !numeroExterior) return undefined;
  return {
    codigoPostal: cp,
    estado: lookup.estado,
    municipio: lookup.municipio,
    asentamientoId,
    asentamiento: asentamiento.nombre,
    tipoAsentamiento: asentamiento.tipo,
    calle,
    numeroExterior,
    ...(numeroInterior ? { numeroInterior } : {}),
  };
}
