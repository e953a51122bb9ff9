/**
 * The base of the components' public events (not of the login button's and the session's, which
 * live in the kit chunk every page loads: one more class there would weigh on the login button's
 * 15 KB page, DESIGN.md §6). Every Llave event bubbles and is composed, so the page hears it on
 * any ancestor of the element, outside its shadow root too. Its type is the subclass's static
 * `eventName`: a subclass calls `super()` and sets its own fields.
 */
export class LlaveEvent extends Event {
  constructor() {
    super((new.target as unknown as { eventName: string }).eventName, {
      bubbles: true,
      composed: true,
    });
  }
}
