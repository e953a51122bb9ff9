import { describe, expect, it } from 'vitest';
import {
  PASSWORD_ERROR_CODES,
  PASSWORD_MAX_LENGTH,
  passwordLength,
  validatePassword,
} from './password.js';

describe('validatePassword', () => {
  it.each([
    'caballo bateria grapa correcta', // spaces are fine
    'Mi perro se llama Firulais!',
    '¡Ñandú comió 3 tamales!',
    'x7$Kp9!qLm2#',
    '北京欢迎你北京欢迎你', // any script
    '🔑🌮🌵🎺🦅🌽🏙️🚇', // emoji count as characters
    '<script>alert(1)</script>', // symbols are not stripped or refused
    `${'Lluvia en Xochimilco '.repeat(6)}`.slice(0, PASSWORD_MAX_LENGTH),
  ])('accepts %j and returns it exactly as typed', (password) => {
    expect(validatePassword(password)).toEqual({ ok: true, value: password });
  });

  it('never trims or truncates: leading and trailing spaces are part of the password', () => {
    const pw = '  espacios al principio y al final  ';
    expect(validatePassword(pw)).toEqual({ ok: true, value: pw });
  });

  it('accepts exactly the maximum and refuses one more, without truncating', () => {
    const max = 'ab1-'.repeat(PASSWORD_MAX_LENGTH / 4);
    expect(validatePassword(`${max.slice(0, -2)}zq`)).toEqual({
      ok: true,
      value: `${max.slice(0, -2)}zq`,
    });
    expect(validatePassword(`${max}z`)).toEqual({ ok: false, code: 'password_too_long' });
  });

  it('counts code points: 8 emoji are 8 characters, not 16 UTF-16 units', () => {
    expect(passwordLength('🌮🌮🌵🎺🦅🌽🚇🌵')).toBe(8);
    expect(validatePassword('🌮🌵🎺🦅🌽🚇🌵').ok).toBe(false); // 7
  });

  const invalid: Array<[string, (typeof PASSWORD_ERROR_CODES)[number]]> = [
    ['', 'password_required'],
    ['Ab1!xyz', 'password_too_short'],
    ['a'.repeat(PASSWORD_MAX_LENGTH + 1), 'password_too_long'],
    ['tab\there-long-enough', 'password_control_chars'],
    ['new\nline-long-enough', 'password_control_chars'],
    ['nul\u0000byte-long-enough', 'password_control_chars'],
    ['c1-control\u0085long', 'password_control_chars'],
    ['lone\uD800surrogate-long', 'password_control_chars'],
    ['password', 'password_common'],
    ['12345678', 'password_common'],
    ['Contraseña', 'password_common'],
    ['CONTRASENA1', 'password_common'],
    ['c0ntr@señ4', 'password_common'],
    ['mexico123', 'password_common'],
    ['cdmx2024', 'password_common'],
    ['llavecdmx', 'password_common'],
    ['Chivas2024!', 'password_common'],
    ['P@ssw0rd2024!', 'password_common'],
    ['qwertyuiop', 'password_common'],
    ['iloveyou', 'password_common'],
    ['tequiero', 'password_common'],
    ['aaaaaaaaaaaa', 'password_common'],
    ['        ', 'password_common'],
    ['ＰＡＳＳＷＯＲＤ', 'password_common'], // full-width, folded by NFKC
    ['juanperez1990', 'password_context'],
    ['ana.lopez!!', 'password_context'],
  ];
  it.each(invalid)('refuses %j with %s', (password, code) => {
    const context = { name: 'Juan Pérez García', email: 'ana.lopez@example.com' };
    expect(validatePassword(password, context)).toEqual({ ok: false, code });
  });
  it('covers every published code', () => {
    expect(new Set(invalid.map(([, c]) => c))).toEqual(new Set(PASSWORD_ERROR_CODES));
  });

  it('refuses the CURP, and a password built from its initials and birth date', () => {
    const curp = 'PEGJ900115HDFRRN03';
    expect(validatePassword('pegj900115hdfrrn03', { curp })).toEqual({
      ok: false,
      code: 'password_context',
    });
    expect(validatePassword('PEGJ900115!', { curp })).toEqual({
      ok: false,
      code: 'password_context',
    });
    expect(validatePassword('PEGJ900115!', {}).ok).toBe(true);
  });

  it('refuses a page-specific word the caller passes, with a few digits around it', () => {
    expect(validatePassword('Semovi2024!', { words: ['SEMOVI'] })).toEqual({
      ok: false,
      code: 'password_context',
    });
    expect(validatePassword('Semovi2024!').ok).toBe(true);
  });

  it('refuses the service name even without any personal context', () => {
    expect(validatePassword('LlaveCDMX2025!').ok).toBe(false);
    expect(validatePassword('mi-llave-2025').ok).toBe(false);
  });

  it('allows a long passphrase that merely contains the name', () => {
    expect(
      validatePassword('juan camina por reforma los domingos', { name: 'Juan Pérez' }).ok,
    ).toBe(true);
  });

  it('does not refuse an unrelated password for a context word of fewer than 3 letters', () => {
    expect(validatePassword('lu-flores-23xy', { name: 'Lu' }).ok).toBe(true);
  });
});
