import { createAssessmentsRepo } from '@core/db/repos/assessments';
import { createAuditRepo } from '@core/db/repos/audit';
import { createCalendarRepo } from '@core/db/repos/calendar';
import { createConsentsRepo } from '@core/db/repos/consents';
import { createCouplesRepo } from '@core/db/repos/couples';
import { createExportsRepo } from '@core/db/repos/exports';
import { createHomeworkRepo } from '@core/db/repos/homework';
import { createLibraryRepo } from '@core/db/repos/library';
import { createMeasurementsRepo } from '@core/db/repos/measurements';
import { createNotesRepo } from '@core/db/repos/notes';
import { createPlansRepo } from '@core/db/repos/plans';
import { createQuestionnairesRepo } from '@core/db/repos/questionnaires';
import { createReportsRepo } from '@core/db/repos/reports';
import { createSafetyRepo } from '@core/db/repos/safety';
import { createSearchRepo } from '@core/db/repos/search';
import { createSessionsRepo } from '@core/db/repos/sessions';
import { createTimelineRepo } from '@core/db/repos/timeline';
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
    safety: createSafetyRepo(db),
    sessions: createSessionsRepo(db),
    notes: createNotesRepo(db),
    timeline: createTimelineRepo(db),
    search: createSearchRepo(db),
    library: createLibraryRepo(db),
    plans: createPlansRepo(db),
    measurements: createMeasurementsRepo(db),
    calendar: createCalendarRepo(db),
    today: createTodayRepo(db),
    reports: createReportsRepo(db),
    exports: createExportsRepo(db),
    homework: createHomeworkRepo(db),
    consents: createConsentsRepo(db),
    questionnaires: createQuestionnairesRepo(db),
  };
}

export type Session = ReturnType<typeof createSession>;
