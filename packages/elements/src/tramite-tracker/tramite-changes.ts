import type { Tramite, TramiteStatus } from '@llave-cdmx/core';
import type { Translator } from '../internal/i18n-controller.js';
import { dateTimeFormat } from '../internal/intl.js';
import type { TrackerNamespaces } from './tramite-tracker.strings.js';

export type StatusChange = [tramite: Tramite, previous: TramiteStatus];

/** The trámites of `items` whose status is not what `before` showed (new ones are not changes). */
export function statusChanges(before: Tramite[] | undefined, items: Tramite[]): StatusChange[] {
  const was = new Map((before ?? []).map((t) => [t.folio, t.status]));
  return items.flatMap((t): StatusChange[] => {
    const previous = was.get(t.folio);
    return previous && previous !== t.status ? [[t, previous]] : [];
  });
}

/**
 * What a refresh says, polite and only about what changed (WCAG 4.1.3); a manual refresh also
 * confirms it ran. `undefined`: say nothing (an automatic refresh that found nothing new).
 */
export function changeNotice(
  tr: Translator<TrackerNamespaces>,
  lang: string,
  manual: boolean,
  changes: StatusChange[],
): string | undefined {
  const lines = changes.map(([t]) =>
    tr('changed', {
      name: t.name,
      folio: t.folio,
      status: tr(`common:tramiteStatuses.${t.status}`),
    }),
  );
  if (manual && !lines.length) lines.push(tr('noChanges'));
  if (!manual && !lines.length) return undefined;
  const time = dateTimeFormat(lang, { timeStyle: 'short' }).format(new Date());
  return [...lines, tr('updatedAt', { time })].join(' ');
}
