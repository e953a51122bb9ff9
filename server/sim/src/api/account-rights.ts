/**
 * What only the holder of an account may do (Lineamientos de Llave CDMX-Expediente): see every
 * consent to share documents (7.1.2), take the data away (portability, 7.1.2), cancel the
 * account (5.1.1) and report a misuse (5.1.7).
 */
import type {
  CancellationResponse,
  ConsentHistory,
  ConsentRecord,
  DataExport,
  ExpedienteDocument,
  MisuseReportResponse,
  Tramite,
} from '@llave-cdmx/core';
import { Hono } from 'hono';
import { SimError, validationFailed } from '../errors.js';
import { newId } from '../ids.js';
import { accountCancelledMessage, misuseReportedMessage } from '../services/messages.js';
import { createZip, safeEntryName, type ZipEntry } from '../services/zip.js';
import type { StoredShare } from '../store/schema.js';
import type { SimAccount } from '../types.js';
import { FieldErrors, readJson } from './body.js';
import type { ApiDeps, AuthEnv } from './deps.js';
import { profileOf } from './me.js';

const MISUSE_NS = 'misuse-report';
const MISUSE_TTL_SECONDS = 365 * 24 * 60 * 60;

function toConsent(deps: ApiDeps, share: StoredShare): ConsentRecord {
  const client = deps.ctx.config.clients.find((c) => c.clientId === share.agency);
  return {
    id: share.id,
    agency: { id: share.agency, name: client?.name ?? share.agency },
    tramite: share.tramite,
    grantedAt: share.grantedAt,
    expiresAt: share.expiresAt,
    consentText: share.consentText,
    // The agency's references are its capabilities, not the citizen's business: left out.
    documents: share.documents.map(({ id, type, name }) => ({ id, type, name })),
  };
}

function consentsOf(deps: ApiDeps, accountId: string): ConsentRecord[] {
  return deps.store.data.shares
    .filter((s) => s.ownerId === accountId)
    .sort((a, b) => b.grantedAt.localeCompare(a.grantedAt))
    .map((s) => toConsent(deps, s));
}

/** Notices go to every contact the account has, verified or not: they are about the account. */
async function notify(
  deps: ApiDeps,
  account: SimAccount,
  message: { subject: string; body: string },
) {
  await deps.ctx.outbox.send({
    channel: 'email',
    to: account.contact.email,
    purpose: 'notice',
    ...message,
  });
  if (account.contact.mobile) {
    await deps.ctx.outbox.send({
      channel: 'sms',
      to: account.contact.mobile,
      purpose: 'notice',
      ...message,
    });
  }
}

export function accountRightsRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.get('/v1/me/document-shares', (c) => {
    const answer: ConsentHistory = { items: consentsOf(deps, c.get('accountId')) };
    return c.json(answer);
  });

  app.get('/v1/me/export', async (c) => {
    const accountId = c.get('accountId');
    const exportedAt = new Date();
    const files: ZipEntry[] = [];
    const documents: DataExport['documents'] = [];
    const used = new Set<string>();
    for (const stored of deps.store.data.documents.filter((d) => d.ownerId === accountId)) {
      const { ownerId: _owner, ...doc } = stored;
      const bytes = await deps.store.blobs.get(doc.id);
      // Two documents may share a name: the id keeps every file in the archive.
      let file = `documentos/${safeEntryName(`${doc.id}-${doc.name}`)}`;
      while (used.has(file)) file = `${file}_`;
      used.add(file);
      if (bytes) files.push({ name: file, data: bytes });
      documents.push({ ...(structuredClone(doc) as ExpedienteDocument), file: bytes ? file : '' });
    }
    const tramites: Tramite[] = deps.store.data.tramites
      .filter((t) => t.ownerId === accountId)
      .map(({ ownerId: _owner, ...t }) => structuredClone(t));
    const ficha: DataExport = {
      format: 'llave-cdmx-export/1',
      exportedAt: exportedAt.toISOString(),
      profile: await profileOf(deps, accountId),
      documents,
      consents: consentsOf(deps, accountId),
      tramites,
    };
    const zip = createZip(
      [{ name: 'ficha.json', data: Buffer.from(JSON.stringify(ficha, null, 2)) }, ...files],
      exportedAt,
    );
    deps.log.info({ documents: documents.length }, 'data exported');
    const day = exportedAt.toISOString().slice(0, 10);
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Length': String(zip.byteLength),
      'Content-Disposition': `attachment; filename="llave-cdmx-mis-datos-${day}.zip"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  });

  app.post('/v1/me/cancellation', async (c) => {
    const body = await readJson(c);
    if (body.confirm !== true) {
      throw validationFailed({ confirm: body.confirm === undefined ? 'required' : 'invalid' });
    }
    const accountId = c.get('accountId');
    const signedInAt = c.get('signedInAt');
    const window = deps.ctx.config.recentSignInSeconds * 1000;
    // Whoever finds an unattended open session must not be able to erase the account.
    if (signedInAt === undefined || Date.now() - signedInAt > window) {
      throw new SimError(
        403,
        'recent_login_required',
        'Por tu seguridad, vuelve a iniciar sesión para cancelar tu cuenta.',
      );
    }
    const account = (await deps.accounts.get(accountId))!;
    const { data } = deps.store;
    for (const doc of data.documents.filter((d) => d.ownerId === accountId)) {
      await deps.store.blobs.delete(doc.id);
    }
    data.documents = data.documents.filter((d) => d.ownerId !== accountId);
    data.shares = data.shares.filter((s) => s.ownerId !== accountId);
    // Trámites are the agencies' records: they stay, but no longer point at the person.
    for (const t of data.tramites) if (t.ownerId === accountId) delete t.ownerId;
    await deps.verifications.dropChange(accountId, 'email');
    await deps.verifications.dropChange(accountId, 'sms');
    await deps.accounts.delete(accountId);
    const sessionsEnded = (await deps.endSessions?.(accountId)) ?? 0;
    await notify(deps, account, accountCancelledMessage());
    deps.log.info({ sessionsEnded }, 'account cancelled');
    const answer: CancellationResponse = { cancelledAt: new Date().toISOString(), sessionsEnded };
    return c.json(answer);
  });

  app.post('/v1/me/misuse-reports', async (c) => {
    const body = await readJson(c, { optional: true });
    const errors = new FieldErrors();
    const description = errors.text(body, 'description', 'description', {
      max: 1000,
      optional: true,
    });
    if (!errors.empty) throw validationFailed(errors.fields);
    const accountId = c.get('accountId');
    const account = await deps.accounts.update(accountId, (a) => {
      a.passwordResetRequired = true;
    });
    const reportId = newId();
    const receivedAt = new Date().toISOString();
    await deps.ctx.kv.set(
      MISUSE_NS,
      reportId,
      { accountId, receivedAt, ...(description ? { description } : {}) },
      MISUSE_TTL_SECONDS,
    );
    const sessionsEnded = (await deps.endSessions?.(accountId)) ?? 0;
    await notify(deps, account, misuseReportedMessage());
    deps.log.warn({ reportId, sessionsEnded }, 'misuse reported');
    const answer: MisuseReportResponse = {
      reportId,
      receivedAt,
      sessionsEnded,
      passwordResetRequired: true,
    };
    return c.json(answer, 201);
  });

  return app;
}
