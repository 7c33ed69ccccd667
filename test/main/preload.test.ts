import {
  channels,
  IPC_COPY_SECRET,
  IPC_DRAFTS_SAVED,
  IPC_INVOKE,
  IPC_LOCKED,
  IPC_SAVE_DRAFTS,
  type RekindleBridge,
} from '@shared/contract';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

let bridge: RekindleBridge;
let exposeCalls: unknown[][];

beforeAll(async () => {
  await import('@preload');
  exposeCalls = contextBridge.exposeInMainWorld.mock.calls.map((call) => [...call]);
  bridge = exposeCalls[0]?.[1] as RekindleBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.removeAllListeners();
});

describe('preload bridge', () => {
  it('exposes exactly one global, rekindle, with only invoke, onLocked, onSaveRequest and copySecret', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe('rekindle');
    expect(Object.keys(bridge).sort()).toEqual(['copySecret', 'invoke', 'onLocked', 'onSaveRequest']);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it.each([
    'rekindle:invoke',
    'electron-store-get-data',
    'couples:drop',
    '__proto__',
    'constructor',
    42,
    undefined,
  ])('refuses the channel %s with unknown_channel and never calls ipcRenderer', async (channel) => {
    const envelope = await bridge.invoke(channel as string, {});
    expect(envelope).toEqual({ ok: false, error: { code: 'unknown_channel', message: expect.any(String) } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('sends a contract channel as ipcRenderer.invoke(rekindle:invoke, channel, input) and returns the envelope', async () => {
    expect(channels).toContain('settings:update');
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { autoLockMinutes: 5 } });
    const envelope = await bridge.invoke('settings:update', { autoLockMinutes: 5 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE, 'settings:update', { autoLockMinutes: 5 });
    expect(envelope).toEqual({ ok: true, value: { autoLockMinutes: 5 } });
  });

  it('allows every channel of the contract', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    for (const channel of channels) await bridge.invoke(channel, {});
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(channels.length);
  });

  it('answers with an internal envelope when the IPC itself fails', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'rekindle:invoke'"));
    const envelope = await bridge.invoke('settings:get', {});
    expect(envelope).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
  });

  it('calls an onLocked listener with no arguments (never the IPC event) until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onLocked(listener);
    ipcRenderer.emit(IPC_LOCKED, { sender: ipcRenderer, senderId: 0 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([]);
    unsubscribe();
    ipcRenderer.emit(IPC_LOCKED, { sender: ipcRenderer });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(IPC_LOCKED)).toBe(0);
  });

  it('refuses a non-function onLocked listener', () => {
    expect(() => bridge.onLocked('alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(ipcRenderer.listenerCount(IPC_LOCKED)).toBe(0);
  });
});

describe('save requests from main', () => {
  beforeEach(() => {
    ipcRenderer.send.mockReset();
  });

  it('runs the registered save, then replies with the request id', async () => {
    const order: string[] = [];
    bridge.onSaveRequest(async () => {
      order.push('saved');
    });
    ipcRenderer.send.mockImplementation(() => order.push('replied'));
    ipcRenderer.emit(IPC_SAVE_DRAFTS, {}, 'request-1');
    await vi.waitFor(() => expect(ipcRenderer.send).toHaveBeenCalledWith(IPC_DRAFTS_SAVED, 'request-1'));
    expect(order).toEqual(['saved', 'replied']);
  });

  it('still replies when the save fails, so main does not wait for nothing', async () => {
    bridge.onSaveRequest(async () => {
      throw new Error('disk full');
    });
    ipcRenderer.emit(IPC_SAVE_DRAFTS, {}, 'request-2');
    await vi.waitFor(() => expect(ipcRenderer.send).toHaveBeenCalledWith(IPC_DRAFTS_SAVED, 'request-2'));
  });

  it('keeps only the latest listener, and stops after unsubscribe', async () => {
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    bridge.onSaveRequest(first);
    const unsubscribe = bridge.onSaveRequest(second);
    ipcRenderer.emit(IPC_SAVE_DRAFTS, {}, 'request-3');
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
    unsubscribe();
    expect(ipcRenderer.listenerCount(IPC_SAVE_DRAFTS)).toBe(0);
  });

  it('copies a secret only through rekindle:copy-secret, answering true only when main copied it', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce(true);
    expect(await bridge.copySecret('ABCD-EFGH')).toBe(true);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_COPY_SECRET, 'ABCD-EFGH');
    ipcRenderer.invoke.mockResolvedValueOnce(false);
    expect(await bridge.copySecret('ABCD-EFGH')).toBe(false);
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('IPC broke'));
    expect(await bridge.copySecret('ABCD-EFGH')).toBe(false);
    expect(await bridge.copySecret(42 as unknown as string)).toBe(false);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(3);
  });
});
