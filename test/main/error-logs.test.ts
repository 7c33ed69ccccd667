import { lockAndNotify } from '@main/lock';
import { closeCoreBeforeQuit } from '@main/quit';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

/** A file error as Node makes them: its message quotes the path, here one naming a fictional couple. */
function fileError(): Error {
  return Object.assign(new Error("ENOENT: no such file, open '/home/clinician/Quillfeather-Ashdown.pdf'"), {
    code: 'ENOENT',
    path: '/home/clinician/Quillfeather-Ashdown.pdf',
  });
}

let logged: ReturnType<typeof spyOnErrors>;
function spyOnErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}
beforeEach(() => {
  resetFakeElectron();
  logged = spyOnErrors();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every argument of every console.error call, as text. */
function everythingLogged(): string {
  return logged.mock.calls
    .map((call) => call.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
    .join('\n');
}

describe('the main process logs an error by name and code only', () => {
  it('when locking fails', async () => {
    const core = { lock: vi.fn(async () => Promise.reject(fileError())) };
    await lockAndNotify(core, () => new FakeWebContents() as unknown as WebContents);
    expect(logged.mock.calls).toEqual([['Rekindle: locking the vault failed (Error ENOENT)']]);
  });

  it('when closing the vault at quit fails, or stopping the lock watches throws', async () => {
    closeCoreBeforeQuit({
      app: app as never,
      core: { close: () => Promise.reject(fileError()) },
      contents: () => undefined,
      saveDrafts: async () => 'no-window',
      stopWatching: () => {
        throw fileError();
      },
    });
    app.quit();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(2));
    expect(everythingLogged()).not.toMatch(/Quillfeather|clinician/);
    expect(everythingLogged()).toContain('closing the vault failed (Error ENOENT)');
    expect(everythingLogged()).toContain('stopping the lock watches failed (Error ENOENT)');
  });
});
