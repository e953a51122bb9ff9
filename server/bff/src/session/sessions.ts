/**
 * Session lifecycle on top of a store: opaque ids, idle and absolute timeouts, rotation at
 * login, indexes for back-channel logout and the single-flight token refresh.
 */
import { hash, randomBytes } from 'node:crypto';
import type { Level, SessionInfo } from '@llave-cdmx/core';
import type { Logger } from 'pino';
import type { FreshClaims, IdpAdapter, LoginResult, TokenSet } from '../adapters/types.js';
import { toSessionUser } from '../adapters/types.js';
import type { LlaveBffConfig } from '../config.js';
import { InvalidGrantError, UpstreamError } from '../errors.js';
import { type LevelUp, levelUpTable } from '../levels.js';
import type { SessionRecord, SessionStore } from './store.js';

/** 256 bits from the CSPRNG, base64url: opaque, unguessable (OWASP session management). */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

const ID_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Share of an access token's lifetime that may be spent refreshing early. */
const SKEW_SHARE = 0.25;

/**
 * How long before expiry to refresh: the configured skew, but never more than a quarter of the
 * token's lifetime. With 10 s tokens a 30 s skew would make every token "about to expire" the
 * moment it arrives, and every API call would refresh (issue 11, item 7).
 */
export function refreshSkewMs(skewSeconds: number, tokens: Pick<TokenSet, 'lifetimeMs'>): number {
  const skew = skewSeconds * 1000;
  return tokens.lifetimeMs ? Math.min(skew, tokens.lifetimeMs * SKEW_SHARE) : skew;
}

/**
 * Stores key sessions by a hash of the id, so whoever reads a Redis dump or a memory snapshot
 * cannot turn it into a working cookie.
 */
export function storeKey(id: string): string {
  // One-shot `crypto.hash` costs a third of a Hash object; this runs on every request that
  // carries a session cookie.
  return hash('sha256', id, 'base64url');
}

export interface LoadedSession {
  id: string;
  key: string;
  record: SessionRecord;
}

/**
 * Epoch milliseconds now: the clock the session timeouts and token expiry are judged by. A test
 * injects one to move session time on without sleeping and without moving the store's own
 * expiry, which keeps the real clock (so the timeout checks here are proven on their own).
 */
export type Now = () => number;

export class Sessions {
  readonly #inflight = new Map<string, Promise<TokenSet>>();
  #levelUp: Record<Level, LevelUp> | undefined;

  constructor(
    readonly store: SessionStore,
    readonly config: LlaveBffConfig,
    readonly adapter: IdpAdapter,
    readonly logger: Logger,
    // Looked up at call time, so a fake `Date` installed after construction is seen too.
    readonly now: Now = () => Date.now(),
  ) {}

  #ttl(record: SessionRecord, now: number): number {
    const idleLeft = record.lastSeenAt + this.config.idleTimeoutSeconds * 1000 - now;
    return Math.max(1, Math.ceil(Math.min(idleLeft, record.expiresAt - now) / 1000));
  }

  /** Creates a session for a finished login, under a brand-new id (rotation at login). */
  async create(
    login: LoginResult,
    previousId?: string,
  ): Promise<{ id: string; record: SessionRecord }> {
    if (previousId && ID_SHAPE.test(previousId)) {
      await this.store.deleteSession(storeKey(previousId));
    }
    const now = this.now();
    const id = newSessionId();
    const record: SessionRecord = {
      user: toSessionUser(login.claims),
      tokens: login.tokens,
      adapter: this.adapter.kind,
      sid: login.sid,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + this.config.absoluteTimeoutSeconds * 1000,
    };
    const key = storeKey(id);
    await this.store.setSession(key, record, this.#ttl(record, now));
    const indexTtl = this.config.absoluteTimeoutSeconds;
    if (login.sid) await this.store.addToIndex(`sid:${login.sid}`, key, indexTtl);
    await this.store.addToIndex(`sub:${record.user.sub}`, key, indexTtl);
    return { id, record };
  }

  /**
   * The live session for a cookie value, or undefined. Enforces both timeouts here as well as
   * through the store's expiry, and slides the idle window at most once a minute so a busy page
   * does not write on every request. `touch: false` reads without sliding it: a session-timeout
   * warning asking how long is left must not count as the citizen's activity (WCAG 2.2.1).
   */
  async load(
    id: string | undefined,
    { touch = true }: { touch?: boolean } = {},
  ): Promise<LoadedSession | undefined> {
    if (!id || !ID_SHAPE.test(id)) return undefined;
    const key = storeKey(id);
    const record = await this.store.getSession(key);
    if (!record) return undefined;
    const now = this.now();
    if (
      now >= record.expiresAt ||
      now - record.lastSeenAt >= this.config.idleTimeoutSeconds * 1000
    ) {
      await this.store.deleteSession(key);
      return undefined;
    }
    if (
      touch &&
      now - record.lastSeenAt > Math.min(60_000, (this.config.idleTimeoutSeconds * 1000) / 10)
    ) {
      record.lastSeenAt = now;
      await this.store.setSession(key, record, this.#ttl(record, now));
    }
    return { id, key, record };
  }

  /**
   * Restarts the idle window now, on the citizen's explicit request (the session-timeout
   * warning's "continue"). The absolute limit never moves. Re-reads the record so a token
   * refreshed meanwhile is not overwritten with an older copy.
   */
  async extend(key: string): Promise<SessionRecord | undefined> {
    const record = await this.store.getSession(key);
    if (!record) return undefined;
    const now = this.now();
    record.lastSeenAt = now;
    await this.store.setSession(key, record, this.#ttl(record, now));
    return record;
  }

  async destroy(key: string): Promise<void> {
    await this.store.deleteSession(key);
  }

  /** Ends every session a back-channel logout token names (by `sid`, else by `sub`). */
  async destroyFor(claims: { sub?: string; sid?: string }): Promise<number> {
    const keys = claims.sid
      ? await this.store.takeIndex(`sid:${claims.sid}`)
      : await this.store.takeIndex(`sub:${claims.sub}`);
    let ended = 0;
    for (const key of keys) {
      const record = await this.store.getSession(key);
      if (!record) continue;
      // A sid names one IdP session, but make sure it is the same person before ending it.
      if (claims.sub && record.user.sub !== claims.sub) continue;
      await this.store.deleteSession(key);
      ended++;
    }
    return ended;
  }

  /**
   * Tokens good for an API call, refreshing first when the access token is about to expire.
   * Single flight: one refresh per session at a time in this process (a shared promise) and
   * across instances (a lock in the store). Whoever waits re-reads the session and uses the
   * tokens the winner stored, because with refresh-token rotation a second refresh with the
   * old token would be taken as token theft and end the grant (RFC 9700 §4.14.2).
   * Throws `InvalidGrantError` (the session is then gone) when the IdP refuses.
   */
  async freshTokens(session: LoadedSession): Promise<TokenSet> {
    const { tokens } = session.record;
    if (!this.#needsRefresh(tokens)) return tokens;
    let pending = this.#inflight.get(session.key);
    if (!pending) {
      pending = this.#refreshShared(session).finally(() => this.#inflight.delete(session.key));
      this.#inflight.set(session.key, pending);
    }
    return pending;
  }

  #needsRefresh(tokens: TokenSet): boolean {
    if (!this.adapter.refresh || !tokens.refreshToken || tokens.expiresAt === undefined) {
      return false;
    }
    return tokens.expiresAt - refreshSkewMs(this.config.refreshSkewSeconds, tokens) <= this.now();
  }

  /**
   * The refresh lock's lease: longer than the slowest outbound call can take (connect, headers
   * and body timeouts, which also bound the whole call), and renewed while the call runs. A
   * lease that ran out mid-refresh would let a second instance redeem the same rotating refresh
   * token, which the IdP takes as theft and answers by ending the grant (RFC 9700 §4.14.2).
   */
  get #lockLeaseMs(): number {
    const c = this.config;
    return c.connectTimeoutMs + c.headersTimeoutMs + c.bodyTimeoutMs + 5_000;
  }

  async #refreshShared(session: LoadedSession): Promise<TokenSet> {
    const seen = session.record.tokens.accessToken;
    const lockKey = `refresh:${session.key}`;
    const lease = this.#lockLeaseMs;
    // Whoever waits outlasts the holder's lease: it then either sees the new tokens or, if the
    // holder died, takes the lock over. Real time, not `now`: the lease runs in the store and the
    // wait sleeps on real timers.
    const deadline = Date.now() + lease + 2_000;
    while (Date.now() < deadline) {
      const current = await this.store.getSession(session.key);
      if (!current) throw new InvalidGrantError('session ended while refreshing');
      // Somebody else refreshed meanwhile: use theirs.
      if (current.tokens.accessToken !== seen) return current.tokens;
      const lock = await this.store.lock(lockKey, lease);
      if (lock) {
        const renew = setInterval(() => {
          this.store.renewLock(lockKey, lock, lease).catch(() => {});
        }, lease / 3);
        renew.unref();
        try {
          // Re-read under the lock: the previous holder may have finished just now.
          const latest = await this.store.getSession(session.key);
          if (!latest) throw new InvalidGrantError('session ended while refreshing');
          if (latest.tokens.accessToken !== seen) return latest.tokens;
          let tokens: TokenSet;
          try {
            tokens = await this.adapter.refresh!(latest.tokens);
          } catch (err) {
            if (err instanceof InvalidGrantError) {
              await this.store.deleteSession(session.key);
              this.logger.info(
                { sub: latest.user.sub },
                'refresh refused (invalid_grant): session ended',
              );
            }
            throw err;
          }
          latest.tokens = tokens;
          await this.store.setSession(session.key, latest, this.#ttl(latest, this.now()));
          this.logger.debug({ sub: latest.user.sub }, 'tokens refreshed');
          return tokens;
        } finally {
          clearInterval(renew);
          await this.store.unlock(lockKey, lock).catch(() => {});
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new UpstreamError('timeout', 'refresh lock not released in time');
  }

  /**
   * Puts what the IdP now says about the citizen (level, email, phone) into the stored session.
   * Re-reads the record first: a token refresh a moment ago may have rotated the tokens, and
   * writing back an older copy would lose them.
   */
  async updateUser(key: string, claims: FreshClaims): Promise<SessionRecord> {
    const record = await this.store.getSession(key);
    if (!record) throw new InvalidGrantError('session ended while reading claims');
    const user = { ...record.user };
    if (claims.level) user.level = claims.level;
    if (claims.email) user.email = claims.email;
    else delete user.email;
    if (claims.phone) user.phone = claims.phone;
    else delete user.phone;
    record.user = user;
    await this.store.setSession(key, record, this.#ttl(record, this.now()));
    return record;
  }

  /** `SessionInfo` for the browser: never a token; `levelUp` from the adapter, when it can tell. */
  async info(record: SessionRecord | undefined): Promise<SessionInfo> {
    if (!record) return { authenticated: false };
    const idleEnd = record.lastSeenAt + this.config.idleTimeoutSeconds * 1000;
    const info: SessionInfo = {
      authenticated: true,
      user: record.user,
      expiresAt: new Date(record.expiresAt).toISOString(),
      idleExpiresAt: new Date(Math.min(idleEnd, record.expiresAt)).toISOString(),
      now: new Date(this.now()).toISOString(),
      idleSeconds: this.config.idleTimeoutSeconds,
    };
    const levelUp = await this.#levelUpFor(record.user.level);
    if (levelUp) info.levelUp = levelUp;
    return info;
  }

  async #levelUpFor(level: Level): Promise<LevelUp | undefined> {
    if (!this.#levelUp) {
      const ways = await this.adapter.levelWays();
      if (!ways) return undefined;
      this.#levelUp = levelUpTable(ways);
    }
    return this.#levelUp[level];
  }
}
