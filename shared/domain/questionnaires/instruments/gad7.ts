/**
 * GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006): anxiety severity over the last 2 weeks.
 *
 * The item wording is the Pfizer form's: the copy at scales.arabpsychology.com/s/gad-7-anxiety-severity/
 * (which keeps the form's "Use ✔ to indicate your answer") and the LOINC item names used in
 * HL7's personal-health-record-format-ig (QuestionnaireResponse-ScoredAssessment-GAD7.fsh,
 * LOINC 69725-0 to 69736-7) agree word for word. Other copies vary ("anxious, or on edge",
 * "it's hard", "afraid, as if"); the form's wording is kept. The form's eighth question ("how
 * difficult have these problems made it...") is not scored and is left out.
 */
import type { InstrumentDefinition, MeasureItem } from '@shared/domain/questionnaires/types';
import { phqScreenersAttribution, sumOfItems, twoWeekFrequency } from './common';

const item = (id: string, text: string): MeasureItem => ({ id, text, options: twoWeekFrequency });

const items: readonly MeasureItem[] = [
  item('nervous', 'Feeling nervous, anxious or on edge'),
  item('uncontrolledWorry', 'Not being able to stop or control worrying'),
  item('worryTooMuch', 'Worrying too much about different things'),
  item('troubleRelaxing', 'Trouble relaxing'),
  item('restless', 'Being so restless that it is hard to sit still'),
  item('irritable', 'Becoming easily annoyed or irritable'),
  item('afraid', 'Feeling afraid as if something awful might happen'),
];

const spitzer2006 =
  'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. doi:10.1001/archinte.166.10.1092';

export const gad7: InstrumentDefinition = {
  id: 'gad7',
  name: 'Generalized Anxiety Disorder 7-item scale',
  shortName: 'GAD-7',
  timeframe: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  instructions: null,
  items,
  wordingSource:
    'Pfizer GAD-7 form (phqscreeners.com), as reproduced at scales.arabpsychology.com/s/gad-7-anxiety-severity/; LOINC item names in HL7/personal-health-record-format-ig',
  min: 0,
  max: 21,
  total: sumOfItems(items),
  severity: {
    // "Scores of 5, 10, and 15 represent cut points for mild, moderate, and severe anxiety."
    bands: [
      { label: 'Minimal', from: 0, to: 4 },
      { label: 'Mild', from: 5, to: 9 },
      { label: 'Moderate', from: 10, to: 14 },
      { label: 'Severe', from: 15, to: 21 },
    ],
    source: spitzer2006,
  },
  reliableChange: {
    points: 4,
    source:
      'IAPT (NHS Talking Therapies) manual: a change of 4 or more on the GAD-7 is reliable; Toussaint A, Hüsing P, Gumz A, et al. Sensitivity to change and minimal clinically important difference of the 7-item Generalized Anxiety Disorder Questionnaire (GAD-7). J Affect Disord. 2020;265:395-401. doi:10.1016/j.jad.2020.01.032 (minimal clinically important difference estimated at 4 points)',
    why: 'NHS Talking Therapies’ reliable-change criterion, and the smallest change Toussaint et al. found clinically important: the same 4 points by two routes.',
  },
  caseness: {
    cutOff: { kind: 'single', atLeast: 10 },
    label: 'Clinical range for anxiety (10 or more)',
    source: `${spitzer2006} (a score of 10 or more: sensitivity 89%, specificity 82% for generalized anxiety disorder)`,
    why: 'The developers’ published cut point, the one their scoring guidance recommends for further evaluation (Rekindle is for US practices, where that guidance is the reference). NHS Talking Therapies counts 8 or more as a case: more sensitive, less specific; not used here.',
  },
  lowerIsBetter: true,
  safetyItems: [],
  attribution: phqScreenersAttribution,
  citation: spitzer2006,
};
