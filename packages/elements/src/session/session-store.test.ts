import { BffClient } from '@llave-cdmx/core';
import { expect } from '@open-wc/testing';
import { SessionStore } from './session-store.js';

describe('SessionStore', () => {
  it('reads the session in a task after the one that asked, once for every caller', async () => {
    const calls: string[] = [];
    const client = new BffClient({
      fetch: async (input) => {
        calls.push(new URL(String(input), location.href).pathname);
        return new Response(JSON.stringify({ authenticated: false }), {
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    const store = new SessionStore(client, new EventTarget());
    const reads = [store.load(), store.load()];
    // Asked while an element upgrades: the request itself goes in a later task (issue 18), but
    // the store says at once that it is reading.
    expect(store.state.status).to.equal('loading');
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).to.deep.equal([]);
    await Promise.all(reads);
    expect(calls).to.deep.equal(['/llave/session']);
    expect(store.state).to.deep.equal({ status: 'ready', info: { authenticated: false } });
  });
});
