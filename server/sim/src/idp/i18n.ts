/**
 * Server-side translation of the hosted pages. A separate `I18n` instance from the browser's
 * shared one, with both languages loaded up front, so each request translates with its own `lng`
 * and no request changes another's language.
 */
import { defineNamespace, I18n, type Language, resolveLanguage } from '@llave-cdmx/core';
import en from './locales/en.js';
import esMX from './locales/es-MX.js';

const instance = new I18n();
instance.addResources('en', 'idp', en);

export const idpStrings = defineNamespace('idp', esMX, {}, instance);

export type Translate = (
  key: Parameters<typeof idpStrings.t>[0],
  options?: Record<string, unknown>,
) => string;

export function translator(lng: Language): Translate {
  return (key, options) => idpStrings.t(key, { ...options, lng });
}

export const LANGUAGE_COOKIE = 'llave_sim_lng';

/**
 * The page language: an explicit `?lng=` (the toggle link) wins, then the remembered choice,
 * then the browser's Accept-Language (first supported tag by q order).
 */
export function pickLanguage(
  query: string | undefined,
  cookie: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (query) return resolveLanguage(query);
  if (cookie) return resolveLanguage(cookie);
  const tags = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'es' || tag.startsWith('es-')) return 'es-MX';
  }
  return 'es-MX';
}
