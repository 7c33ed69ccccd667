/**
 * The demo practice's data folder. It is rebuilt each time the demo is opened and removed
 * when it is left, so it carries a marker file, and nothing is ever deleted from a folder
 * without it: a folder that holds anything else is refused and left exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PRIVATE_FILE_MODE } from '@core/files';

export const DEMO_MARKER = 'REKINDLE-DEMO-PRACTICE.txt';
const MARKER_TEXT = [
  "This folder holds Rekindle's demo practice. Every person in it is fictional.",
  'Rekindle deletes and rebuilds this folder whenever the demo practice is opened or left.',
  '',
].join('\n');

/** Why the demo cannot use its folder; the message is shown to the clinician as it is. */
export class DemoFolderRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoFolderRefused';
  }
}

function isWithin(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** The demo folder must be neither the real practice's folder, nor inside it, nor around it. */
export function assertApart(demoDir: string, realDir: string): void {
  const demo = resolve(demoDir);
  const real = resolve(realDir);
  if (isWithin(demo, real) || isWithin(real, demo)) {
    throw new DemoFolderRefused(
      'The demo practice needs a folder of its own, apart from your records. Nothing was changed.',
    );
  }
}

/** Removes a demo folder left by an earlier demo (marked), or does nothing if there is none. */
export function discardDemoFolder(demoDir: string): void {
  if (!existsSync(demoDir)) return;
  const entries = readdirSync(demoDir);
  if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
    throw new DemoFolderRefused(
      `The folder for the demo practice (${demoDir}) holds files Rekindle did not put there, so it was left alone. Move them elsewhere and try again.`,
    );
  }
  rmSync(demoDir, { recursive: true, force: true });
}

/** An empty, marked demo folder, apart from the real one; any earlier demo is discarded first. */
export function prepareDemoFolder(demoDir: string, realDir: string): void {
  assertApart(demoDir, realDir);
  discardDemoFolder(demoDir);
  mkdirSync(demoDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(demoDir, DEMO_MARKER), MARKER_TEXT, { flag: 'wx', mode: PRIVATE_FILE_MODE });
}
