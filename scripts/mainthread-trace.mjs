/**
 * The `--trace` side of scripts/mainthread.mjs: records a Chromium performance trace of a load
 * (DevTools timeline categories, the V8 sampling profiler, user timing) and says where the main
 * thread's time went, for the whole load and for each long task: script evaluation and compile,
 * style recalculation, layout (and whether script forced it), paint, garbage collection; which
 * scripts and functions (from the CPU profile); each element's definition/upgrade and renders
 * (user-timing measures that `instrument` adds around `customElements.define` and Lit's
 * `performUpdate`). Investigation only: the gate in mainthread.mjs does not load this.
 */

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, posix } from 'node:path';

const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'toplevel',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** Init script: user-timing measures for each element's upgrade and for every Lit render. */
export function instrument() {
  const define = customElements.define.bind(customElements);
  customElements.define = (name, cls, options) => {
    const proto = cls.prototype;
    const update = proto.performUpdate;
    if (typeof update === 'function') {
      const seen = new WeakSet();
      proto.performUpdate = function performUpdate() {
        const first = !seen.has(this);
        seen.add(this);
        const start = performance.now();
        try {
          return update.call(this);
        } finally {
          performance.measure(`<${name}> ${first ? 'first render' : 'update'}`, { start });
        }
      };
    }
    const start = performance.now();
    define(name, cls, options);
    performance.measure(`<${name}> define + upgrade`, { start });
  };
}

export async function start(cdp) {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
}

export async function stop(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const JS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'V8.Execute',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'XHRReadyStateChange',
  'v8.run',
  'v8.callFunction',
]);
const COMPILE = new Set([
  'v8.compile',
  'v8.compileModule',
  'V8.CompileCode',
  'CompileScript',
  'v8.produceModuleCache',
  'v8.produceCache',
  'V8.CompileLazy',
  'v8.deserializeOnBackground',
]);
const categoryOf = (name) => {
  if (COMPILE.has(name)) return 'compile';
  if (JS.has(name)) return 'script';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles') return 'style';
  if (name === 'Layout') return 'layout';
  if (name === 'ParseHTML') return 'parse HTML';
  if (name === 'ParseAuthorStyleSheet') return 'parse CSS';
  if (/GC|GarbageCollect/i.test(name)) return 'gc';
  if (/Paint|Composit|Layerize|UpdateLayer|RasterTask|Commit/i.test(name)) return 'paint';
  return 'other';
};

const ms = (us) => `${Math.round(us / 1000)} ms`;
const top = (map, n) =>
  [...map.entries()]
    .filter(([, v]) => v >= 1000)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);

/** The renderer main thread that ran the demo's elements. */
function mainThread(events, baseUrl) {
  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  let best;
  let bestCount = -1;
  for (const m of mains) {
    const count = events.filter(
      (e) =>
        e.pid === m.pid &&
        e.tid === m.tid &&
        (e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'ParseHTML') &&
        JSON.stringify(e.args ?? {}).includes(baseUrl),
    ).length;
    if (count > bestCount) {
      best = m;
      bestCount = count;
    }
  }
  return best;
}

/** Self time of every complete event on the thread (nesting by timestamps). */
function selfTimes(events) {
  const sorted = events
    .filter((e) => e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const out = [];
  for (const e of sorted) {
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const node = {
      e,
      self: e.dur,
      cpu: e.tdur ?? 0,
      parent,
      jsAncestor: parent ? parent.jsAncestor || JS.has(parent.e.name) : false,
    };
    if (parent) {
      parent.self -= Math.min(e.dur, parent.e.ts + parent.e.dur - e.ts);
      parent.cpu -= Math.min(e.tdur ?? 0, parent.cpu);
    }
    stack.push(node);
    out.push(node);
  }
  return out;
}

/** Source maps of the CDN build, so minified frames read as `src/<file>.ts:<line>`. */
const maps = new Map();
let cdnDir;
export function useSourceMaps(dir) {
  cdnDir = dir;
}
function originalPosition(url, line, column) {
  const path = /\/elements\/(.+\.js)$/.exec(url)?.[1];
  if (!cdnDir || !path || line < 0) return undefined;
  if (!maps.has(path)) {
    const file = join(cdnDir, `${path}.map`);
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const entry = maps.get(path)?.findEntry(line, column);
  if (!entry?.originalSource) return undefined;
  // Sources are relative to the map: name them from the repository (`packages/…`, `node_modules/…`).
  const source = posix
    .join('packages/elements/dist/cdn', posix.dirname(path), entry.originalSource)
    .replace(/^.*?node_modules\//, '');
  return `${source}:${entry.originalLine + 1}`;
}

/** CPU profile samples of the thread: [{ ts, dur, url, fn }] (url/fn of the nearest frame with a script URL). */
function samples(events, thread) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== thread.pid) continue;
    if (e.name === 'Profile')
      profiles.set(e.id, {
        start: e.args.data.startTime,
        tid: e.tid,
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id);
      const data = e.args.data;
      if (!p) continue;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(data.cpuProfile?.samples ?? []));
      p.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  const profile =
    [...profiles.values()].find((p) => p.tid === thread.tid) ??
    [...profiles.values()].sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!profile) return [];
  const out = [];
  let ts = profile.start;
  const frameOf = (id) => {
    let node = profile.nodes.get(id);
    const leaf = node?.callFrame?.functionName;
    while (node && !node.callFrame?.url) node = profile.nodes.get(node.parent);
    if (!node) return { url: leaf?.startsWith('(') ? leaf : '(native)', fn: leaf ?? '' };
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const original = originalPosition(url, lineNumber, columnNumber);
    return {
      url,
      fn: original ? `${functionName || '(anonymous)'} ${original}` : functionName || '(anonymous)',
    };
  };
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.deltas[i] ?? 0;
    out.push({ ts, id: profile.samples[i] });
  }
  return out.map((s, i) => ({
    ts: s.ts,
    dur: Math.min((out[i + 1]?.ts ?? s.ts) - s.ts, 10_000),
    ...frameOf(s.id),
  }));
}

function breakdown(nodes, prof, measures, from, to) {
  const cats = new Map();
  let forced = 0;
  for (const n of nodes) {
    if (n.e.ts < from || n.e.ts >= to) continue;
    const cat = categoryOf(n.e.name);
    // Thread CPU time: on a shared machine the wall time also counts waiting for a core.
    add(cats, cat, n.cpu);
    if ((cat === 'style' || cat === 'layout') && n.jsAncestor) forced += n.e.tdur ?? 0;
  }
  const scripts = new Map();
  const fns = new Map();
  for (const s of prof) {
    if (s.ts < from || s.ts >= to || s.url === '(idle)' || s.url === '(program)') continue;
    const url = s.url.replace(/^https?:\/\/[^/]+/, '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
    add(scripts, url, s.dur);
    add(fns, s.fn.includes(':') ? s.fn : `${s.fn} (${url.split('/').pop()})`, s.dur);
  }
  const renders = new Map();
  for (const m of measures) if (m.ts >= from && m.ts < to) add(renders, m.name, m.dur);
  return { cats, forced, scripts, fns, renders };
}

function describe({ cats, forced, scripts, fns, renders }, depth) {
  const lines = [];
  lines.push(
    top(cats, 8)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', ') + (forced >= 1000 ? ` (of which forced by script: ${ms(forced)})` : ''),
  );
  const s = top(scripts, depth);
  if (s.length) lines.push(`  scripts: ${s.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  const f = top(fns, depth);
  if (f.length) lines.push(`  functions: ${f.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  const r = top(renders, depth + 2);
  if (r.length) lines.push(`  elements: ${r.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  return lines;
}

/** Where the main thread's time went: the whole load, then each task ≥ `thresholdMs`. */
export function report(events, baseUrl, thresholdMs) {
  const thread = mainThread(events, baseUrl);
  if (!thread) return 'trace: no renderer main thread found';
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const nodes = selfTimes(own);
  const prof = samples(events, thread);
  const begins = new Map();
  const measures = [];
  for (const e of own) {
    if (e.cat !== 'blink.user_timing' || !e.name.startsWith('<')) continue;
    const key = `${e.name}:${e.id ?? e.id2?.local}`;
    if (e.ph === 'b') begins.set(key, e.ts);
    if (e.ph === 'e' && begins.has(key)) {
      measures.push({ name: e.name, ts: begins.get(key), dur: e.ts - begins.get(key) });
    }
  }
  // Long by wall time (what `longtask` reports) or by the main thread's own CPU time. Chromium's
  // CPU throttling spins on the main thread, so at 4× the CPU time is close to what the task would
  // last on a quiet machine; the wall time also counts waiting for one of the shared cores.
  const tasks = own.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      (e.dur >= thresholdMs * 1000 || (e.tdur ?? 0) >= thresholdMs * 1000),
  );
  const navStart =
    own.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame')?.ts ??
    own[0]?.ts ??
    0;
  const lines = [];
  const busy = own
    .filter((e) => e.ph === 'X' && e.name === 'RunTask')
    .reduce((n, e) => n + e.dur, 0);
  const busyCpu = own
    .filter((e) => e.ph === 'X' && e.name === 'RunTask')
    .reduce((n, e) => n + (e.tdur ?? 0), 0);
  lines.push(
    `trace: main thread ${ms(busy)} in tasks (${ms(busyCpu)} on the CPU); ${tasks.length} task(s) ≥ ${thresholdMs} ms. CPU time per kind; scripts and functions from the sampling profiler`,
  );
  lines.push(
    ...describe(breakdown(nodes, prof, measures, -Infinity, Infinity), 6).map(
      (l) => `  whole load: ${l}`,
    ),
  );
  for (const t of tasks) {
    const b = breakdown(nodes, prof, measures, t.ts, t.ts + t.dur);
    lines.push(
      `  task ${ms(t.dur)} (CPU ${ms(t.tdur ?? 0)}) at ${ms(t.ts - navStart)}: ${describe(b, 4).join('\n    ')}`,
    );
  }
  return lines.join('\n');
}
