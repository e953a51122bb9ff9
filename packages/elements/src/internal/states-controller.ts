import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the host's custom states (`:state(loading)`, `:state(verified)`) equal to what a function
 * of its own state says, before every render, so a state can never be left on by a forgotten
 * branch. Pages style and test them with `my-el:state(busy)`; the element documents each one
 * with `@cssstate`.
 *
 * @example
 * #states = new StatesController(this, this.#internals, () => ({ busy: this.busy, done: this.done }));
 */
export class StatesController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly internals: ElementInternals,
    private readonly compute: () => Record<string, boolean>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Server rendering's ElementInternals has no CustomStateSet: nothing to reflect there.
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    for (const [name, on] of Object.entries(this.compute())) {
      if (on) states.add(name);
      else states.delete(name);
    }
  }
}
