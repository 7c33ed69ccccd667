import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outFolderProblem, parseDemoArgs } from '../../scripts/demo-args.mjs';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'rekindle-demo-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runDemo(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('npm run demo: arguments', () => {
  it('fills in the defaults around --out', () => {
    expect(parseDemoArgs(['--out', 'some/folder'])).toEqual({
      kind: 'run',
      args: {
        out: resolve('some/folder'),
        couples: 8,
        months: 9,
        light: false,
        seed: 'rekindle-demo',
        passphrase: 'demo practice passphrase — not for real records',
      },
    });
    expect(parseDemoArgs(['--out', 'x', '--couples', '5000', '--months', '3', '--light'])).toMatchObject({
      kind: 'run',
      args: { couples: 5000, months: 3, light: true },
    });
  });

  it.each([
    [[], 'Say where to create the demo vault with --out <folder>'],
    [['--out', 'x', '--couples', '0'], '--couples must be a whole number from 1 to 100,000 (got "0")'],
    [['--out', 'x', '--couples', '2.5'], '--couples must be a whole number'],
    [['--out', 'x', '--couples', ''], '--couples must be a whole number'],
    [['--out', 'x', '--months', '121'], '--months must be a whole number from 1 to 120'],
    [['--out', 'x', '--passphrase', 'short'], '--passphrase: Use at least 12 characters'],
    [['--out', 'x', '--colour', 'blue'], "Unknown option '--colour'"],
    [['--out', 'x', 'stray'], 'Unexpected argument'],
  ])('refuses %j, saying why', (argv, message) => {
    const parsed = parseDemoArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });

  it('asks for --help', () => {
    expect(parseDemoArgs(['--out', 'x', '--help'])).toEqual({ kind: 'help' });
  });

  it('writes only to a new or empty folder, never over anything', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const full = join(scratch, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'something.txt'), 'x');
    expect(outFolderProblem(join(scratch, 'new'))).toBeNull();
    expect(outFolderProblem(empty)).toBeNull();
    expect(outFolderProblem(full)).toContain('is not empty');
    expect(outFolderProblem(join(full, 'something.txt'))).toContain('is a file, not a folder');
  });
});

describe('npm run demo: the command', () => {
  it('exits with code 1, the reason and the usage on bad arguments, creating nothing', () => {
    const out = join(scratch, 'never-created');
    const run = runDemo(['--out', out, '--couples', 'many']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[demo] --couples must be a whole number from 1 to 100,000 (got "many")');
    expect(run.stderr).toContain('Usage: npm run demo -- --out <folder>');
    expect(run.stdout).toBe('');
    expect(readdirSync(scratch)).not.toContain('never-created');
  });

  it('refuses a folder that is not empty and leaves it as it was', () => {
    const out = join(scratch, 'occupied');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'keep');
    const run = runDemo(['--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not empty; the demo practice needs a new or empty folder');
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });
});
