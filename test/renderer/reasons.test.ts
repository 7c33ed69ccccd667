import { distinctReasons, Reasons } from '@renderer/features/plans/Reasons';
import { assessmentInputSchema } from '@shared/contract/assessments';
import { proposePlan } from '@shared/domain/plan-engine';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fictionalAssessment, focusFixtureAssessment } from '../fixtures/assessments';
import { library } from '../shared/plan-fixtures';

const COUPLE = '00000000-0000-4000-8000-000000000001';

/** What the clinician reads: the "N" of "(and N more reasons)" and how many lines open under it. */
function shown(reasons: readonly string[]): { promised: number; opened: number } {
  const html = renderToStaticMarkup(createElement(Reasons, { reasons }));
  const promised = Number(/\(and (\d+) more reasons?\)/.exec(html)?.[1] ?? 0);
  const list = /<ul class="reasons__list">(.*?)<\/ul>/.exec(html)?.[1] ?? '';
  return { promised, opened: (list.match(/<li>/g) ?? []).length };
}

/** Every reasons list in a proposal, its suggestions included. */
function allReasons(value: unknown): string[][] {
  if (!value || typeof value !== 'object') return [];
  const own = 'reasons' in value && Array.isArray(value.reasons) ? [value.reasons as string[]] : [];
  return [...own, ...Object.values(value).flatMap(allReasons)];
}

describe('"(and N more reasons)" opens exactly N more', () => {
  it('for one, two and five reasons: none, one and four more', () => {
    expect(shown(['Lowest rating 2/10'])).toEqual({ promised: 0, opened: 0 });
    expect(shown(['a', 'b'])).toEqual({ promised: 1, opened: 1 });
    expect(shown(['a', 'b', 'c', 'd', 'e'])).toEqual({ promised: 4, opened: 4 });
    expect(renderToStaticMarkup(createElement(Reasons, { reasons: ['a', 'b'] }))).toContain(
      '(and 1 more reason)',
    );
  });

  it('counts a sentence said twice, or a blank one, as nothing more to read', () => {
    expect(distinctReasons(['a', ' a ', '', 'b', 'a'])).toEqual(['a', 'b']);
    expect(shown(['a', 'a', 'b', '  '])).toEqual({ promised: 1, opened: 1 });
    expect(renderToStaticMarkup(createElement(Reasons, { reasons: ['', ' '] }))).toBe('');
  });

  it('property: for any reasons, the number promised is the number of lines that open', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', ' ', 'Partner A rated trust 2/10'), { maxLength: 12 }),
        (reasons) => {
          const { promised, opened } = shown(reasons);
          expect(opened).toBe(promised);
          expect(promised).toBe(Math.max(distinctReasons(reasons).length - 1, 0));
        },
      ),
    );
  });

  it('for every item of the engine’s proposals for the fixture couples', () => {
    for (const input of [fictionalAssessment(COUPLE), focusFixtureAssessment(COUPLE)]) {
      const proposal = proposePlan({ assessment: assessmentInputSchema.parse(input), library });
      for (const reasons of allReasons(proposal)) {
        const { promised, opened } = shown(reasons);
        expect(opened, reasons.join(' | ')).toBe(promised);
        expect(promised + 1, reasons.join(' | ')).toBe(Math.max(reasons.length, 1));
      }
    }
  });
});
