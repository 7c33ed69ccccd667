import { formatFrequency, libraryAreaLabels, perPeriod } from '@shared/domain/library';
import type {
  PlanDocument,
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblemArea,
  problemPriorities,
} from '@shared/domain/plan/document';
import { measuredByText } from '@shared/domain/plan/measure';
import { isSubstanceUseArea } from '@shared/domain/reports/substance-use';
import { notice, smallNote } from './document-blocks';
import { colors, ReportWriter } from './frame';
import { capitalise, NOT_SET, printDate, printNumber, printTimestamp } from './print-format';
import type { DocumentFrame, DocumentPartners, PlanDocumentInput, RenderedDocument } from './types';

/**
 * A treatment plan version on paper, to go through with the couple and sign. It prints what
 * the clinician accepted and nothing else: proposals not yet looked at and rejected items are
 * working material, not the plan the couple agrees to.
 */
export async function renderPlan(input: PlanDocumentInput, frame: DocumentFrame): Promise<RenderedDocument> {
  const writer = new ReportWriter({ ...frame, title: 'Treatment plan', subject: input.coupleLabel });
  writer.heading('Treatment plan', 1);
  versionStatus(writer, input);
  writer.fields([
    ['Couple', input.coupleLabel],
    ['Partner A', input.partners.A.name],
    ['Partner B', input.partners.B.name],
    ['Version', String(input.version)],
    ['Status', statusLabels[input.status]],
    ['Signed by', input.signedBy ?? 'Not signed'],
    ['Signed on', input.signedAt ? printTimestamp(input.signedAt) : NOT_SET],
    ['Review date', input.reviewDate ? printDate(input.reviewDate) : 'Not set'],
  ]);
  if (input.document.safetyFirst) {
    writer.moveDown(4);
    notice(
      writer,
      'Safety planning and individual sessions come first. Joint work on conflict and touch waits until the clinician judges it safe.',
      { title: 'Safety first', tone: 'warning' },
    );
  }

  writer.heading('Timeline and sessions');
  writer.fields([
    ['Expected length', timelineText(input.document)],
    ['Sessions', sessionFrequencyText(input.document)],
    ['Every four weeks', sessionMixText(input.document, input.partners)],
  ]);

  const areas = input.document.problemAreas.filter(accepted);
  writer.heading('Problem areas, goals and objectives');
  if (areas.length === 0) smallNote(writer, 'No problem areas have been agreed in this version yet.');
  for (const [a, area] of areas.entries()) {
    // Relapse prevention and aftercare are about the recovery itself (`substanceUseAreas`).
    if (isSubstanceUseArea(area.area)) writer.substanceUse(() => problemArea(writer, area, [a + 1], input));
    else problemArea(writer, area, [a + 1], input);
  }

  signatures(writer, input, frame);
  return writer.finish();
}

/**
 * The partners whose substance-use information a plan shows: with an agreed area on relapse
 * prevention or aftercare, those in recovery (both when neither is marked: the area still
 * speaks of someone's use). None without such an area.
 */
export function planSubstanceUsePartners(
  input: Pick<PlanDocumentInput, 'partners' | 'document'>,
): ('A' | 'B')[] {
  const shows = input.document.problemAreas.some((area) => accepted(area) && isSubstanceUseArea(area.area));
  if (!shows) return [];
  const inRecovery = (['A', 'B'] as const).filter((key) => input.partners[key].inRecovery);
  return inRecovery.length > 0 ? inRecovery : ['A', 'B'];
}

const statusLabels: Record<PlanDocumentInput['status'], string> = {
  draft: 'Draft (not signed)',
  active: 'Active',
  superseded: 'Superseded by a later version',
};

const priorityLabels: Record<(typeof problemPriorities)[number], string> = {
  safety: 'Safety',
  high: 'High',
  medium: 'Medium',
  maintenance: 'Maintenance',
};

/** Only what the clinician accepted is part of the plan. */
function accepted(item: { decision: 'proposed' | 'accepted' }): boolean {
  return item.decision === 'accepted';
}

function versionStatus(writer: ReportWriter, input: PlanDocumentInput): void {
  if (input.status === 'draft') {
    notice(
      writer,
      'This version is still being written. It is not in force until the clinician signs it; use it to discuss the plan, not as the agreed plan.',
      { title: 'DRAFT — not signed', tone: 'warning', size: 11 },
    );
  } else if (input.status === 'superseded') {
    notice(writer, 'A later version of this plan replaces this one. It is printed for the record.', {
      title: `Version ${input.version} — superseded`,
    });
  } else {
    writer.paragraph(`Version ${input.version} — in force`, { font: 'bold', size: 11, color: colors.muted });
  }
}

function timelineText(doc: PlanDocument): string {
  const { minWeeks, maxWeeks } = doc.timeline;
  return minWeeks === maxWeeks ? `About ${minWeeks} weeks` : `${minWeeks} to ${maxWeeks} weeks`;
}

function sessionFrequencyText(doc: PlanDocument): string {
  const { sessions, per } = doc.sessions.frequency;
  return `${sessions === 1 ? 'One session' : `${sessions} sessions`} ${perPeriod(per)}`;
}

function sessionMixText(doc: PlanDocument, partners: DocumentPartners): string {
  const mix = doc.sessions.mixPerFourWeeks;
  const parts = [
    [mix.joint, 'joint'],
    [mix.individualA, `individual with ${partners.A.name}`],
    [mix.individualB, `individual with ${partners.B.name}`],
    [mix.workshop, mix.workshop === 1 ? 'workshop' : 'workshops'],
  ] as const;
  const text = parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count} ${what}`)
    .join(', ');
  return text || NOT_SET;
}

function whoText(who: PlanIntervention['who'], partners: DocumentPartners): string {
  switch (who) {
    case 'both':
      return 'Both partners';
    case 'partnerA':
      return partners.A.name;
    case 'partnerB':
      return partners.B.name;
    case 'inSession':
      return 'In session';
  }
}

function objectivePartnerText(partner: PlanObjective['partner'], partners: DocumentPartners): string {
  return partner === 'both' ? 'Both partners' : partners[partner].name;
}

function untitled(text: string, what: string): string {
  return text.trim() || `(${what} not described yet)`;
}

function problemArea(
  writer: ReportWriter,
  area: PlanProblemArea,
  number: number[],
  input: PlanDocumentInput,
) {
  writer.heading(`${number.join('.')}. ${area.title.trim() || libraryAreaLabels[area.area]}`, 2);
  smallNote(writer, `${libraryAreaLabels[area.area]} · Priority: ${priorityLabels[area.priority]}`, 2);
  const goals = area.goals.filter(accepted);
  if (goals.length === 0) smallNote(writer, 'No goals agreed for this area yet.');
  for (const [g, goal] of goals.entries()) planGoal(writer, goal, [...number, g + 1], input);
}

function planGoal(writer: ReportWriter, goal: PlanGoal, number: number[], input: PlanDocumentInput) {
  writer.heading(`Goal ${number.join('.')}: ${untitled(goal.description, 'goal')}`, 3);
  const objectives = goal.objectives.filter(accepted);
  if (objectives.length === 0) smallNote(writer, 'No objectives agreed for this goal yet.');
  for (const [o, objective] of objectives.entries())
    planObjective(writer, objective, [...number, o + 1], input);
}

function planObjective(
  writer: ReportWriter,
  objective: PlanObjective,
  number: number[],
  input: PlanDocumentInput,
) {
  const title = `Objective ${number.join('.')}: ${untitled(objective.description, 'objective')}`;
  // Keep the objective's title with its measures and the start of its tables.
  writer.ensureSpace(90);
  writer.moveDown(2);
  writer.paragraph(title, { font: 'bold', size: 10, gapAfter: 3 });
  writer.fields(
    [
      ['Measure', objective.measure.trim() || NOT_SET],
      ['Baseline → target', `${printNumber(objective.baseline)} → ${printNumber(objective.target)}`],
      ['Target date', printDate(objective.targetDate)],
      ['For', objectivePartnerText(objective.partner, input.partners)],
    ],
    120,
  );
  writer.moveDown(4);

  const interventions = objective.interventions.filter(accepted);
  if (interventions.length > 0) {
    writer.table({
      columns: [
        { header: 'Intervention', weight: 3 },
        { header: 'Who', weight: 1.8 },
        { header: 'How often', weight: 1.6 },
        { header: 'Tailoring', weight: 3 },
      ],
      rows: interventions.map((intervention) => [
        input.libraryNames.get(intervention.libraryId) ?? untitled(intervention.name, 'intervention'),
        whoText(intervention.who, input.partners),
        capitalise(formatFrequency(intervention.frequency)),
        intervention.notes.trim(),
      ]),
    });
  }
  const milestones = objective.milestones.filter(accepted);
  if (milestones.length > 0) {
    writer.table({
      columns: [
        { header: 'Milestone', weight: 3.4 },
        { header: 'Measured by', weight: 2.2 },
        { header: 'Baseline', weight: 1, align: 'right' },
        { header: 'Target', weight: 1, align: 'right' },
        { header: 'Due', weight: 1.5 },
      ],
      rows: milestones.map((milestone) => [
        untitled(milestone.description, 'milestone'),
        // What records it, with the partners' names ("Zoë's check-in ratings (0 to 10)").
        measuredByText(milestone, { A: input.partners.A.name, B: input.partners.B.name }),
        printNumber(milestone.baseline),
        printNumber(milestone.target),
        printDate(milestone.dueDate),
      ]),
    });
  }
  if (interventions.length === 0 && milestones.length === 0) writer.moveDown(4);
}

function signatures(writer: ReportWriter, input: PlanDocumentInput, frame: DocumentFrame): void {
  const { clinicianName, credentials } = frame.letterhead;
  const clinician = clinicianName
    ? [clinicianName, credentials].filter(Boolean).join(', ')
    : (input.signedBy ?? 'Clinician');
  // The heading, the agreement and all three lines stay together on one page.
  writer.ensureSpace(210);
  writer.heading('Agreement');
  writer.paragraph(
    'By signing, we confirm that we have talked this plan through together and agree to work on it. Either partner can ask to review it at any time.',
  );
  writer.signatureLines([
    `Clinician: ${clinician}`,
    `Partner A: ${input.partners.A.name}`,
    `Partner B: ${input.partners.B.name}`,
  ]);
}
