import { describe, expect, it } from 'vitest';
import { startSimulator } from './server.js';

describe('startSimulator', () => {
  it('listens on a free port, reports it, serves the API and closes', async () => {
    const sim = await startSimulator({ port: 0 });
    try {
      expect(sim.port).toBeGreaterThan(0);
      expect(sim.url).toBe(`http://localhost:${sim.port}`);
      expect(sim.ctx.config.publicUrl).toBe(sim.url);
      const res = await fetch(`http://127.0.0.1:${sim.port}/api/v1/catalogs/postal-codes/06700`);
      expect(res.status).toBe(200);
      expect((await res.json()).municipio).toBe('Cuauhtémoc');
    } finally {
      await sim.close();
    }
    await expect(fetch(`http://127.0.0.1:${sim.port}/dev/outbox.json`)).rejects.toThrow();
  });

  it('fails clearly when the port is taken', async () => {
    const first = await startSimulator({ port: 0 });
    try {
      await expect(startSimulator({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
