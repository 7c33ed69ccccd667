import type { QueryClient } from '@tanstack/react-query';

/** Cache keys of the clinical record, by channel, so each write invalidates what it made stale. */
export const recordKeys = {
  assessments: (coupleId: string) => ['assessments', 'list', coupleId] as const,
  assessment: (id: string) => ['assessments', 'detail', id] as const,
  safety: (coupleId: string) => ['safety', coupleId] as const,
  sessions: (coupleId: string) => ['sessions', 'list', coupleId] as const,
  session: (id: string) => ['sessions', 'detail', id] as const,
  note: (id: string) => ['notes', 'detail', id] as const,
  processNotes: (coupleId: string) => ['processNotes', coupleId] as const,
  timeline: (coupleId: string) => ['timeline', coupleId] as const,
  search: ['search'] as const,
  audit: ['audit'] as const,
};

/**
 * After a write that touches a couple's record: its timeline, search results and the
 * audit log are stale, and so is the couple itself (its open safety flags count).
 */
export function invalidateCoupleRecord(queryClient: QueryClient, coupleId: string): void {
  void queryClient.invalidateQueries({ queryKey: recordKeys.timeline(coupleId) });
  void queryClient.invalidateQueries({ queryKey: recordKeys.safety(coupleId) });
  void queryClient.invalidateQueries({ queryKey: ['couples'] });
  void queryClient.invalidateQueries({ queryKey: recordKeys.search });
  void queryClient.invalidateQueries({ queryKey: recordKeys.audit });
}
