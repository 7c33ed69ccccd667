import { seedLibrary } from '@core/library/seed-on-open';
import { warmReportsInBackground } from '@core/reports/warm-up';
import { createAssessmentsHandlers } from '@core/services/assessments';
import { createBackupsService } from '@core/services/backups';
import { createConsentsHandlers } from '@core/services/consents';
import { createCouplesHandlers } from '@core/services/couples';
import { createDashboardHandlers } from '@core/services/dashboard';
import { type CoreHandlers, mergeHandlers } from '@core/services/handlers';
import { createHomeworkHandlers } from '@core/services/homework';
import { createLibraryHandlers } from '@core/services/library';
import { createNotesHandlers } from '@core/services/notes';
import { createPlanReviewHandlers } from '@core/services/plan-review';
import { createPlansHandlers } from '@core/services/plans';
import { createPortabilityHandlers } from '@core/services/portability';
import { createProgressHandlers } from '@core/services/progress';
import { createRecordHandlers } from '@core/services/record';
import { createReportsHandlers, warmProgressModel } from '@core/services/reports';
import { createSessionsHandlers } from '@core/services/sessions';
import { createSettingsHandlers } from '@core/services/settings';
import { createVaultHandlers } from '@core/services/vault';
import { createWorkspaceHandlers } from '@core/services/workspace';
import { Vault } from '@core/vault/vault';
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
