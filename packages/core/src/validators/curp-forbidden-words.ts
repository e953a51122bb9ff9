/**
 * RENAPO's "palabras inconvenientes" (annex of the CURP instructivo normativo): when the first
 * four letters of a CURP would spell one of these, RENAPO writes an X as the second letter
 * instead. A CURP that still spells one was therefore never issued. Written from the annex.
 */
const WORDS =
  'BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO ' +
  'FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI ' +
  'KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA ' +
  'MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO ' +
  'TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY';

export const CURP_FORBIDDEN_WORDS: ReadonlySet<string> = new Set(WORDS.split(' '));

export function isCurpForbiddenWord(firstFour: string): boolean {
  return CURP_FORBIDDEN_WORDS.has(firstFour.toUpperCase());
}
