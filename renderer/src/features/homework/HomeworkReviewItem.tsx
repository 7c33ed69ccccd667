import { SaveStatus } from '@renderer/features/notes/SaveStatus';
import { useAutosave } from '@renderer/features/notes/useAutosave';
import { homeworkMeta, type PartnerNames } from '@renderer/features/workspace/labels';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { TextField } from '@renderer/ui/TextField';
import {
  type Homework,
  type HomeworkReviewStatus,
  homeworkReviewStatuses,
  homeworkStatusLabels,
} from '@shared/contract/homework';
import { useState } from 'react';
import { useReviewHomework } from './queries';

interface Review {
  status: HomeworkReviewStatus | '';
  comment: string;
}

const OPTIONS = homeworkReviewStatuses.map((status) => ({
  value: status,
  label: homeworkStatusLabels[status],
}));

/** One assignment due: how it went (done, partly, not done) and a comment, saved as they change. */
export function HomeworkReviewItem({
  homework,
  sessionId,
  names,
}: {
  homework: Homework;
  sessionId: string;
  names: PartnerNames;
}) {
  const [review, setReview] = useState<Review>(() => ({
    status: homework.status === 'assigned' ? '' : homework.status,
    comment: homework.comment ?? '',
  }));
  const save = useReviewHomework(sessionId, homework.coupleId);
  const { state, flush } = useAutosave(
    review,
    async (next: Review) => {
      // A comment alone waits for the outcome; both are saved together once it is chosen.
      if (next.status === '') return;
      await save({ id: homework.id, status: next.status, comment: next.comment });
    },
    600,
  );
  const name = `homework.${homework.id}`;
  return (
    <li className="homework-review__item" onBlur={() => void flush()}>
      <div className="homework-review__head">
        <h3 className="homework-review__title">{homework.title}</h3>
        <span className="homework-review__meta">{homeworkMeta(homework, names)}</span>
      </div>
      <div className="homework-review__fields">
        <RadioGroupField<HomeworkReviewStatus | ''>
          name={`${name}.status`}
          legend={<span className="visually-hidden">How it went: {homework.title}</span>}
          value={review.status}
          options={OPTIONS}
          inline
          onValueChange={(status) => setReview((before) => ({ ...before, status }))}
        />
        <TextField
          name={`${name}.comment`}
          label="Comment"
          optional
          value={review.comment}
          onValueChange={(comment) => setReview((before) => ({ ...before, comment }))}
        />
      </div>
      {review.status === '' ? (
        <p className="save-status" role="status">
          {review.comment ? 'Choose how it went to save the comment.' : 'Not reviewed yet.'}
        </p>
      ) : (
        <SaveStatus state={state} />
      )}
    </li>
  );
}
