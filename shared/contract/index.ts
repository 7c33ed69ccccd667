import type { z } from 'zod';
import { assessmentsContract } from './assessments';
import { backupsContract } from './backups';
import { consentsContract } from './consents';
import { couplesContract } from './couples';
import { dashboardContract } from './dashboard';
import { homeworkContract } from './homework';
import { libraryContract } from './library';
import { notesContract } from './notes';
import { plansContract } from './plans';
import { portabilityContract } from './portability';
import { practiceContract } from './practice';
import { progressContract } from './progress';
import { recordContract } from './record';
import { reportsContract } from './reports';
import { sessionsContract } from './sessions';
import { settingsContract } from './settings';
import { vaultContract } from './vault';
import { workspaceContract } from './workspace';

export type { RekindleBridge } from './bridge';
export { IPC_COPY_SECRET, IPC_DRAFTS_SAVED, IPC_INVOKE, IPC_LOCKED, IPC_SAVE_DRAFTS } from './bridge';
export type { CoreError, Envelope, ErrorCode } from './envelope';
export { errorCodes } from './envelope';

/**
 * Every IPC channel, `feature:verb` -> { input, output } schemas. The one source of truth
 * for the preload allowlist, the core dispatcher and the renderer's typed client.
 */
export const contract = {
  ...vaultContract,
  ...couplesContract,
  ...settingsContract,
  ...assessmentsContract,
  ...sessionsContract,
  ...workspaceContract,
  ...notesContract,
  ...recordContract,
  ...libraryContract,
  ...plansContract,
  ...progressContract,
  ...dashboardContract,
  ...practiceContract,
  ...reportsContract,
  ...backupsContract,
  ...portabilityContract,
  ...homeworkContract,
  ...consentsContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** Channels allowed while the vault is locked. */
export function isVaultChannel(channel: Channel): boolean {
  return channel.startsWith('vault:');
}
