import { createAssessmentsRepo } from '@core/db/repos/assessments';
import { createAuditRepo } from '@core/db/repos/audit';
import { createConsentsRepo } from '@core/db/repos/consents';
import { createCouplesRepo } from '@core/db/repos/couples';
import { createHomeworkRepo } from '@core/db/repos/homework';
import { createLibraryRepo } from '@core/db/repos/library';
import { createNotesRepo } from '@core/db/repos/notes';
import { createPlansRepo } from '@core/db/repos/plans';
import { createPortabilityRepo } from '@core/db/repos/portability';
import { createProgressRepo } from '@core/db/repos/progress';
import { createRecordRepo } from '@core/db/repos/record';
import { createReportsRepo } from '@core/db/repos/reports';
import { createSessionsRepo } from '@core/db/repos/sessions';
import { createTodayRepo } from '@core/db/repos/today';
import type { Db } from '@core/db/sqlite';

/**
 * Everything that exists only while the vault is unlocked: the open database, its key and
 * the repositories over it. Locking drops the whole session at once.
 */
export function createSession(db: Db, key: Buffer, clock: () => Date) {
  return {
    db,
    key,
    audit: createAuditRepo(db, clock),
    couples: createCouplesRepo(db),
    assessments: createAssessmentsRepo(db),
    sessions: createSessionsRepo(db),
    notes: createNotesRepo(db),
    record: createRecordRepo(db),
    library: createLibraryRepo(db),
    plans: createPlansRepo(db),
    progress: createProgressRepo(db),
    today: createTodayRepo(db),
    reports: createReportsRepo(db),
    portability: createPortabilityRepo(db),
    homework: createHomeworkRepo(db),
    consents: createConsentsRepo(db),
  };
}

export type Session = ReturnType<typeof createSession>;
