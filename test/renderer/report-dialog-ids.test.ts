import { ProgressReportDialog } from '@renderer/features/reports/ProgressReportDialog';
import { initialProgressReportValues } from '@renderer/features/reports/progressReportForm';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import type { Couple } from '@shared/contract/couples';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

const partner = {
  id: '6f1c1f5e-7d0e-4a53-9d8a-1f0f3c2b8a02',
  position: 'A' as const,
  firstName: 'Ada',
  lastName: 'Testperson',
  preferredName: null,
  pronouns: null,
  dateOfBirth: null,
  phone: null,
  email: null,
  inRecovery: true,
  substances: ['alcohol'],
  severity: 'moderate' as const,
  yearsOfUse: 4,
  sobrietyDate: null,
};
const couple: Couple = {
  id: '6f1c1f5e-7d0e-4a53-9d8a-1f0f3c2b8a01',
  displayName: 'Ada & Bo (fictional)',
  status: 'active',
  referralSource: null,
  startDate: '2026-01-05',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  archivedAt: null,
  openSafetyFlags: 0,
  partnerA: partner,
  partnerB: {
    ...partner,
    id: '6f1c1f5e-7d0e-4a53-9d8a-1f0f3c2b8a03',
    position: 'B',
    firstName: 'Bo',
    inRecovery: false,
  },
};

/** Every id in the markup, and every id an `aria-describedby` points at. */
function idsOf(html: string) {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  const described = [...html.matchAll(/aria-describedby="([^"]+)"/g)].flatMap((m) =>
    (m[1] as string).split(' '),
  );
  return { ids, described };
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe('hint ids in a radio group are each their own', () => {
  it('the report dialog has no id twice, and every described-by points at an element', () => {
    const html = renderToStaticMarkup(
      createElement(
        QueryClientProvider,
        { client: new QueryClient() },
        createElement(
          MemoryRouter,
          null,
          createElement(ProgressReportDialog, {
            couple,
            values: initialProgressReportValues('2026-12-06', null),
            onValuesChange: () => undefined,
            onGenerated: () => undefined,
            onClose: () => undefined,
          }),
        ),
      ),
    );
    const { ids, described } = idsOf(html);
    expect(ids).toContain('field-options-recipient-hint');
    expect(duplicates(ids)).toEqual([]);
    for (const id of described) expect(ids).toContain(id);
    // The first recipient option is described by its own hint, not the group's.
    const first = /<input[^>]*id="field-options-recipient"[^>]*>/.exec(html)?.[0] ?? '';
    expect(first).toMatch(/aria-describedby="field-options-recipient-option-couple-hint"/);
  });

  it('a group with a hint and hinted options describes the group and each option separately', () => {
    const html = renderToStaticMarkup(
      createElement(RadioGroupField<'x' | 'y'>, {
        name: 'choice',
        legend: 'Pick one',
        hint: 'The group hint',
        value: 'x',
        options: [
          { value: 'x', label: 'X', hint: 'Hint of x' },
          { value: 'y', label: 'Y', hint: 'Hint of y' },
        ],
        onValueChange: () => undefined,
      }),
    );
    const { ids, described } = idsOf(html);
    expect(duplicates(ids)).toEqual([]);
    expect(new Set(described)).toEqual(
      new Set(['field-choice-hint', 'field-choice-option-x-hint', 'field-choice-option-y-hint']),
    );
  });
});
