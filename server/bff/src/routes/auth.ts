/**
 * Sign-in and session endpoints: login, callback, logout, session, back-channel logout.
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type BffContext, clientIp } from '../context.js';
import { apiError, InvalidGrantError, LoginError } from '../errors.js';
import { parseLevel, satisfiesLevel } from '../levels.js';
import { csrf } from '../middleware/csrf/index.js';
import { enforceRateLimit, rateLimit } from '../middleware/rate-limit/index.js';
import { safeReturnTo } from '../return-to.js';
import { sessionCookieAttrs, transactionCookieAttrs } from '../session/cookies.js';
import { landingPage, levelPage } from './pages.js';

export function authApp(ctx: BffContext): Hono {
  const { config, adapter, sessions, store, logger, cookies, dev } = ctx;
  const app = new Hono();

  app.get(
    '/login',
    rateLimit({
      store,
      name: 'login-ip',
      rule: config.rateLimits.loginPerIp,
      key: (c) => clientIp(c, config.trustProxy),
    }),
    async (c) => {
      const returnTo = safeReturnTo(c.req.query('returnTo'), config.publicOrigin);
      const level = parseLevel(c.req.query('level'));
      if (level === null) throw apiError(400, 'bad_request');
      // `reauth=1`: a fresh sign-in even with a live session, for actions the IdP allows only
      // right after one (cancelling the account).
      const reauth = c.req.query('reauth') === '1';
      const current = c.get('session');
      if (current && !reauth && satisfiesLevel(current.record.user.level, level)) {
        // Already signed in at the level asked for: no round trip to the IdP.
        return c.redirect(returnTo, 303);
      }
      if (current && level && !reauth && !adapter.supportsStepUp) {
        // Llave has no step-up: sending the person to sign in again cannot raise the level.
        return levelPage(c, level, false, returnTo, 403);
      }
      const { url, transaction } = await adapter.startLogin({
        returnTo,
        level,
        ...(reauth ? { reauth } : {}),
      });
      const txId = randomBytes(32).toString('base64url');
      await store.putTransaction(txId, transaction, config.transactionTtlSeconds);
      setCookie(
        c,
        cookies.transaction,
        txId,
        transactionCookieAttrs(dev, config.transactionTtlSeconds),
      );
      logger.info({ adapter: adapter.kind, level }, 'login started');
      return c.redirect(url, 302);
    },
  );

  app.get('/callback', async (c) => {
    // The callback URL carries the code: never leak it through Referer (RFC 9700 §4.2.4).
    c.header('Referrer-Policy', 'no-referrer');
    const txId = getCookie(c, cookies.transaction);
    deleteCookie(c, cookies.transaction, transactionCookieAttrs(dev));
    const tx =
      txId && /^[A-Za-z0-9_-]{43}$/.test(txId) ? await store.takeTransaction(txId) : undefined;
    if (!tx) {
      logger.warn('callback without a live login transaction');
      throw new LoginError('no transaction');
    }
    const search = new URL(c.req.url).search;
    const callbackUrl = new URL(`${config.redirectUri}${search}`);
    const result = await adapter.finishLogin(callbackUrl, tx);
    const { id, record } = await sessions.create(result, getCookie(c, cookies.session));
    setCookie(c, cookies.session, id, sessionCookieAttrs(dev));
    logger.info(
      { adapter: adapter.kind, sub: record.user.sub, level: record.user.level },
      'login completed',
    );
    // Checked again on the way out: the transaction sat in a store (Redis) since the login, and
    // what the landing page navigates to must be a same-origin path whatever happened meanwhile.
    const returnTo = safeReturnTo(tx.returnTo, config.publicOrigin);
    if (!satisfiesLevel(record.user.level, tx.level)) {
      return levelPage(c, tx.level!, adapter.supportsStepUp, returnTo);
    }
    return landingPage(c, returnTo);
  });

  app.post('/logout', csrf(), async (c) => {
    const session = c.get('session');
    deleteCookie(c, cookies.session, sessionCookieAttrs(dev));
    if (!session) return c.json({ loggedOut: true });
    await sessions.destroy(session.key);
    let redirectTo: string | undefined;
    try {
      redirectTo = (await adapter.logout(session.record.tokens)).redirectTo;
    } catch (err) {
      // The local session is gone either way; the IdP's copy expires on its own.
      logger.warn({ err: { message: (err as Error).message } }, 'idp logout failed');
    }
    logger.info({ sub: session.record.user.sub }, 'logged out');
    return c.json(redirectTo ? { loggedOut: true, redirectTo } : { loggedOut: true });
  });

  app.get('/session', async (c) => {
    return c.json(await sessions.info(c.get('session')?.record));
  });

  // The same answer without sliding the idle window: what a session-timeout warning polls.
  app.get('/session/status', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await sessions.info(c.get('session')?.record));
  });

  // "Continue" on the timeout warning: the idle window starts again now (the absolute limit
  // stays). CSRF-protected like every state change.
  app.post('/session/extend', csrf(), async (c) => {
    const session = c.get('session');
    const record = session && (await sessions.extend(session.key));
    if (!record) throw apiError(401, 'unauthorized');
    return c.json(await sessions.info(record));
  });

  // Reads the citizen's claims again from the IdP, so a level raised meanwhile (a contact
  // verified through the proxy) shows without a new sign-in, which Llave could not do anyway.
  // It calls the IdP on every hit, hence the same limits as the code endpoints.
  app.post(
    '/session/refresh',
    csrf(),
    rateLimit({
      store,
      name: 'ip:session-refresh',
      rule: config.rateLimits.sensitivePerIp,
      key: (c) => clientIp(c, config.trustProxy),
    }),
    async (c) => {
      const session = c.get('session');
      if (!session) throw apiError(401, 'unauthorized');
      const { sub, level: before } = session.record.user;
      await enforceRateLimit(
        store,
        'acct:session-refresh',
        config.rateLimits.sensitivePerAccount,
        sub,
      );
      let record: Awaited<ReturnType<typeof sessions.updateUser>>;
      try {
        const tokens = await sessions.freshTokens(session);
        record = await sessions.updateUser(session.key, await adapter.readClaims(tokens, sub));
      } catch (err) {
        // The IdP no longer accepts the token: the session cannot be trusted any more.
        if (err instanceof InvalidGrantError) await sessions.destroy(session.key);
        throw err;
      }
      logger.info({ sub, from: before, to: record.user.level }, 'session claims refreshed');
      return c.json(await sessions.info(record));
    },
  );

  app.post('/backchannel-logout', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!adapter.verifyLogoutToken) throw apiError(404, 'not_found');
    let token: string | undefined;
    try {
      const form = await c.req.parseBody();
      token = typeof form.logout_token === 'string' ? form.logout_token : undefined;
    } catch {
      token = undefined;
    }
    if (!token) throw apiError(400, 'bad_request');
    let claims: Awaited<ReturnType<NonNullable<typeof adapter.verifyLogoutToken>>>;
    try {
      claims = await adapter.verifyLogoutToken(token);
    } catch (err) {
      logger.warn({ reason: (err as Error).message }, 'back-channel logout token refused');
      throw apiError(400, 'bad_request');
    }
    // A logout token is single use (BCL §2.6 step 10: jti replay).
    if (!(await store.markOnce(`jti:${claims.jti}`, 600))) throw apiError(400, 'bad_request');
    const ended = await sessions.destroyFor(claims);
    logger.info({ ended }, 'back-channel logout');
    return c.body(null, 200);
  });

  return app;
}
