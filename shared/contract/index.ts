import type { z } from 'zod';
import { assessmentsContract } from './assessments';
import { auditContract } from './audit';
import { backupsContract } from './backups';
import { calendarContract } from './calendar';
import { consentsContract } from './consents';
import { couplesContract } from './couples';
import { dashboardContract } from './dashboard';
import { exportsContract } from './exports';
import { homeworkContract } from './homework';
import { libraryContract } from './library';
import { measurementsContract } from './measurements';
import { notesContract } from './notes';
import { plansContract } from './plans';
import { practiceContract } from './practice';
import { questionnairesContract } from './questionnaires';
import { reportsContract } from './reports';
import { safetyContract } from './safety';
import { searchContract } from './search';
import { sessionsContract } from './sessions';
import { settingsContract } from './settings';
import { timelineContract } from './timeline';
import { todayContract } from './today';
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
  ...safetyContract,
  ...sessionsContract,
  ...workspaceContract,
  ...notesContract,
  ...timelineContract,
  ...searchContract,
  ...auditContract,
  ...libraryContract,
  ...plansContract,
  ...todayContract,
  ...measurementsContract,
  ...calendarContract,
  ...dashboardContract,
  ...practiceContract,
  ...reportsContract,
  ...backupsContract,
  ...exportsContract,
  ...homeworkContract,
  ...consentsContract,
  ...questionnairesContract,
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
