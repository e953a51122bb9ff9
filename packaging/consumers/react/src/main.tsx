import '@llave-cdmx/core/theme.css';
import '@llave-cdmx/elements/login-button/llave-login-button.js';
import '@llave-cdmx/elements/session/llave-session.js';
import type { LlaveLoginStartEvent, LlaveSessionChangeEvent } from '@llave-cdmx/elements';
// The JSX typings of every tag (generated from custom-elements.json).
import type {} from '@llave-cdmx/elements/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [who, setWho] = useState('');
  const [level] = useState<'basica' | 'verificada' | 'firma'>('basica');
  const onSession = (event: LlaveSessionChangeEvent) =>
    setWho(event.session.authenticated ? (event.session.user?.name ?? '') : 'nadie');
  const onStart = (event: LlaveLoginStartEvent) =>
    sessionStorage.setItem('login-start', event.returnTo);
  return (
    <main>
      <h1>Trámites</h1>
      <llave-session onllave-session-change={onSession}>
        {/* returnTo and level are set as properties (React 19), size as an attribute. */}
        <llave-login-button returnTo="/react/" level={level} size="l" onllave-login-start={onStart}>
          <a href="/llave/login?returnTo=%2Freact%2F">Iniciar sesión con Llave CDMX</a>
        </llave-login-button>
      </llave-session>
      <p>
        Sesión: <output id="who">{who}</output>
      </p>
    </main>
  );
}

// The typings refuse what the element does not accept.
export const typeChecks = [
  // @ts-expect-error size is 's', 'm' or 'l'
  <llave-login-button size="xl" key="a" />,
  // @ts-expect-error the event is a LlaveLoginStartEvent, which has no `session`
  <llave-login-button key="b" onllave-login-start={(e) => e.session} />,
  // @ts-expect-error no such tag
  <llave-nothing key="c" />,
];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
