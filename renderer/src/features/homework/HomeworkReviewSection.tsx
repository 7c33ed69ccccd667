import type { PartnerNames } from '@renderer/features/workspace/labels';
import { WorkspaceSection } from '@renderer/features/workspace/WorkspaceSection';
import type { Homework } from '@shared/contract/homework';
import { useState } from 'react';
import { HomeworkReviewItem } from './HomeworkReviewItem';

/**
 * Each assignment due by this session, marked done, partly or not done. The list keeps every
 * item it showed, so one that the brief stops listing once reviewed does not vanish mid-review.
 */
export function HomeworkReviewSection({
  due,
  sessionId,
  names,
  closed,
}: {
  due: readonly Homework[];
  sessionId: string;
  names: PartnerNames;
  /** Why this session cannot record a review (not taken place), or null. */
  closed: string | null;
}) {
  const [shown, setShown] = useState<readonly Homework[]>(due);
  const missing = due.filter((item) => !shown.some((s) => s.id === item.id));
  if (missing.length > 0) setShown([...shown, ...missing]);
  return (
    <WorkspaceSection id="workspace-homework-review" title="Homework review">
      {closed !== null && shown.length > 0 ? (
        <p className="notice notice--info">{closed}</p>
      ) : shown.length === 0 ? (
        <p className="workspace-empty">No homework was due by this session.</p>
      ) : (
        <ul className="plain-list homework-review">
          {shown.map((homework) => (
            <HomeworkReviewItem key={homework.id} homework={homework} sessionId={sessionId} names={names} />
          ))}
        </ul>
      )}
    </WorkspaceSection>
  );
}
