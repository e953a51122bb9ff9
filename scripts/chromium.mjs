/**
 * The one place that says how tests start Chromium: the component tests (web-test-runner.config.mjs)
 * and the end-to-end tests (e2e/support.ts) launch the same browser the same way.
 */

/** Debian's Chromium (see .ci/run); CHROMIUM_PATH points elsewhere on other machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless in a container: no sandbox (no user namespaces there), no GPU, and nothing that
 * reaches the network on its own (QUIC, component updates, sync), so tests only see their own
 * requests.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
