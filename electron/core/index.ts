import { seedLibrary } from '@core/library/seed-on-open';
import { warmReportsInBackground } from '@core/reports/warm-up';
import { createAssessmentsHandlers } from '@core/services/assessments';
import { createAuditHandlers } from '@core/services/audit';
import { createBackupsService } from '@core/services/backups';
import { createCalendarHandlers } from '@core/services/calendar';
import { createConsentsHandlers } from '@core/services/consents';
import { createCouplesHandlers } from '@core/services/couples';
import { createDashboardHandlers } from '@core/services/dashboard';
import { createExportsHandlers } from '@core/services/exports';
import { type CoreHandlers, mergeHandlers } from '@core/services/handlers';
import { createHomeworkHandlers } from '@core/services/homework';
import { createLibraryHandlers } from '@core/services/library';
import { createMeasurementsHandlers } from '@core/services/measurements';
import { createNotesHandlers } from '@core/services/notes';
import { createPlansHandlers } from '@core/services/plans';
import { createPlanReviewHandlers } from '@core/services/plans/review';
import {
  createQuestionnairesHandlers,
  type PrivateHandOff,
  type PrivateModeControl,
} from '@core/services/questionnaires';
import { createReportsHandlers, warmProgressModel } from '@core/services/reports';
import { createSafetyHandlers } from '@core/services/safety';
import { createSearchHandlers } from '@core/services/search';
import { createSessionsHandlers } from '@core/services/sessions';
import { createSettingsHandlers, readPreferences } from '@core/services/settings';
import { createTimelineHandlers } from '@core/services/timeline';
import { createTodayHandlers } from '@core/services/today';
import { createVaultHandlers } from '@core/services/vault';
import { createWorkspaceHandlers } from '@core/services/workspace';
import type { Session } from '@core/session';
import { Vault } from '@core/vault/vault';
import { PRIVATE_CHANNELS } from '@shared/contract/questionnaires';
import { toIsoDate } from '@shared/domain/dates';
import { createDispatcher } from './dispatch';
import { errorSummary } from './error-summary';
import { createFilePreferences } from './preferences';
import type { Core, CoreOptions } from './types';

export type { Core, CoreOptions, FolderDialog, PreferencesStore, SaveDialog, ScryptParams } from './types';

/**
 * Builds Rekindle's core: the vault, the database and every feature's handlers behind one
 * `dispatch`. Plain Node: the Electron main process, the end-to-end harness and the tests
 * all drive this same object.
 */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const vault = new Vault({
    dataDir: options.dataDir,
    clock,
    kdf: options.kdf,
    ...(options.databasePageSize === undefined ? {} : { pageSize: options.databasePageSize }),
    afterOpen: (session) => {
      seedLibrary(session, clock);
      // The first report after unlock should not pay for parsing fonts and compiling the report
      // code: both done in the background (reports/warm-up.ts).
      if (options.preloadFonts ?? true)
        void warmReportsInBackground(async () => {
          // Locked again before the warm-up got here: there is no record to read.
          if (vault.isUnlocked()) await warmProgressModel(vault.current(), toIsoDate(clock()));
        });
    },
    // On lock and on quit (close locks too): a backup if one is due. Declared below.
    beforeLock: (session) => backups.beforeLock(session),
  });
  const preferences = options.preferences ?? createFilePreferences(options.dataDir);
  let closed = false;
  const services = { session: () => vault.current(), clock };
  const backups = createBackupsService(services, {
    preferences,
    folderDialog: options.folderDialog,
    vault,
  });

  // A partner's private check-in: while one is open the dispatcher answers only its two
  // channels (and locking), so nothing of the record can reach the screen the partner holds.
  // Kept per unlocked session: any lock ends it.
  const handOffs = new WeakMap<Session, PrivateHandOff>();
  const privateMode: PrivateModeControl = {
    current: (s) => handOffs.get(s) ?? null,
    begin: (s, handOff) => handOffs.set(s, handOff),
    lock: () => vault.lock(),
    vaultBusy: () => vault.isBusy(),
    autoLockMinutes: () => readPreferences(preferences).autoLockMinutes,
  };

  // Typed as the complete map: a channel without a handler is a compile error here.
  const handlers: CoreHandlers = mergeHandlers(
    createVaultHandlers(vault, { openFileDialog: options.openFileDialog }),
    createSettingsHandlers(preferences, options.screenLock),
    createCouplesHandlers(services),
    createAssessmentsHandlers(services),
    createSafetyHandlers(services),
    createSessionsHandlers(services),
    createWorkspaceHandlers(services),
    createNotesHandlers(services),
    createTimelineHandlers(services),
    createSearchHandlers(services),
    createAuditHandlers(services),
    createLibraryHandlers(services),
    createPlansHandlers(services),
    createPlanReviewHandlers(services),
    createTodayHandlers(services),
    createMeasurementsHandlers(services),
    createCalendarHandlers(services),
    createDashboardHandlers(services),
    createHomeworkHandlers(services),
    createConsentsHandlers(services),
    createQuestionnairesHandlers(services, privateMode),
    createReportsHandlers(services, {
      preferences,
      saveDialog: options.saveDialog,
      demo: options.demo ?? false,
      recoveryKeyOpens: (recoveryKey) => vault.recoveryKeyOpens(recoveryKey),
    }),
    backups.handlers,
    createExportsHandlers(services, {
      preferences,
      saveDialog: options.saveDialog,
      openFileDialog: options.openFileDialog,
      kdf: options.kdf,
      demo: options.demo ?? false,
    }),
  );

  const dispatch = createDispatcher({
    handlers,
    isUnlocked: () => vault.isUnlocked(),
    isClosed: () => closed,
    onlyChannels: () => (vault.isUnlocked() && handOffs.has(vault.current()) ? PRIVATE_CHANNELS : null),
    // A request the partner's screen never makes means the window is not showing it (reloaded,
    // or out of step): lock, so the clinician's passphrase, not a stuck check-in, is the way back.
    onRestrictedRefusal: () => void vault.lock(),
    onInternalError: (channel, error) => {
      // Only the channel and the error's class and code: messages can quote data.
      console.error(`[rekindle] internal error on ${channel}: ${errorSummary(error)}`);
    },
  });

  return {
    dispatch: dispatch as Core['dispatch'],
    lock: () => vault.lock(),
    async close() {
      closed = true;
      await vault.lock();
    },
  };
}
