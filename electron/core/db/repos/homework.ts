import type { Db } from '@core/db/sqlite';
import type { Homework, HomeworkReviewStatus } from '@shared/contract/homework';

interface HomeworkRow {
  id: string;
  couple_id: string;
  assigned_in_session_id: string | null;
  plan_version_id: string | null;
  intervention_key: string | null;
  library_id: string | null;
  title: string;
  instructions: string | null;
  who: Homework['who'];
  joint: 0 | 1;
  assigned_on: string;
  due_date: string;
  status: Homework['status'];
  comment: string | null;
  reviewed_in_session_id: string | null;
  reviewed_on: string | null;
}

function toHomework(row: HomeworkRow): Homework {
  return {
    id: row.id,
    coupleId: row.couple_id,
    assignedInSessionId: row.assigned_in_session_id,
    planVersionId: row.plan_version_id,
    interventionKey: row.intervention_key,
    libraryId: row.library_id,
    title: row.title,
    instructions: row.instructions,
    who: row.who,
    joint: row.joint === 1,
    assignedOn: row.assigned_on,
    dueDate: row.due_date,
    status: row.status,
    comment: row.comment,
    reviewedInSessionId: row.reviewed_in_session_id,
    reviewedOn: row.reviewed_on,
  };
}

/** A new assignment: everything a `Homework` holds before its review. */
export type NewHomework = Omit<Homework, 'status' | 'comment' | 'reviewedInSessionId' | 'reviewedOn'>;

export interface HomeworkReview {
  status: HomeworkReviewStatus;
  comment: string | null;
  sessionId: string;
  reviewedOn: string;
}

export function createHomeworkRepo(db: Db) {
  return {
    /** The couple's homework, newest due date first (then newest assigned). */
    list(coupleId: string): Homework[] {
      const rows = db
        .prepare(
          'SELECT * FROM homework WHERE couple_id = ? ORDER BY due_date DESC, created_at DESC, id DESC',
        )
        .all(coupleId) as HomeworkRow[];
      return rows.map(toHomework);
    },

    get(id: string): Homework | null {
      const row = db.prepare('SELECT * FROM homework WHERE id = ?').get(id) as HomeworkRow | undefined;
      return row ? toHomework(row) : null;
    },

    insert(homework: NewHomework, now: string): void {
      db.prepare(`
        INSERT INTO homework (id, couple_id, assigned_in_session_id, plan_version_id, intervention_key,
          library_id, title, instructions, who, joint, assigned_on, due_date, status, created_at, updated_at)
        VALUES (@id, @couple_id, @assigned_in_session_id, @plan_version_id, @intervention_key,
          @library_id, @title, @instructions, @who, @joint, @assigned_on, @due_date, 'assigned', @now, @now)`).run(
        {
          id: homework.id,
          couple_id: homework.coupleId,
          assigned_in_session_id: homework.assignedInSessionId,
          plan_version_id: homework.planVersionId,
          intervention_key: homework.interventionKey,
          library_id: homework.libraryId,
          title: homework.title,
          instructions: homework.instructions,
          who: homework.who,
          joint: homework.joint ? 1 : 0,
          assigned_on: homework.assignedOn,
          due_date: homework.dueDate,
          now,
        },
      );
    },

    review(id: string, review: HomeworkReview, now: string): void {
      db.prepare(`
        UPDATE homework SET status = @status, comment = @comment, reviewed_in_session_id = @session_id,
          reviewed_on = @reviewed_on, updated_at = @now
        WHERE id = @id`).run({
        id,
        status: review.status,
        comment: review.comment,
        session_id: review.sessionId,
        reviewed_on: review.reviewedOn,
        now,
      });
    },

    /**
     * Puts the reviews recorded in a session back to "not reviewed yet": for a session then
     * recorded as canceled or a no-show, where no review can have happened. Returns how many.
     */
    reopenReviewsIn(sessionId: string, now: string): number {
      return db
        .prepare(
          `UPDATE homework SET status = 'assigned', comment = NULL, reviewed_in_session_id = NULL,
             reviewed_on = NULL, updated_at = ? WHERE reviewed_in_session_id = ?`,
        )
        .run(now, sessionId).changes;
    },

    /** Deletes an assignment that was never reviewed; false when there is none (or it was reviewed). */
    withdraw(id: string): boolean {
      return db.prepare("DELETE FROM homework WHERE id = ? AND status = 'assigned'").run(id).changes === 1;
    },
  };
}

export type HomeworkRepo = ReturnType<typeof createHomeworkRepo>;
