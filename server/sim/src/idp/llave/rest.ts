/**
 * The Llave REST endpoints as agencies call them today (DESIGN.md §2): token, usuario, roles and
 * logout under `/rest/oauth`. Not OAuth-standard (camelCase JSON, an `accessToken` header rather
 * than Bearer), reproduced faithfully so a BFF written against the simulator works against Llave.
 * Errors are JSON with an `error` field: real clients only look for that substring.
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SimAccount, SimContext } from '../../types.js';
import { authenticateBasic, findClient, secretMatches } from '../clients.js';
import type { AccessTokenRecord, LlaveTokens } from './tokens.js';

type ErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_token'
  | 'length_required';

function fail(status: ContentfulStatusCode, error: ErrorCode, description: string) {
  return { status, body: { error, error_description: description } };
}

/** `dd/MM/yyyy`, as Llave formats dates. */
function llaveDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** Llave answers the string `"null"` for absent values (seen on `correo`). */
const orNull = (value: string | undefined): string => (value ? value : 'null');

export function usuarioOf(account: SimAccount) {
  const p = account.personal;
  const curp = 'curp' in p ? p.curp : undefined;
  const estado = 'estadoNacimiento' in p ? p.estadoNacimiento : 'NE';
  const mobile = account.contact.mobile?.replace(/^\+52/, '');
  return {
    idUsuario: account.id,
    login: account.contact.email,
    nombre: p.nombre,
    primerApellido: p.primerApellido,
    segundoApellido: p.segundoApellido ?? '',
    curp: orNull(curp),
    fechaNacimiento: llaveDate(p.fechaNacimiento),
    sexo: p.sexo,
    estadoNacimiento: estado,
    telVigente: orNull(mobile),
    correo: orNull(account.contact.emailVerified ? account.contact.email : undefined),
    nivel: account.level,
  };
}

export function llaveRestApp(ctx: SimContext, tokens: LlaveTokens): Hono {
  const app = new Hono();
  const clients = () => ctx.config.clients;

  /** The `accessToken` header, and, when Basic credentials are sent, that they are the token's client. */
  async function tokenFrom(
    header: string | undefined,
    authorization: string | undefined,
    basicRequired: boolean,
  ): Promise<AccessTokenRecord | undefined> {
    const record = await tokens.resolve(header?.trim() ?? '');
    if (!record) return undefined;
    if (authorization === undefined && !basicRequired) return record;
    const client = authenticateBasic(clients(), authorization);
    return client?.clientId === record.clientId ? record : undefined;
  }

  app.post('/token', async (c) => {
    const client = authenticateBasic(clients(), c.req.header('authorization'));
    if (!client) {
      const f = fail(401, 'invalid_client', 'Client authentication failed.');
      c.header('WWW-Authenticate', 'Basic realm="llave"');
      return c.json(f.body, f.status);
    }
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = await c.req.json();
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('shape');
      body = parsed as Record<string, unknown>;
    } catch {
      const f = fail(400, 'invalid_request', 'The body must be a JSON object.');
      return c.json(f.body, f.status);
    }
    // The body repeats the credentials; they must agree with the Basic ones.
    if (
      (body.clientId !== undefined && findClient(clients(), body.clientId) !== client) ||
      (body.clientSecret !== undefined && !secretMatches(client, body.clientSecret))
    ) {
      const f = fail(401, 'invalid_client', 'Client credentials do not match.');
      return c.json(f.body, f.status);
    }
    if (body.grantType !== 'authorization_code') {
      const f = fail(400, 'unsupported_grant_type', 'grantType must be authorization_code.');
      return c.json(f.body, f.status);
    }
    if (typeof body.code !== 'string' || typeof body.redirectUri !== 'string') {
      const f = fail(400, 'invalid_request', 'code and redirectUri are required.');
      return c.json(f.body, f.status);
    }
    const result = await tokens.redeem(body.code, client.clientId, body.redirectUri);
    if (!result.ok) {
      const f = fail(400, 'invalid_grant', `The code is not valid (${result.reason}).`);
      return c.json(f.body, f.status);
    }
    c.header('Cache-Control', 'no-store');
    return c.json({
      accessToken: result.accessToken,
      tokenType: 'Bearer',
      expiresIn: result.expiresIn,
    });
  });

  app.get('/usuario', async (c) => {
    const record = await tokenFrom(
      c.req.header('accesstoken'),
      c.req.header('authorization'),
      true,
    );
    const account = record && (await ctx.accounts.get(record.accountId));
    if (!account) {
      const f = fail(401, 'invalid_token', 'The accessToken is not valid.');
      return c.json(f.body, f.status);
    }
    c.header('Cache-Control', 'no-store');
    return c.json(usuarioOf(account));
  });

  app.post('/roles', async (c) => {
    const record = await tokenFrom(
      c.req.header('accesstoken'),
      c.req.header('authorization'),
      false,
    );
    const account = record && (await ctx.accounts.get(record.accountId));
    if (!account) {
      const f = fail(401, 'invalid_token', 'The accessToken is not valid.');
      return c.json(f.body, f.status);
    }
    return c.json({ roles: account.roles.map(({ idRol, rol }) => ({ idRol, rol })) });
  });

  app.post('/logout', async (c) => {
    // The real service answers 411 when the POST has no body; clients send `{}`.
    const length = Number(c.req.header('content-length') ?? '0');
    const raw = length > 0 ? await c.req.text() : '';
    if (!raw) {
      const f = fail(411, 'length_required', 'A JSON body is required ({}).');
      return c.json(f.body, f.status);
    }
    const header = c.req.header('accesstoken')?.trim() ?? '';
    const record = await tokenFrom(header, c.req.header('authorization'), false);
    if (!record) {
      const f = fail(401, 'invalid_token', 'The accessToken is not valid.');
      return c.json(f.body, f.status);
    }
    await tokens.revoke(header);
    return c.json({ logout: true });
  });

  return app;
}
