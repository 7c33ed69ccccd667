import {
  changeDisplayName,
  changePartner,
  coupleFormFromCouple,
  emptyCoupleForm,
  fieldForPath,
  normalizeFieldErrors,
  statusOptions,
  toCoupleInput,
  validateCoupleForm,
} from '@renderer/features/couples/coupleValues';
import type { Couple } from '@shared/contract/couples';
import { describe, expect, it } from 'vitest';

function namedForm() {
  let values = emptyCoupleForm('2026-11-20');
  values = changePartner(values, 'A', { firstName: 'Zoë', lastName: 'Müller-Ñúñez' });
  values = changePartner(values, 'B', { firstName: 'Łukasz', lastName: 'Żółć' });
  return values;
}

describe('couple form model', () => {
  it('suggests the display name from the partners until the clinician types one, and again once cleared', () => {
    let values = namedForm();
    expect(values.displayName).toBe('Zoë & Łukasz');
    values = changePartner(values, 'A', { preferredName: 'Zo' });
    expect(values.displayName).toBe('Zo & Łukasz');
    values = changeDisplayName(values, 'The Müller-Żółć household');
    values = changePartner(values, 'B', { firstName: 'Luk' });
    expect(values.displayName).toBe('The Müller-Żółć household');
    values = changeDisplayName(values, '  ');
    expect(values).toMatchObject({ displayName: 'Zo & Luk', displayNameEdited: false });
  });

  it('turns typed text into the contract input: comma lists, decimal commas, blanks as null', () => {
    let values = namedForm();
    values = changePartner(values, 'A', {
      substances: ' alcohol, , cannabis ,',
      yearsOfUse: '2,5',
      severity: 'mild',
    });
    const input = toCoupleInput(values);
    expect(input.partnerA).toMatchObject({
      substances: ['alcohol', 'cannabis'],
      yearsOfUse: 2.5,
      severity: 'mild',
    });
    expect(input.partnerB).toMatchObject({ substances: [], yearsOfUse: null, severity: null });
    expect(validateCoupleForm(values).errors).toEqual({});
  });

  it('reports schema errors by field, with what was typed left untouched', () => {
    let values = changePartner(namedForm(), 'B', { lastName: '', email: 'lukasz@', yearsOfUse: 'nine' });
    values = changeDisplayName(values, 'x'.repeat(121));
    const { errors } = validateCoupleForm(values);
    expect(errors).toEqual({
      displayName: 'A display name must be at most 120 characters',
      'partnerB.lastName': 'Enter last name',
      'partnerB.email': 'Enter an email address like name@example.org',
      'partnerB.yearsOfUse': 'Years of use must be a number',
    });
    expect(values.partnerB.yearsOfUse).toBe('nine');
  });

  it('files a deeper error path (one substance) under its field, keeping the first message', () => {
    expect(fieldForPath('partnerA.substances.3')).toBe('partnerA.substances');
    expect(fieldForPath('somethingElse')).toBe('');
    expect(
      normalizeFieldErrors({ 'partnerA.substances.1': 'Too long', 'partnerA.substances.2': 'Also too long' }),
    ).toEqual({ 'partnerA.substances': 'Too long' });
  });

  it('round-trips a stored couple and only offers Archived to a couple that already has it', () => {
    const partner = {
      id: '6f1c1f5e-7d0e-4a53-9d8a-1f0f3c2b8a01',
      position: 'A' as const,
      firstName: 'Zoë',
      lastName: 'Müller-Ñúñez',
      preferredName: null,
      pronouns: null,
      dateOfBirth: '1988-04-12',
      phone: null,
      email: null,
      inRecovery: true,
      substances: ['alcohol'],
      severity: 'moderate' as const,
      yearsOfUse: 9,
      sobrietyDate: null,
    };
    const couple: Couple = {
      id: '6f1c1f5e-7d0e-4a53-9d8a-1f0f3c2b8a00',
      displayName: 'Zoë & Łukasz',
      status: 'archived',
      referralSource: null,
      startDate: null,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      archivedAt: '2026-11-20T09:00:00.000Z',
      openSafetyFlags: 0,
      partnerA: partner,
      partnerB: {
        ...partner,
        position: 'B',
        firstName: 'Łukasz',
        lastName: 'Żółć',
        severity: null,
        yearsOfUse: null,
      },
    };
    const values = coupleFormFromCouple(couple);
    expect(values.partnerA).toMatchObject({ substances: 'alcohol', yearsOfUse: '9', preferredName: '' });
    expect(validateCoupleForm(values).errors).toEqual({});
    expect(statusOptions('archived')).toContain('archived');
    expect(statusOptions('active')).not.toContain('archived');
  });
});
