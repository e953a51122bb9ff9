/**
 * Test helpers for the help every component ends with (issue 14, item 2, WCAG 3.2.6): the
 * same checks in each component's suite, so "the same help in the same place" is checked the
 * same way everywhere. Test code only: no component imports it.
 */
import { expect } from '@open-wc/testing';

/** The help disclosure in `el`'s shadow root. */
export const helpOf = (el: Element): HTMLDetailsElement =>
  el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="help"]')!;

/** Where the help starts inside `el`: the same before and after a state change means it did not move. */
export const helpOffset = (el: Element): number =>
  helpOf(el).getBoundingClientRect().top - el.getBoundingClientRect().top;

/** The titles of the short answers, in the order the help gives them. */
export const helpTopics = (el: Element): string[] =>
  [...helpOf(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());

/**
 * The help is the last thing in `container`, closed, says "¿Necesitas ayuda?", ends with LOCATEL
 * and links the agency's page `href`; opened, the component has no axe violation.
 */
export async function expectHelpAtEnd(el: Element, container: ParentNode, href: string) {
  const help = helpOf(el);
  expect(help, 'no help').to.exist;
  expect(container.lastElementChild === help, 'help is not last').to.equal(true);
  expect(help.tagName).to.equal('DETAILS');
  expect(help.open).to.equal(false);
  expect(help.querySelector('summary')!.textContent).to.equal('¿Necesitas ayuda?');
  expect(help.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)).to.exist;
  expect(help.querySelector('a[href^="tel:"]')!.textContent).to.equal('55 5658 1111');
  help.querySelector('summary')!.click();
  await expect(el).to.be.accessible();
}
