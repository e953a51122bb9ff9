/**
 * Texts of the few pages the BFF renders itself (errors during a browser navigation, the
 * step-up explanation). es-MX is the source; every key exists in both languages, which the
 * type enforces.
 */
import { type Language, resolveLanguage } from '@llave-cdmx/core';

const esMX = {
  lang: 'es-MX',
  home: 'Volver al inicio',
  continue: 'Continuar',
  retry: 'Intentar de nuevo',
  unavailableTitle: 'Llave CDMX no está disponible',
  unavailableBody:
    'No pudimos comunicarnos con Llave CDMX. Tus datos están a salvo; inténtalo de nuevo en unos minutos.',
  storeTitle: 'Servicio no disponible',
  storeBody:
    'No podemos iniciar ni consultar sesiones en este momento. Inténtalo de nuevo en unos minutos.',
  loginFailedTitle: 'No se pudo completar el inicio de sesión',
  loginFailedBody:
    'El inicio de sesión caducó o no es válido (por ejemplo, si volviste atrás o abriste un enlace antiguo). Inicia sesión de nuevo.',
  rateLimitedTitle: 'Demasiados intentos',
  rateLimitedBody: 'Espera un momento antes de intentarlo de nuevo.',
  levelTitle: 'Tu cuenta necesita un nivel mayor',
  levelLlaveBody:
    'Este trámite requiere el nivel «{{level}}». Llave CDMX no puede elevar el nivel durante el inicio de sesión: verifica tu correo o tu teléfono (o registra tu firma electrónica) en tu cuenta Llave CDMX y vuelve a intentarlo.',
  levelOidcBody:
    'Este trámite requiere el nivel «{{level}}» y tu inicio de sesión no lo alcanzó. Completa la verificación que te pide Llave CDMX y vuelve a intentarlo.',
  redirectingTitle: 'Sesión iniciada',
  redirectingBody: 'Te estamos llevando de vuelta al sitio.',
  levelNames: { basica: 'básica', verificada: 'verificada', firma: 'con firma' },
  errorTitle: 'Ocurrió un error',
  errorBody: 'Algo salió mal. Inténtalo de nuevo.',
};

export type Messages = typeof esMX;

const en: Messages = {
  lang: 'en',
  home: 'Back to the home page',
  continue: 'Continue',
  retry: 'Try again',
  unavailableTitle: 'Llave CDMX is unavailable',
  unavailableBody:
    'We could not reach Llave CDMX. Your data is safe; please try again in a few minutes.',
  storeTitle: 'Service unavailable',
  storeBody: 'We cannot start or check sessions right now. Please try again in a few minutes.',
  loginFailedTitle: 'Sign-in could not be completed',
  loginFailedBody:
    'The sign-in expired or is not valid (for example after going back or opening an old link). Please sign in again.',
  rateLimitedTitle: 'Too many attempts',
  rateLimitedBody: 'Please wait a moment before trying again.',
  levelTitle: 'Your account needs a higher level',
  levelLlaveBody:
    'This service requires the “{{level}}” level. Llave CDMX cannot raise the level while signing in: verify your email or phone (or register your e-signature) in your Llave CDMX account and try again.',
  levelOidcBody:
    'This service requires the “{{level}}” level and your sign-in did not reach it. Complete the verification Llave CDMX asks for and try again.',
  redirectingTitle: 'Signed in',
  redirectingBody: 'Taking you back to the site.',
  levelNames: { basica: 'basic', verificada: 'verified', firma: 'with e-signature' },
  errorTitle: 'Something went wrong',
  errorBody: 'Something went wrong. Please try again.',
};

const MESSAGES: Record<Language, Messages> = { 'es-MX': esMX, en };

/** Picks the language from Accept-Language: the first supported tag wins, es-MX otherwise. */
export function messagesFor(acceptLanguage: string | undefined | null): Messages {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag === 'en' || tag.startsWith('en-')) return MESSAGES[resolveLanguage(tag)];
    if (tag === 'es' || tag.startsWith('es-')) return MESSAGES['es-MX'];
  }
  return MESSAGES['es-MX'];
}

export function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
