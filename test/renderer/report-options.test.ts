import {
  characterCount,
  defaultPeriod,
  initialProgressReportValues,
  letterheadGaps,
  monthsBefore,
  placeProgressReportErrors,
  presetSummary,
  sectionsFrom,
  validateProgressReport,
  withRecipient,
} from '@renderer/features/reports/progressReportForm';
import { pageCountText, pageLabel, savedText } from '@renderer/features/reports/reportText';
import { letterheadFormValues, validateLetterhead } from '@renderer/features/settings/letterheadValues';
import { emptyLetterhead } from '@shared/contract/settings';
import { recipientPresets, reportRecipients } from '@shared/domain/reports/options';
import { describe, expect, it } from 'vitest';

const COUPLE_ID = '3f1c2a4e-8b7d-4c6a-9e5f-1a2b3c4d5e6f';

describe('the default period of a progress report', () => {
  it('goes back whole calendar months, staying inside a shorter month', () => {
    expect(monthsBefore('2026-11-30', 3)).toBe('2026-08-30');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2028-05-31', 3)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-15', 3)).toBe('2026-10-15');
  });

  it('starts when the active plan was signed, else three months back, and ends today', () => {
    expect(defaultPeriod('2026-11-30', '2026-09-14')).toEqual({ from: '2026-09-14', to: '2026-11-30' });
    expect(defaultPeriod('2026-11-30', null)).toEqual({ from: '2026-08-30', to: '2026-11-30' });
    // Signed today would make a one-day report: the three months apply.
    expect(defaultPeriod('2026-11-30', '2026-11-30')).toEqual({ from: '2026-08-30', to: '2026-11-30' });
  });

  it('never starts before the couple’s treatment began', () => {
    expect(defaultPeriod('2026-11-30', null, '2026-10-05')).toEqual({ from: '2026-10-05', to: '2026-11-30' });
    expect(defaultPeriod('2026-11-30', null, '2026-01-05')).toEqual({ from: '2026-08-30', to: '2026-11-30' });
  });
});

describe('recipient presets', () => {
  it('start the dialog on the couple’s own copy, everything included', () => {
    const values = initialProgressReportValues('2026-11-30', null);
    expect(values.recipient).toBe('couple');
    expect(values.identifiers).toBe('full');
    expect(values.includeSubstanceUse).toBe(recipientPresets.couple.includeSubstanceUse);
    expect(values.sections).toEqual(recipientPresets.couple.sections);
  });

  it('apply names, substance use and sections, and keep the period, the recipient’s name and the text', () => {
    const typed = {
      ...initialProgressReportValues('2026-11-30', '2026-09-14'),
      recipientName: 'Superior Court of Example County (fictional)',
      narrative: 'Zoë and Łukasz came to every session.',
      recommendations: 'Continue weekly.',
      identifiers: 'initials' as const,
    };
    for (const recipient of reportRecipients) {
      const next = withRecipient(typed, recipient);
      const preset = recipientPresets[recipient];
      expect(next).toMatchObject({
        recipient,
        identifiers: preset.identifiers,
        includeSubstanceUse: preset.includeSubstanceUse,
        sections: preset.sections,
        from: '2026-09-14',
        to: '2026-11-30',
        recipientName: typed.recipientName,
        narrative: typed.narrative,
        recommendations: typed.recommendations,
      });
      // A copy: ticking a section afterwards must not change the preset itself.
      expect(next.sections).not.toBe(preset.sections);
    }
  });

  it('are described in one line for the status message', () => {
    expect(presetSummary('court')).toBe(
      'Choices set for Court: full names; substance-use details left out; sections: attendance summary, plan goals and their status. You can change any of these.',
    );
  });
});

describe('checking the options with the contract', () => {
  it('refuses a period that ends before it starts, on the "to" field, by the core’s path', () => {
    const values = {
      ...initialProgressReportValues('2026-11-30', null),
      from: '2026-11-30',
      to: '2026-11-01',
    };
    const result = validateProgressReport(COUPLE_ID, values);
    expect(result).toEqual({
      ok: false,
      errors: { 'options.to': 'The period must end on or after its start' },
    });
  });

  it('refuses a period after today or before treatment began, as the core does', () => {
    const values = {
      ...initialProgressReportValues('2026-11-30', null),
      from: '2026-09-01',
      to: '2026-12-01',
    };
    const result = validateProgressReport(COUPLE_ID, values, {
      today: '2026-11-30',
      startDate: '2026-10-05',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'options.from': 'The period cannot start before treatment began (Oct 5, 2026)',
        'options.to': 'The period cannot end after today (Nov 30, 2026)',
      },
    });
  });

  it('refuses a date that is not a real one, and a summary over 8,000 characters', () => {
    const values = {
      ...initialProgressReportValues('2026-11-30', null),
      from: '2026-02-30',
      narrative: 'é'.repeat(8001),
    };
    const result = validateProgressReport(COUPLE_ID, values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['options.from']).toBe('The start of the period must be a real date (YYYY-MM-DD)');
    expect(result.errors['options.narrative']).toBe('The summary must be at most 8000 characters');
  });

  it('sends the request the core expects, blanks as nothing', () => {
    const values = withRecipient(initialProgressReportValues('2026-11-30', null), 'insurer');
    const result = validateProgressReport(COUPLE_ID, values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request).toEqual({
      kind: 'progress',
      options: { coupleId: COUPLE_ID, ...values },
    });
  });

  it('starts a partner’s substance-use details included only with that partner’s consent (the couple preset too)', () => {
    const start = initialProgressReportValues('2026-11-30', null);
    expect(start.recipient).toBe('couple');
    expect(start.includeSubstanceUse).toBe(true);
    expect(start.substanceUseOf).toEqual({ A: false, B: false });
    const consented = withRecipient(start, 'couple', { A: true, B: false });
    expect(consented.substanceUseOf).toEqual({ A: true, B: false });
    // Choosing another recipient starts again from that recipient's consents.
    expect(withRecipient(consented, 'referringProgramme').substanceUseOf).toEqual({ A: false, B: false });
    expect(presetSummary('couple')).toContain(
      'substance-use details included for each partner whose consent is recorded',
    );
  });

  it('places the core’s deeper paths on the field that shows them', () => {
    expect(
      placeProgressReportErrors({
        'options.sections.charts': 'Invalid input',
        'options.recipientName': 'Too long',
        kind: 'Unknown',
      }),
    ).toEqual({ 'options.sections': 'Invalid input', 'options.recipientName': 'Too long', '': 'Unknown' });
    expect(placeProgressReportErrors({ 'options.substanceUseOf.A': 'Needs consent' })).toEqual({
      'options.substanceUseOf.A': 'Needs consent',
    });
  });

  it('turns the ticked sections back into the contract’s switches', () => {
    expect(sectionsFrom(['goals', 'calendar'])).toEqual({
      attendance: false,
      goals: true,
      milestones: false,
      charts: false,
      calendar: true,
      questionnaires: false,
    });
    expect(sectionsFrom(['questionnaires']).questionnaires).toBe(true);
  });
});

describe('words on the dialogs', () => {
  it('count characters as the contract does (trimmed), and say how far over the limit', () => {
    expect(characterCount('  Zoë  ')).toBe('3 of 8,000 characters');
    expect(characterCount('x'.repeat(8050))).toBe('50 characters over the limit of 8,000');
  });

  it('name what the letterhead lacks for a report to say who wrote it', () => {
    expect(letterheadGaps(emptyLetterhead)).toEqual(['practice name', 'clinician name']);
    expect(letterheadGaps({ ...emptyLetterhead, practiceName: 'Clínica Sol (fictional)' })).toEqual([
      'clinician name',
    ]);
    expect(
      letterheadGaps({ ...emptyLetterhead, practiceName: 'Clínica Sol', clinicianName: 'Dr. Example' }),
    ).toEqual([]);
  });

  it('label pages and saves', () => {
    expect(pageLabel(3, 12)).toBe('Page 3 of 12');
    expect(pageCountText(1)).toBe('1 page');
    expect(pageCountText(4)).toBe('4 pages');
    expect(savedText({ saved: true, fileName: 'progress-report-2026-11-30.pdf' })).toBe(
      'Saved as progress-report-2026-11-30.pdf.',
    );
    expect(savedText({ saved: false, fileName: null })).toBe('');
  });
});

describe('the letterhead form', () => {
  it('keeps what was typed and turns blanks into nothing', () => {
    const values = {
      ...letterheadFormValues(emptyLetterhead),
      practiceName: '  Clínica Sol y Mar (fictional) ',
      address: '12 Example Street\nSpringfield',
    };
    expect(validateLetterhead(values)).toEqual({
      ok: true,
      input: {
        ...emptyLetterhead,
        practiceName: 'Clínica Sol y Mar (fictional)',
        address: '12 Example Street\nSpringfield',
      },
    });
  });

  it('reports a value too long by the core’s path', () => {
    const values = { ...letterheadFormValues(emptyLetterhead), phone: '5'.repeat(41) };
    expect(validateLetterhead(values)).toEqual({
      ok: false,
      errors: { 'letterhead.phone': 'The phone number must be at most 40 characters' },
    });
  });
});
