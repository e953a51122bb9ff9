import { css } from 'lit';

export const sessionTimeoutStyles = css`
  :host {
    --llave-session-timeout-max-width: 32rem;
    /* Takes no room on the page: nothing shifts when it upgrades (CLS 0). */
    display: contents;
  }
  dialog {
    max-width: min(var(--llave-session-timeout-max-width), calc(100vw - 2rem));
    /* Scrolls when taller: the UA's dialog:modal says overflow: auto (always showModal()). */
    max-height: calc(100dvh - 2rem);
    padding: 1.5rem;
    border: 3px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* The family is the host's (inherited: the UA styles give <dialog> none of its own). */
    font-size: 1.125rem;
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_focus);
  }
  p {
    margin: 0 0 1rem;
    overflow-wrap: anywhere;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target);
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
    text-decoration: none;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .primary:hover {
    background: var(--_primary-hover);
  }
  .secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.8;
  }
  @media (max-width: 30rem) {
    .actions > * {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    dialog,
    button,
    .button {
      border-color: CanvasText;
    }
  }
`;
