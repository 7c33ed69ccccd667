import { z } from 'zod';
import { passphraseIssue } from '../domain/passphrase';

/** A passphrase the clinician is choosing now: must meet the strength rules. */
export const newPassphraseSchema = z.string().superRefine((value, ctx) => {
  const issue = passphraseIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

/** A passphrase being tried: any non-empty string (old vaults may predate today's rules). */
const enteredPassphrase = z.string().min(1, 'Enter your passphrase').max(1024, 'That passphrase is too long');

export const vaultStateSchema = z.enum(['new', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultContract = {
  'vault:status': {
    input: z.object({}).strict(),
    output: z.object({ state: vaultStateSchema }),
  },
  'vault:create': {
    input: z.object({ passphrase: newPassphraseSchema }).strict(),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault:unlock': {
    input: z.object({ passphrase: enteredPassphrase }).strict(),
    output: z.object({ state: z.literal('unlocked') }),
  },
  'vault:unlockWithRecoveryKey': {
    input: z
      .object({
        recoveryKey: z
          .string()
          .trim()
          .min(1, 'Enter the recovery key')
          .max(200, 'That is not a recovery key'),
        newPassphrase: newPassphraseSchema,
      })
      .strict(),
    output: z.object({ state: z.literal('unlocked') }),
  },
  'vault:changePassphrase': {
    input: z.object({ current: enteredPassphrase, next: newPassphraseSchema }).strict(),
    output: z.object({ changed: z.literal(true) }),
  },
  'vault:lock': {
    input: z.object({}).strict(),
    output: z.object({ state: z.literal('locked') }),
  },
} as const;
