/**
 * Registration (public): availability checks and account creation for nationals (CURP) and
 * foreigners (identity document), with the troubleshooting guide's conflict answers.
 */
import {
  type AvailabilityResponse,
  FOREIGN_DOCUMENT_TYPES,
  type ForeignPersonalData,
  type PersonalData,
  passwordContextFor,
  type RegistrationResponse,
  type Sexo,
} from '@llave-cdmx/core';
import { Hono } from 'hono';
import { validationFailed } from '../errors.js';
import { checkCurp, checkEmail, checkMobile, checkPassword, isIsoDate } from '../validation.js';
import { readAddress } from './address.js';
import { FieldErrors, type Json, readJson } from './body.js';
import type { ApiDeps } from './deps.js';

const SEXOS: readonly string[] = ['H', 'M', 'X'];

function readBirthDate(personal: Json, errors: FieldErrors): string | undefined {
  const value = errors.text(personal, 'fechaNacimiento', 'personal.fechaNacimiento', { max: 10 });
  if (!value) return undefined;
  if (!isIsoDate(value)) {
    errors.add('personal.fechaNacimiento', 'date_invalid');
    return undefined;
  }
  const today = new Date().toISOString().slice(0, 10);
  if (value > today || value < '1900-01-01') {
    errors.add('personal.fechaNacimiento', 'date_out_of_range');
    return undefined;
  }
  return value;
}

function readSexo(personal: Json, errors: FieldErrors): Sexo | undefined {
  const value = personal.sexo;
  if (value === undefined || value === '') errors.add('personal.sexo', 'required');
  else if (typeof value !== 'string' || !SEXOS.includes(value)) {
    errors.add('personal.sexo', 'invalid');
  } else return value as Sexo;
  return undefined;
}

function readNames(personal: Json, errors: FieldErrors) {
  return {
    nombre: errors.text(personal, 'nombre', 'personal.nombre'),
    primerApellido: errors.text(personal, 'primerApellido', 'personal.primerApellido'),
    segundoApellido: errors.text(personal, 'segundoApellido', 'personal.segundoApellido', {
      optional: true,
    }),
  };
}

function readNacional(personal: Json, errors: FieldErrors): PersonalData | undefined {
  const curp = checkCurp(personal.curp);
  if (!curp.ok) errors.add('personal.curp', curp.code);
  const names = readNames(personal, errors);
  const sexo = readSexo(personal, errors);
  const fechaNacimiento = readBirthDate(personal, errors);
  const estado = personal.estadoNacimiento;
  if (!curp.ok || !names.nombre || !names.primerApellido || !sexo || !fechaNacimiento) {
    return undefined;
  }
  // The CURP encodes sex, birth date and state: data that contradicts it is a typo.
  if (sexo !== curp.value.sexo) errors.add('personal.sexo', 'curp_mismatch');
  if (fechaNacimiento !== curp.value.fechaNacimiento) {
    errors.add('personal.fechaNacimiento', 'curp_mismatch');
  }
  if (estado !== undefined && estado !== curp.value.estadoNacimiento) {
    errors.add('personal.estadoNacimiento', 'curp_mismatch');
  }
  return {
    curp: curp.value.curp,
    nombre: names.nombre,
    primerApellido: names.primerApellido,
    ...(names.segundoApellido ? { segundoApellido: names.segundoApellido } : {}),
    sexo,
    fechaNacimiento,
    estadoNacimiento: curp.value.estadoNacimiento,
  };
}

function readExtranjero(personal: Json, errors: FieldErrors): ForeignPersonalData | undefined {
  const names = readNames(personal, errors);
  const sexo = readSexo(personal, errors);
  const fechaNacimiento = readBirthDate(personal, errors);
  const nacionalidad = errors.text(personal, 'nacionalidad', 'personal.nacionalidad', { max: 2 });
  if (nacionalidad && !/^[A-Za-z]{2}$/.test(nacionalidad)) {
    errors.add('personal.nacionalidad', 'invalid');
  }
  const tipo = personal.documentoTipo;
  if (!(FOREIGN_DOCUMENT_TYPES as readonly unknown[]).includes(tipo)) {
    errors.add('personal.documentoTipo', tipo === undefined ? 'required' : 'invalid');
  }
  const numero = errors.text(personal, 'documentoNumero', 'personal.documentoNumero', { max: 40 });
  if (!names.nombre || !names.primerApellido || !sexo || !fechaNacimiento || !nacionalidad) {
    return undefined;
  }
  if (!numero || errors.empty === false) return undefined;
  return {
    nombre: names.nombre,
    primerApellido: names.primerApellido,
    ...(names.segundoApellido ? { segundoApellido: names.segundoApellido } : {}),
    sexo,
    fechaNacimiento,
    nacionalidad: nacionalidad.toUpperCase(),
    documentoTipo: tipo as ForeignPersonalData['documentoTipo'],
    documentoNumero: numero,
  };
}

export function registrationRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.post('/v1/registrations/availability', async (c) => {
    const body = await readJson(c);
    const errors = new FieldErrors();
    const out: AvailabilityResponse = {};
    const state = (found: unknown) => (found ? 'registered' : 'available');
    if (body.curp !== undefined) {
      const curp = checkCurp(body.curp);
      if (curp.ok) out.curp = state(await deps.accounts.findByCurp(curp.value.curp));
      else errors.add('curp', curp.code);
    }
    if (body.email !== undefined) {
      const email = checkEmail(body.email);
      if (email.ok) out.email = state(await deps.accounts.findByEmail(email.value));
      else errors.add('email', email.code);
    }
    if (body.mobile !== undefined) {
      const mobile = checkMobile(body.mobile);
      if (mobile.ok) out.mobile = state(await deps.accounts.findByMobile(mobile.value));
      else errors.add('mobile', mobile.code);
    }
    if (!errors.empty) throw validationFailed(errors.fields);
    return c.json(out);
  });

  app.post('/v1/registrations', async (c) => {
    const body = await readJson(c);
    const errors = new FieldErrors();
    const kind = body.kind;
    if (kind !== 'nacional' && kind !== 'extranjero') {
      errors.add('kind', kind === undefined ? 'required' : 'invalid');
    }
    const personalIn = errors.object(body, 'personal', 'personal');
    const personal =
      personalIn &&
      (kind === 'nacional'
        ? readNacional(personalIn, errors)
        : kind === 'extranjero'
          ? readExtranjero(personalIn, errors)
          : undefined);
    const address = readAddress(
      errors.object(body, 'address', 'address'),
      'address.',
      errors,
      deps.catalog,
    );
    const contactIn = errors.object(body, 'contact', 'contact');
    let email: string | undefined;
    let mobile: string | undefined;
    if (contactIn) {
      const e = checkEmail(contactIn.email);
      if (e.ok) email = e.value;
      else errors.add('contact.email', e.code);
      if (contactIn.mobile !== undefined && contactIn.mobile !== null && contactIn.mobile !== '') {
        const m = checkMobile(contactIn.mobile);
        if (m.ok) mobile = m.value;
        else errors.add('contact.mobile', m.code);
      }
    }
    const password = checkPassword(
      body.password,
      passwordContextFor({ ...personal, email, mobile }),
    );
    if (!password.ok) errors.add('password', password.code);
    if (body.acceptPrivacyNotice !== true) errors.add('acceptPrivacyNotice', 'required');
    if (!errors.empty || !personal || !address || !email || !password.ok) {
      throw validationFailed(errors.fields);
    }

    // One account per CURP, email and mobile, even for parallel requests: `create` checks and
    // inserts in one step and throws AccountConflictError (→ the guide's 409) when one is taken.
    const account = await deps.accounts.create({
      kind: kind as 'nacional' | 'extranjero',
      level: 'basica',
      personal,
      address,
      contact: {
        email,
        emailVerified: false,
        ...(mobile ? { mobile } : {}),
        mobileVerified: false,
      },
      password: password.value,
    });
    deps.log.info({ accountId: account.id, kind: account.kind }, 'account registered');
    const verification = await deps.verifications.start(account.id, 'email');
    const answer: RegistrationResponse = {
      accountId: account.id,
      level: account.level,
      verification,
    };
    return c.json(answer, 201);
  });

  return app;
}
