// @ts-check
/**
 * The arguments of `npm run demo`, parsed and checked before the core is loaded, so a
 * mistake is reported at once with the usage, and the script exits with code 1.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_DEMO_COUPLES,
  DEFAULT_DEMO_MONTHS,
  DEFAULT_DEMO_PASSPHRASE,
  DEFAULT_DEMO_SEED,
} from '../electron/core/demo/defaults';
import { passphraseIssue } from '../shared/domain/passphrase';

export const MAX_COUPLES = 100_000;
export const MAX_MONTHS = 120;

export const USAGE = `Usage: npm run demo -- --out <folder> [--couples ${DEFAULT_DEMO_COUPLES}] [--months ${DEFAULT_DEMO_MONTHS}] [--light] [--seed ${DEFAULT_DEMO_SEED}] [--passphrase "<passphrase>"]

  --out         a new or empty folder for the demo vault (required)
  --couples     how many fictional couples, 1 to ${MAX_COUPLES.toLocaleString('en')} (default ${DEFAULT_DEMO_COUPLES})
  --months      the longest history a couple has, in months, 1 to ${MAX_MONTHS} (default ${DEFAULT_DEMO_MONTHS}; each couple gets 3 to this many)
  --light       for scale tests: all but the eight featured couples get only a record and a few
                sessions (thousands of couples in minutes instead of hours)
  --seed        the same seed gives the same practice (default ${DEFAULT_DEMO_SEED})
  --passphrase  the vault passphrase (default: "${DEFAULT_DEMO_PASSPHRASE}")`;

/**
 * @typedef {{
 *   out: string,
 *   couples: number,
 *   months: number,
 *   light: boolean,
 *   seed: string,
 *   passphrase: string,
 * }} DemoArgs
 * @typedef {{ kind: 'run', args: DemoArgs } | { kind: 'help' } | { kind: 'error', message: string }} ParsedDemoArgs
 */

/**
 * @param {string | undefined} text
 * @param {string} name
 * @param {number} fallback
 * @param {number} max
 * @returns {number | string} the number, or what is wrong with it
 */
function wholeNumber(text, name, fallback, max) {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 1 || value > max)
    return `--${name} must be a whole number from 1 to ${max.toLocaleString('en')} (got "${text}")`;
  return value;
}

/**
 * @param {string[]} argv the arguments after the script's name
 * @returns {ParsedDemoArgs}
 */
export function parseDemoArgs(argv) {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        couples: { type: 'string' },
        months: { type: 'string' },
        light: { type: 'boolean' },
        seed: { type: 'string' },
        passphrase: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  if (!values.out)
    return { kind: 'error', message: 'Say where to create the demo vault with --out <folder>' };
  const couples = wholeNumber(values.couples, 'couples', DEFAULT_DEMO_COUPLES, MAX_COUPLES);
  if (typeof couples === 'string') return { kind: 'error', message: couples };
  const months = wholeNumber(values.months, 'months', DEFAULT_DEMO_MONTHS, MAX_MONTHS);
  if (typeof months === 'string') return { kind: 'error', message: months };
  const passphrase = values.passphrase ?? DEFAULT_DEMO_PASSPHRASE;
  const weak = passphraseIssue(passphrase);
  if (weak) return { kind: 'error', message: `--passphrase: ${weak}` };
  return {
    kind: 'run',
    args: {
      out: resolve(values.out),
      couples,
      months,
      light: values.light ?? false,
      seed: values.seed ?? DEFAULT_DEMO_SEED,
      passphrase,
    },
  };
}

/**
 * What stops the demo from being written to a folder (a file, or a folder with something in
 * it: the demo never writes over anything), or null when the folder is new or empty.
 * @param {string} out
 * @returns {string | null}
 */
export function outFolderProblem(out) {
  if (!existsSync(out)) return null;
  if (!statSync(out).isDirectory()) return `${out} is a file, not a folder`;
  if (readdirSync(out).length > 0)
    return `${out} is not empty; the demo practice needs a new or empty folder`;
  return null;
}
