/**
 * PHQ-9 (Kroenke, Spitzer & Williams 2001): depression severity over the last 2 weeks.
 *
 * The item wording is the Pfizer form's, checked against three reproductions of it that agree
 * word for word (the form as printed at therandomtandem.com/mood-screening-questionnaire-printable-4892,
 * the NHS practice form at centralmedicalcentre-morden.nhs.uk/form/phq-9/, and
 * wikimsk.org/wiki/WikiMSK:Calculators/PHQ-9). The form's tenth question ("how difficult have
 * these problems made it...") is not scored and is left out.
 */
import type { InstrumentDefinition, MeasureItem } from '@shared/domain/questionnaires/types';
import { phqScreenersAttribution, sumOfItems, twoWeekFrequency } from './common';

const item = (id: string, text: string): MeasureItem => ({ id, text, options: twoWeekFrequency });

const items: readonly MeasureItem[] = [
  item('interest', 'Little interest or pleasure in doing things'),
  item('mood', 'Feeling down, depressed, or hopeless'),
  item('sleep', 'Trouble falling or staying asleep, or sleeping too much'),
  item('energy', 'Feeling tired or having little energy'),
  item('appetite', 'Poor appetite or overeating'),
  item(
    'selfWorth',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  ),
  item(
    'concentration',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  ),
  item(
    'psychomotor',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ),
  item('selfHarmThoughts', 'Thoughts that you would be better off dead or of hurting yourself in some way'),
];

const kroenke2001 =
  'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613. doi:10.1046/j.1525-1497.2001.016009606.x';

export const phq9: InstrumentDefinition = {
  id: 'phq9',
  name: 'Patient Health Questionnaire-9',
  shortName: 'PHQ-9',
  timeframe: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  instructions: null,
  items,
  wordingSource:
    'Pfizer PHQ-9 form (phqscreeners.com), as reproduced at therandomtandem.com/mood-screening-questionnaire-printable-4892 and centralmedicalcentre-morden.nhs.uk/form/phq-9/',
  min: 0,
  max: 27,
  total: sumOfItems(items),
  severity: {
    // The abstract: "PHQ-9 scores of 5, 10, 15, and 20 represented mild, moderate, moderately
    // severe, and severe depression"; below 5 is the minimal range.
    bands: [
      { label: 'Minimal', from: 0, to: 4 },
      { label: 'Mild', from: 5, to: 9 },
      { label: 'Moderate', from: 10, to: 14 },
      { label: 'Moderately severe', from: 15, to: 19 },
      { label: 'Severe', from: 20, to: 27 },
    ],
    source: kroenke2001,
  },
  reliableChange: {
    points: 6,
    source:
      'McMillan D, Gilbody S, Richards D. Defining successful treatment outcome in depression using the PHQ-9: a comparison of methods. J Affect Disord. 2010;127(1-3):122-129. doi:10.1016/j.jad.2010.04.030; applied as a change of 6 or more in the IAPT (NHS Talking Therapies) manual',
    why: 'The reliable-change criterion NHS Talking Therapies applies to the PHQ-9 in its routine reporting of reliable improvement, deterioration and recovery; McMillan et al. compared the definitions of successful outcome on the PHQ-9 and recommend a reliable-change index over a 50% fall.',
  },
  caseness: {
    cutOff: { kind: 'single', atLeast: 10 },
    label: 'Clinical range for depression (10 or more)',
    source: `${kroenke2001} (a score of 10 or more: sensitivity 88%, specificity 88% for major depression)`,
    why: 'The developers’ published cut-off, also the start of the moderate band and the caseness threshold NHS Talking Therapies uses.',
  },
  lowerIsBetter: true,
  safetyItems: [
    {
      itemId: 'selfHarmThoughts',
      text: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      riskAtOrAbove: 1,
      meaning:
        'Any answer above "Not at all" on item 9 is a risk signal: it raises the safety flag at once, whatever the total.',
    },
  ],
  attribution: phqScreenersAttribution,
  citation: kroenke2001,
};
