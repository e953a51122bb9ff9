/**
 * What the controls and the autodocs table show for a tag: its public contract, read from
 * custom-elements.json, which the analyzer plugin (packages/elements/scripts/public-contract.mjs)
 * already reduced to what the JSDoc header documents. Storybook's own mapping would also list
 * every member as a "property" and, again, each attribute of a property under its kebab name
 * (two rows, two controls for one `helpHref`), and it has no row for custom states. Here: one row
 * per property (its attribute named beside it), attributes with no property of their own, events
 * (with an action each), slots, CSS custom properties, parts and custom states.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name?: string;
  description?: string;
  kind?: string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
}
interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  cssStates?: Item[];
}
export interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

/** The categories of the table, in Spanish like the rest of the Storybook. */
export const CATEGORIES = {
  properties: 'Propiedades',
  attributes: 'Atributos',
  events: 'Eventos',
  slots: 'Slots',
  cssProperties: 'Propiedades CSS (--llave-*)',
  cssParts: 'Partes (::part)',
  cssStates: 'Estados (:state)',
} as const;

const row = (
  name: string,
  category: string,
  item: Item,
  extra: Partial<ArgTypes[string]> = {},
): ArgTypes[string] => ({
  name,
  description: item.description ?? '',
  table: {
    category,
    ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
  ...extra,
});

/** `llave-login-start` → `onLlaveLoginStart`, the action's arg name (as Storybook names it). */
const handlerName = (event: string) =>
  `on${event.replace(/(^|[-_:.\s]+)(.)/g, (_m, _sep, c: string) => c.toUpperCase())}`;

export function contractArgTypes(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const d = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((x) => x.tagName?.toLowerCase() === tagName.toLowerCase());
  if (!d) return undefined;
  const out: ArgTypes = {};
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && m.name);
  for (const m of fields) {
    // Most headers already name the attribute, as "(`help-href`) …"; say it once.
    const named = m.description?.includes(`\`${m.attribute}\``);
    const attr = m.attribute && !named ? ` Atributo: \`${m.attribute}\`.` : '';
    out[m.name!] = row(m.name!, CATEGORIES.properties, {
      ...m,
      description: `${m.description ?? ''}${attr}`.trim(),
    });
  }
  const backed = new Set(fields.map((m) => m.name));
  for (const a of d.attributes ?? []) {
    if (a.name && !(a.fieldName && backed.has(a.fieldName))) {
      out[a.name] = row(a.name, CATEGORIES.attributes, a);
    }
  }
  for (const e of d.events ?? []) {
    if (!e.name) continue;
    out[handlerName(e.name)] = {
      name: handlerName(e.name),
      action: e.name,
      table: { disable: true },
    };
    out[`event:${e.name}`] = row(e.name, CATEGORIES.events, e, { control: false });
  }
  const plain = [
    ['slots', d.slots, (n: string) => (n ? `slot:${n}` : 'slot:(default)')],
    ['cssProperties', d.cssProperties, (n: string) => n],
    ['cssParts', d.cssParts, (n: string) => `part:${n}`],
    ['cssStates', d.cssStates, (n: string) => `state:${n}`],
  ] as const;
  for (const [key, items, id] of plain) {
    for (const item of items ?? []) {
      const name = item.name ?? '';
      if (!name && key !== 'slots') continue;
      const label =
        key === 'cssParts'
          ? `::part(${name})`
          : key === 'cssStates'
            ? `:state(${name})`
            : name || '(por defecto)';
      out[id(name)] = row(label, CATEGORIES[key], item, { control: false });
    }
  }
  return out;
}

/** Every argType name the public contract of a tag gives (what the test compares against). */
export function contractNames(manifest: Manifest, tagName: string): string[] {
  return Object.keys(contractArgTypes(manifest, tagName) ?? {});
}
