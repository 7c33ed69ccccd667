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

export const reportSections = [
  'attendance',
  'goals',
  'milestones',
  'charts',
  'calendar',
  'questionnaires',
] as const;
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
  questionnaires: 'Validated questionnaires',
};

/**
 * What an outside reader needs to match the report to their file, each switchable. Date of
 * birth and the case or member number are identifiers: a report with initials only never
 * prints them. The diagnosis and the lapse/relapse statement are substance-use information
 * and print only with those details included (42 CFR Part 2).
 */
export const reportDetails = [
  'dateOfBirth',
  'referenceNumber',
  'treatmentStart',
  'diagnosis',
  'datesOfService',
  'lapseStatement',
] as const;
export type ReportDetailKey = (typeof reportDetails)[number];

export const reportDetailLabels: Record<ReportDetailKey, string> = {
  dateOfBirth: 'Dates of birth',
  referenceNumber: 'Case or member number',
  treatmentStart: 'Treatment start date',
  diagnosis: 'Diagnosis with ICD-10-CM code (where assessed)',
  datesOfService: 'Dates of service, with counts by session type',
  lapseStatement: 'Lapse and relapse statement',
};

export interface RecipientPreset {
  identifiers: 'full' | 'initials';
  includeSubstanceUse: boolean;
  sections: Record<ReportSection, boolean>;
  details: Record<ReportDetailKey, boolean>;
}

const noDetails: Record<ReportDetailKey, boolean> = {
  dateOfBirth: false,
  referenceNumber: false,
  treatmentStart: false,
  diagnosis: false,
  datesOfService: false,
  lapseStatement: false,
};

const all: Record<ReportSection, boolean> = {
  attendance: true,
  goals: true,
  milestones: true,
  charts: true,
  calendar: true,
  questionnaires: true,
};

/** The dialog starts from these; the clinician can change every one. */
export const recipientPresets: Record<ReportRecipient, RecipientPreset> = {
  // Their own progress, in full: the charts are the point, and their own questionnaire scores.
  couple: {
    identifiers: 'full',
    includeSubstanceUse: true,
    sections: all,
    details: { ...noDetails, treatmentStart: true },
  },
  // A treatment program that referred them coordinates care, recovery included (with consent).
  // It matches the report to its own chart by date of birth and reads the charts for use.
  referringProgramme: {
    identifiers: 'full',
    includeSubstanceUse: true,
    // Depression, anxiety and PTSD scores are not what a referral is coordinated on: the
    // clinician adds them when the program needs them.
    sections: { ...all, questionnaires: false },
    details: { ...noDetails, dateOfBirth: true, treatmentStart: true, diagnosis: true, datesOfService: true },
  },
  // Payment needs attendance and whether goals are met; not charts, the calendar, use, or
  // each partner's depression, anxiety and PTSD scores.
  insurer: {
    identifiers: 'full',
    includeSubstanceUse: false,
    sections: {
      attendance: true,
      goals: true,
      milestones: true,
      charts: false,
      calendar: false,
      questionnaires: false,
    },
    // Claims are matched by member number and date of birth, and paid by dates of service and diagnosis.
    details: {
      dateOfBirth: true,
      referenceNumber: true,
      treatmentStart: true,
      diagnosis: true,
      datesOfService: true,
      lapseStatement: true,
    },
  },
  // Courts ask about participation; substance use needs a specific order or consent under Part 2.
  court: {
    identifiers: 'full',
    includeSubstanceUse: false,
    sections: {
      attendance: true,
      goals: true,
      milestones: false,
      charts: false,
      calendar: false,
      questionnaires: false,
    },
    // The docket is matched by case number; without charts the statement is where a relapse is told.
    details: {
      ...noDetails,
      referenceNumber: true,
      treatmentStart: true,
      datesOfService: true,
      lapseStatement: true,
    },
  },
  other: {
    identifiers: 'initials',
    includeSubstanceUse: false,
    sections: {
      attendance: true,
      goals: true,
      milestones: false,
      charts: false,
      calendar: false,
      questionnaires: false,
    },
    details: { ...noDetails },
  },
};
