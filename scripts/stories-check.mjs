#!/usr/bin/env node
/**
 * Opens every story of the static Storybook build (`storybook-static/`, made by the `storybook`
 * step of scripts/test.mjs) in Chromium and fails unless each one renders, logs no error and has
 * no axe violation (WCAG 2.0–2.2 A/AA) inside the story root. Every story is checked in es-MX
 * (the source language); the first story of each component again in English, through the
 * toolbar global `.storybook/preview.ts` declares (`locale`), and that English render must differ
 * from the Spanish one: a component that ignores `lang` shows up here. The same first stories
 * again in the dark scheme (the `scheme` global, theme.css's dark block), in the agency theme
 * example (the `theme` global) and under emulated forced colours: axe's colour-contrast rule then
 * checks what those colours give.
 * The foundations pages (title "Fundamentos") are checked in every one of those variants; they
 * show tokens, not components, so they need no llave-* element.
 *
 * A story's `play` function (CSF3) runs as part of Storybook's render: the check waits for the
 * whole render to finish (Storybook's `storyFinished` event) and fails a story whose play function
 * threw (`playFunctionThrewException`), left unhandled errors while playing, or whose render
 * threw. A story tagged `state` claims to show a state a person reaches by typing or clicking
 * (CodeExpired, Offline…): it fails unless its play function ran, so it cannot silently render
 * like Default.
 *
 * Usage: node scripts/stories-check.mjs [--dir=storybook-static] [--filter=<substring of id>]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const arg = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined;
const dir = resolve(arg('dir') ?? 'storybook-static');
const filter = arg('filter');

/** Two pages at once: CI and this machine have 2 cores, and Chromium needs one per page. */
const CONCURRENCY = 2;
/**
 * The variants besides the default (es-MX, light, CDMX): the toolbar globals
 * `.storybook/preview.ts` declares, written into the URL like the toolbar does, and forced
 * colours, which Storybook cannot emulate but Chromium can (CDP's Emulation.setEmulatedMedia,
 * through Playwright's emulateMedia): theme.css's system-colour block and the components'
 * `@media (forced-colors: active)` rules then apply as on Windows with high contrast.
 */
const VARIANTS = {
  en: { globals: 'locale:en' },
  dark: { globals: 'scheme:dark' },
  agency: { globals: 'theme:agency' },
  forced: { media: { forcedColors: 'active' } },
};
/** The dark surface a dark render must show (theme.css's `--llave-color-surface`, dark). */
const DARK_SURFACE = 'rgb(22, 22, 22)';
/** Pages of tokens, not components (stories/foundations). */
const FOUNDATIONS = 'Fundamentos';
/**
 * This script runs axe itself, scoped to the story root; the a11y addon's own automatic run
 * (its `afterEach`) would scan the same page a second time (about a second a story) and can
 * collide with ours ("Axe is already running"). Its documented `a11y.manual` global turns it off.
 */
const NO_ADDON_AXE = 'a11y.manual:!true';
/** A story whose requests have all settled for this long is done talking to msw. */
const QUIET_MS = 400;
/**
 * Upper bound on waiting for that quiet: Loading stories hold one request forever on purpose
 * (msw `delay('infinite')`), so the network never goes idle there; the held request is reported.
 */
const SETTLE_MAX_MS = 4000;
const STORY_TIMEOUT_MS = 20_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  // msw registers mockServiceWorker.js: browsers refuse a service worker with any non-JS type.
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The build as static files on loopback (msw's service worker needs a secure context). */
function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // Chromium asks for /favicon.ico on its own; the build has none (Storybook ships an SVG).
      // Nothing of a story's, so "no content" rather than a 404 that logs a console error.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        // The build does not change during a run: pages after the first load it from cache.
        'Cache-Control': 'max-age=600',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The tag of stories whose play function must reach (and assert) the state they are named after. */
const STATE_TAG = 'state';

/**
 * Runs in every page before Storybook's own code: records what the preview's channel says about
 * the story's render. Storybook creates that channel once and publishes it as
 * `__STORYBOOK_ADDONS_CHANNEL__`; the setter subscribes before the first render can emit anything.
 */
function recordStoryEvents() {
  const seen = { phases: [], failures: [], finished: undefined };
  window.__llaveStoryCheck = seen;
  // First line only: a failed waitFor appends the whole DOM to its message.
  const describe = (e) =>
    String(e && typeof e === 'object' ? e.message || e.name || e : e)
      .split('\n')[0]
      .slice(0, 300);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      if (next === channel) return;
      channel = next;
      next.on('storyRenderPhaseChanged', (e) => seen.phases.push(e?.newPhase));
      next.on('playFunctionThrewException', (e) =>
        seen.failures.push(`play function threw: ${describe(e)}`),
      );
      next.on('unhandledErrorsWhilePlaying', (errors) =>
        seen.failures.push(`unhandled errors while playing: ${[errors].flat().map(describe)}`),
      );
      next.on('storyThrewException', (e) => seen.failures.push(`story threw: ${describe(e)}`));
      next.on('storyErrored', (e) =>
        seen.failures.push(`story errored: ${describe(e?.title ?? e)}`),
      );
      next.on('storyFinished', (e) => {
        seen.finished = e?.status ?? 'unknown';
      });
    },
  });
}

/**
 * Console errors that are not failures, each for a stated reason. Everything else fails.
 * - Chromium logs "Failed to load resource" for every HTTP error status and failed fetch. Stories
 *   of error states (ServerError, Offline, NotFound…) get exactly that from their msw handlers
 *   under /llave/, so it is expected there, and only there: a missing chunk or font still fails.
 */
function ignoredConsoleError(message, origin) {
  const url = message.location()?.url ?? '';
  return message.text().startsWith('Failed to load resource') && url.startsWith(`${origin}/llave/`);
}

/**
 * In the page: waits until no llave-* element has an update pending (an update can start
 * another, e.g. after a Task resolves), then reports what the story root shows.
 */
async function settleAndDescribe() {
  // Every llave-* element in the story root, also inside shadow roots.
  const collect = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('llave-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.getElementById('storybook-root') ?? document);
    return found;
  };
  for (let round = 0; round < 10; round++) {
    const elements = collect();
    await Promise.all(elements.map((el) => el.updateComplete));
    if (!collect().some((el) => el.isUpdatePending)) break;
  }
  await new Promise((r) => requestAnimationFrame(() => r()));
  const root = document.getElementById('storybook-root');
  const texts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.data.trim()) {
        const box = child.parentElement?.getBoundingClientRect();
        if (box && box.width > 0 && box.height > 0) texts.push(child.data.trim());
      }
      if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.shadowRoot) walk(child.shadowRoot);
        // Slotted light-DOM children render inside the shadow tree; reading them in light DOM
        // order is enough to know whether any text shows.
        if (child.localName !== 'style' && child.localName !== 'script') walk(child);
      }
    }
  };
  if (root) walk(root);
  const elements = collect();
  const box = root?.getBoundingClientRect();
  return {
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.getElementById('error-message')?.textContent?.trim() ?? '',
    llave: elements.length,
    undefinedTags: [
      ...new Set(
        elements.filter((el) => !customElements.get(el.localName)).map((e) => e.localName),
      ),
    ],
    height: box?.height ?? 0,
    text: texts.join(' ').replace(/\s+/g, ' '),
    // What the scheme global gave the story's box (the decorator's .llave-story-root).
    surface: getComputedStyle(root?.querySelector('.llave-story-root') ?? document.body)
      .backgroundColor,
  };
}

/**
 * Opens one story in a fresh page and returns its problems. The worker's context is shared
 * between its stories, so msw's service worker and the HTTP cache outlive one story; a new page
 * still gets its own sessionStorage and memory (no component here uses localStorage or cookies).
 */
async function checkStory(context, origin, job) {
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoredConsoleError(message, origin)) {
      problems.push(`console error: ${message.text()} (${message.location()?.url})`);
    }
  });
  const inFlight = new Set();
  let lastActivity = Date.now();
  const touch = (request, done) => {
    lastActivity = Date.now();
    if (done) inFlight.delete(request);
    else inFlight.add(request);
  };
  page.on('request', (r) => touch(r, false));
  page.on('requestfinished', (r) => touch(r, true));
  page.on('requestfailed', (r) => touch(r, true));
  const variant = VARIANTS[job.variant] ?? {};
  const globals = `&globals=${[NO_ADDON_AXE, ...(variant.globals ? [variant.globals] : [])].join(';')}`;
  if (variant.media) await page.emulateMedia(variant.media);
  const held = [];
  let shown;
  try {
    await page.goto(`${origin}/iframe.html?id=${job.id}&viewMode=story${globals}`);
    // Storybook's own render lifecycle: loaders (msw's worker start), render, play, afterEach.
    // A play function that throws passes through "errored" on its way to "finished", so the
    // phase alone cannot tell; `storyFinished` carries the outcome. "aborted": it gave up.
    await page.waitForFunction(
      () =>
        window.__llaveStoryCheck?.finished ||
        window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'aborted',
    );
    const story = await page.evaluate(() => ({
      ...window.__llaveStoryCheck,
      phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase,
    }));
    problems.push(...story.failures);
    if (story.phase === 'aborted') problems.push('Storybook render aborted');
    else if (story.finished !== 'success' && !story.failures.length) {
      problems.push(`Storybook finished the story with status "${story.finished}"`);
    }
    if (job.state && !story.phases.includes('played')) {
      problems.push(
        `tagged "${STATE_TAG}" but no play function reached its state (phases: ${story.phases})`,
      );
    }
    const started = Date.now();
    while (Date.now() - lastActivity < QUIET_MS && Date.now() - started < SETTLE_MAX_MS) {
      await page.waitForTimeout(50);
    }
    for (const r of inFlight) held.push(new URL(r.url()).pathname);
    shown = await page.evaluate(settleAndDescribe);
    if (shown.errorShown) {
      problems.push(`Storybook shows an error: ${shown.errorText.split('\n')[0].slice(0, 300)}`);
    }
    if (shown.llave === 0 && !job.foundations) problems.push('no llave-* element rendered');
    if (job.variant === 'dark' && shown.surface !== DARK_SURFACE) {
      problems.push(`dark scheme not applied: the story's surface is ${shown.surface}`);
    }
    if (shown.undefinedTags.length) problems.push(`not defined: ${shown.undefinedTags}`);
    if (shown.height === 0 || !shown.text) problems.push('empty render: no visible text');
    const axe = await new AxeBuilder({ page })
      .include('#storybook-root')
      .withTags(AXE_TAGS)
      .analyze();
    for (const v of axe.violations) {
      const nodes = v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n      ${nodes.join('\n      ')}`);
    }
  } catch (error) {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { problems, held, text: shown?.text ?? '' };
}

async function main() {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .filter((e) => !filter || e.id.includes(filter));
  if (!stories.length) throw new Error(`no stories in ${dir}/index.json`);
  // Every story in es-MX; the first story of each component again in English, in dark and in
  // the agency theme, and every foundations page in each of those. All stories in every variant
  // would quadruple a run that must stay near a few minutes on two shared cores.
  const firstOfEach = new Set();
  const titles = new Set();
  for (const s of stories) {
    if (!titles.has(s.title) || s.title === FOUNDATIONS) firstOfEach.add(s.id);
    titles.add(s.title);
  }
  const jobs = stories.flatMap((s) => {
    const foundations = s.title === FOUNDATIONS;
    return [
      { id: s.id, foundations, state: s.tags?.includes(STATE_TAG) ?? false },
      ...(firstOfEach.has(s.id)
        ? Object.keys(VARIANTS).map((variant) => ({ id: s.id, foundations, variant, state: false }))
        : []),
    ];
  });

  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const results = new Map();
  const started = Date.now();
  try {
    let next = 0;
    const worker = async () => {
      const context = await browser.newContext({
        locale: 'es-MX',
        viewport: { width: 1024, height: 768 },
      });
      context.setDefaultTimeout(STORY_TIMEOUT_MS);
      await context.addInitScript(recordStoryEvents);
      while (next < jobs.length) {
        const job = jobs[next++];
        const t0 = Date.now();
        const r = await checkStory(context, origin, job);
        results.set(job, { ...r, ms: Date.now() - t0 });
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  // The English render must not be the Spanish one: every story shows translated text.
  for (const job of jobs.filter((j) => j.variant === 'en')) {
    const es = results.get(jobs.find((j) => j.id === job.id && !j.variant));
    const en = results.get(job);
    if (en.text && en.text === es.text) en.problems.push('English render shows the Spanish text');
  }

  const label = (job) => `${job.id}${job.variant ? ` [${job.variant}]` : ''}`;
  const width = Math.max(...jobs.map((j) => label(j).length));
  console.log(`${'story'.padEnd(width)}  result  time`);
  for (const job of jobs) {
    const r = results.get(job);
    const note = r.held.length ? `  (held: ${r.held.join(', ')})` : '';
    const result = r.problems.length ? 'FAIL' : 'pass';
    console.log(`${label(job).padEnd(width)}  ${result.padEnd(6)}  ${r.ms} ms${note}`);
  }
  const failed = jobs.filter((j) => results.get(j).problems.length);
  for (const job of failed) {
    console.log(`\n✘ ${label(job)}`);
    for (const p of results.get(job).problems) console.log(`    ${p}`);
  }
  console.log(`\n(${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`${jobs.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
