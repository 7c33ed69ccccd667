import { planFieldNames } from '@renderer/features/plans/planErrors';
import { Reasons } from '@renderer/features/plans/Reasons';
import type { TimelinePlan } from '@shared/domain/plan';
import { usePlanErrors } from './editorContext';
import { NumberField } from './NumberField';

/** The estimated length of the work, as a range in weeks. */
export function TimelineEditor({
  timeline,
  onChange,
}: {
  timeline: TimelinePlan;
  onChange(timeline: TimelinePlan): void;
}) {
  const errors = usePlanErrors();
  return (
    <section className="plan-section" aria-labelledby="plan-timeline-heading">
      <h2 id="plan-timeline-heading" className="plan-section__title">
        Estimated timeline
      </h2>
      <Reasons reasons={timeline.reasons} />
      <div className="field-grid field-grid--sessions">
        <NumberField
          name={planFieldNames.timelineMin}
          label="At least (weeks)"
          integer
          min={1}
          max={260}
          value={timeline.minWeeks}
          error={errors[planFieldNames.timelineMin]}
          onValueChange={(weeks) => onChange({ ...timeline, minWeeks: weeks ?? timeline.minWeeks })}
        />
        <NumberField
          name={planFieldNames.timelineMax}
          label="At most (weeks)"
          integer
          min={1}
          max={260}
          value={timeline.maxWeeks}
          error={errors[planFieldNames.timelineMax]}
          onValueChange={(weeks) => onChange({ ...timeline, maxWeeks: weeks ?? timeline.maxWeeks })}
        />
      </div>
    </section>
  );
}
