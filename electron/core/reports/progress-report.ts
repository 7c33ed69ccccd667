import {
  casenessLabels,
  goalStatusLabels,
  type MilestoneRowStatus,
  type ProgressReportModel,
  questionnaireChangeLabels,
  type ReportAttendance,
  type ReportCalendarMonth,
  type ReportChart,
  type ReportGoal,
  type ReportMilestone,
  type ReportMilestoneGroup,
  type ReportQuestionnaireScore,
  type ReportQuestionnaires,
  type ReportSummary,
  reportResponseModeLabels,
} from '@shared/domain/reports/model';
import { partTwoAbbreviatedNotice } from '@shared/domain/reports/redisclosure';
import { colors, type PartTwoFrame, ReportWriter, type TableColumn, type TableSpec } from './frame';
import { type ChartContext, densestSeries, drawLineChart, lineChartHeight } from './line-chart';
import {
  formatDate,
  formatDatedValue,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatValue,
  NOT_RECORDED,
  trendLabels,
} from './progress-format';
import type { DocumentFrame, RenderedDocument } from './types';

/**
 * The progress report: identification, the redisclosure notice when substance-use details are
 * in, then each section the clinician chose, the clinician's own words, and a signature block.
 *
 * The model is already filtered (names or initials, substance use in or out, sections): this
 * module only lays it out, so what a recipient may see is decided, and tested, in one place.
 * A section that is null was switched off and leaves no trace; a chosen section with nothing
 * to show says so in a plain sentence, so a reader can tell "none" from "not reported".
 */
export async function renderProgressReport(
  model: ProgressReportModel,
  frame: DocumentFrame,
): Promise<RenderedDocument> {
  const writer = new ReportWriter({
    ...frame,
    title: model.title,
    subject: model.coupleLabel,
    partTwo: partTwoFrame(model, frame),
  });
  writer.heading(model.title, 1);
  // Every part that shows a partner's substance-use information is drawn through
  // `writer.substanceUse`: the full 42 CFR 2.32 statement comes before the first of them (here,
  // the partners' recovery lines, before a single figure), and each later page showing any
  // carries the abbreviated statement in its footer. Attendance alone is not such information.
  const withUse = model.redisclosureNotice !== null;
  // Only a model that carries the notice is marked: without it nothing shown is such information.
  const marked = (shows: boolean, draw: () => void) =>
    withUse && shows ? writer.substanceUse(draw) : draw();
  marked(model.partners.A.recovery !== null || model.partners.B.recovery !== null, () =>
    identification(writer, model),
  );
  // Start, now and next: on the first page for every recipient, before any section. Its drafted
  // paragraph speaks of recovery once the details are in.
  const overview = model.summary;
  if (overview) marked(true, () => summary(writer, overview, model));
  const lapses = model.lapseStatements;
  if (lapses && lapses.length > 0) marked(true, () => lapseStatements(writer, lapses));
  // A section prints only when chosen and present: should the two ever disagree, the report
  // errs toward disclosing less.
  const { sections } = model;
  if (sections.attendance && model.attendance) attendance(writer, model.attendance);
  const goalList = model.goals;
  if (sections.goals && goalList) marked(true, () => goals(writer, goalList));
  const groups = model.milestoneGroups;
  const milestoneList = model.milestones;
  if (sections.milestones && groups) marked(true, () => milestoneTable(writer, groups));
  else if (sections.milestones && milestoneList) marked(true, () => milestones(writer, milestoneList));
  const scores = model.questionnaires;
  if (sections.questionnaires && scores) {
    marked(scores.showsSubstanceUse, () => questionnaires(writer, scores));
  }
  const chartList = model.charts;
  if (sections.charts && chartList) {
    const relapses = chartList.some((c) => c.markers.some((m) => m.kind === 'relapse'));
    marked(relapses, () => charts(writer, chartList, model));
  }
  const months = model.calendar;
  if (sections.calendar && months) marked(true, () => calendar(writer, months, model));
  // The clinician's own words may speak of use once the details are in.
  marked(model.narrative !== null, () => clinicianText(writer, 'Summary', model.narrative));
  marked(model.recommendations !== null, () =>
    clinicianText(writer, 'Recommendations', model.recommendations),
  );
  signature(writer, frame);
  return writer.finish();
}

/**
 * The report's 42 CFR part 2 marking: the statement when the model shows substance-use
 * information, with the consents the core checked (a renderer called without them still marks
 * the pages).
 */
function partTwoFrame(model: ProgressReportModel, frame: DocumentFrame): PartTwoFrame | undefined {
  if (model.redisclosureNotice === null) return undefined;
  return {
    statement: model.redisclosureNotice,
    footer: partTwoAbbreviatedNotice,
    consents: frame.partTwo?.consents ?? [],
  };
}

function identification(writer: ReportWriter, model: ProgressReportModel): void {
  const partner = (p: 'A' | 'B') => {
    const { name, recovery } = model.partners[p];
    return recovery ? `${name}\n${recovery}` : name;
  };
  const recipient = model.recipient.name
    ? `${model.recipient.label}: ${model.recipient.name}`
    : model.recipient.label;
  writer.fields([
    ['Couple', model.coupleLabel],
    ['Partner A', partner('A')],
    ['Partner B', partner('B')],
    ['Period', formatPeriod(model.period)],
    ['Prepared for', recipient],
    ['Date prepared', formatDate(model.generatedOn)],
    ...model.details.map((d): [string, string] => [d.label, d.value]),
  ]);
  writer.moveDown(6);
}

function signedValue(n: number | null): string {
  if (n === null) return NOT_RECORDED;
  return n > 0 ? `+${formatValue(n)}` : formatValue(n);
}

/** Start → now → next: the area table, the paragraph, and what comes next. */
function summary(writer: ReportWriter, data: ReportSummary, model: ProgressReportModel): void {
  const names = { A: model.partners.A.name, B: model.partners.B.name };
  writer.heading('Start, now and next');
  if (data.paragraph.trim() !== '') {
    for (const paragraph of data.paragraph.trim().split(/\n\s*\n/)) writer.paragraph(paragraph.trim());
  }
  if (data.areas.length > 0) {
    const cell = (area: ReportSummary['areas'][number], p: 'A' | 'B') =>
      `${formatValue(area.intake[p])} → ${formatValue(area.latest[p])} (${signedValue(area.change[p])})`;
    writer.table({
      columns: [
        { header: 'Area (0-10)', weight: 3 },
        { header: `${names.A}: intake → latest (change)`, weight: 3.5, align: 'right' },
        { header: `${names.B}: intake → latest (change)`, weight: 3.5, align: 'right' },
      ],
      rows: data.areas.map((area) => [area.label, cell(area, 'A'), cell(area, 'B')]),
    });
  }
  const { next } = data;
  const weeks = next.weeksRemaining
    ? `About ${next.weeksRemaining.estimate} weeks (range ${next.weeksRemaining.min} to ${next.weeksRemaining.max})`
    : NOT_RECORDED;
  const homework =
    next.homework.length > 0
      ? next.homework.map((h) => `${h.title} (due ${formatDate(h.dueDate)})`).join('\n')
      : 'None set';
  writer.moveDown(4);
  writer.fields(
    [
      ['Next plan review', next.reviewDate ? formatDate(next.reviewDate) : NOT_RECORDED],
      ['Planned session frequency', next.frequency ?? NOT_RECORDED],
      ['Estimated time left', weeks],
      ['Current homework', homework],
    ],
    130,
  );
  writer.moveDown(6);
}

/** For recipients without charts: where a lapse or relapse in the period is told. */
function lapseStatements(writer: ReportWriter, statements: readonly string[]): void {
  headingKeeping(writer, 'Lapses and relapses in this period', statements.length * 15);
  for (const statement of statements) writer.paragraph(statement);
}

function attendance(writer: ReportWriter, data: ReportAttendance): void {
  // The four summary lines stay with their heading.
  headingKeeping(writer, 'Attendance', 4 * 15);
  if (data.due === 0) {
    writer.paragraph('No sessions were due in this period.');
    return;
  }
  writer.fields(
    [
      [
        'Sessions due',
        `${data.due} (not counted: sessions still booked, and cancellations by the clinician or with 24 hours’ notice)`,
      ],
      ['Attended', String(data.attended)],
      ['Missed', `${data.missed} (a no-show, a partner absent, or a partner’s cancellation under 24 hours)`],
      ['Attendance rate', formatPercent(data.rate)],
    ],
    110,
  );
  writer.moveDown(6);
  if (data.byMonth.length === 0) return;
  writer.table({
    columns: [
      { header: 'Month', weight: 3 },
      { header: 'Sessions due', weight: 2, align: 'right' },
      { header: 'Attended', weight: 2, align: 'right' },
      { header: 'Rate', weight: 2, align: 'right' },
    ],
    rows: data.byMonth.map((m) => [
      formatMonth(m.month),
      String(m.due),
      String(m.attended),
      formatPercent(m.rate),
    ]),
  });
}

function goals(writer: ReportWriter, list: readonly ReportGoal[]): void {
  const table: TableSpec = {
    columns: [
      { header: 'Area', weight: 2.6 },
      { header: 'Goal', weight: 5 },
      { header: 'Status', weight: 2.2 },
      { header: 'Detail', weight: 4 },
    ],
    rows: list.map((g) => [g.area, g.description, goalStatusLabels[g.status], g.detail]),
  };
  headingWithTable(writer, 'Plan goals and their status', table);
  if (list.length === 0) {
    writer.paragraph('The treatment plan set no goals for this period.');
    return;
  }
  writer.table(table);
}

function milestones(writer: ReportWriter, list: readonly ReportMilestone[]): void {
  const table: TableSpec = {
    columns: [
      { header: 'Milestone / goal', weight: 5.6 },
      { header: 'Baseline', weight: 1.6, align: 'right' },
      { header: 'Latest (date)', weight: 2.6, align: 'right' },
      { header: 'Target', weight: 1.4, align: 'right' },
      { header: 'Progress', weight: 1.7, align: 'right' },
      { header: 'Trend', weight: 2.7 },
    ],
    rows: list.map((m) => [
      `${m.description}\nGoal: ${m.goal}`,
      formatValue(m.baseline),
      formatDatedValue(m.latest),
      formatValue(m.target),
      formatPercent(m.progress),
      // With no value at all there is no trend to be short of: it says what the goal table says.
      m.latest === null
        ? 'Not yet measured'
        : m.stalled
          ? `${trendLabels[m.trend]}; stalled`
          : trendLabels[m.trend],
    ]),
  };
  headingWithTable(writer, 'Milestones', table);
  if (list.length === 0) {
    writer.paragraph('The treatment plan set no milestones for this period.');
    return;
  }
  writer.table(table);
  const note = 'Progress is the share of the way from baseline to target reached by the latest measurement.';
  writer.paragraph(note, { size: 8, color: colors.muted });
}

const rowStatusLabels: Record<MilestoneRowStatus, string> = {
  met: 'Met',
  notMet: 'Not yet met',
  notMeasured: 'Not yet measured',
};

/** Grouped by goal, one row per measured milestone naming whose it is; the unmeasured counted per goal. */
function milestoneTable(writer: ReportWriter, groups: readonly ReportMilestoneGroup[]): void {
  const rows: string[][] = [];
  for (const group of groups) {
    rows.push([`Goal: ${group.goal}`, '', '', '', '', '']);
    for (const m of group.rows) {
      rows.push([
        `${m.partner}: ${m.description}`,
        formatValue(m.baseline),
        formatDatedValue(m.latest),
        formatValue(m.target),
        rowStatusLabels[m.status],
        m.stalled ? `${trendLabels[m.trend]}; stalled` : trendLabels[m.trend],
      ]);
    }
    if (group.unmeasured > 0) {
      rows.push([
        `${group.unmeasured} milestone${group.unmeasured === 1 ? '' : 's'} not yet measured`,
        '',
        '',
        '',
        '',
        '',
      ]);
    }
  }
  const table: TableSpec = {
    columns: [
      { header: 'Goal / partner: milestone', weight: 5.2 },
      { header: 'Baseline', weight: 1.9, align: 'right' },
      { header: 'Latest (date)', weight: 2.6, align: 'right' },
      { header: 'Target', weight: 1.3, align: 'right' },
      { header: 'Status', weight: 1.8 },
      { header: 'Trend', weight: 2.4 },
    ],
    rows,
  };
  headingWithTable(writer, 'Milestones', table);
  if (groups.length === 0) {
    writer.paragraph('The treatment plan set no milestones for this period.');
    return;
  }
  writer.table(table);
  writer.paragraph(
    '“Met” means the latest measurement holds the target. A trend needs at least 3 measurements.',
    { size: 8, color: colors.muted },
  );
}

/** "14, Moderate" over "Sep 2, 2026": the total, its band where one is published, and the date. */
function questionnaireScore(score: ReportQuestionnaireScore): string {
  return `${score.total}${score.band ? `, ${score.band}` : ''}\n${formatDate(score.date)}`;
}

/**
 * Per instrument and partner: first score, latest as of the period's end, the change and the
 * cut-off, and who gave the latest; under it the thresholds with their sources and each
 * instrument's required attribution. Totals only, never an item's answer.
 */
function questionnaires(writer: ReportWriter, data: ReportQuestionnaires): void {
  const table: TableSpec = {
    columns: [
      { header: 'Measure / partner', weight: 2.7 },
      { header: 'First score', weight: 2.6 },
      { header: 'Latest score', weight: 2.6 },
      { header: 'Change', weight: 2.3 },
      { header: 'Against the cut-off', weight: 2.5 },
      { header: 'Who gave the latest', weight: 2.2 },
    ],
    rows: data.rows.map((row) => [
      `${row.shortName}\n${row.partner}`,
      questionnaireScore(row.first),
      questionnaireScore(row.latest),
      row.difference === null
        ? questionnaireChangeLabels[row.change]
        : `${questionnaireChangeLabels[row.change]} (${signedValue(row.difference)})`,
      `${casenessLabels[row.caseness]} (${row.cutOff})`,
      reportResponseModeLabels[row.latest.mode],
    ]),
  };
  headingWithTable(writer, 'Validated questionnaires', table);
  if (data.rows.length === 0) {
    writer.paragraph('No validated questionnaire scores are reported for this period.');
    return;
  }
  writer.table(table);
  const note = { size: 8, color: colors.muted, gapAfter: 3 };
  writer.paragraph(
    'Scores are totals. The change compares the latest score up to the end of the period with the partner’s first score; a change is reliable when it is larger than the measure’s measurement error.',
    note,
  );
  for (const line of data.basis) writer.paragraph(`${line.shortName}: ${line.text}`, note);
  for (const { shortNames, text } of data.attributions) {
    // An attribution that names its instrument first is not prefixed with the name again.
    const named = shortNames.length === 1 && text.startsWith(`${shortNames[0]}:`);
    writer.paragraph(named ? text : `${shortNames.join(', ')}: ${text}`, note);
  }
  writer.moveDown(4);
}

/** Two charts side by side, unless a chart is dense enough to need the full width to stay legible. */
const SIDE_BY_SIDE_MAX_POINTS = 36;
const CHART_GAP = 18;
const CHART_ROW_GAP = 14;
/** The charts heading with its gap above and the two-line introduction below it. */
const INTRO_HEIGHT = 70;

function charts(writer: ReportWriter, list: readonly ReportChart[], model: ProgressReportModel): void {
  const context: ChartContext = {
    names: { A: model.partners.A.name, B: model.partners.B.name },
    period: model.period,
  };
  const perRow = list.some((c) => densestSeries(c) > SIDE_BY_SIDE_MAX_POINTS) ? 1 : 2;
  const width = (writer.contentWidth - (perRow - 1) * CHART_GAP) / perRow;
  const rowHeight = (row: readonly ReportChart[]) =>
    Math.max(0, ...row.map((chart) => lineChartHeight(writer.doc, chart, context, width)));
  // The heading and its introduction stay with the first row of charts, not alone at a page's foot.
  writer.ensureSpace(INTRO_HEIGHT + rowHeight(list.slice(0, perRow)));
  writer.heading('Ratings by area');
  if (list.length === 0) {
    writer.paragraph('No ratings were recorded in this period.');
    return;
  }
  writer.paragraph(
    'Each partner rates each area from 0 to 10 at assessments and session check-ins. Both partners share one axis: ' +
      `${model.partners.A.name}, solid line with circles; ${model.partners.B.name}, dashed line with squares. ` +
      'Dotted lines are targets; vertical lines mark events.',
    { size: 8.5, color: colors.muted, gapAfter: 8 },
  );
  for (let i = 0; i < list.length; i += perRow) {
    const row = list.slice(i, i + perRow);
    const height = rowHeight(row);
    // A chart is never split: the whole row moves to the next page when it does not fit.
    writer.ensureSpace(height);
    const top = writer.y;
    for (const [j, chart] of row.entries()) {
      drawLineChart(writer.doc, chart, context, { x: writer.left + j * (width + CHART_GAP), y: top, width });
    }
    writer.doc.x = writer.left;
    writer.doc.y = top + height;
    writer.moveDown(CHART_ROW_GAP).setStyle({ font: 'regular', size: 10, color: colors.text });
  }
}

function calendar(
  writer: ReportWriter,
  months: readonly ReportCalendarMonth[],
  model: ProgressReportModel,
): void {
  // Without substance-use details even the words "recovery calendar" say what the couple is
  // treated for: the section is then only about the daily trust discussion.
  const withUse = model.redisclosureNotice !== null;
  const heading = withUse ? 'Recovery-calendar adherence' : 'Daily trust discussion';
  if (months.every((m) => m.daysRecorded === 0)) {
    writer.heading(heading);
    writer.paragraph(
      withUse
        ? 'Nothing was recorded on the recovery calendar in this period.'
        : 'No trust discussions were recorded in this period.',
    );
    return;
  }
  // Substance-use columns appear only when the model carries them: without the clinician's
  // choice to include those details the model holds nulls, and even an empty column headed
  // "Abstinence" would tell the reader what the couple is treated for. Likewise a partner
  // who recorded no abstinence (often the partner not in recovery) gets no column of dashes.
  const abstinence = (['A', 'B'] as const).filter((p) =>
    months.some((m) => (m.abstinenceRate?.[p] ?? null) !== null),
  );
  const meetings = months.some((m) => m.supportMeetings !== null);
  const screens = months.some((m) => m.screens !== null);
  const columns: TableColumn[] = [
    { header: 'Month', weight: 2.2 },
    { header: 'Days recorded', weight: 1.8, align: 'right' },
    { header: 'Trust discussion', weight: 2, align: 'right' },
    ...abstinence.map(
      (p): TableColumn => ({
        header: `Abstinence, ${model.partners[p].name}`,
        weight: 2.6,
        align: 'right',
      }),
    ),
  ];
  if (meetings) columns.push({ header: 'Support meetings', weight: 2, align: 'right' });
  if (screens) columns.push({ header: 'Screens (positive)', weight: 2.2, align: 'right' });
  const rows = months.map((m) => {
    const cells = [formatMonth(m.month), String(m.daysRecorded), formatPercent(m.trustDiscussionRate)];
    for (const p of abstinence) {
      const unknown = m.abstinenceUnknown?.[p] ?? 0;
      const rate = formatPercent(m.abstinenceRate?.[p] ?? null);
      cells.push(unknown > 0 ? `${rate} (${unknown} unknown)` : rate);
    }
    if (meetings) cells.push(m.supportMeetings === null ? NOT_RECORDED : String(m.supportMeetings));
    if (screens) cells.push(m.screens === null ? NOT_RECORDED : `${m.screens.taken} (${m.screens.positive})`);
    return cells;
  });
  const table: TableSpec = { columns, rows };
  headingWithTable(writer, heading, table);
  writer.table(table);
  // The note on abstinence only beside an abstinence column: it would otherwise say it too.
  const abstinenceNote =
    abstinence.length > 0
      ? '; abstinence counts only days marked yes or no, and days marked unknown are shown apart'
      : '';
  writer.paragraph(
    `Rates are shares of the days recorded that month${abstinenceNote}. A dash (${NOT_RECORDED}) means nothing was recorded.`,
    { size: 8, color: colors.muted },
  );
}

/** The clinician's own words, paragraph by paragraph, flowing over pages as long as they run. */
function clinicianText(writer: ReportWriter, heading: string, text: string | null): void {
  if (text === null || text.trim() === '') return;
  writer.heading(heading);
  for (const paragraph of text.trim().split(/\n\s*\n/)) writer.paragraph(paragraph.trim());
}

function signature(writer: ReportWriter, frame: DocumentFrame): void {
  const { clinicianName, credentials, licenceNumber } = frame.letterhead;
  const who = [clinicianName ?? 'Clinician', credentials].filter(Boolean).join(', ');
  writer.signatureLines([licenceNumber ? `${who} (license ${licenceNumber})` : who]);
}

/** What a level-2 heading takes: the gap above it, its line, the gap below. */
const HEADING_HEIGHT = 34;

/** A heading that moves to the next page with the first `height` points of what follows it. */
function headingKeeping(writer: ReportWriter, text: string, height: number): void {
  writer.ensureSpace(HEADING_HEIGHT + height);
  writer.heading(text);
}

/** A heading kept with its table's header row and first row, never alone at the foot of a page. */
function headingWithTable(writer: ReportWriter, text: string, table: TableSpec): void {
  headingKeeping(writer, text, writer.tableStartHeight(table));
}
