import { createAssessmentsRepo } from './db/repos/assessments';
import { createAuditRepo } from './db/repos/audit';
import { createConsentsRepo } from './db/repos/consents';
import { createCouplesRepo } from './db/repos/couples';
import { createHomeworkRepo } from './db/repos/homework';
import { createLibraryRepo } from './db/repos/library';
import { createNotesRepo } from './db/repos/notes';
import { createPlansRepo } from './db/repos/plans';
import { createPortabilityRepo } from './db/repos/portability';
import { createProgressRepo } from './db/repos/progress';
import { createRecordRepo } from './db/repos/record';
import { createReportsRepo } from './db/repos/reports';
import { createSessionsRepo } from './db/repos/sessions';
import { createTodayRepo } from './db/repos/today';
import type { Db } from './db/sqlite';

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
