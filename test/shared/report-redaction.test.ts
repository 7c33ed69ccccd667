import type { PlanDocument } from '@shared/domain/plan/document';
import {
  applyDecisions,
  applyDecisionsToText,
  decisionProblem,
  decisionsForRecord,
  unresolvedFindings,
} from '@shared/domain/reports/redaction/decisions';
import {
  reportFreeTextFields,
  rewritePlanTexts,
  scanKindsFor,
} from '@shared/domain/reports/redaction/fields';
import {
  type FreeTextField,
  findingId,
  type ScanContext,
  scanFreeText,
} from '@shared/domain/reports/redaction/scan';
import { describe, expect, it } from 'vitest';

const context: ScanContext = {
  partners: {
    A: { firstName: 'Zoë', lastName: 'Exemple-Dupont', preferredName: 'Zo', dateOfBirth: '1988-03-14' },
    B: { firstName: 'Łukasz', lastName: 'Testowy', preferredName: null, dateOfBirth: '1985-11-02' },
  },
  displayName: 'Zoë & Łukasz',
  recordedSubstances: ['kratom'],
  today: '2026-05-15',
};

const field = (text: string, id = 'narrative'): FreeTextField => ({ id, label: 'Summary', text });
const scan = (text: string) => scanFreeText([field(text)], context);
const found = (text: string) => scan(text).map((f) => [f.kind, f.text]);

describe('scanFreeText: names', () => {
  it.each([
    ['lower case', 'zoë kept every session', 'zoë'],
    ['without accents', 'Lukasz called twice', 'Lukasz'],
    ['possessive', "zoe's turn to lead", 'zoe'],
    ['capitals', 'TESTOWY arrived late', 'TESTOWY'],
    ['the preferred name', 'zo led the check-in', 'zo'],
    ['half of a hyphenated surname', 'the dupont side of the family', 'dupont'],
  ])('finds a name in %s', (_case, text, match) => {
    expect(found(text)).toEqual([['name', match]]);
  });

  it('offers the owner’s initials, and the couple’s for the display name', () => {
    expect(scan('lukasz and zoe')[0]?.initials).toBe('Ł. T.');
    expect(scan('Zoë & Łukasz came')[0]).toMatchObject({
      text: 'Zoë & Łukasz',
      initials: 'Z. E.-D. & Ł. T.',
    });
  });

  it('leaves a name inside a longer word alone', () => {
    expect(found('Zoology and the Zone')).toEqual([]);
  });

  it('matches a name that is also a word only with a capital', () => {
    const will: ScanContext = {
      ...context,
      partners: {
        ...context.partners,
        A: { firstName: 'Will', lastName: 'Example', preferredName: null, dateOfBirth: null },
      },
    };
    expect(scanFreeText([field('He will call. Will called.')], will).map((f) => f.text)).toEqual(['Will']);
  });
});

describe('scanFreeText: email, phone, date of birth', () => {
  it('finds an email address as one finding, though it spells the name', () => {
    expect(found('Write to zoe.exemple-dupont@example.org')).toEqual([
      ['email', 'zoe.exemple-dupont@example.org'],
    ]);
  });

  it.each([
    '(555) 010-0123',
    '555-010-0123',
    '+1 555 010 0123',
    '555.010.0123',
    '+44 20 7946 0958',
    '555-0123',
  ])('finds the phone number %s', (phone) => {
    expect(found(`Call ${phone} if needed`)).toEqual([['phone', phone]]);
  });

  it.each([
    '1988-03-14',
    '03/14/1988',
    '3/14/88',
    '14.03.1988',
    'March 14, 1988',
    '14 March 1988',
    'Mar 14th 1988',
  ])('finds the recorded date of birth written %s', (date) => {
    const [finding] = scan(`Born ${date}.`);
    expect(finding).toMatchObject({ kind: 'dateOfBirth', text: date });
    expect(finding?.why).toMatch(/Partner A’s recorded date of birth/);
  });

  it('finds any full date 10 to 80 years back, and no date of the treatment period', () => {
    expect(found('On 1961-07-04 and on Nov 2, 2001')).toEqual([
      ['dateOfBirth', '1961-07-04'],
      ['dateOfBirth', 'Nov 2, 2001'],
    ]);
    expect(found('Sessions from 2026-01-05 to March 3, 2026; score 12/20; 1930-01-01')).toEqual([]);
  });
});

describe('scanFreeText: substance use', () => {
  it.each([
    ['No slips since the lapse', ['slips', 'lapse']],
    ['Attends GA meetings weekly', ['GA meetings']],
    ['Joined Al-Anon in spring', ['Al-Anon']],
    ['urine screen negative', ['urine screen']],
    ['AUDIT-C score 2', ['AUDIT-C']],
    ['Stepped down from IOP', ['IOP']],
    ['clean for 200 days', ['clean for']],
    ['received a chip last week', ['chip']],
    ['betting at the casino', ['betting', 'casino']],
    ['carries Narcan', ['Narcan']],
    ['a DUI in 2024', ['DUI']],
    ['Sample County Drug Court, Recovery Docket', ['Drug Court', 'Recovery Docket']],
    ['how use has affected your sex life', ['how use has']],
    ['Notice the urge to use and call someone', ['urge to use']],
    ['Partner A stops buying kratom', ['kratom']],
    ['SOBRIÉTÉ first', ['SOBRIÉTÉ']],
  ])('flags “%s”', (text, matches) => {
    const findings = scan(text);
    expect(findings.map((f) => f.text)).toEqual(matches);
    expect(findings.every((f) => f.kind === 'substanceUse')).toBe(true);
  });

  it.each([
    'Continue to use I-statements',
    'made good use of the time-out',
    'a smoke-free holiday together',
    'Use I-statements when upset',
    'Partner B will use the time-out agreement',
    'Less emotional withdrawal during arguments',
    'Name emotional triggers before they escalate',
    'Reuse the weekly planning sheet',
    'Both chip in with chores on Sundays',
    'A slip of the tongue during the session',
    'They cleaned the kitchen together',
    'Team meetings at work ran late',
    'Quick recovery from the argument',
    'Took two time slots in May',
    'It is no use arguing about the past',
    'Stopped using the phone in bed',
  ])('does not flag “%s”', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('says which word triggered a finding and why', () => {
    const [ga] = scan('Attends GA meetings weekly');
    expect(ga?.why).toMatch(
      /^“GA meetings” is a recovery fellowship or program \(.*Gamblers.*\); this report leaves substance use out\.$/,
    );
  });
});

describe('scan ids and kinds', () => {
  it('gives a stable id from field, offset and text', () => {
    const [a] = scan('Zoë came');
    const [b] = scan('Zoë came');
    expect(a?.id).toBe(b?.id);
    expect(a?.id).toBe(findingId('narrative', 0, 'Zoë'));
    expect(findingId('narrative', 1, 'Zoë')).not.toBe(a?.id);
    expect(findingId('recommendations', 0, 'Zoë')).not.toBe(a?.id);
  });

  it('looks only for what the report leaves out', () => {
    const text = [field('zoe attends AA')];
    const kinds = (identifiers: 'full' | 'initials', includeSubstanceUse: boolean) =>
      scanFreeText(text, context, scanKindsFor({ identifiers, includeSubstanceUse })).map((f) => f.kind);
    expect(kinds('full', true)).toEqual([]);
    expect(kinds('initials', true)).toEqual(['name']);
    expect(kinds('full', false)).toEqual(['substanceUse']);
    expect(kinds('initials', false)).toEqual(['name', 'substanceUse']);
  });
});

describe('decisions', () => {
  const findings = scan('zoe attends GA meetings, no slips.');
  const [name, ga, slips] = findings;
  if (!name || !ga || !slips) throw new Error('the fixture sentence must give three findings');

  it('resolves a finding only with a valid decision', () => {
    expect(decisionProblem(name, undefined)).toMatch(/Choose/);
    expect(decisionProblem(ga, { findingId: ga.id, action: 'initials', reason: null })).toMatch(
      /Only a name/,
    );
    expect(decisionProblem(ga, { findingId: ga.id, action: 'keep', reason: '  ' })).toMatch(/one line/);
    expect(decisionProblem(ga, { findingId: ga.id, action: 'keep', reason: 'a\nb' })).toMatch(/one line/);
    expect(
      decisionProblem(ga, { findingId: ga.id, action: 'keep', reason: 'GA is the state here' }),
    ).toBeNull();
    expect(unresolvedFindings(findings, [{ findingId: name.id, action: 'initials', reason: null }])).toEqual([
      ga,
      slips,
    ]);
  });

  it('replaces and removes, tidying the space left behind, and keeps what is kept', () => {
    const decisions = [
      { findingId: name.id, action: 'initials' as const, reason: null },
      { findingId: ga.id, action: 'remove' as const, reason: null },
      { findingId: slips.id, action: 'keep' as const, reason: 'Means a slip on the ice' },
    ];
    expect(applyDecisionsToText('zoe attends GA meetings, no slips.', findings, decisions)).toBe(
      'Z. E.-D. attends, no slips.',
    );
    expect(decisionsForRecord(findings, decisions)).toEqual([
      { field: 'narrative', kind: 'name', action: 'initials' },
      { field: 'narrative', kind: 'substanceUse', action: 'remove' },
      { field: 'narrative', kind: 'substanceUse', action: 'keep', reason: 'Means a slip on the ice' },
    ]);
    expect(JSON.stringify(decisionsForRecord(findings, decisions))).not.toContain('zoe');
  });

  it('rewrites only the fields a decision changes', () => {
    const fields = [field('Plain text', 'recommendations'), field('zoe came')];
    const own = scanFreeText(fields, context);
    const rewrites = applyDecisions(
      fields,
      own,
      own.map((f) => ({ findingId: f.id, action: 'remove' as const, reason: null })),
    );
    expect([...rewrites]).toEqual([['narrative', 'came']]);
  });
});

describe('reportFreeTextFields', () => {
  const document = {
    problemAreas: [
      {
        key: 'area-1',
        title: 'Trust with zoe',
        goals: [
          {
            key: 'goal-1',
            description: 'Rebuild trust',
            objectives: [
              {
                milestones: [
                  { key: 'm-1', description: 'Promises kept, says lukasz' },
                  { key: 'm-2', description: 'Hidden' },
                ],
              },
            ],
          },
          { key: 'goal-2', description: 'Not shown', objectives: [] },
        ],
      },
    ],
  };
  const goals = [
    {
      key: 'goal-1',
      area: 'trust' as const,
      areaTitle: 'Trust with zoe',
      description: 'Rebuild trust',
      milestoneKeys: ['m-1'],
      objectives: [],
      milestonePartners: {},
    },
  ];
  const sections = {
    attendance: true,
    goals: true,
    milestones: true,
    charts: false,
    calendar: false,
    questionnaires: false,
  };
  const options = { recipientName: 'County Court', narrative: 'Summary', recommendations: null, sections };

  it('lists the recipient line, summary, recommendations and the plan texts the sections print', () => {
    const fields = reportFreeTextFields(options, { document: document as unknown as PlanDocument, goals });
    expect(fields.map((f) => f.id)).toEqual([
      'recipientName',
      'narrative',
      'plan.area.area-1',
      'plan.goal.goal-1',
      'plan.milestone.m-1',
    ]);
    const noMilestones = reportFreeTextFields(
      { ...options, sections: { ...sections, milestones: false } },
      { document: document as unknown as PlanDocument, goals },
    );
    expect(noMilestones.map((f) => f.id)).not.toContain('plan.milestone.m-1');
  });

  it('rewrites plan texts by field id, leaving the rest', () => {
    const rewritten = rewritePlanTexts(
      document as unknown as PlanDocument,
      new Map([['plan.milestone.m-1', 'Promises kept, says Ł. T.']]),
    );
    expect(rewritten.problemAreas[0]?.goals[0]?.objectives[0]?.milestones[0]?.description).toBe(
      'Promises kept, says Ł. T.',
    );
    expect(document.problemAreas[0]?.goals[0]?.objectives[0]?.milestones[0]?.description).toBe(
      'Promises kept, says lukasz',
    );
  });
});

describe('review: names with an apostrophe', () => {
  const withApostrophe: ScanContext = {
    ...context,
    partners: { ...context.partners, A: { ...context.partners.A, lastName: "O'Brien-Kealy" } },
  };
  it.each([
    ['a typographic apostrophe', 'Ms O’Brien-Kealy attended', 'O’Brien'],
    ['the typed apostrophe', "Ms O'Brien attended", "O'Brien"],
    ['no apostrophe', 'obrien attended', 'obrien'],
    ['a space for the apostrophe', 'Mrs. O Brien attended', 'O Brien'],
    ['the hyphen left out', 'Ms OBrienKealy attended', 'OBrienKealy'],
  ])('finds the surname written with %s', (_, text, name) => {
    const names = scanFreeText([field(text)], withApostrophe)
      .filter((f) => f.kind === 'name')
      .map((f) => f.text);
    expect(names.some((n) => n.includes(name))).toBe(true);
  });
});

describe('review: a hyphenated first name typed without its hyphen', () => {
  const hyphenated: ScanContext = {
    ...context,
    partners: { ...context.partners, B: { ...context.partners.B, firstName: 'Jean-Luc' } },
  };
  it.each([['Jeanluc came alone'], ['jean luc came alone'], ['Jean‑Luc came alone']])(
    'finds it in "%s"',
    (text) => {
      const names = scanFreeText([field(text)], hyphenated).filter((f) => f.kind === 'name');
      const covered = (index: number) => names.some((f) => f.start <= index && index < f.end);
      // Every letter of the name lies inside a finding (one whole-name finding or one per part).
      const nameEnd = text.indexOf(' came');
      const letters = [...text.slice(0, nameEnd)].flatMap((c, i) => (/\p{L}/u.test(c) ? [i] : []));
      expect(letters.length).toBeGreaterThanOrEqual(7);
      expect(letters.every(covered)).toBe(true);
    },
  );
});
