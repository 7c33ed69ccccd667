import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServedFile } from './electron-stub/electron';

// A URL, not a path: Node's --import refuses a Windows drive path (C:\...) as a module specifier.
const REGISTER_STUB = pathToFileURL(resolve(import.meta.dirname, 'electron-stub/register.ts')).href;

/** What the Electron stand-in saw while the built main bundle ran. */
export interface StubReport {
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  handledSchemes: string[];
  singleInstanceLock: boolean;
  sandbox: boolean;
  userData: string;
  spellcheckEnabled: boolean | null;
  permissionHandlers: boolean;
  requestFilter: boolean;
  windows: { webPreferences: Record<string, unknown>; url: string | null }[];
  preloadRequires: string[];
  served: ServedFile[];
  quitEvents: string[];
  exitCode: number | null;
}

export interface MainRun {
  code: number | null;
  stdout: string;
  stderr: string;
  report: StubReport | null;
}

/**
 * Starts a built main bundle (`out/main/index.js` of the repository, or of a packaged app) in
 * plain Node with `electron` mapped to the stand-in, and waits for it to end.
 */
export async function runBuiltMain(options: {
  main: string;
  renderer: string;
  args?: string[];
  packaged?: boolean;
  timeoutMs?: number;
}): Promise<MainRun> {
  const home = mkdtempSync(join(tmpdir(), 'rekindle-stub-home-'));
  const reportPath = join(home, 'report.json');
  try {
    const child = spawn(
      process.execPath,
      ['--import', REGISTER_STUB, options.main, ...(options.args ?? [])],
      {
        env: {
          ...process.env,
          REKINDLE_STUB_HOME: home,
          REKINDLE_STUB_RENDERER: options.renderer,
          REKINDLE_STUB_REPORT: reportPath,
          REKINDLE_STUB_PACKAGED: options.packaged === false ? '0' : '1',
          // The throwaway data folder of --smoke-test goes here too, not into the system's tmp.
          TMPDIR: home,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const code = await new Promise<number | null>((done) => child.on('close', (exit) => done(exit)));
    clearTimeout(timer);
    let report: StubReport | null = null;
    try {
      report = JSON.parse(readFileSync(reportPath, 'utf8')) as StubReport;
    } catch {
      report = null;
    }
    return { code, stdout, stderr, report };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
