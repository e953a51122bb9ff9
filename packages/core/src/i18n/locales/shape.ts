import type { Resources } from '../i18n.js';

type PluralKey = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;

/**
 * The shape another language must have: the same keys as the es-MX source, every leaf a string.
 * `export default {…} satisfies LocaleShape<typeof es>` makes a missing or extra key a type error.
 * Plural forms are optional because each language has its own CLDR categories (Spanish has
 * `_many`, English does not); `common.test.ts` checks the base keys match at run time.
 */
export type LocaleShape<T> = {
  readonly [K in keyof T as K extends PluralKey ? never : K]: T[K] extends string
    ? string
    : LocaleShape<T[K]>;
} & { readonly [K in keyof T as K extends PluralKey ? K : never]?: string };

/** Compile-time guard that a locale is usable as i18n resources. */
export type AssertResources<T extends Resources> = T;
