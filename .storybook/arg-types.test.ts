/**
 * What Storybook's controls and docs table get for each tag is the documented contract and
 * nothing else. The manifest is generated afresh (as .storybook/main.ts does), so this tests the
 * analyzer plugin (packages/elements/scripts/public-contract.mjs) and the mapping together.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, contractArgTypes, type Manifest } from './arg-types.js';

const root = join(import.meta.dirname, '..');
let manifest: Manifest;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'packages/elements/scripts/manifest.mjs')]);
  manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
});

const tags = () =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => (d.tagName ? [d.tagName] : []));

/** Names no control or table row may carry: Lit and LlaveElement internals, private fields. */
const INTERNAL = [
  'formAssociated',
  'shadowRootOptions',
  'styles',
  'properties',
  'elementProperties',
  'elementStyles',
  'renderRoot',
  'isUpdatePending',
  'hasUpdated',
  'updateComplete',
];

describe('Storybook controls: the public contract only', () => {
  it('covers every tag', () => {
    expect(tags().length).toBeGreaterThanOrEqual(11);
    for (const tag of tags()) expect(contractArgTypes(manifest, tag), tag).toBeTruthy();
  });

  it('lists no internal member, static, private, `_` or `#` name, and no unnamed event', () => {
    for (const tag of tags()) {
      const argTypes = contractArgTypes(manifest, tag)!;
      const names = Object.values(argTypes).map((a) => a.name ?? '');
      expect(
        names.filter((n) => INTERNAL.includes(n)),
        tag,
      ).toEqual([]);
      expect(
        names.filter((n) => /^[#_]/.test(n) || !n || n === 'undefined'),
        tag,
      ).toEqual([]);
    }
  });

  it('has the manifest hold no static, private or undocumented member', () => {
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!d.tagName) continue;
      const members = (d.members ?? []) as Array<Record<string, unknown>>;
      for (const m of members) {
        expect(m.static, `${d.tagName} ${m.name}`).toBeFalsy();
        expect(m.privacy ?? 'public', `${d.tagName} ${m.name}`).toBe('public');
        expect(m.description, `${d.tagName} ${m.name} documented`).toBeTruthy();
      }
      for (const e of d.events ?? [])
        expect(e.name && e.description, `${d.tagName} event`).toBeTruthy();
    }
  });

  it('shows the documented properties, attributes, events, parts, custom properties and states', () => {
    const button = contractArgTypes(manifest, 'llave-login-button')!;
    const row = (key: string) => button[key]?.table?.category;
    expect(row('level')).toBe(CATEGORIES.properties);
    expect(row('profileHref')).toBe(CATEGORIES.properties);
    expect(button.profileHref?.description).toContain('`profile-href`');
    expect(button.profileHref?.description).not.toContain('Atributo:');
    // A description that does not name its attribute gets it added.
    const session = contractArgTypes(manifest, 'llave-session')!;
    expect(session.bffPrefix?.description?.match(/`prefix`/g)?.length).toBeGreaterThanOrEqual(1);
    // One row per property: its attribute is named in it, not listed again.
    expect(button['profile-href']).toBeUndefined();
    expect(row('event:llave-login-start')).toBe(CATEGORIES.events);
    expect(button.onLlaveLoginStart?.action).toBe('llave-login-start');
    expect(row('part:button')).toBe(CATEGORIES.cssParts);
    expect(Object.values(button).some((a) => a.table?.category === CATEGORIES.cssProperties)).toBe(
      true,
    );
    expect(Object.values(button).some((a) => a.table?.category === CATEGORIES.cssStates)).toBe(
      true,
    );

    // A property documented only by a header line (`name (attribute) - text`) is kept.
    const picker = contractArgTypes(manifest, 'llave-document-picker')!;
    expect(picker.requiredTypes?.description).toMatch(/document types/);
    expect(picker.formResetCallback).toBeUndefined();
    // Attributes with no property of their own (declared with @attr) keep their row.
    expect(session.issuer?.table?.category).toBe(CATEGORIES.attributes);
    // `@state()` fields the analyzer took for attributes are gone.
    expect(contractArgTypes(manifest, 'llave-profile')!.announcement).toBeUndefined();
    expect(contractArgTypes(manifest, 'llave-session-timeout')!.busy).toBeUndefined();
    // Custom states appear under their selector.
    const states = Object.values(picker).filter((a) => a.table?.category === CATEGORIES.cssStates);
    expect(states.map((s) => s.name)).toContain(':state(uploading)');
  });
});
