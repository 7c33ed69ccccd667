#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo -- --out <folder> --couples N [--months M] [--light] [--seed S] [--passphrase P]`
 *
 * Creates a new vault in an empty (or new) folder and fills it with an obviously fictional
 * demo practice through the core's public API, for trying the app, screenshots, scale tests
 * and benchmarks. Prints the passphrase and recovery key it used, and what it wrote.
 *
 * Runs with tsx (`npm run demo`), which loads the TypeScript core under plain Node 20. The
 * arguments are checked first; the core is loaded only once they are right.
 */
import { mkdirSync } from 'node:fs';
import { outFolderProblem, parseDemoArgs, USAGE } from './demo-args.mjs';

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`[demo] ${message}\n\n${USAGE}`);
  process.exit(1);
}

const parsed = parseDemoArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.kind === 'error') fail(parsed.message);
const { out, couples, months, light, seed, passphrase } = parsed.args;
const problem = outFolderProblem(out);
if (problem) fail(problem);
mkdirSync(out, { recursive: true });

const { createDemoClock, generateDemoPractice, historyStart } = await import('../electron/core/demo');
const { createCore } = await import('../electron/core');

const present = new Date();
// The vault is created when the practice's history begins, so the audit log reads in order.
const clock = createDemoClock(historyStart(present, months));
const core = createCore({ dataDir: out, clock: clock.now });
const started = performance.now();
const interactive = process.stderr.isTTY;
try {
  const created = await core.dispatch('vault:create', { passphrase });
  if (!created.ok) fail(`Could not create the vault: ${created.error.message}`);
  clock.set(present);
  console.error(
    `[demo] Writing ${couples} fictional couple(s)${light ? ' (light: the featured ones in full, the rest a record and a few sessions)' : ''}, up to ${months} months each, seed "${seed}"...`,
  );
  const counts = await generateDemoPractice({
    dispatch: core.dispatch,
    clock,
    couples,
    months,
    seed,
    light,
    onProgress: ({ couplesDone, dispatches, simulatedDate }) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const line = `[demo] ${simulatedDate}: ${couplesDone}/${couples} couples complete, ${dispatches} calls, ${seconds} s`;
      if (interactive) process.stderr.write(`\r${line}`);
      else if (couplesDone === couples) console.error(line);
    },
  });
  if (interactive) process.stderr.write('\n');
  const seconds = (performance.now() - started) / 1000;
  console.log(
    [
      '',
      `DEMO practice written to ${out}`,
      '  Every person in it is fictional. Do not add real records to this vault.',
      '',
      `  Passphrase:    ${passphrase}`,
      `  Recovery key:  ${created.value.recoveryKey}`,
      '',
      `  Couples:        ${counts.couples}${light ? ' (light)' : ''}`,
      `  Sessions:       ${counts.sessions.booked} booked: ${counts.sessions.held} held, ${counts.sessions.cancelled} canceled (${counts.sessions.lateCancellations} late, ${counts.sessions.clinicianCancellations} by the clinician), ${counts.sessions.noShow} no-show, ${counts.sessions.toRecord} to record, ${counts.sessions.ahead} booked ahead`,
      `  Notes:          ${counts.notes.signed} signed, ${counts.notes.draft} unsigned draft(s)`,
      `  Homework:       ${counts.homework.assigned} assigned; reviewed ${counts.homework.done} done, ${counts.homework.partly} partly, ${counts.homework.notDone} not done`,
      `  Assessments:    ${counts.assessments}`,
      `  Plan versions:  ${counts.planVersions}`,
      `  Measurements:   ${counts.measurements}`,
      `  Calendar days:  ${counts.calendarDays} (${counts.relapses} use day(s), each a relapse on the timeline)`,
      `  Events:         ${counts.events} milestone(s) reached`,
      `  Safety flags:   ${counts.safetyFlags.raised} raised, ${counts.safetyFlags.resolved} resolved`,
      '',
      `  History ends ${counts.today}; ${counts.dispatches} core calls in ${seconds.toFixed(1)} s (${((seconds * 1000) / couples).toFixed(0)} ms a couple).`,
    ].join('\n'),
  );
} catch (error) {
  if (interactive) process.stderr.write('\n');
  console.error(`[demo] Stopped: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`[demo] ${out} holds a partial practice; delete it before trying again.`);
  process.exitCode = 1;
} finally {
  await core.close();
}
