// A page's TypeScript: elements and events are typed from the package alone.
import { BffClient, type SessionInfo, validateCurp } from '@llave-cdmx/core';
import {
  LlaveLoginButton,
  type LlaveLoginStartEvent,
  type LlaveSessionChangeEvent,
} from '@llave-cdmx/elements';
import '@llave-cdmx/elements/login-button/llave-login-button.js';

const button = document.createElement('llave-login-button');
const typed: LlaveLoginButton = button;
typed.returnTo = '/tramite';
typed.size = 's';
// @ts-expect-error size is 's', 'm' or 'l'
typed.size = 'xl';
button.addEventListener('llave-login-start', (event) => {
  const start: LlaveLoginStartEvent = event;
  const url: string = start.url;
  return url;
});
document.addEventListener('llave-session-change', (event: LlaveSessionChangeEvent) => {
  const session: SessionInfo = event.session;
  return session.authenticated;
});
const found = document.querySelector('llave-login-button');
if (found instanceof LlaveLoginButton) found.level = 'verificada';

const curp = validateCurp('PEGJ900115HDFRRN03');
if (curp.ok) {
  const value: string = curp.value;
  void value;
}
void new BffClient({ prefix: '/llave' }).session();
