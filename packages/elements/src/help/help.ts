import { html } from 'lit';
import { LlaveElement } from '../internal/base-element.js';
import { baseStyles } from '../internal/base-styles.js';
import {
  HELP_TOPICS,
  type HelpTopic,
  helpStrings,
  helpStyles,
  renderHelp,
} from '../internal/help/help.js';
import { I18nController } from '../internal/i18n-controller.js';

/**
 * @summary The help every Llave component offers, for any page of an agency site: the Llave
 * CDMX troubleshooting guide's short answers, LOCATEL and the agency's help page, worded and
 * placed the same everywhere (WCAG 3.2.6 Consistent Help).
 *
 * @csspart help - The disclosure (`<details>`).
 *
 * @property topics - (`topics`) Space-separated answers to show, most relevant first:
 *   `curpRegistered emailRegistered phoneRegistered code contactTypo forgotContact
 *   pageNotLoading tramitesAgency firmaLevel verificationPending`. Unknown names are ignored; empty shows
 *   the general ones (page not loading, forgotten contact, where to do a trámite, verification).
 * @property helpHref - (`help-href`) The agency's help or contact page ("Más ayuda").
 * @property open - (`open`) Shows the answers without a click.
 */
export class LlaveHelp extends LlaveElement {
  static override styles = [baseStyles, helpStyles];
  static override properties = {
    topics: { type: String },
    helpHref: { type: String, attribute: 'help-href' },
    open: { type: Boolean, reflect: true },
  };

  topics = '';
  helpHref?: string;
  open = false;

  readonly #i18n = new I18nController(this, [helpStrings]);

  /** The topics asked for, known ones only, in the order given. */
  get #topics(): HelpTopic[] {
    const asked = this.topics
      .split(/\s+/)
      .filter((t): t is HelpTopic => (HELP_TOPICS as string[]).includes(t));
    return asked.length
      ? [...new Set(asked)]
      : ['pageNotLoading', 'forgotContact', 'tramitesAgency', 'verificationPending'];
  }

  override render() {
    return html`${renderHelp(this.#i18n.translator, {
      topics: this.#topics,
      href: this.helpHref,
      open: this.open,
    })}`;
  }
}
