/**
 * The custom-elements manifest is the components' public contract: it ships in the npm package
 * (editors and framework typings read it) and feeds Storybook's controls and autodocs. The
 * analyzer, left alone, lists everything a class has: `static formAssociated`,
 * `shadowRootOptions`, `styles`, private `#fields`, `@state()` fields as attributes, events it
 * guessed from `new SomeEvent(step)` (named `step`, `t`, or nothing), and LlaveElement's
 * internals. Those are not promises we make, so this analyzer plugin keeps only what the JSDoc
 * header documents (CONVENTIONS.md: "the JSDoc header is the contract"):
 *
 * - members: public (no `private`/`protected`, no `#`/`_` name), not static, not inherited from
 *   LlaveElement or Lit, and described, either by their own JSDoc or by a header line
 *   `name (attribute) - description` (the form the headers use for "one line per property");
 * - attributes: described, and backed by a kept member (or declared with `@attr` alone);
 * - events: named and described (`@event`);
 * - slots, parts, custom properties and custom states: as documented (the analyzer already reads
 *   them only from `@slot`, `@csspart`, `@cssproperty`, `@cssstate`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const INTERNAL_BASES = new Set(['LlaveElement', 'LitElement', 'ReactiveElement']);

/** The JSDoc block right before `export class Name`. */
function classHeader(source, className) {
  const at = source.search(new RegExp(`export\\s+(?:abstract\\s+)?class\\s+${className}\\b`));
  if (at === -1) return '';
  const end = source.lastIndexOf('*/', at);
  const start = source.lastIndexOf('/**', end);
  if (start === -1 || end === -1 || source.slice(end + 2, at).trim()) return '';
  return source.slice(start + 3, end);
}

/** Header lines `name (attribute) - text`, with indented continuation lines, by property name. */
export function headerProperties(header) {
  const found = new Map();
  let last;
  for (const raw of header.split('\n')) {
    const line = raw.replace(/^\s*\*/, '');
    const m = /^ ([A-Za-z][\w]*)(?: \(([a-z][\w-]*)\))? - (.+)$/.exec(line);
    if (m) {
      last = { name: m[1], attribute: m[2], description: m[3].trim() };
      found.set(last.name, last);
    } else if (last && /^ {2,}\S/.test(line)) {
      last.description += ` ${line.trim()}`;
    } else last = undefined;
  }
  return found;
}

const isPublicMember = (m) =>
  !m.static &&
  (m.privacy ?? 'public') === 'public' &&
  !/^[#_]/.test(m.name) &&
  !INTERNAL_BASES.has(m.inheritedFrom?.name);

/** Reduces one custom-element declaration to its documented contract (in place). */
export function publicDeclaration(declaration, header = '') {
  const documented = headerProperties(header);
  const members = (declaration.members ?? []).filter(isPublicMember);
  for (const m of members) {
    if (!m.description && documented.has(m.name))
      m.description = documented.get(m.name).description;
  }
  declaration.members = members.filter((m) => m.description);
  const kept = new Set(declaration.members.map((m) => m.name));
  declaration.attributes = (declaration.attributes ?? []).filter((a) => {
    if (a.fieldName && !kept.has(a.fieldName)) return false;
    if (!a.description && a.fieldName) {
      a.description = declaration.members.find((m) => m.name === a.fieldName)?.description;
    }
    return Boolean(a.description);
  });
  declaration.events = (declaration.events ?? []).filter((e) => e.name && e.description);
  for (const key of ['members', 'attributes', 'events']) {
    if (!declaration[key].length) delete declaration[key];
  }
  return declaration;
}

/** The analyzer plugin; list it before the plugin that rewrites module paths (it reads src). */
export function publicContract(root) {
  return {
    name: 'llave:public-contract',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          if (d.customElement) {
            publicDeclaration(d, classHeader(readFileSync(join(root, mod.path), 'utf8'), d.name));
          } else if (d.members) {
            // Base classes, events, controllers: their private parts are no contract either.
            d.members = d.members.filter(
              (m) => (m.privacy ?? 'public') === 'public' && !/^[#_]/.test(m.name),
            );
            if (!d.members.length) delete d.members;
          }
        }
      }
    },
  };
}
