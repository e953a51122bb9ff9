import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the browser is online, kept current from the `online`/`offline` events while the host
 * is connected, and a callback when the connection comes back (retry what failed without making
 * the person press anything). SSR-safe: optimistic `true` until connected in a browser.
 *
 * @example
 * #net = new ConnectivityController(this, () => this.#list.error && this.refresh());
 * render() { return this.#net.online ? … : offlineNotice; }
 */
export class ConnectivityController implements ReactiveController {
  online = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onOnline?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', this.#onChange);
    window.addEventListener('offline', this.#onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onChange);
    window.removeEventListener('offline', this.#onChange);
  }

  #onChange = (): void => {
    this.online = navigator.onLine;
    this.host.requestUpdate();
    if (this.online) this.onOnline?.();
  };
}
