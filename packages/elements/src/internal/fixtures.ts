/**
 * The synthetic citizen the element tests and stories share (DESIGN.md §4's first example CURP,
 * the simulator's demo citizen): the registry's answer in the wizard's fixtures and the ficha's
 * personal data in the profile's are the same person. Plain data only, so stories can import it;
 * not shipped (package.json `files` leaves out `fixtures.*`).
 */
import type { PersonalData } from '@llave-cdmx/core';

export const juan: Readonly<PersonalData> = {
  curp: 'PEGJ900115HDFRRN03',
  nombre: 'Juan',
  primerApellido: 'Pérez',
  segundoApellido: 'García',
  sexo: 'H',
  fechaNacimiento: '1990-01-15',
  estadoNacimiento: 'DF',
};
