import { subscribeToLock } from '@renderer/api/client';
import type { ProgressReportFormValues } from './progressReportForm';

/**
 * The progress report choices per couple, kept in memory while the records are open, so a
 * narrative typed before a detour to Settings (to complete the letterhead) is still there on
 * return. Forgotten when the vault locks: the narrative is clinical text.
 */
const remembered = new Map<string, ProgressReportFormValues>();
let unsubscribe: (() => void) | null = null;

export function rememberedOptions(coupleId: string): ProgressReportFormValues | null {
  return remembered.get(coupleId) ?? null;
}

export function rememberOptions(coupleId: string, values: ProgressReportFormValues): void {
  remembered.set(coupleId, values);
  unsubscribe ??= subscribeToLock(() => {
    remembered.clear();
    unsubscribe?.();
    unsubscribe = null;
  });
}
