import type { SafetyFlag } from '@shared/contract/safety';
import { safetyItems } from '@shared/domain/assessment';
import { instruments } from '@shared/domain/questionnaires';

/** What raised a flag, as a noun phrase ("raised from a progress note"). */
export const safetySourceLabels: Record<SafetyFlag['source'], string> = {
  assessment: 'an assessment',
  note: 'a progress note',
  questionnaire: 'a questionnaire',
};

const SAFETY_LABELS: Record<string, string> = Object.fromEntries(
  safetyItems.map((item) => [item.id, item.label]),
);

/** `questionnaire.B.phq9.selfHarmThoughts`: the item's number and words, as the partner saw it. */
function questionnaireReason(partner: string, instrument: string, itemId: string): string | null {
  if (!Object.hasOwn(instruments, instrument)) return null;
  const definition = instruments[instrument as keyof typeof instruments];
  const index = definition.items.findIndex((item) => item.id === itemId);
  if (index < 0 || (partner !== 'A' && partner !== 'B')) return null;
  return `Partner ${partner}, ${definition.shortName} item ${index + 1}: ${definition.items[index]?.text ?? itemId}`;
}

/**
 * A safety flag's reason code in words: `A.fearOfPartner` (from an assessment),
 * `note.safetyConcerns` (from a progress note's risk review) or
 * `questionnaire.B.phq9.selfHarmThoughts` (a questionnaire's risk item).
 */
export function safetyReasonLabel(code: string): string {
  const [scope = '', id = '', ...rest] = code.split('.');
  if (scope === 'questionnaire') return questionnaireReason(id, rest[0] ?? '', rest[1] ?? '') ?? code;
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
