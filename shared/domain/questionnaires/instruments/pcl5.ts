/**
 * PCL-5 (Weathers et al. 2013, National Center for PTSD): PTSD symptoms over the past month,
 * 20 items scored 0-4, total 0-80.
 *
 * The item wording is the standard (past month) form's, version date 14 August 2013, as
 * reproduced at pdfslide.us/documents/the-ptsd-checklist-for-dsm-5-the-ptsd-checklist-for-dsm-5version-date-14-august.html
 * (items 1-3) and, whole, at epavt.org/guia_eng/files/assets/basic-html/page-17.html (items
 * 7-20) and seankendalllaw.net/library/using-the-pcl-5-form-to-evaluate-ptsd.cfm (items 1-6).
 * One copy prints item 18 as "Feeling jumpy, or easily startled?"; the form and the other
 * copies have no comma.
 */
import type { AnswerOption, InstrumentDefinition, MeasureItem } from '@shared/domain/questionnaires/types';
import { sumOfItems } from './common';

const howMuch: readonly AnswerOption[] = [
  { label: 'Not at all', value: 0 },
  { label: 'A little bit', value: 1 },
  { label: 'Moderately', value: 2 },
  { label: 'Quite a bit', value: 3 },
  { label: 'Extremely', value: 4 },
];

const item = (id: string, text: string): MeasureItem => ({ id, text, options: howMuch });

const items: readonly MeasureItem[] = [
  item('memories', 'Repeated, disturbing, and unwanted memories of the stressful experience?'),
  item('dreams', 'Repeated, disturbing dreams of the stressful experience?'),
  item(
    'reliving',
    'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  ),
  item('upsetByReminders', 'Feeling very upset when something reminded you of the stressful experience?'),
  item(
    'physicalReactions',
    'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  ),
  item('avoidingMemories', 'Avoiding memories, thoughts, or feelings related to the stressful experience?'),
  item(
    'avoidingReminders',
    'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  ),
  item('troubleRemembering', 'Trouble remembering important parts of the stressful experience?'),
  item(
    'negativeBeliefs',
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  ),
  item('blame', 'Blaming yourself or someone else for the stressful experience or what happened after it?'),
  item('negativeFeelings', 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?'),
  item('lossOfInterest', 'Loss of interest in activities that you used to enjoy?'),
  item('distant', 'Feeling distant or cut off from other people?'),
  item(
    'positiveFeelings',
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  ),
  item('irritable', 'Irritable behavior, angry outbursts, or acting aggressively?'),
  item('riskTaking', 'Taking too many risks or doing things that could cause you harm?'),
  item('superalert', 'Being "superalert" or watchful or on guard?'),
  item('jumpy', 'Feeling jumpy or easily startled?'),
  item('concentration', 'Having difficulty concentrating?'),
  item('sleep', 'Trouble falling or staying asleep?'),
];

const reference =
  'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). 2013. Scale available from the National Center for PTSD at www.ptsd.va.gov';

const ncptsdGuidance =
  'National Center for PTSD, "Using the PTSD Checklist for DSM-5 (PCL-5)" and the PCL-5 page at www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp';

export const pcl5: InstrumentDefinition = {
  id: 'pcl5',
  name: 'PTSD Checklist for DSM-5',
  shortName: 'PCL-5',
  timeframe: 'In the past month, how much were you bothered by:',
  // The paper form asks the respondent to "circle one of the numbers to the right"; the VA's
  // fillable (electronic) form says "select one of the options" instead. The fillable form's
  // verb is kept with the standard form's past month.
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then select one of the options to indicate how much you have been bothered by that problem in the past month.',
  items,
  wordingSource:
    'PCL-5 standard form, version date 14 August 2013 (www.ptsd.va.gov), as reproduced at pdfslide.us, epavt.org/guia_eng/files/assets/basic-html/page-17.html and seankendalllaw.net',
  min: 0,
  max: 80,
  total: sumOfItems(items),
  severity: {
    bands: null,
    reason:
      'The National Center for PTSD publishes no severity bands for PCL-5 totals, only a cut-off for probable PTSD (31-33); the total is shown on its 0-80 scale with the caseness line.',
  },
  reliableChange: {
    points: 10,
    source: `${ncptsdGuidance}: "a 5-10 point change represents reliable change (i.e., change not due to chance) and a 10-20 point change represents clinically significant change", with 5 points as the minimum for a response to treatment and 10 points as the minimum for clinically meaningful improvement`,
    why: 'The top of the National Center for PTSD’s 5-10 point reliable range, so a change flagged here is reliable by every reading of that guidance (the range was carried over from the DSM-IV PCL). A 5-point threshold would flag changes within the PCL-5’s measurement error: Marx et al. (Psychol Assess 2022;34(2):197-203) computed reliable-change indices of 15 and 18 points in two samples of male veterans. 10 keeps deterioration alerts sensitive without calling every small shift reliable.',
  },
  caseness: {
    cutOff: { kind: 'single', atLeast: 33 },
    label: 'Probable PTSD (33 or more)',
    source: `${ncptsdGuidance}: "a PCL-5 cutoff score between 31-33 is indicative of probable PTSD across samples"; the earlier guidance proposed 33`,
    why: 'The top of the published 31-33 range. The center’s own advice is to use a higher cut-point to make a provisional diagnosis or to minimize false positives, and the caseness line here labels a partner as "probable PTSD" on screens and in reports.',
  },
  lowerIsBetter: true,
  // Item 16 ("Taking too many risks or doing things that could cause you harm?") asks about
  // recklessness, not intent to harm oneself; the PCL-5 has no item that signals acute risk
  // the way PHQ-9 item 9 does, so none is flagged on its own.
  safetyItems: [],
  attribution: `${reference}. The PCL-5 was developed by staff of the National Center for PTSD, US Department of Veterans Affairs, and is in the public domain.`,
  citation: reference,
};
