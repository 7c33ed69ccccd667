import type { SafetyFlag } from '@shared/contract/safety';
import { safetyItems } from '@shared/domain/assessment';

/** What raised a flag, as a noun phrase ("raised from a progress note"). */
export const safetySourceLabels: Record<SafetyFlag['source'], string> = {
  assessment: 'an assessment',
  note: 'a progress note',
  questionnaire: 'a questionnaire answered privately',
};

const SAFETY_LABELS: Record<string, string> = Object.fromEntries(
  safetyItems.map((item) => [item.id, item.label]),
);

/**
 * A safety flag's reason code in words: `A.fearOfPartner` (from an assessment) or
 * `note.safetyConcerns` (from a progress note's risk review).
 */
export function safetyReasonLabel(code: string): string {
  const [scope = '', id = ''] = code.split('.');
  if (scope === 'A' || scope === 'B') return `Partner ${scope}: ${SAFETY_LABELS[id] ?? id}`;
  if (scope === 'note') {
    if (id === 'safetyConcerns') return 'Progress note: safety concerns';
    if (id === 'suicidalThoughts') return 'Progress note: suicidal thoughts';
  }
  return code;
}

/** The reason codes a timeline item's detail carries, however they are joined. */
export function reasonCodes(detail: string | null): string[] {
  if (!detail) return [];
  const trimmed = detail.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.filter((value): value is string => typeof value === 'string');
    } catch {
      // Not JSON: fall through to a plain list.
    }
  }
  return trimmed
    .split(/[,|;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
