import { coupleInputSchema } from '@shared/contract/couples';
import { issuePath, issuesToFieldErrors } from '@shared/contract/field-issues';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('issue paths: one naming of a field for the core and the forms', () => {
  it('joins a path with dots, array indexes included', () => {
    expect(issuePath(['partnerA', 'substances', 2])).toBe('partnerA.substances.2');
    expect(issuePath([])).toBe('');
  });

  it('keeps the first message per field, in the order the schema reports them', () => {
    const schema = z.object({
      name: z
        .string()
        .min(2, 'Too short')
        .regex(/^[a-z]+$/, 'Letters only'),
      steps: z.array(z.string().min(1, 'Step is empty')),
    });
    const parsed = schema.safeParse({ name: '1', steps: ['ok', '', ''] });
    expect(parsed.success).toBe(false);
    expect(issuesToFieldErrors(parsed.error?.issues ?? [])).toEqual({
      name: 'Too short',
      'steps.1': 'Step is empty',
      'steps.2': 'Step is empty',
    });
  });

  it('keys a contract schema’s refusal by the paths a form names its fields with', () => {
    const parsed = coupleInputSchema.safeParse({ displayName: '', partnerA: {}, partnerB: {} });
    const fields = issuesToFieldErrors(parsed.error?.issues ?? []);
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['partnerA.firstName', 'partnerB.lastName']));
    for (const message of Object.values(fields)) expect(message).not.toBe('');
  });

  it('takes a form’s own issues too (a root message has the empty path)', () => {
    expect(
      issuesToFieldErrors([
        { path: [], message: 'Something about the whole form' },
        { path: ['policy', 'daily'], message: 'From 1 to 60' },
        { path: ['policy', 'daily'], message: 'A second opinion' },
      ]),
    ).toEqual({ '': 'Something about the whole form', 'policy.daily': 'From 1 to 60' });
  });
});
