import { toIsoDate } from '../../shared/domain/dates';
import { createDispatcher } from './dispatch';
import { errorSummary } from './error-summary';
import { seedLibrary } from './library/seed-on-open';
import { createFilePreferences } from './preferences';
import { warmReportsInBackground } from './reports/warm-up';
import { createAssessmentsHandlers } from './services/assessments';
import { createBackupsService } from './services/backups';
import { createConsentsHandlers } from './services/consents';
import { createCouplesHandlers } from './services/couples';
import { createDashboardHandlers } from './services/dashboard';
import { type CoreHandlers, mergeHandlers } from './services/handlers';
import { createHomeworkHandlers } from './services/homework';
import { createLibraryHandlers } from './services/library';
import { createNotesHandlers } from './services/notes';
import { createPlanReviewHandlers } from './services/plan-review';
import { createPlansHandlers } from './services/plans';
import { createPortabilityHandlers } from './services/portability';
import { createProgressHandlers } from './services/progress';
import { createRecordHandlers } from './services/record';
import { createReportsHandlers, warmProgressModel } from './services/reports';
import { createSessionsHandlers } from './services/sessions';
import { createSettingsHandlers } from './services/settings';
import { createVaultHandlers } from './services/vault';
import { createWorkspaceHandlers } from './services/workspace';
import type { Core, CoreOptions } from './types';
import { Vault } from './vault/vault';

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

  // Typed as the complete map: a channel without a handler is a compile error here.
  const handlers: CoreHandlers = mergeHandlers(
    createVaultHandlers(vault, { openFileDialog: options.openFileDialog }),
    createSettingsHandlers(preferences, options.screenLock),
    createCouplesHandlers(services),
    createAssessmentsHandlers(services),
    createSessionsHandlers(services),
    createWorkspaceHandlers(services),
    createNotesHandlers(services),
    createRecordHandlers(services),
    createLibraryHandlers(services),
    createPlansHandlers(services),
    createPlanReviewHandlers(services),
    createProgressHandlers(services),
    createDashboardHandlers(services),
    createHomeworkHandlers(services),
    createConsentsHandlers(services),
    createReportsHandlers(services, {
      preferences,
      saveDialog: options.saveDialog,
      demo: options.demo ?? false,
      recoveryKeyOpens: (recoveryKey) => vault.recoveryKeyOpens(recoveryKey),
    }),
    backups.handlers,
    createPortabilityHandlers(services, {
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
