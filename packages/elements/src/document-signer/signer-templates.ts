/**
 * What `<llave-document-signer>` shows that holds no state of its own: the summary of the
 * document, its fingerprint, the receipt, and the gates (sign in, level) before any of them.
 */
import type { Level, SessionInfo, SignatureReceipt } from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { formatBytes, formatDocDate } from '../internal/documents-format.js';
import type { SignerT } from './document-signer.strings.js';
import { groupFingerprint } from './fingerprint.js';
import type { ReviewedDocument } from './sign-flow.js';

/** The SHA-256 in groups of four (`fingerprint.ts`), not translated by page translators. */
export function fingerprint(sha256: string) {
  return html`<span class="fingerprint" part="fingerprint" translate="no"
    >${groupFingerprint(sha256).map((g) => html`<span>${g}</span> `)}</span
  >`;
}

/** Name, type, size and fingerprint of what will be signed. */
export function documentSummary(doc: ReviewedDocument, t: SignerT, lang: string) {
  return html`<dl part="document">
    <div><dt>${t('review.name')}</dt><dd>${doc.name}</dd></div>
    ${
      doc.type
        ? html`<div>
            <dt>${t('review.type')}</dt>
            <dd>${t(`common:documentTypes.${doc.type}`)}</dd>
          </div>`
        : nothing
    }
    <div><dt>${t('review.size')}</dt><dd>${formatBytes(doc.sizeBytes, lang)}</dd></div>
    <div class="wide">
      <dt id="fingerprint-label">${t('fingerprint')}</dt>
      <dd>${fingerprint(doc.sha256)}</dd>
    </div>
  </dl>`;
}

export function receiptSection(receipt: SignatureReceipt, t: SignerT, lang: string) {
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title" tabindex="-1">${t('signed.title')}</h3>
    <p>${t('signed.intro', { name: receipt.document.name })}</p>
    <dl>
      <div><dt>${t('signed.folio')}</dt><dd class="folio">${receipt.folio}</dd></div>
      <div>
        <dt>${t('signed.signedAt')}</dt>
        <dd>${formatDocDate(receipt.signedAt, lang, true)}</dd>
      </div>
      <div><dt>${t('signed.signer')}</dt><dd>${receipt.signer.name}</dd></div>
      ${
        receipt.signer.curp
          ? html`<div><dt>${t('common:personal.curp')}</dt><dd>${receipt.signer.curp}</dd></div>`
          : nothing
      }
      <div class="wide">
        <dt>${t('fingerprint')}</dt>
        <dd>${fingerprint(receipt.document.sha256)}</dd>
      </div>
    </dl>
    <p>
      <a part="verify" href=${receipt.verifyUrl} target="_blank" rel="noopener"
        >${t('signed.verify')} <span class="muted">${t('newTab')}</span></a
      >
    </p>
  </section>`;
}

/** No session: sign in at the level signing needs, coming back here. */
export function signInGate(t: SignerT, loginUrl: string) {
  return html`<div class="notice" part="gate">
    <p>${t('gate.signIn')}</p>
    <a class="button" href=${loginUrl}>${t('common:actions.signIn')}</a>
  </div>`;
}

/**
 * Signed in below `required`: how that level is reached, as the BFF says (`levelUp`); a BFF
 * without `levelUp` knows only the step-up sign-in.
 */
export function levelGate(
  t: SignerT,
  info: SessionInfo | undefined,
  required: Level,
  loginUrl: string,
) {
  const levelName = (l: Level) => t(`common:levels.${l}.name`);
  const way = info?.levelUp?.[required] ?? 'login';
  return html`<div class="notice" part="gate">
    <p>
      ${t('gate.level', {
        level: levelName(required),
        current: levelName(info?.user?.level ?? 'basica'),
      })}
    </p>
    ${
      way === 'login'
        ? html`<a class="button" href=${loginUrl}>${t('gate.login', { level: levelName(required) })}</a>`
        : html`<p>${t(way === 'unavailable' ? 'common:levelUnavailable' : 'gate.verify-contact', { level: levelName(required) })}</p>`
    }
  </div>`;
}
