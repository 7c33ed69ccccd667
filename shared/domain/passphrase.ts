/**
 * Passphrase rules for the vault. Long passphrases (several words) are encouraged; short
 * ones and well-known ones are refused. The rules are pure so the set-up screen can give
 * the same feedback the core enforces.
 */

export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 1024;

/**
 * Words that, padded with digits or symbols, make up most leaked passwords. A passphrase
 * whose letters reduce to one of these (e.g. `Password2024!!`) is refused.
 */
const COMMON_WORDS = new Set([
  'password',
  'passw0rd',
  'passphrase',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'zxcvbnm',
  'iloveyou',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'basketball',
  'monkey',
  'dragon',
  'master',
  'shadow',
  'superman',
  'batman',
  'trustno',
  'whatever',
  'freedom',
  'starwars',
  'pokemon',
  'abc',
  'abcdef',
  'abcdefgh',
  'secret',
  'changeme',
  'login',
  'hello',
  'helloworld',
  'summer',
  'winter',
  'spring',
  'autumn',
  'rekindle',
  'therapy',
  'therapist',
  'counseling',
  'counselling',
  'michael',
  'jennifer',
  'charlie',
  'soccer',
  'hockey',
  'computer',
  'internet',
  'mustang',
  'access',
  'flower',
  'cheese',
  'killer',
  'jordan',
]);

/** Well-known long passphrases that meet the length rule but are first in every wordlist. */
const COMMON_PHRASES = new Set([
  'correcthorsebatterystaple',
  'thequickbrownfoxjumpsoverthelazydog',
  'iloveyouiloveyou',
  'passwordpassword',
  'qwertyuiopasdfghjkl',
  'letmeinletmein',
  'onetwothreefourfive',
  'mayattheforcebewithyou',
  'maytheforcebewithyou',
  'opensesame',
  'trustnoone',
  'iamthebest',
]);

/** Rows walked on a keyboard, also row after row (`qwertyuiopasdf`), and the alphabet. */
const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1234567890qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  'abcdefghijklmnopqrstuvwxyz',
];

/**
 * True when the string holds no lone UTF-16 surrogate (what `String.prototype.isWellFormed`
 * answers; the ES2023 typings this project targets lack it). A secret is encoded as UTF-8
 * before scrypt, which turns every lone surrogate into U+FFFD: `x\uD800` and `x\uDC00`
 * would derive the same key, so a secret that is not well-formed is refused, never repaired.
 */
export function isWellFormedSecret(value: string): boolean {
  return !/\p{Cs}/u.test(value);
}

/** Said when a secret holds half of a character pair (a broken emoji or symbol). */
export const MALFORMED_SECRET_MESSAGE =
  'It contains a broken character (half of an emoji or symbol); type it again.';

function codePointLength(value: string): number {
  return [...value].length;
}

function lettersOnly(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** True when the whole string walks along one keyboard row or the alphabet (forwards or back). */
function isSequence(value: string): boolean {
  const s = value.toLowerCase();
  if (s.length < 4) return false;
  return KEYBOARD_ROWS.some((row) => {
    const doubled = row + row;
    const reversed = [...doubled].reverse().join('');
    return doubled.includes(s) || reversed.includes(s);
  });
}

function isRepetition(value: string): boolean {
  const chars = [...value];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const unit = chars.slice(0, size).join('');
    if (unit.repeat(chars.length / size) === value) return true;
  }
  return false;
}

/**
 * Why a passphrase is not acceptable, or `null` when it is. Messages are written for the
 * clinician choosing it.
 */
export function passphraseIssue(passphrase: string): string | null {
  if (!isWellFormedSecret(passphrase)) return MALFORMED_SECRET_MESSAGE;
  const length = codePointLength(passphrase);
  if (length < PASSPHRASE_MIN_LENGTH) {
    return `Use at least ${PASSPHRASE_MIN_LENGTH} characters; a few unrelated words work well.`;
  }
  if (length > PASSPHRASE_MAX_LENGTH) {
    return `Use at most ${PASSPHRASE_MAX_LENGTH} characters.`;
  }
  if (passphrase.trim().length === 0) return 'A passphrase cannot be only spaces.';
  // No keyboard types these, and the key derivation cannot tell `word` from `word` + NUL.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(passphrase)) {
    return 'A passphrase cannot contain control characters.';
  }
  const compact = passphrase.toLowerCase().replace(/[\s\-_.]+/g, '');
  if (isRepetition(compact) || isSequence(compact)) {
    return 'That passphrase is a simple pattern; choose words that do not follow on from each other.';
  }
  const letters = lettersOnly(passphrase);
  if (
    COMMON_PHRASES.has(letters) ||
    COMMON_WORDS.has(letters) ||
    (letters.length > 0 && isRepetition(letters) && COMMON_WORDS.has(letters.slice(0, letters.length / 2)))
  ) {
    return 'That passphrase is one of the most common ones and would be guessed first.';
  }
  if (letters.length === 0 && /^\d+$/.test(compact)) {
    return 'A passphrase of digits alone is easy to guess; use words.';
  }
  return null;
}

export type PassphraseStrength = 'too-weak' | 'fair' | 'good' | 'strong';

export interface PassphraseFeedback {
  strength: PassphraseStrength;
  /** Rough entropy estimate in bits, for the meter. */
  bits: number;
  /** Why it is refused, when it is. */
  issue: string | null;
}

/**
 * An estimate for the set-up meter, not a security proof: character-class entropy with the
 * refusals above applied first. Spaces between words count as a class so multi-word
 * passphrases score as they deserve.
 */
export function passphraseFeedback(passphrase: string): PassphraseFeedback {
  const issue = passphraseIssue(passphrase);
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/\d/.test(passphrase)) pool += 10;
  if (/\s/.test(passphrase)) pool += 1;
  if (/[^\sA-Za-z\d]/.test(passphrase)) pool += 33;
  const distinct = new Set(passphrase).size;
  const effectiveLength = Math.min(codePointLength(passphrase), distinct * 2);
  const bits = pool === 0 ? 0 : Math.round(effectiveLength * Math.log2(pool));
  let strength: PassphraseStrength;
  if (issue) strength = 'too-weak';
  else if (bits < 60) strength = 'fair';
  else if (bits < 90) strength = 'good';
  else strength = 'strong';
  return { strength, bits, issue };
}
