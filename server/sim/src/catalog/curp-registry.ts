/**
 * A RENAPO-like registry of synthetic people (none of them real). A valid CURP that is not in
 * the registry is still answered, with what the CURP itself says (`source: 'derived'`), because
 * the real RENAPO knows everyone and a simulator cannot.
 */
import type { CurpLookup, PersonalData } from '@llave-cdmx/core';
import { validationFailed } from '../errors.js';
import { checkCurp } from '../validation.js';

export const REGISTRY_PEOPLE: readonly PersonalData[] = [
  person('PEGJ900115HDFRRN03', 'Juan', 'Pérez', 'García'),
  person('MAHA020730MJCRRNA7', 'Ana', 'Martínez', 'Hernández'),
  person('SIXT950620HNEMXH03', 'Thomas', 'Simón'),
  person('RISA010214XDFVTLB7', 'Alex', 'Rivera', 'Soto'),
  person('LOHM850322MDFPRR04', 'María', 'López', 'Hernández'),
  person('GOSC780910HMCNNR09', 'Carlos', 'González', 'Sánchez'),
  person('TOVL990101MPLRZC01', 'Lucía', 'Torres', 'Vázquez'),
  person('RUCE680505HOCZRR00', 'Ernesto', 'Ruiz', 'Cruz'),
  person('GAMR031122MDFRRSA4', 'Rosa', 'García', 'Martínez'),
];

function person(curp: string, nombre: string, primer: string, segundo?: string): PersonalData {
  const facts = checkCurp(curp);
  // A typo in this table must fail loudly at start-up, not answer wrong data later.
  if (!facts.ok) throw new Error(`registry CURP ${curp} is invalid: ${facts.code}`);
  return {
    ...facts.value,
    nombre,
    primerApellido: primer,
    ...(segundo ? { segundoApellido: segundo } : {}),
  };
}

export function lookupCurp(input: string): CurpLookup {
  const facts = checkCurp(input);
  if (!facts.ok) throw validationFailed({ curp: facts.code });
  const known = REGISTRY_PEOPLE.find((p) => p.curp === facts.value.curp);
  if (known) return { ...known, source: 'renapo' };
  return { ...facts.value, nombre: '', primerApellido: '', source: 'derived' };
}
