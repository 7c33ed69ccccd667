import { formatFrequency, perPeriod } from '@shared/domain/library';
import {
  assigneeLabels,
  itemKindLabels,
  itemLabel,
  milestoneMethodLabels,
  type PlanDocument,
  type PlanItem,
  type PlanItemKind,
  subtreeKeys,
  type WalkedItem,
  walkPlan,
} from './document';

export type PlanChangeKind = PlanItemKind | 'sessions' | 'timeline' | 'reviewDate';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface PlanChange {
  change: 'added' | 'removed' | 'rejected' | 'changed' | 'moved' | 'reordered';
  kind: PlanChangeKind;
  /** The item's key; for `reordered`, the key of the parent whose children moved (null at the top). */
  key: string | null;
  /** What changed, in words: "Goal “Rebuild trust”", "Goals under “Trust”". */
  label: string;
  /** Where it sits, outermost first ("Trust › Rebuild trust"); empty at the top level. */
  context: string;
  fields: FieldChange[];
}

export interface VersionForDiff {
  document: PlanDocument;
  reviewDate: string | null;
}

type Formatter = (value: unknown) => string;
const plain: Formatter = (value) =>
  value === null || value === undefined || value === '' ? '—' : String(value);
const decision: Formatter = (value) => (value === 'proposed' ? 'Proposed, not yet accepted' : 'Accepted');
const partner: Formatter = (value) => (value === 'both' ? 'Both partners' : `Partner ${String(value)}`);

/** The fields a clinician edits on each kind of item, with how to show their values. */
const comparedFields: Record<PlanItemKind, [field: string, label: string, format: Formatter][]> = {
  problemArea: [
    ['title', 'Title', plain],
    ['area', 'Area', plain],
    ['priority', 'Priority', plain],
    ['decision', 'Status', decision],
  ],
  goal: [
    ['description', 'Description', plain],
    ['decision', 'Status', decision],
  ],
  objective: [
    ['description', 'Description', plain],
    ['partner', 'Whose measure', partner],
    ['measure', 'Measure', plain],
    ['baseline', 'Baseline', plain],
    ['target', 'Target', plain],
    ['targetDate', 'Target date', plain],
    ['decision', 'Status', decision],
  ],
  intervention: [
    ['name', 'Name', plain],
    ['libraryId', 'Library entry', plain],
    ['who', 'Who', (v) => assigneeLabels[v as keyof typeof assigneeLabels] ?? plain(v)],
    ['frequency', 'Frequency', (v) => formatFrequency(v as Parameters<typeof formatFrequency>[0])],
    ['notes', 'Tailoring notes', plain],
    ['decision', 'Status', decision],
  ],
  milestone: [
    ['description', 'Description', plain],
    [
      'method',
      'Measured by',
      (v) => milestoneMethodLabels[v as keyof typeof milestoneMethodLabels] ?? plain(v),
    ],
    ['baseline', 'Baseline', plain],
    ['target', 'Target', plain],
    ['dueDate', 'Due date', plain],
    ['decision', 'Status', decision],
  ],
};

const pluralLabels: Record<PlanItemKind, string> = {
  problemArea: 'Problem areas',
  goal: 'Goals',
  objective: 'Objectives',
  intervention: 'Interventions',
  milestone: 'Milestones',
};

interface Indexed extends WalkedItem {
  parentKey: string | null;
}

function index(doc: PlanDocument): Map<string, Indexed> {
  const map = new Map<string, Indexed>();
  for (const walked of walkPlan(doc)) {
    map.set(walked.item.key, { ...walked, parentKey: walked.ancestors.at(-1) ?? null });
  }
  return map;
}

const quoted = (kind: PlanItemKind, item: PlanItem) => `${itemKindLabels[kind]} “${itemLabel(kind, item)}”`;

function contextOf(entry: Indexed, items: Map<string, Indexed>): string {
  return entry.ancestors
    .map((key) => {
      const ancestor = items.get(key);
      return ancestor ? itemLabel(ancestor.kind, ancestor.item) : '';
    })
    .join(' › ');
}

function fieldValue(item: PlanItem, field: string): unknown {
  return (item as unknown as Record<string, unknown>)[field];
}

/** An item's key and the keys of everything under it (a rejected goal takes its objectives along). */
/** Where an item's siblings come from: interventions and milestones share an objective but not a list. */
function siblingGroup(entry: Indexed): string {
  return `${entry.parentKey ?? ''}/${entry.kind}`;
}

/**
 * A readable list of what changed from version `a` to version `b`, in the order of `b`'s plan
 * (then what `b` dropped). Items are matched by their keys, which survive edits and revisions.
 */
export function diffPlanVersions(a: VersionForDiff, b: VersionForDiff): PlanChange[] {
  const before = index(a.document);
  const after = index(b.document);
  const rejectedInB = new Set(b.document.rejected.flatMap((r) => subtreeKeys(r.item)));
  const changes: PlanChange[] = [];

  for (const [key, now] of after) {
    const was = before.get(key);
    const label = quoted(now.kind, now.item);
    const context = contextOf(now, after);
    if (!was) {
      changes.push({ change: 'added', kind: now.kind, key, label, context, fields: [] });
      continue;
    }
    if (was.parentKey !== now.parentKey) {
      changes.push({
        change: 'moved',
        kind: now.kind,
        key,
        label,
        context,
        fields: [
          { field: 'parent', label: 'Under', before: contextOf(was, before) || '—', after: context || '—' },
        ],
      });
    }
    const fields: FieldChange[] = [];
    for (const [field, fieldLabel, format] of comparedFields[now.kind]) {
      const old = format(fieldValue(was.item, field));
      const updated = format(fieldValue(now.item, field));
      if (old !== updated) fields.push({ field, label: fieldLabel, before: old, after: updated });
    }
    if (fields.length > 0) changes.push({ change: 'changed', kind: now.kind, key, label, context, fields });
  }

  changes.push(...reorderings(before, after));

  for (const [key, was] of before) {
    if (after.has(key)) continue;
    changes.push({
      change: rejectedInB.has(key) ? 'rejected' : 'removed',
      kind: was.kind,
      key,
      label: quoted(was.kind, was.item),
      context: contextOf(was, before),
      fields: [],
    });
  }

  changes.push(...sessionAndTimelineChanges(a, b));
  return changes;
}

/** Siblings kept under the same parent whose order changed. */
function reorderings(before: Map<string, Indexed>, after: Map<string, Indexed>): PlanChange[] {
  const groups = new Map<string, { kept: Indexed[]; parentKey: string | null; kind: PlanItemKind }>();
  for (const [key, now] of after) {
    const was = before.get(key);
    if (!was || was.parentKey !== now.parentKey) continue;
    const group = groups.get(siblingGroup(now)) ?? { kept: [], parentKey: now.parentKey, kind: now.kind };
    group.kept.push(now);
    groups.set(siblingGroup(now), group);
  }
  const changes: PlanChange[] = [];
  for (const { kept, parentKey, kind } of groups.values()) {
    const newOrder = [...kept].sort((x, y) => x.index - y.index);
    const oldOrder = [...kept].sort(
      (x, y) => (before.get(x.item.key)?.index ?? 0) - (before.get(y.item.key)?.index ?? 0),
    );
    if (newOrder.every((entry, i) => entry.item.key === oldOrder[i]?.item.key)) continue;
    const parent = parentKey ? after.get(parentKey) : undefined;
    const what = pluralLabels[kind];
    changes.push({
      change: 'reordered',
      kind,
      key: parentKey,
      label: parent ? `${what} under “${itemLabel(parent.kind, parent.item)}”` : what,
      context: parent ? contextOf(parent, after) : '',
      fields: [
        {
          field: 'order',
          label: 'Order',
          before: oldOrder.map((e) => itemLabel(e.kind, e.item)).join(' → '),
          after: newOrder.map((e) => itemLabel(e.kind, e.item)).join(' → '),
        },
      ],
    });
  }
  return changes;
}

function sessionAndTimelineChanges(a: VersionForDiff, b: VersionForDiff): PlanChange[] {
  const changes: PlanChange[] = [];
  const sessionText = (doc: PlanDocument) => {
    const { frequency, mixPerFourWeeks: mix } = doc.sessions;
    const times = frequency.sessions === 1 ? 'One session' : `${frequency.sessions} sessions`;
    return `${times} ${perPeriod(frequency.per)}; every four weeks ${mix.joint} joint, ${mix.individualA} individual (A), ${mix.individualB} individual (B), ${mix.workshop} workshop`;
  };
  const sessionsBefore = sessionText(a.document);
  const sessionsAfter = sessionText(b.document);
  if (sessionsBefore !== sessionsAfter) {
    changes.push({
      change: 'changed',
      kind: 'sessions',
      key: null,
      label: 'Session plan',
      context: '',
      fields: [{ field: 'sessions', label: 'Sessions', before: sessionsBefore, after: sessionsAfter }],
    });
  }
  const weeks = (doc: PlanDocument) => `${doc.timeline.minWeeks}–${doc.timeline.maxWeeks} weeks`;
  if (weeks(a.document) !== weeks(b.document)) {
    changes.push({
      change: 'changed',
      kind: 'timeline',
      key: null,
      label: 'Estimated timeline',
      context: '',
      fields: [{ field: 'timeline', label: 'Estimate', before: weeks(a.document), after: weeks(b.document) }],
    });
  }
  if ((a.reviewDate ?? '') !== (b.reviewDate ?? '')) {
    changes.push({
      change: 'changed',
      kind: 'reviewDate',
      key: null,
      label: 'Review date',
      context: '',
      fields: [
        {
          field: 'reviewDate',
          label: 'Review date',
          before: plain(a.reviewDate),
          after: plain(b.reviewDate),
        },
      ],
    });
  }
  return changes;
}
