import type { SessionInfo } from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../internal/clock.js';
import type { SessionController } from '../internal/session-controller.js';

/** `quiet`: nothing to show; `warning`: the end is near; `ended`: the session is over. */
export type TimeoutPhase = 'quiet' | 'warning' | 'ended';
export type EndReason = 'idle' | 'absolute' | 'signed-out';

type TabMessage = { type: 'session'; info: SessionInfo } | { type: 'signed-out' };

/**
 * Knows when the citizen's session ends and when to warn (WCAG 2.2.1 Timing Adjustable), from
 * the idle and absolute deadlines the BFF tells (`idleExpiresAt`, `expiresAt`, its clock `now`).
 *
 * Timers only prompt a fresh look: before warning, and at the end, it reads the session again
 * without counting as activity (`GET /session/status`), because another tab, or this page's own
 * API calls, may have kept the session alive meanwhile. Tabs of the same BFF tell each other
 * (BroadcastChannel) when one continued or signed out, so no tab warns or ends on old news.
 */
export class DeadlineController implements ReactiveController {
  phase: TimeoutPhase = 'quiet';
  reason: EndReason = 'idle';
  /** Extending cannot help: the absolute limit comes first. */
  final = false;
  /** When the session ends, on this browser's clock (ms). */
  end = 0;
  /** The citizen closed the warning about the absolute limit: do not show it again. */
  #acknowledged = false;
  #info?: SessionInfo;
  /** The longest idle window seen (deadline minus server time in one answer). */
  #idleSpan = 0;
  #tracking = false;
  #signedOut = false;
  #timer?: number;
  #tick?: number;
  #channel?: BroadcastChannel;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { warnBefore: number },
    private readonly session: SessionController,
    private readonly onPhase: (phase: TimeoutPhase) => void,
  ) {
    host.addController(this);
  }

  /** Whole seconds until the end, 0 once it passed. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.end - clock.now()) / 1000));
  }

  hostConnected(): void {
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`llave-session:${this.session.store.client.prefix}`);
      this.#channel.onmessage = (e: MessageEvent<TabMessage>) => this.#fromTab(e.data);
    }
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  hostDisconnected(): void {
    this.#channel?.close();
    this.#channel = undefined;
    document.removeEventListener('visibilitychange', this.#onVisible);
    clock.clearTimeout(this.#timer);
    clock.clearTimeout(this.#tick);
    this.#info = undefined;
  }

  hostUpdate(): void {
    const info = this.session.state.info;
    if (info !== this.#info) this.#apply(info);
  }

  /** "Continue": the BFF restarts the idle window; every tab hears of it. */
  async extend(): Promise<void> {
    const { store } = this.session;
    const info = await store.client.request<SessionInfo>('/session/extend', { method: 'POST' });
    store.accept(info);
    this.#channel?.postMessage({ type: 'session', info } satisfies TabMessage);
  }

  async signOut(): Promise<void> {
    await this.session.store.logout();
    this.#channel?.postMessage({ type: 'signed-out' } satisfies TabMessage);
    this.#end('signed-out');
  }

  /** Closes the dialog: a warning about the absolute limit stays closed until the end. */
  dismiss(): void {
    if (this.phase === 'warning') this.#acknowledged = true;
    this.#setPhase('quiet');
  }

  #fromTab(message: TabMessage): void {
    if (message?.type === 'session' && message.info) this.session.store.accept(message.info);
    if (message?.type === 'signed-out') {
      this.#signedOut = true;
      this.session.store.accept({ authenticated: false });
    }
  }

  /** Computes the deadlines from a session read, and what to show now. */
  #apply(info: SessionInfo | undefined): void {
    this.#info = info;
    clock.clearTimeout(this.#timer);
    if (!info?.authenticated) {
      const wasTracking = this.#tracking;
      this.#tracking = false;
      if (this.#signedOut) {
        this.#signedOut = false;
        this.#setPhase('quiet');
      } else if (wasTracking && clock.now() >= this.end - 1000) {
        this.#end(this.final ? 'absolute' : 'idle');
      } else if (this.phase === 'warning') {
        // Ended early (signed out elsewhere, back-channel logout): nothing left to warn about.
        this.#setPhase('quiet');
      }
      return;
    }
    const absolute = Date.parse(info.expiresAt ?? '');
    if (Number.isNaN(absolute)) return;
    const serverNow = info.now ? Date.parse(info.now) : Number.NaN;
    const skew = Number.isNaN(serverNow) ? 0 : clock.now() - serverNow;
    const idle = info.idleExpiresAt ? Date.parse(info.idleExpiresAt) : absolute;
    if (info.idleSeconds) this.#idleSpan = info.idleSeconds * 1000;
    else if (!Number.isNaN(serverNow) && idle < absolute) {
      // An older BFF that does not say: the longest window seen is the best guess.
      this.#idleSpan = Math.max(this.#idleSpan, idle - serverNow);
    }
    const end = Math.min(idle, absolute) + skew;
    if (end !== this.end) this.#acknowledged = false;
    this.end = end;
    this.final = absolute <= idle;
    this.#tracking = true;
    const now = clock.now();
    // A BFF with a short idle window (a test setup, a kiosk) would otherwise warn at once and
    // again right after every "continue": warn at most half the window before its end.
    const warnBefore = Math.min(this.host.warnBefore * 1000, this.#idleSpan / 2 || Infinity);
    const warnAt = end - warnBefore;
    if (now < warnAt) {
      if (this.phase !== 'ended') this.#setPhase('quiet');
      this.#timer = clock.setTimeout(() => void this.#look(), warnAt - now);
    } else if (now < end) {
      this.#setPhase(this.#acknowledged ? 'quiet' : 'warning');
      this.#timer = clock.setTimeout(() => void this.#look(), end - now);
    } else {
      this.#end(this.final ? 'absolute' : 'idle');
    }
  }

  /** A fresh look at the session that does not count as activity; the store's update re-applies. */
  async #look(): Promise<void> {
    try {
      const { store } = this.session;
      // `/session/status`, unlike `/session`, does not count as the citizen's activity.
      store.accept(await store.client.request<SessionInfo>('/session/status'));
      // The same answer as before (nothing moved) does not re-render: apply it ourselves.
      this.#apply(this.session.state.info);
    } catch {
      // No answer (offline): trust the deadlines we have.
      this.#apply(this.#info);
    }
  }

  #end(reason: EndReason): void {
    this.reason = reason;
    this.#tracking = false;
    clock.clearTimeout(this.#timer);
    this.#setPhase('ended');
  }

  #setPhase(phase: TimeoutPhase): void {
    clock.clearTimeout(this.#tick);
    if (phase === 'warning') this.#tick = clock.setTimeout(() => this.#onTick(), 1000);
    if (phase === this.phase) return;
    this.phase = phase;
    this.onPhase(phase);
    this.host.requestUpdate();
  }

  /** While warning, re-render every second for the visible countdown. */
  #onTick(): void {
    this.host.requestUpdate();
    if (this.phase === 'warning' && this.secondsLeft > 0) {
      this.#tick = clock.setTimeout(() => this.#onTick(), 1000);
    }
  }

  #onVisible = (): void => {
    // Timers sleep with the device: look again when the citizen comes back to the tab.
    if (document.visibilityState === 'visible' && this.#tracking) void this.#look();
  };
}
