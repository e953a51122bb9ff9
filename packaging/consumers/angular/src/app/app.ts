import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { LlaveLoginStartEvent, LlaveSessionChangeEvent } from '@llave-cdmx/elements';

/**
 * An agency's Angular page: the tags are custom elements (CUSTOM_ELEMENTS_SCHEMA), `[returnTo]`
 * sets the element's property, `size` its attribute, and `(llave-*)` listens to its events, typed
 * through the package's event classes.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Trámites</h1>
      <llave-session (llave-session-change)="onSession($event)">
        <llave-login-button [returnTo]="returnTo" size="l" (llave-login-start)="onStart($event)">
          <a href="/llave/login?returnTo=%2Fangular%2F">Iniciar sesión con Llave CDMX</a>
        </llave-login-button>
      </llave-session>
      <p>Sesión: <output id="who">{{ who() }}</output></p>
    </main>
  `,
})
export class App {
  protected readonly returnTo = '/angular/';
  protected readonly who = signal('');

  protected onSession(event: Event): void {
    const { session } = event as LlaveSessionChangeEvent;
    this.who.set(session.authenticated ? (session.user?.name ?? '') : 'nadie');
  }

  protected onStart(event: Event): void {
    sessionStorage.setItem('login-start', (event as LlaveLoginStartEvent).returnTo);
  }
}
