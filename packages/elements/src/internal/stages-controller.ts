import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Splits the host's first render of its data into stages, one task each (issue 18): a list that
 * arrives with the forms after it would otherwise render in one long task on a slow phone, and
 * a task over 50 ms delays the answer to a tap. Stage 1 renders in the update that first shows
 * the data, each next stage in a task of its own after it; from then on the host renders whole.
 *
 * Stages follow reading order (stage 1 first on the page): a later stage only adds what comes
 * after, so nothing already shown moves and focus stays where it was. The server renders whole.
 *
 * The host's `updateComplete` should wait for every stage (see `next()`), so code that awaits an
 * update finds everything rendered.
 *
 * @example
 * #stages = new StagesController(this, 2);
 * render() { return html`${list}${this.#stages.shows(2) ? forms : nothing}`; }
 */
export class StagesController implements ReactiveController {
  // 0: the data has not been shown yet.
  #stage = isServer ? Number.POSITIVE_INFINITY : 0;
  #timer?: ReturnType<typeof setTimeout>;
  #waiting: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly count: number,
  ) {
    host.addController(this);
  }

  /** Whether stage `n` (from 1) renders in this update; call it only once the data is there. */
  shows(n: number): boolean {
    if (this.#stage === 0) this.#stage = 1;
    return n <= this.#stage;
  }

  get #pending(): boolean {
    return this.#stage > 0 && this.#stage < this.count;
  }

  /**
   * `false` at once when no stage is left to render; otherwise `true` once the next stage's
   * update has been requested. For the host's `getUpdateComplete`:
   * `while (await stages.next()) done = await super.getUpdateComplete();`
   */
  next(): Promise<boolean> {
    if (!this.#pending) return Promise.resolve(false);
    return new Promise((resolve) => this.#waiting.push(() => resolve(true)));
  }

  hostUpdated(): void {
    if (!this.#pending || this.#timer) return;
    // Not cleared when the host leaves the page: its next stage renders all the same, so an
    // `updateComplete` awaited meanwhile still resolves.
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#stage++;
      this.host.requestUpdate();
      for (const resolve of this.#waiting.splice(0)) resolve();
    });
  }
}
