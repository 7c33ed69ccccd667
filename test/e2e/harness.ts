import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Core } from '@core';
import { createPracticeHost } from '@core/practice/host';
import type { ScryptParams } from '@core/types';
import { test as base, expect, type Page } from '@playwright/test';
import type { Channel, CoreError, Envelope, Input, Output } from '@shared/contract';
import type { ScreenLockWatch } from '@shared/contract/settings';
import { type StaticServer, startStaticServer } from './static-server';

/** Cheap scrypt: the wrap format is the real one, only the cost is lower. */
export const E2E_KDF: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
export const PASSPHRASE = 'lantern orchard velvet compass';
/** "Try the demo practice" builds a small demo here: a second or two, every featured situation. */
export const E2E_DEMO_SIZE = { couples: 2, months: 3 };

const RENDERER_ROOT = resolve('out/renderer');
const SCREENSHOT_DIR = resolve('test-results/screenshots');

/**
 * Names from the fictional fixtures. Clinical data must never reach the console, so any
 * console line containing one fails the test, as does any error or warning (a CSP
 * violation, a React error, an unhandled rejection).
 */
const PHI_MARKERS = ['Zoë', 'Müller', 'Ñúñez', 'Łukasz', 'Żółć', 'example.org', '555 01'];

/**
 * The preload's bridge, rebuilt in the page: the same `window.rekindle` shape, with
 * `invoke` forwarded to the real core through a Playwright binding and `copySecret` recorded. The hooks under
 * `__rekindleE2E` let a test play the main process (lock the vault, ask for drafts).
 */
const BRIDGE_SCRIPT = `(() => {
  const lockListeners = new Set();
  let saveListener = null;
  const copiedSecrets = [];
  window.rekindle = Object.freeze({
    invoke: (channel, input) => window.__rekindleInvoke(channel, input),
    // Main copies a secret and clears it a minute later (tested in test/main); here it is kept
    // so a test can see that a copy went this way rather than through the browser's own copy.
    copySecret: async (text) => { copiedSecrets.push(text); return true; },
    onLocked(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
    onSaveRequest(listener) {
      saveListener = listener;
      return () => { if (saveListener === listener) saveListener = null; };
    },
  });
  window.__rekindleE2E = Object.freeze({
    notifyLocked: () => { for (const listener of [...lockListeners]) listener(); },
    requestSave: async () => { if (saveListener) await saveListener(); return saveListener !== null; },
    copiedSecrets: () => [...copiedSecrets],
  });
})();`;

export interface RekindleApp {
  page: Page;
  /** The practice host: the real practice's core, or the demo's once the demo is open. */
  core: Core;
  dataDir: string;
  /** Where "Try the demo practice" builds the demo (apart from `dataDir`). */
  demoDir: string;
  /** Opens the app (optionally at a hash route such as `/settings`). */
  open(route?: string): Promise<void>;
  /** Calls the core directly, as set-up for a test; fails on an error envelope. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Creates the vault through the core (left unlocked) and returns the recovery key. */
  setUpVault(passphrase?: string): Promise<string>;
  /** What the main process does on the OS lock screen or suspend: lock, then tell the window. */
  systemLock(): Promise<void>;
  /** Asks the window to save its drafts, as main does before a lock; false if nothing answered. */
  requestSave(): Promise<boolean>;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png (of `target`, else the page). */
  screenshot(name: string, target?: Page): Promise<void>;
  /**
   * Opens another window on the same core, with the same bridge: what the app looks like
   * after its window was closed and opened again.
   */
  newPage(): Promise<Page>;
  /**
   * Moves the clock forward by whole days, for the core (dates it records and compares) and for
   * the page (its `Date`; timers keep running): "a week later" without waiting a week. The
   * records are locked afterwards, so the test unlocks them as the clinician would.
   */
  travelDays(days: number): Promise<void>;
  /**
   * Stops the core's clock until `releaseClock`, so a wait the core measures (the unlock
   * throttle) cannot run out while a slow, loaded machine reloads the page.
   */
  holdClock(): void;
  releaseClock(): void;
  /**
   * Makes the next `times` calls of `channel` fail with `error` before they reach the core,
   * as a full disk would: nothing is written, the renderer gets the error envelope.
   */
  failNext(channel: Channel, error: CoreError, times?: number): void;
  /** Where the save dialog stand-in puts documents: the suggested file name in this folder. */
  savedDir: string;
  /**
   * What the next save dialog answers instead: a path, or null as when the clinician cancels.
   * Later dialogs go back to `savedDir`.
   */
  answerNextSave(path: string | null): void;
  /** The folder the folder dialog stand-in answers with (created empty for each test). */
  backupDir: string;
  /** What the next folder dialog answers instead: a folder, or null as when the clinician cancels. */
  answerNextFolder(path: string | null): void;
  /**
   * What the next open-file dialog answers (a backup to restore, an archive to import): a
   * path, or null as when the clinician cancels. Without an answer set, it cancels.
   */
  answerNextOpen(path: string | null): void;
  /** What the shell reports about the OS screen lock (watched unless a test says otherwise). */
  reportScreenLock(watch: ScreenLockWatch): void;
}

export const test = base.extend<{ app: RekindleApp }, { rendererServer: StaticServer }>({
  rendererServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies
    async ({}, use) => {
      if (!existsSync(join(RENDERER_ROOT, 'index.html'))) {
        throw new Error('out/renderer is missing: run `npm run test:e2e`, which builds before testing.');
      }
      const server = await startStaticServer(RENDERER_ROOT);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ page, rendererServer }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-e2e-'));
    let clockOffsetMs = 0;
    let heldAt: Date | null = null;
    const demoDir = `${dataDir}-demo`;
    const savedDir = `${dataDir}-saved`;
    mkdirSync(savedDir, { recursive: true });
    let nextSaveAnswer: { path: string | null } | null = null;
    const backupDir = `${dataDir}-backups`;
    mkdirSync(backupDir, { recursive: true });
    let nextFolderAnswer: { path: string | null } | null = null;
    let nextOpenAnswer: string | null = null;
    let screenLock: ScreenLockWatch = { state: 'watched', reason: null };
    const core = createPracticeHost({
      // The shell's watch on the OS screen lock, as a desktop that reports it.
      screenLock: () => screenLock,
      // Electron's folder picker, as the clinician would answer it.
      folderDialog: async () => {
        const answer = nextFolderAnswer;
        nextFolderAnswer = null;
        return answer ? answer.path : backupDir;
      },
      // Electron's open-file dialog, as the clinician would answer it.
      openFileDialog: async () => {
        const answer = nextOpenAnswer;
        nextOpenAnswer = null;
        return answer;
      },
      // Electron's save dialog, as the clinician would answer it.
      saveDialog: async ({ fileName }) => {
        const answer = nextSaveAnswer;
        nextSaveAnswer = null;
        return answer ? answer.path : join(savedDir, fileName);
      },
      dataDir,
      demoDir,
      demoSize: E2E_DEMO_SIZE,
      kdf: E2E_KDF,
      clock: () => heldAt ?? new Date(Date.now() + clockOffsetMs),
    });
    const injectedFailures = new Map<string, { error: CoreError; remaining: number }>();
    const dispatch = (channel: string, input: unknown) => {
      const injected = injectedFailures.get(channel);
      if (injected && injected.remaining > 0) {
        injected.remaining -= 1;
        return Promise.resolve({ ok: false as const, error: injected.error });
      }
      return core.dispatch(channel, input);
    };
    const consoleProblems: string[] = [];
    const prepare = async (target: Page) => {
      target.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' || message.type() === 'warning')
          consoleProblems.push(`${message.type()}: ${text}`);
        else if (PHI_MARKERS.some((marker) => text.includes(marker)))
          consoleProblems.push(`PHI in console: ${text}`);
      });
      target.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
      target.on('response', (response) => {
        if (response.status() >= 400) consoleProblems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      await target.exposeBinding('__rekindleInvoke', (_source, channel: string, input: unknown) =>
        dispatch(channel, input),
      );
      await target.addInitScript(BRIDGE_SCRIPT);
    };
    await prepare(page);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });

    const app: RekindleApp = {
      page,
      core,
      dataDir,
      demoDir,
      savedDir,
      answerNextSave(path) {
        nextSaveAnswer = { path };
      },
      backupDir,
      answerNextFolder(path) {
        nextFolderAnswer = { path };
      },
      answerNextOpen(path) {
        nextOpenAnswer = path;
      },
      reportScreenLock(watch) {
        screenLock = watch;
      },
      async open(route = '/') {
        await page.goto(`${rendererServer.url}#${route}`);
      },
      async call(channel, input) {
        const result = (await core.dispatch(channel, input)) as Envelope<Output<typeof channel>>;
        if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
        return result.value;
      },
      async setUpVault(passphrase = PASSPHRASE) {
        const { recoveryKey } = await app.call('vault:create', { passphrase });
        return recoveryKey;
      },
      async systemLock() {
        await core.lock();
        await page.evaluate(() => {
          (window as unknown as { __rekindleE2E: { notifyLocked(): void } }).__rekindleE2E.notifyLocked();
        });
      },
      requestSave() {
        return page.evaluate(() =>
          (
            window as unknown as { __rekindleE2E: { requestSave(): Promise<boolean> } }
          ).__rekindleE2E.requestSave(),
        );
      },
      async screenshot(name, target = page) {
        // Let fonts settle, and scroll to the top: a full-page capture of a scrolled page
        // paints the sticky header halfway down. Focus is left where it is.
        await target.evaluate(async () => {
          await document.fonts.ready;
          window.scrollTo(0, 0);
        });
        await target.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      },
      async travelDays(days) {
        // Nobody leaves the records open for days: lock first, as the system would, so the
        // window's idle timer is gone before the jump instead of firing after the unlock.
        await app.systemLock();
        clockOffsetMs += days * 86_400_000;
        await page.clock.setSystemTime(new Date(Date.now() + clockOffsetMs));
      },
      holdClock() {
        heldAt = new Date(Date.now() + clockOffsetMs);
      },
      releaseClock() {
        heldAt = null;
      },
      failNext(channel, error, times = 1) {
        injectedFailures.set(channel, { error, remaining: times });
      },
      async newPage() {
        const next = await page.context().newPage();
        await prepare(next);
        return next;
      },
    };

    try {
      await use(app);
      expect(consoleProblems, 'console errors, warnings or clinical data in the console').toEqual([]);
    } finally {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(demoDir, { recursive: true, force: true });
      rmSync(savedDir, { recursive: true, force: true });
      rmSync(backupDir, { recursive: true, force: true });
    }
  },
});

export { expect };
