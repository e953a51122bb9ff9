/**
 * The public verification page, `/firma/verificar` (es-MX, English on `?lng=en`): a person
 * chooses the signed file and gives the folio of the receipt (prefilled from its link) or pastes
 * the signature; the simulator hashes the file and says valid, altered or invalid. Plain HTML
 * forms, no JavaScript, in the hosted pages' frame (layout, stylesheet, CSP, error summary).
 */
import type { Language, SignatureVerification } from '@llave-cdmx/core';
import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { ApiDeps } from '../api/deps.js';
import { SimError } from '../errors.js';
import { pageContext, render } from '../idp/hosted/shared.js';
import { readVerifyInput, verifyBodyLimit } from './routes.js';

const TEXT = {
  'es-MX': {
    title: 'Verificar una firma',
    intro:
      'Elige el archivo firmado y escribe el folio de su comprobante (o pega la firma). Calculamos la huella SHA-256 del archivo y la comparamos con la firma.',
    folio: 'Folio del comprobante',
    folioHelp: 'Está en el comprobante de firma; empieza con FE.',
    jws: 'O pega la firma (JWS)',
    jwsHelp: 'Solo si no tienes el folio.',
    file: 'Archivo firmado',
    fileHelp: 'El mismo archivo que se firmó, sin abrirlo ni guardarlo de nuevo.',
    submit: 'Verificar',
    errors: {
      file: 'Elige el archivo firmado.',
      jws: 'Escribe el folio del comprobante o pega la firma.',
      tooLarge: 'El archivo es demasiado grande para verificarlo aquí.',
      bad: 'No pudimos leer el formulario. Inténtalo de nuevo.',
    },
    valid: 'Firma válida',
    validText: 'El archivo es exactamente el que se firmó y la firma es de Llave CDMX.',
    altered: 'Documento alterado',
    alteredText:
      'La firma es auténtica, pero este archivo no es el que se firmó: cambió después de firmarse, o la firma es de otro documento.',
    invalid: 'Firma no válida',
    reasons: {
      malformed: 'Lo que pegaste no es una firma de Llave CDMX.',
      unknown_key: 'La firma no se hizo con una llave de este servicio.',
      bad_signature: 'La firma fue modificada o no corresponde a este archivo.',
      unknown_folio: 'No encontramos ese folio. Revisa que esté completo.',
    },
    signer: 'Firmó',
    curp: 'CURP',
    signedAt: 'Fecha y hora',
    folioLabel: 'Folio',
    fingerprint: 'Huella SHA-256 del archivo',
  },
  en: {
    title: 'Verify a signature',
    intro:
      'Choose the signed file and type the folio of its receipt (or paste the signature). We compute the file’s SHA-256 fingerprint and compare it with the signature.',
    folio: 'Receipt folio',
    folioHelp: 'It is on the signature receipt; it starts with FE.',
    jws: 'Or paste the signature (JWS)',
    jwsHelp: 'Only if you do not have the folio.',
    file: 'Signed file',
    fileHelp: 'The same file that was signed, without opening and saving it again.',
    submit: 'Verify',
    errors: {
      file: 'Choose the signed file.',
      jws: 'Type the receipt folio or paste the signature.',
      tooLarge: 'The file is too large to verify here.',
      bad: 'We could not read the form. Try again.',
    },
    valid: 'Valid signature',
    validText: 'The file is exactly the one that was signed, and the signature is Llave CDMX’s.',
    altered: 'Altered document',
    alteredText:
      'The signature is genuine, but this file is not the one that was signed: it changed after signing, or the signature belongs to another document.',
    invalid: 'Invalid signature',
    reasons: {
      malformed: 'What you pasted is not a Llave CDMX signature.',
      unknown_key: 'The signature was not made with a key of this service.',
      bad_signature: 'The signature was modified or does not belong to this file.',
      unknown_folio: 'We could not find that folio. Check that it is complete.',
    },
    signer: 'Signed by',
    curp: 'CURP',
    signedAt: 'Date and time',
    folioLabel: 'Folio',
    fingerprint: 'SHA-256 fingerprint of the file',
  },
} as const;

/** `ab12cd34…` → `AB12 CD34 …`: groups of four are easier to compare by eye. */
export const groupFingerprint = (hex: string) => hex.toUpperCase().replace(/(.{4})(?!$)/g, '$1 ');

function when(iso: string, lng: Language): string {
  return new Intl.DateTimeFormat(lng, {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: 'America/Mexico_City',
  }).format(new Date(iso));
}

interface FormState {
  folio?: string;
  jws?: string;
  errors?: Array<{ field?: string; message: string }>;
  result?: SignatureVerification;
}

function show(c: Context, state: FormState, status: 200 | 413 | 422 = 200) {
  const pc = pageContext(c);
  const tx = TEXT[pc.lng];
  const other = pc.lng === 'en' ? 'es-MX' : 'en';
  const folioQuery = state.folio ? `&folio=${encodeURIComponent(state.folio)}` : '';
  pc.switchHref = `/firma/verificar?lng=${other}${folioQuery}`;
  const r = state.result;
  const headline = r && tx[r.status];
  const errorOf = (field: string) => state.errors?.find((e) => e.field === field)?.message;
  const described = (id: string) =>
    [`${id}-help`, errorOf(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  const result = r
    ? html`<section class="result result-${r.status}" aria-labelledby="result-title">
<h2 id="result-title" tabindex="-1">${headline}</h2>
<p>${r.status === 'valid' ? tx.validText : r.status === 'altered' ? tx.alteredText : tx.reasons[r.reason ?? 'bad_signature']}</p>
<dl>
${r.signer ? html`<dt>${tx.signer}</dt><dd>${r.signer.name}</dd>` : ''}
${r.signer?.curp ? html`<dt>${tx.curp}</dt><dd>${r.signer.curp}</dd>` : ''}
${r.signedAt ? html`<dt>${tx.signedAt}</dt><dd>${when(r.signedAt, pc.lng)}</dd>` : ''}
${r.folio ? html`<dt>${tx.folioLabel}</dt><dd>${r.folio}</dd>` : ''}
<dt>${tx.fingerprint}</dt><dd class="fingerprint">${groupFingerprint(r.sha256)}</dd>
</dl>
</section>`
    : '';
  const field = (id: string, label: string, help: string, control: unknown) =>
    html`<div class="field${errorOf(id) ? ' field-error' : ''}">
<label for="${id}">${label}</label>
<p class="help" id="${id}-help">${help}</p>
${errorOf(id) ? html`<p class="error" id="${id}-error">${errorOf(id)}</p>` : ''}
${control}
</div>`;
  const invalid = (id: string) => (errorOf(id) ? 'true' : 'false');
  const body = html`${result}<p>${tx.intro}</p>
<form method="post" action="/firma/verificar?lng=${pc.lng}" enctype="multipart/form-data" novalidate>
${field('file', tx.file, tx.fileHelp, html`<input id="file" name="file" type="file" required aria-describedby="${described('file')}" aria-invalid="${invalid('file')}">`)}
${field('folio', tx.folio, tx.folioHelp, html`<input id="folio" name="folio" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters" value="${state.folio ?? ''}" aria-describedby="${described('folio')}" aria-invalid="${invalid('folio')}">`)}
${field('jws', tx.jws, tx.jwsHelp, html`<textarea id="jws" name="jws" spellcheck="false" autocapitalize="none" aria-describedby="${described('jws')}" aria-invalid="${invalid('jws')}">${state.jws ?? ''}</textarea>`)}
<div class="actions"><button type="submit">${tx.submit}</button></div>
</form>`;
  return render(
    c,
    pc,
    {
      title: tx.title,
      ...(state.errors?.length ? { errors: state.errors } : {}),
      body,
    },
    status,
  );
}

export function signingPageRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  const limit = verifyBodyLimit(deps.ctx.config.maxUploadBytes);

  app.get('/verificar', (c) => {
    const folio = c.req.query('folio');
    return show(c, folio && folio.length <= 64 ? { folio } : {});
  });

  app.post(
    '/verificar',
    async (c, next) => {
      try {
        return await limit(c, next);
      } catch (err) {
        if (err instanceof SimError && err.status === 413) {
          return show(
            c,
            { errors: [{ field: 'file', message: TEXT[pageContext(c).lng].errors.tooLarge }] },
            413,
          );
        }
        throw err;
      }
    },
    async (c) => {
      const tx = TEXT[pageContext(c).lng];
      try {
        const input = await readVerifyInput(c);
        const result = await deps.signatures.verify(input);
        return show(c, { folio: input.folio, jws: input.jws, result });
      } catch (err) {
        if (!(err instanceof SimError) || err.status >= 500) throw err;
        const fields = err.details.fields ?? {};
        const errors = Object.keys(fields).length
          ? Object.keys(fields).map((f) => ({
              field: f === 'sha256' ? 'file' : f,
              message: f === 'jws' ? tx.errors.jws : tx.errors.file,
            }))
          : [{ message: tx.errors.bad }];
        return show(c, { errors }, 422);
      }
    },
  );

  return app;
}
