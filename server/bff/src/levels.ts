import { LEVELS, type Level } from '@llave-cdmx/core';

/** Levels are ordered (DESIGN.md §3): a verificada session satisfies a básica requirement. */
export function satisfiesLevel(current: Level, required: Level | undefined): boolean {
  return required === undefined || LEVELS.indexOf(current) >= LEVELS.indexOf(required);
}

export function parseLevel(value: string | undefined): Level | undefined | null {
  if (value === undefined || value === '') return undefined;
  return (LEVELS as readonly string[]).includes(value) ? (value as Level) : null;
}
