import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the host's custom states (`:state(loading)`, `:state(verified)`) equal to what a function
 * of its own state says, before every render, so a state can never be left on by a forgotten
 * branch. Pages style and test them with `my-el:state(busy)`; the element documents each one
 * with `@cssstate`.
 *
 * It attaches the host's ElementInternals itself; a host that needs them for something else too
 * (a form value, validity) attaches them and passes them as the third argument (an element's
 * internals can be attached only once).
 *
 * @example
 * #states = new StatesController(this, () => ({ busy: this.busy, done: this.done }));
 */
export class StatesController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly compute: () => Record<string, boolean>,
    private readonly internals: ElementInternals = host.attachInternals(),
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
