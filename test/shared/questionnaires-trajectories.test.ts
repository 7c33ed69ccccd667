import { questionnaireTrajectories } from '@shared/domain/questionnaires';
import { describe, expect, it } from 'vitest';

describe('questionnaire trajectories', () => {
  it('takes the later entry of one day as the latest, in whatever order responses arrive', () => {
    const responses = [
      // Newest first, as the repository lists them.
      {
        partner: 'A',
        instrument: 'phq9',
        answeredOn: '2026-11-10',
        total: 14,
        mode: 'clinicianEntered',
        createdAt: '2026-11-10T15:00:00.000Z',
      },
      {
        partner: 'A',
        instrument: 'phq9',
        answeredOn: '2026-11-10',
        total: 4,
        mode: 'clinicianEntered',
        createdAt: '2026-11-10T09:00:00.000Z',
      },
      {
        partner: 'A',
        instrument: 'phq9',
        answeredOn: '2026-10-01',
        total: 6,
        mode: 'clinicianEntered',
        createdAt: '2026-10-01T09:00:00.000Z',
      },
    ] as const;
    for (const order of [responses, [...responses].reverse()]) {
      const [phq9] = questionnaireTrajectories(order);
      expect(phq9?.partners.A?.latest).toEqual({ date: '2026-11-10', total: 14 });
      expect(phq9?.partners.A?.change?.reliableChange).toBe('reliableDeterioration');
    }
  });

  it('states the change as of a date, leaving later answers out', () => {
    const [phq9] = questionnaireTrajectories(
      [
        { partner: 'B', instrument: 'phq9', answeredOn: '2026-09-01', total: 15, mode: 'clinicianEntered' },
        { partner: 'B', instrument: 'phq9', answeredOn: '2026-10-01', total: 13, mode: 'privateSelfReport' },
        { partner: 'B', instrument: 'phq9', answeredOn: '2026-11-01', total: 5, mode: 'privateSelfReport' },
      ],
      '2026-10-15',
    );
    expect(phq9?.partners.B?.latest.total).toBe(13);
    expect(phq9?.partners.B?.change?.reliableChange).toBe('noReliableChange');
    expect(phq9?.partners.A).toBeNull();
  });
});
