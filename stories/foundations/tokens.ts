/**
 * The foundations pages' data, derived from core's token table (packages/core/src/theme/tokens.ts,
 * the same objects theme.css and the components' fallbacks are generated from), so the pages
 * cannot drift from what the components use: a new token shows up on a page by itself
 * (foundations.test.ts renders every page and looks for every token).
 */
import { contrast } from '@llave-cdmx/core/theme/contrast';
import {
  CONTRAST_PAIRS,
  darkTokens,
  forcedColorTokens,
  lightTokens,
  type TokenName,
  themeTokens,
} from '@llave-cdmx/core/theme/tokens';

export type Section =
  | 'color'
  | 'type'
  | 'space'
  | 'radius'
  | 'focus'
  | 'target'
  | 'motion'
  | 'other';

const SECTION_OF: ReadonlyArray<readonly [RegExp, Section]> = [
  [/^--llave-color-/, 'color'],
  [/^--llave-(font-|line-height)/, 'type'],
  [/^--llave-space-/, 'space'],
  [/^--llave-radius-/, 'radius'],
  [/^--llave-focus-/, 'focus'],
  [/^--llave-target-/, 'target'],
  [/^--llave-transition-/, 'motion'],
];

export const sectionOf = (name: string): Section =>
  SECTION_OF.find(([re]) => re.test(name))?.[1] ?? 'other';

export const tokenNames = Object.keys(lightTokens) as TokenName[];

/** The tokens of one section, in tokens.ts order. */
export const tokensIn = (section: Section): TokenName[] =>
  tokenNames.filter((name) => sectionOf(name) === section);

export interface Colour {
  name: TokenName;
  light: string;
  dark: string;
  forced: string | undefined;
}

export const colours: Colour[] = tokensIn('color').map((name) => ({
  name,
  light: lightTokens[name],
  dark: themeTokens('dark')[name],
  forced: (forcedColorTokens as Record<string, string>)[name],
}));

/** Whether the dark theme changes a token (the rest are shared by both themes). */
export const changesInDark = (name: string): boolean => name in darkTokens;

export interface Pair {
  fg: TokenName;
  bg: TokenName;
  min: number;
  light: number;
  dark: number;
  /** 4.5:1 pairs are text (SC 1.4.3); 3:1 pairs are borders and focus indicators (SC 1.4.11). */
  text: boolean;
}

export const pairs: Pair[] = CONTRAST_PAIRS.map(([fg, bg, min]) => ({
  fg,
  bg,
  min,
  light: contrast(themeTokens('light')[fg], themeTokens('light')[bg]),
  dark: contrast(themeTokens('dark')[fg], themeTokens('dark')[bg]),
  text: min >= 4.5,
}));

export { lightTokens, themeTokens };
