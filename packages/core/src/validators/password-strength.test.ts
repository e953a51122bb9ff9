import { describe, expect, it } from 'vitest';
import { estimatePasswordStrength, PASSWORD_TIPS } from './password-strength.js';

const score = (pw: string, context = {}) => estimatePasswordStrength(pw, context).score;

describe('estimatePasswordStrength', () => {
  it('scores common and short passwords 0', () => {
    for (const pw of ['password', 'mexico123', '12345678', 'Ab1!', 'P@ssw0rd2024!'])
      expect(score(pw), pw).toBe(0);
  });

  it('scores long unrelated passphrases and long random strings 4', () => {
    expect(score('mi gato come tacos los martes')).toBe(4);
    expect(score('kD9#vL2@pQ8!nR5$')).toBe(4);
  });

  it('ranks a random 12-character password above a name with a year', () => {
    expect(score('x7$Kp9!qLm2#')).toBeGreaterThan(score('Juanito1990!'));
  });

  it('grows with length for random-looking input', () => {
    const scores = ['hT5#k', 'hT5#kP9@', 'hT5#kP9@wQ2!', 'hT5#kP9@wQ2!zN7&mB'].map((p) => score(p));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.at(-1)).toBe(4);
  });

  it.each([
    ['aaaaaaaaaaab', 'password_tip_repeats'],
    ['holaholahola', 'password_tip_repeats'],
    ['abcdefgh-x', 'password_tip_sequences'],
    ['98765432-x', 'password_tip_sequences'],
    ['qwertasdfg', 'password_tip_keyboard'],
    ['1q2w3e4r5t6y', 'password_tip_keyboard'],
    ['zaq1xsw2cde3', 'password_tip_keyboard'],
    ['Lobo15/03/1990', 'password_tip_dates'],
    ['tigre1987tigre', 'password_tip_dates'],
    ['chocolatebanana', 'password_tip_common_words'],
    ['m4r1p0s4verde', 'password_tip_common_words'],
  ])('finds the pattern in %j and says %s', (pw, tip) => {
    const result = estimatePasswordStrength(pw);
    expect(result.tips).toContain(tip);
    // A pattern makes the estimate cheaper than the same length of random characters.
    expect(result.bits).toBeLessThan(pw.length * Math.log2(26));
  });

  it('points at personal data the caller passes in', () => {
    const result = estimatePasswordStrength('xolotl-gonzalo-bravo', { name: 'Gonzalo Bravo' });
    expect(result.tips).toContain('password_tip_personal');
    expect(result.bits).toBeLessThan(estimatePasswordStrength('xolotl-gonzalo-bravo').bits);
  });

  it('suggests 15+ characters and more words only while they apply', () => {
    expect(estimatePasswordStrength('x7$Kp9!qLm2#').tips).toContain('password_tip_longer');
    expect(estimatePasswordStrength('Tumbleweed-Quetzal-Volcán-9').tips).toEqual([]);
    expect(estimatePasswordStrength('abcdefgh').tips).toContain('password_tip_more_words');
  });

  it('only returns published tips, in a stable order', () => {
    const { tips } = estimatePasswordStrength('qwerty1990aaa');
    expect(tips.every((t) => PASSWORD_TIPS.includes(t))).toBe(true);
    expect(tips).toEqual(PASSWORD_TIPS.filter((t) => tips.includes(t)));
  });

  it('costs no more than quadratically more at the maximum length (it runs on every keystroke)', () => {
    // A ratio measured side by side, not a wall-clock limit: test machines are shared and noisy.
    // Doubling the length from 64 to 128 may cost up to 4× for a search over substrings (measured
    // ~1×); a cubic or exponential search would cost 8× or far more.
    // Each length's cost is the fastest of several interleaved rounds: other processes only ever
    // add time, so the minimum is the estimate they disturb least (a median of ratios read 17×
    // on a CI machine at load 15, where a quiet one reads ~1×).
    const time = (pw: string) => {
      const start = performance.now();
      for (let i = 0; i < 20; i++) estimatePasswordStrength(pw);
      return performance.now() - start;
    };
    const long = 'aB3$'.repeat(32);
    const short = 'aB3$'.repeat(16);
    time(long);
    time(short);
    let fastestLong = Number.POSITIVE_INFINITY;
    let fastestShort = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 9; round++) {
      fastestLong = Math.min(fastestLong, time(long));
      fastestShort = Math.min(fastestShort, time(short));
    }
    expect(fastestLong / fastestShort).toBeLessThan(6);
  });
});
