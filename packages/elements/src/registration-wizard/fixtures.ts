/**
 * The person and postal code that component tests and Storybook stories both register with,
 * so a story walks through exactly the data the tests check. Synthetic (DESIGN.md §4 examples);
 * plain data only, so stories can import it; not exported by the package.
 */
import type { CurpLookup, PostalCodeLookup } from '@llave-cdmx/core';
import { juan } from '../internal/fixtures.js';

/** What the registry answers for PEGJ900115HDFRRN03. */
export const registryPerson: CurpLookup = { ...juan, source: 'renapo' };

/** 06700 has two "Centro" (Colonia and Barrio): the reason the wizard shows the type. */
export const postalCode06700: PostalCodeLookup = {
  codigoPostal: '06700',
  estado: 'Ciudad de México',
  municipio: 'Cuauhtémoc',
  asentamientos: [
    { id: '0001', nombre: 'Roma Norte', tipo: 'Colonia' },
    { id: '0002', nombre: 'Centro', tipo: 'Colonia' },
    { id: '0003', nombre: 'Centro', tipo: 'Barrio' },
  ],
};
