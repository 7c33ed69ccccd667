/** Vocabulary of the couple record, shared by the contract, the core and the screens. */

export const coupleStatuses = ['intake', 'active', 'maintenance', 'discharged', 'archived'] as const;
export type CoupleStatus = (typeof coupleStatuses)[number];

export const coupleStatusLabels: Record<CoupleStatus, string> = {
  intake: 'Intake',
  active: 'Active',
  maintenance: 'Maintenance',
  discharged: 'Discharged',
  archived: 'Archived',
};

export const severities = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof severities)[number];

export const severityLabels: Record<Severity, string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

export const partnerPositions = ['A', 'B'] as const;
export type PartnerPosition = (typeof partnerPositions)[number];

/** The name a clinician uses for a partner: preferred first name when given. */
export function partnerCallName(partner: { firstName: string; preferredName: string | null }): string {
  return partner.preferredName ?? partner.firstName;
}

/** "Zoë Müller-Ñúñez", or "Zoë (Zo) Müller-Ñúñez" when a preferred name differs. */
export function partnerFullName(partner: {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}): string {
  const preferred =
    partner.preferredName && partner.preferredName !== partner.firstName ? ` (${partner.preferredName})` : '';
  return `${partner.firstName}${preferred} ${partner.lastName}`;
}

/** A suggested display name for a new couple: "Zoë & Łukasz". */
export function suggestDisplayName(
  a: { firstName: string; preferredName: string | null },
  b: { firstName: string; preferredName: string | null },
): string {
  const first = partnerCallName(a).trim();
  const second = partnerCallName(b).trim();
  if (!first || !second) return first || second;
  return `${first} & ${second}`;
}
