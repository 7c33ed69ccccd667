/**
 * What a progress report can contain, and sensible defaults per recipient.
 *
 * Clinical why: a report to an insurer or a court should carry the minimum necessary
 * (HIPAA's minimum-necessary standard), while the couple's own copy can show everything.
 * Substance-use details are left out unless the clinician includes them, because under
 * 42 CFR Part 2 they need the patient's specific consent and a redisclosure notice.
 */
export const reportKinds = [
  'progress',
  'plan',
  'note',
  'worksheet',
  'calendarSheet',
  'emergencySheet',
] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportRecipients = ['couple', 'referringProgramme', 'insurer', 'court', 'other'] as const;
export type ReportRecipient = (typeof reportRecipients)[number];

export const reportSections = ['attendance', 'goals', 'milestones', 'charts', 'calendar'] as const;
export type ReportSection = (typeof reportSections)[number];

export const reportRecipientLabels: Record<ReportRecipient, string> = {
  couple: 'The couple',
  referringProgramme: 'Referring program',
  insurer: 'Insurer',
  court: 'Court',
  other: 'Other',
};

export const reportSectionLabels: Record<ReportSection, string> = {
  attendance: 'Attendance summary',
  goals: 'Plan goals and their status',
  milestones: 'Milestone table',
  charts: 'Charts (both partners per area)',
  calendar: 'Recovery-calendar adherence',
};

export interface RecipientPreset {
  identifiers: 'full' | 'initials';
  includeSubstanceUse: boolean;
  sections: Record<ReportSection, boolean>;
}

const all: Record<ReportSection, boolean> = {
  attendance: true,
  goals: true,
  milestones: true,
  charts: true,
  calendar: true,
};

/** The dialog starts from these; the clinician can change every one. */
export const recipientPresets: Record<ReportRecipient, RecipientPreset> = {
  // Their own progress, in full: the charts are the point.
  couple: { identifiers: 'full', includeSubstanceUse: true, sections: all },
  // A treatment programme that referred them coordinates care, recovery included (with consent).
  referringProgramme: { identifiers: 'full', includeSubstanceUse: true, sections: all },
  // Payment needs attendance and whether goals are met; not charts, the calendar or use.
  insurer: {
    identifiers: 'full',
    includeSubstanceUse: false,
    sections: { attendance: true, goals: true, milestones: true, charts: false, calendar: false },
  },
  // Courts ask about participation; substance use needs a specific order or consent under Part 2.
  court: {
    identifiers: 'full',
    includeSubstanceUse: false,
    sections: { attendance: true, goals: true, milestones: false, charts: false, calendar: false },
  },
  other: {
    identifiers: 'initials',
    includeSubstanceUse: false,
    sections: { attendance: true, goals: true, milestones: false, charts: false, calendar: false },
  },
};
