/**
 * The whole product on loopback: the Llave simulator and the demo agency site with its BFF,
 * wired to each other (the simulator registers the demo as a client whose redirect URI is the
 * demo's callback). Used by `npm start` and by the end-to-end tests.
 */
import { configFromEnv } from '@llave-cdmx/bff';
import { startSimulator } from '@llave-cdmx/sim';
import { type DemoHandle, startDemo } from './server.js';
import { type StaticSiteHandle, startStaticSite } from './static-server.js';

export interface StackOptions {
  /** Demo + BFF port (3000 for `npm start`; a free one in tests). */
  port?: number;
  /** Simulator port (4010 for `npm start`). */
  simPort?: number;
  /** Where the simulator keeps accounts between runs; undefined keeps them in memory. */
  dataDir?: string;
  /**
   * Environment the BFF's session timeouts are read from (`LLAVE_SESSION_IDLE_SECONDS`,
   * `LLAVE_SESSION_ABSOLUTE_SECONDS`), so a tester can see the timeout warning in minutes.
   */
  env?: Record<string, string | undefined>;
  /** Port of the site without a server (browser-only session; 3001 for `npm start`). */
  staticPort?: number;
}

export interface StackHandle {
  demoUrl: string;
  /** The site with no server of its own (demo/static), signing in from the browser. */
  staticUrl: string;
  simUrl: string;
  outboxUrl: string;
  close(): Promise<void>;
}

export async function startStack({
  port = 3000,
  simPort = 4010,
  dataDir,
  env = process.env,
  staticPort = 3001,
}: StackOptions = {}): Promise<StackHandle> {
  const { idleTimeoutSeconds, absoluteTimeoutSeconds } = configFromEnv(env);
  const demoOrigin = `http://localhost:${port}`;
  // Another host than the simulator (localhost): cookies are per host, not per port, so the
  // IdP's cookies stay out of the site's jar, as across real domains.
  const staticOrigin = `http://127.0.0.1:${staticPort}`;
  const simUrl = `http://localhost:${simPort}`;
  const sim = await startSimulator({
    port: simPort,
    host: '127.0.0.1',
    publicUrl: simUrl,
    dataDir,
    clients: [
      {
        clientId: 'demo-agency',
        clientSecret: 'demo-agency-secret',
        redirectUris: [`${demoOrigin}/llave/callback`],
        postLogoutRedirectUris: [`${demoOrigin}/`],
        backchannelLogoutUri: `${demoOrigin}/llave/backchannel-logout`,
        name: 'SEMOVI (demo)',
      },
    ],
    // The static site is a public client: no secret, PKCE, its page as the exact redirect URI.
    publicClients: [
      {
        clientId: 'demo-static',
        redirectUris: [`${staticOrigin}/`],
        postLogoutRedirectUris: [`${staticOrigin}/`],
        name: 'Sitio sin servidor (demo)',
      },
    ],
  });
  let demo: DemoHandle;
  let site: StaticSiteHandle;
  try {
    demo = await startDemo({
      port,
      publicOrigin: demoOrigin,
      simUrl,
      // Server to server over the IPv4 loopback the simulator is bound to: `localhost` may
      // resolve to ::1 first.
      simInternalUrl: `http://127.0.0.1:${simPort}`,
      bff: {
        ...(idleTimeoutSeconds ? { idleTimeoutSeconds } : {}),
        ...(absoluteTimeoutSeconds ? { absoluteTimeoutSeconds } : {}),
      },
    });
  } catch (error) {
    await sim.close();
    throw error;
  }
  try {
    site = await startStaticSite({ port: staticPort, publicOrigin: staticOrigin, simUrl });
  } catch (error) {
    await demo.close();
    await sim.close();
    throw error;
  }
  return {
    demoUrl: demoOrigin,
    staticUrl: staticOrigin,
    simUrl,
    outboxUrl: `${simUrl}/dev/outbox`,
    close: async () => {
      await site.close();
      await demo.close();
      await sim.close();
    },
  };
}
