import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDraft, type Draft, emptyDraft, loadDraft, saveDraft } from './draft.js';
import { FIELDS, type FieldErrors, type RuleContext, validateField } from './field-rules.js';

/**
 * What the citizen typed and what is wrong with it. Every change is saved to the
 * sessionStorage draft at once (a reload or a wrong tap loses nothing; the password is never
 * part of it), and each input is read and re-checked as its row in `FIELDS` says: an error
 * shows when a field is left, and goes as soon as what is typed is right.
 */
export class DraftController implements ReactiveController {
  draft: Draft = emptyDraft();
  errors: FieldErrors = {};
  #restored = false;
  readonly #host: ReactiveControllerHost;
  readonly #key: () => string;
  readonly #context: () => RuleContext;
  readonly #onRestore: (d: Draft) => void;

  constructor(
    host: ReactiveControllerHost,
    key: () => string,
    context: () => RuleContext,
    /** The draft came back from storage (a reload): look up again what it names. */
    onRestore: (d: Draft) => void,
  ) {
    this.#host = host;
    this.#key = key;
    this.#context = context;
    this.#onRestore = onRestore;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#restored) return;
    this.#restored = true;
    this.draft = loadDraft(this.#key());
    this.#onRestore(this.draft);
    this.#host.requestUpdate();
  }

  update(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    saveDraft(this.#key(), this.draft);
    this.#host.requestUpdate();
  }

  /** The account exists: the draft goes. */
  clear(): void {
    clearDraft(this.#key());
  }

  setErrors(errors: FieldErrors): void {
    this.errors = errors;
    this.#host.requestUpdate();
  }

  revalidate(name: string): void {
    const code = validateField(name, this.draft, this.#context());
    const next = { ...this.errors };
    if (code) next[name] = code;
    else delete next[name];
    this.setErrors(next);
  }

  /**
   * An input event on a field: the draft takes what was typed (a secret goes to `secret`
   * instead), and the field re-checks when it shows an error, is a choice, or its row asks to.
   * False when nothing more should follow (an unknown field, or a switch of branch).
   */
  input(el: HTMLInputElement, secret: (name: string, value: string) => void): boolean {
    const name = el.name;
    const rule = FIELDS[name];
    if (!rule) return false;
    let patch: Partial<Draft> = {};
    if (rule.secret) secret(name, el.value);
    else {
      patch = rule.read ? rule.read(el, this.draft, this.#context()) : { [name]: el.value };
      this.update(patch);
    }
    if (rule.resets) {
      this.setErrors({});
      return false;
    }
    const target = rule.checks ?? name;
    if (this.errors[target] || el instanceof HTMLSelectElement || rule.eager?.(patch))
      this.revalidate(target);
    return true;
  }

  /** Leaving a field shows its error (not while the person is still typing it). */
  leave(el: HTMLInputElement): void {
    const rule = FIELDS[el.name];
    if (rule && rule.onLeave !== false && el.type !== 'checkbox' && el.value !== '')
      this.revalidate(rule.checks ?? el.name);
  }
}
