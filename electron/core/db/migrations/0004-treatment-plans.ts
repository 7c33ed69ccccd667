import type { Migration } from './types';

/**
 * Treatment plans, one row per version. A couple has at most one draft and one active
 * version; signing supersedes the active one. The plan itself is a JSON document validated
 * by the contract's schema on the way in and out: its items are edited, reordered and
 * compared as a tree, and their keys stay stable across versions.
 *
 * Once signed a version never changes, except that an active version may be marked
 * superseded; signed versions are never deleted.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'treatment-plans',
  up(db) {
    db.exec(`
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'superseded')),
        source TEXT NOT NULL CHECK (source IN ('proposal', 'blank', 'revision')),
        based_on TEXT REFERENCES plan_versions (id),
        assessment_id TEXT REFERENCES assessments (id),
        document TEXT NOT NULL,
        review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        signed_by TEXT,
        superseded_at TEXT,
        UNIQUE (couple_id, version),
        CHECK ((status = 'draft') = (signed_at IS NULL)),
        CHECK ((status = 'superseded') = (superseded_at IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX plan_versions_one_draft ON plan_versions (couple_id) WHERE status = 'draft';
      CREATE UNIQUE INDEX plan_versions_one_active ON plan_versions (couple_id) WHERE status = 'active';
      CREATE INDEX plan_versions_review_due ON plan_versions (review_date) WHERE status = 'active';

      CREATE TRIGGER plan_versions_signed_are_final BEFORE UPDATE ON plan_versions
      WHEN old.status <> 'draft' AND NOT (
        old.status = 'active' AND new.status = 'superseded'
        AND new.id = old.id AND new.couple_id = old.couple_id AND new.version = old.version
        AND new.source = old.source AND new.based_on IS old.based_on AND new.assessment_id IS old.assessment_id
        AND new.document = old.document AND new.review_date IS old.review_date
        AND new.created_at = old.created_at AND new.updated_at = old.updated_at
        AND new.signed_at = old.signed_at AND new.signed_by = old.signed_by
      )
      BEGIN
        SELECT RAISE(ABORT, 'a signed plan version cannot be changed');
      END;

      CREATE TRIGGER plan_versions_signed_are_kept BEFORE DELETE ON plan_versions
      WHEN old.status <> 'draft'
      BEGIN
        SELECT RAISE(ABORT, 'a signed plan version cannot be deleted');
      END;
    `);
  },
};
