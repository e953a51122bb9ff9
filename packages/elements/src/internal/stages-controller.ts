import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Splits the host's first render of its data into stages, one task each (issue 18): a list that
 * arrives with the forms after it would otherwise render in one long task on a slow phone, and
 * a task over 50 ms delays the answer to a tap. Stage 1 renders in the update that first shows
 * the data, each next stage in a task of its own after it; from then on the host renders whole.
 *
 * Stages follow reading order (stage 1 first on the page): a later stage only adds what comes
 * after, so nothing already shown moves and focus stays where it was. The server renders whole.
 *
 * The host's `updateComplete` waits for every stage (`complete`), so code that awaits an update
 * finds everything rendered.
 *
 * @example
 * #stages = new StagesController(this, 2);
 * protected override getUpdateComplete() {
 *   return this.#stages.complete(() => super.getUpdateComplete());
 * }
 * render() { return html`${list}${this.#stages.stage(2, () => forms)}`; }
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

  /** `part()` when stage `n` renders in this update, else nothing; only once the data is there. */
  stage(n: number, part: () => unknown): unknown {
    return this.shows(n) ? part() : nothing;
  }

  get #pending(): boolean {
    return this.#stage > 0 && this.#stage < this.count;
  }

  /**
   * The host's `getUpdateComplete`: its own (`ownComplete`, Lit's), awaited again after each
   * stage left, so it resolves once every stage has rendered.
   */
  async complete(ownComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await ownComplete();
    while (this.#pending) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
      done = await ownComplete();
    }
    return done;
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
