/** Seconds since the epoch, the unit of oidc-provider's `exp` and `save(ttl)`. */
export const epochTime = (ms = Date.now()) => Math.floor(ms / 1000);
