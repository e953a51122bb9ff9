/**
 * Helpers for the `play` functions of state stories: a state story (tag `state`) must type and
 * click its way to the state it is named after and assert that it shows, or a story would look
 * like Default while claiming otherwise. `scripts/stories-check.mjs` fails a `state` story whose
 * play function did not run or threw.
 */
import { expect, waitFor } from 'storybook/test';

/** msw answers after up to ~0.6 s; Chromium on two shared cores can be slower than that. */
const TIMEOUT = 8000;

/** The open shadow root of the first `tag` in the story, once it has rendered. */
export async function shadowOf(root: ParentNode, tag: string): Promise<ShadowRoot> {
  let shadow: ShadowRoot | null | undefined;
  await waitFor(
    () => {
      shadow = root.querySelector(tag)?.shadowRoot;
      expect(shadow?.childElementCount, `${tag} rendered`).toBeGreaterThan(0);
    },
    { timeout: TIMEOUT },
  );
  return shadow as ShadowRoot;
}

/** Waits for `selector` under `root` and returns it. */
export async function find<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): Promise<E> {
  let found: E | null = null;
  await waitFor(
    () => {
      found = root.querySelector<E>(selector);
      expect(found, selector).not.toBeNull();
    },
    { timeout: TIMEOUT },
  );
  return found as unknown as E;
}

/** Waits until the element at `selector` shows text matching `text` (either language). */
export async function shows(root: ParentNode, selector: string, text: RegExp): Promise<void> {
  await waitFor(
    () => {
      const el = root.querySelector<HTMLElement>(selector);
      expect(el, selector).not.toBeNull();
      expect(el?.checkVisibility(), `${selector} visible`).toBe(true);
      expect(el?.textContent ?? '').toMatch(text);
    },
    { timeout: TIMEOUT },
  );
}
