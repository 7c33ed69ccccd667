import { isTrustedSender, registerIpc } from '@main/ipc';
import { type Envelope, IPC_INVOKE } from '@shared/contract';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

const MAIN_FRAME = { url: 'app://rekindle/index.html', parent: null };

function setup() {
  const dispatch = vi.fn(
    async (_channel: string, _input: unknown): Promise<Envelope<unknown>> => ({
      ok: true,
      value: { autoLockMinutes: 10 },
    }),
  );
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
  const dispose = registerIpc({ dispatch }, ipcMain as unknown as IpcMain);
  const handler = ipcMain.handle.mock.calls[0]?.[1] as Handler;
  const call = (senderFrame: unknown, channel: unknown, input: unknown = {}) =>
    handler({ senderFrame } as IpcMainInvokeEvent, channel, input);
  return { dispatch, ipcMain, dispose, call };
}

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('IPC adapter', () => {
  it('installs exactly one handler, on the rekindle:invoke channel, and can remove it', () => {
    const { ipcMain, dispose } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe(IPC_INVOKE);
    dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE);
  });

  it('forwards a valid call from our main frame to core.dispatch and returns its envelope', async () => {
    const { call, dispatch } = setup();
    const envelope = await call(MAIN_FRAME, 'settings:get', {});
    expect(dispatch).toHaveBeenCalledWith('settings:get', {});
    expect(envelope).toEqual({ ok: true, value: { autoLockMinutes: 10 } });
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://rekindle.evil.example/index.html', parent: null }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a file page', { url: 'file:///tmp/index.html', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['a subframe of our own page', { url: 'app://rekindle/index.html', parent: MAIN_FRAME }],
    ['a destroyed frame', null],
  ])('refuses %s without dispatching', async (_label, frame) => {
    const { call, dispatch } = setup();
    const envelope = await call(frame, 'settings:get', {});
    expect(dispatch).not.toHaveBeenCalled();
    expect(envelope.ok).toBe(false);
    expect(envelope.ok ? undefined : envelope.error.code).toBe('internal');
    expect(console.warn).toHaveBeenCalled();
  });

  it.each(['couples:drop', 'rekindle:invoke', '__proto__', 'toString', 42, null])(
    'refuses the unknown channel %s with unknown_channel, without dispatching',
    async (channel) => {
      const { call, dispatch } = setup();
      const envelope = await call(MAIN_FRAME, channel);
      expect(dispatch).not.toHaveBeenCalled();
      expect(envelope).toEqual({
        ok: false,
        error: { code: 'unknown_channel', message: expect.any(String) },
      });
    },
  );

  it('turns a throwing dispatch into an internal error without leaking its message', async () => {
    const { call, dispatch } = setup();
    dispatch.mockRejectedValueOnce(new Error('SQLITE: note text for Jamie Doe'));
    const envelope = await call(MAIN_FRAME, 'settings:get', {});
    expect(envelope.ok).toBe(false);
    expect(JSON.stringify(envelope)).not.toContain('Jamie');
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of app://rekindle', () => {
    expect(isTrustedSender(MAIN_FRAME)).toBe(true);
    expect(isTrustedSender({ url: 'app://rekindle/index.html#/couples/1', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://rekindle/index.html', parent: MAIN_FRAME })).toBe(false);
    expect(isTrustedSender({ url: '', parent: null })).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
