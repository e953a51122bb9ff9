#!/usr/bin/env node
/**
 * `node scripts/mainthread.mjs [--runs=3] [--pages=home,registro] [--viewport=WxH] [--trace=DIR] [--no-build]`
 *
 * The main-thread and layout-shift check of issue 18 / DESIGN.md §6: loads every demo page,
 * served by the real stack (simulator + BFF + demo), in Chromium with the CPU throttled 4×
 * (Lighthouse's mobile setting) on a 360×740 phone viewport, cold (a fresh browser context per
 * load), and records every long task (`longtask`, ≥ 50 ms) and every layout shift
 * (`layout-shift`) until the page has been quiet for a while.
 *
 * Gates (the machine is shared and noisy, so only on lines noise cannot cross):
 * - no task ≥ 200 ms, best of the runs (the fastest load of each page);
 * - cumulative layout shift exactly 0 on every load (layout shift does not depend on speed), on
 *   the phone and on one desktop load (1280×800): the signed-in Mi trámite on a desktop and the
 *   signed-in permiso page (a citizen below its level) are reported only (see their entries).
 * Reported beside them, not gated: the ≥ 50 ms target (a page meets it when one load had no long
 * task at all), with each long task's attribution from the Long Animation Frame entries.
 *
 * `--trace=DIR` also records a Chromium performance trace of one extra load per page (timeline,
 * CPU profile, user timing) and prints where each long task's time went; see mainthread-trace.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildElements } from './build-elements.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { root, startStackProcess } from './stack-process.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(option('runs', '3'));
const traceDir = option('trace');
const only = option('pages')?.split(',');
/** A phone (Lighthouse's mobile emulation is about this size) for everything, a desktop for CLS. */
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const viewportOption = option('viewport')?.split('x').map(Number);
const phone = viewportOption ? { width: viewportOption[0], height: viewportOption[1] } : PHONE;
const desktop = viewportOption ? undefined : DESKTOP;

/** The CPU slowdown Lighthouse uses for its mobile profile. */
const CPU_THROTTLE = 4;
const TARGET_MS = 50;
const GATE_MS = 200;
/** A load is over once nothing ran long and nothing was fetched for this long. */
const QUIET_MS = 1_000;
const MAX_LOAD_MS = 20_000;

const citizen = { email: 'demo.ciudadana@example.com', password: 'LlaveDemo2026!' };

/** Every demo page, signed out, plus the pages whose components change once signed in. */
const pages = [
  { name: 'home', path: '/index.html' },
  { name: 'registro', path: '/registro.html' },
  { name: 'recuperar', path: '/recuperar.html' },
  { name: 'verificar', path: '/verificar.html' },
  { name: 'tramite', path: '/tramite.html' },
  { name: 'home (signed in)', path: '/index.html', signedIn: true },
  { name: 'verificar (signed in)', path: '/verificar.html', signedIn: true },
  {
    name: 'tramite (signed in)',
    path: '/tramite.html',
    signedIn: true,
    // Reported, not gated: on a desktop the citizen's own expediente (its length is data) appears
    // above the submit button and the follow-up section, which are in view; no reservation made
    // before the list arrives can know its height. On a phone what it pushes is below the fold.
    reportedShift: {
      on: ['desktop'],
      why: 'the expediente list (data) pushes the content below it, in view on a desktop',
    },
  },
  { name: 'perfil', path: '/perfil.html' },
  { name: 'permiso', path: '/permiso.html' },
  { name: 'perfil (signed in)', path: '/perfil.html', signedIn: true },
  {
    name: 'permiso (signed in)',
    path: '/permiso.html',
    signedIn: true,
    // Reported, not gated, on both viewports: the page asks for the firma level and the demo
    // citizen is verificada, so once the session is read the header's login button adds the
    // line saying how that level is reached (or that it is not reached online). Whether the line
    // appears is the citizen's data; the box reserved before upgrade cannot know it, and a
    // reservation for everyone would leave an empty line for every citizen who has the level.
    reportedShift: {
      on: ['phone', 'desktop'],
      why: 'the login button’s step-up line (the citizen is below the page’s level)',
    },
  },
].filter((p) => !only || only.some((o) => p.name.startsWith(o)));

/**
 * Runs in every page before its own scripts: observers for long tasks, long animation frames
 * (what ran in them) and layout shifts, buffered so nothing before the observer is missed.
 */
function observe({ quietMs, maxMs }) {
  const perf = { longtasks: [], frames: [], shifts: [], lastActivity: 0 };
  Object.defineProperty(window, '__llavePerf', { value: perf });
  // Settled: every <llave-*> element in the document is defined and nothing ran long or was
  // fetched for `quietMs`. Checked from here, cheaply, so the harness adds no work of its own to
  // the load (a Playwright evaluate would inject and compile its utility script mid-load).
  perf.settled = new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const pending = [...document.querySelectorAll(':not(:defined)')]
        .map((el) => el.localName)
        .filter((tag) => tag.startsWith('llave-'));
      const quiet = now - perf.lastActivity >= quietMs && document.readyState === 'complete';
      if ((quiet && pending.length === 0) || now > maxMs) resolve([...new Set(pending)]);
      else setTimeout(check, 250);
    };
    addEventListener('load', check, { once: true });
  });
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return node.nodeName;
    const cls = node.classList?.length ? `.${[...node.classList].join('.')}` : '';
    return `${node.localName}${node.id ? `#${node.id}` : ''}${cls}`;
  };
  const rect = (r) =>
    r && `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  const watch = (type, take) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) take(entry);
      }).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks is simply not reported.
    }
  };
  watch('longtask', (e) => {
    perf.longtasks.push({ start: e.startTime, duration: e.duration });
    perf.lastActivity = Math.max(perf.lastActivity, e.startTime + e.duration);
  });
  watch('long-animation-frame', (e) =>
    perf.frames.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      styleAndLayout: e.renderStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
      scripts: e.scripts.map((s) => ({
        what: `${s.invokerType} ${s.invoker}`.slice(0, 120),
        source: s.sourceURL.replace(location.origin, ''),
        fn: s.sourceFunctionName,
        duration: s.duration,
        forced: s.forcedStyleAndLayoutDuration,
      })),
    }),
  );
  watch('layout-shift', (e) =>
    perf.shifts.push({
      value: e.value,
      start: e.startTime,
      hadRecentInput: e.hadRecentInput,
      sources: (e.sources ?? []).map(
        (s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
      ),
    }),
  );
  watch('resource', (e) => {
    perf.lastActivity = Math.max(perf.lastActivity, e.responseEnd);
  });
}

async function signIn(browser, baseUrl) {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/llave/login?returnTo=%2Findex.html`);
  await page.locator('#login').fill(citizen.email);
  await page.locator('#password').fill(citizen.password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/index.html', { timeout: 20_000 }),
    page.locator('#password').press('Enter'),
  ]);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Evaluates `expression` in the page over raw CDP (no injected helper script), awaiting it. */
async function inPage(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** One cold load of `page` at 4× throttle; resolves with its long tasks and shifts. */
async function load(browser, baseUrl, spec, storageState, { trace, viewport = phone } = {}) {
  const context = await browser.newContext({
    locale: 'es-MX',
    viewport,
    ...(viewport.width < 800 ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
    storageState,
  });
  try {
    await context.addInitScript(observe, { quietMs: QUIET_MS, maxMs: MAX_LOAD_MS });
    if (trace) await context.addInitScript(trace.instrument);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    if (trace) await trace.start(cdp);
    await page.goto(`${baseUrl}${spec.path}`, { waitUntil: 'load' });
    const perf = await inPage(
      cdp,
      'window.__llavePerf.settled.then((undefinedTags) => ({ ...window.__llavePerf, undefinedTags }))',
    );
    const { undefinedTags } = perf;
    const events = trace ? await trace.stop(cdp) : undefined;
    return { ...perf, undefinedTags, errors, events };
  } finally {
    await context.close();
  }
}

// Every shift counts: nobody touches the page while it loads, so none is excused by recent input.
const cls = (shifts) => shifts.reduce((n, s) => n + s.value, 0);
const maxTask = (r) => Math.max(0, ...r.longtasks.map((t) => t.duration));
const ms = (n) => `${Math.round(n)} ms`;

/** What ran in the long animation frame that overlaps a long task (LoAF attribution). */
function attribution(run, task) {
  const frame = run.frames.find(
    (f) => f.start <= task.start + 1 && f.start + f.duration >= task.start + task.duration - 1,
  );
  if (!frame) return '';
  const scripts = [...frame.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 2)
    .map((s) => `${s.source || s.what}${s.fn ? ` ${s.fn}` : ''} ${ms(s.duration)}`);
  const layout = frame.styleAndLayout >= 5 ? [`style+layout ${ms(frame.styleAndLayout)}`] : [];
  return [...scripts, ...layout].join(', ');
}

// It serves the CDN build: (re)built when the sources are newer, so after `size` or `e2e` in one
// `npm test` it is reused.
if (!args.includes('--no-build') && !buildElements()) process.exit(1);

const stack = await startStackProcess();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
const trace = traceDir ? await import('./mainthread-trace.mjs') : undefined;
trace?.useSourceMaps(join(root, 'packages/elements/dist/cdn'));
const results = [];
let failed = false;
try {
  const signedIn = pages.some((p) => p.signedIn) ? await signIn(browser, stack.demoUrl) : undefined;
  console.log(
    `\nMain thread while each demo page loads: Chromium, CPU ${CPU_THROTTLE}× slower, ${phone.width}×${phone.height}, cold, ${runs} loads each${desktop ? `; layout shift also at ${desktop.width}×${desktop.height}` : ''}\n`,
  );
  for (const spec of pages) {
    const loads = [];
    for (let i = 0; i < runs; i++) {
      loads.push(await load(browser, stack.demoUrl, spec, spec.signedIn ? signedIn : undefined));
      // A load with no long task at all is the best there can be: no need for the others.
      if (loads.at(-1).longtasks.length === 0) break;
    }
    // Layout shift does not depend on speed: one desktop load checks the wide layout.
    const wide = desktop
      ? await load(browser, stack.demoUrl, spec, spec.signedIn ? signedIn : undefined, {
          viewport: desktop,
        })
      : undefined;
    const best = loads.reduce((a, b) => (maxTask(b) < maxTask(a) ? b : a));
    const shifts = loads.map((r) => cls(r.shifts));
    const wideShift = wide ? cls(wide.shifts) : 0;
    const overGate = maxTask(best) >= GATE_MS;
    // A shift on a viewport the page's entry excuses is reported with its reason, not gated.
    const phoneShifted = shifts.some((v) => v > 0);
    const excused = (viewport) => spec.reportedShift?.on.includes(viewport) ?? false;
    const shifted = (phoneShifted && !excused('phone')) || (wideShift > 0 && !excused('desktop'));
    const reported =
      (phoneShifted && excused('phone')) || (wideShift > 0 && excused('desktop'))
        ? ` (reported, not gated: ${spec.reportedShift.why})`
        : '';
    const broken = [...loads, ...(wide ? [wide] : [])].flatMap((r) => [
      ...r.undefinedTags.map((t) => `<${t}> never defined`),
      ...r.errors,
    ]);
    failed ||= overGate || shifted || broken.length > 0;
    const target = loads.some((r) => r.longtasks.length === 0);
    const tasks = loads.map(
      (r) => `[${r.longtasks.map((t) => Math.round(t.duration)).join(', ')}]`,
    );
    console.log(
      `${overGate || shifted || broken.length ? '✘' : '✔'} ${spec.name.padEnd(22)} long tasks per load ${tasks.join(' ')} ms · best max ${ms(maxTask(best))} (gate < ${GATE_MS}) · ≥ ${TARGET_MS} ms target ${target ? 'met' : 'not met'} · CLS ${shifts.map((v) => v.toFixed(4)).join(' ')}${wide ? `, desktop ${wideShift.toFixed(4)}` : ''}${reported}`,
    );
    for (const task of [...best.longtasks].sort((a, b) => b.duration - a.duration).slice(0, 3)) {
      const what = attribution(best, task);
      console.log(
        `    ${ms(task.duration).padStart(7)} at ${ms(task.start)}${what ? `: ${what}` : ''}`,
      );
    }
    for (const s of [...loads, ...(wide ? [wide] : [])].flatMap((r) => r.shifts).slice(0, 5)) {
      console.log(`    shift ${s.value.toFixed(4)} at ${ms(s.start)}: ${s.sources.join('; ')}`);
    }
    for (const b of [...new Set(broken)]) console.log(`    ${b}`);
    results.push({ page: spec.name, loads, desktop: wide });

    if (trace) {
      const run = await load(browser, stack.demoUrl, spec, spec.signedIn ? signedIn : undefined, {
        trace,
      });
      mkdirSync(traceDir, { recursive: true });
      const file = join(traceDir, `${spec.name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify({ traceEvents: run.events }));
      console.log(trace.report(run.events, stack.demoUrl, TARGET_MS).replace(/^/gm, '    '));
      console.log(`    trace: ${file} (open in chrome://tracing or DevTools' Performance panel)`);
    }
  }
} finally {
  await browser.close();
  await stack.stop();
}
writeFileSync(join(root, '.mainthread-report.json'), `${JSON.stringify(results, null, 2)}\n`);
if (failed) {
  console.error(
    `\nA demo page had a task ≥ ${GATE_MS} ms in its best load, a layout shift, or a component that never upgraded.`,
  );
  process.exit(1);
}
