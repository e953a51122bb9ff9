import {
  type ForeignDocumentType,
  type PostalCodeLookup,
  type RegistrationRequest,
  validateEmail,
  validateMobile,
} from '@llave-cdmx/core';
import type { Draft } from './draft.js';

/**
 * The `POST /v1/registrations` body from what the three steps collected. Call it only after
 * every step validated: it trusts the draft (trimmed, normalised, catalog names attached so the
 * server can check them against the id).
 */
export function buildRequest(
  d: Draft,
  lookup: PostalCodeLookup | undefined,
  password: string,
): RegistrationRequest {
  const asenta = lookup?.asentamientos.find((a) => a.id === d.asentamientoId);
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const names = {
    nombre: d.nombre.trim(),
    primerApellido: d.primerApellido.trim(),
    segundoApellido: opt(d.segundoApellido),
  };
  const sexo = d.sexo as 'H' | 'M' | 'X';
  const mobile = validateMobile(d.mobile);
  return {
    ...(d.kind === 'nacional'
      ? {
          kind: 'nacional' as const,
          personal: {
            curp: d.curp.trim().toUpperCase(),
            ...names,
            sexo,
            fechaNacimiento: d.fechaNacimiento,
            estadoNacimiento: d.estadoNacimiento,
          },
        }
      : {
          kind: 'extranjero' as const,
          personal: {
            ...names,
            sexo,
            fechaNacimiento: d.fechaNacimiento,
            nacionalidad: d.nacionalidad,
            // validateStep(1) refused an empty type before this runs.
            documentoTipo: d.documentoTipo as ForeignDocumentType,
            documentoNumero: d.documentoNumero.trim(),
          },
        }),
    address: {
      codigoPostal: d.codigoPostal.trim(),
      asentamientoId: d.asentamientoId,
      calle: d.calle.trim(),
      numeroExterior: d.numeroExterior.trim(),
      numeroInterior: opt(d.numeroInterior),
      estado: lookup?.estado,
      municipio: lookup?.municipio,
      asentamiento: asenta?.nombre,
      tipoAsentamiento: asenta?.tipo,
    },
    contact: {
      email: (validateEmail(d.email) as { value: string }).value,
      mobile: mobile.ok ? mobile.value : undefined,
    },
    password,
    acceptPrivacyNotice: true,
  };
}
