import { PASSPHRASE_MIN_LENGTH, passphraseFeedback, passphraseIssue } from '@shared/domain/passphrase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('passphrase rules', () => {
  it.each([
    'lantern orchard velvet compass',
    'Mi gato duerme en la ventana',
    '静かな湖のほとりで朝を待つ',
    `${'x'.repeat(3)} quiet-river 42 pine`,
    Array.from({ length: 120 }, (_, i) => `word${i}`).join(' '),
  ])('accepts %j', (passphrase) => {
    expect(passphraseIssue(passphrase)).toBeNull();
  });

  it.each([
    ['too short', 'short words', /at least 12/],
    ['common word padded with digits', 'Password12345!', /common/],
    ['common word repeated', 'letmeinletmein', /common|pattern/],
    ['a long phrase repeated', 'the same few words '.repeat(10), /pattern/],
    ['famous phrase', 'Correct Horse Battery Staple', /common/],
    ['one character repeated', 'aaaaaaaaaaaaaaaa', /pattern/],
    ['a short unit repeated', 'abcabcabcabcabc', /pattern/],
    ['digit sequence', '1234567890123', /pattern/],
    ['keyboard walk across rows', 'qwertyuiopasdfgh', /pattern/],
    ['reverse alphabet', 'zyxwvutsrqponm', /pattern/],
    ['spaces only', ' '.repeat(20), /spaces/],
    ['digits only', '90210487315526', /digits/],
    ['a trailing NUL character', 'amber kettle lantern\u0000', /control characters/],
    ['an escape character inside', 'amber kettle\u001b lantern', /control characters/],
  ])('refuses %s', (_label, passphrase, message) => {
    expect(passphraseIssue(passphrase)).toMatch(message);
  });

  it('counts characters, not UTF-16 units, for the length rule', () => {
    const elevenEmoji = '🔑'.repeat(PASSPHRASE_MIN_LENGTH - 1);
    expect(elevenEmoji.length).toBeGreaterThan(PASSPHRASE_MIN_LENGTH);
    expect(passphraseIssue(elevenEmoji)).toMatch(/at least 12/);
  });

  it('never rates a refused passphrase above too-weak, and never refuses one it rates strong', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (passphrase) => {
        const feedback = passphraseFeedback(passphrase);
        if (feedback.issue) expect(feedback.strength).toBe('too-weak');
        else expect(feedback.strength).not.toBe('too-weak');
      }),
    );
  });

  it('rates a longer passphrase of the same words at least as strong', () => {
    const order = ['too-weak', 'fair', 'good', 'strong'];
    const short = passphraseFeedback('amber kettle rises');
    const long = passphraseFeedback('amber kettle rises over the quiet northern fjord');
    expect(order.indexOf(long.strength)).toBeGreaterThanOrEqual(order.indexOf(short.strength));
    expect(long.bits).toBeGreaterThan(short.bits);
  });
});
