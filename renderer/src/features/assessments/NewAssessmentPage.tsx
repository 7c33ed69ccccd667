import { today as todayIso } from '@renderer/features/couples/format';
import { coupleQuery } from '@renderer/features/couples/queries';
import { PageHeading } from '@renderer/ui/PageHeading';
import { allQueries, pageFrame, QueryView } from '@renderer/ui/states';
import { partnerFullName } from '@shared/domain/couple';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AssessmentForm } from './AssessmentForm';
import { emptyAssessmentForm } from './assessmentValues';
import { assessmentsListQuery, useCreateAssessment } from './queries';

export function NewAssessmentPage() {
  const { id: coupleId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const couple = useQuery(coupleQuery(coupleId));
  const existing = useQuery(assessmentsListQuery(coupleId));
  const create = useCreateAssessment(coupleId);
  const [today] = useState(todayIso);

  const back = (
    <p className="back-link">
      <Link to={`/couples/${coupleId}?tab=assessments`}>
        <span aria-hidden="true">← </span>Back to the couple
      </Link>
    </p>
  );
  return (
    <QueryView
      query={allQueries([couple, existing])}
      loading="Loading the couple…"
      errorTitle="The assessment form could not be opened"
      frame={pageFrame('New assessment', back)}
    >
      {([c, existingData]) => {
        const kind = params.get('kind') === 'review' || existingData.items.length > 0 ? 'review' : 'intake';
        return (
          <div className="page">
            {back}
            <PageHeading>
              {kind === 'intake' ? 'Intake assessment' : 'Review assessment'}: {c.displayName}
            </PageHeading>
            <AssessmentForm
              coupleId={coupleId}
              initial={emptyAssessmentForm(kind, today, {
                A: c.partnerA.substances,
                B: c.partnerB.substances,
              })}
              partnerNames={{ A: partnerFullName(c.partnerA), B: partnerFullName(c.partnerB) }}
              today={today}
              onSubmit={async (input) => {
                const saved = await create.mutateAsync(input);
                navigate(`/assessments/${saved.id}`, {
                  replace: true,
                  state: { flash: 'Assessment saved.' },
                });
              }}
              onCancel={() => navigate(`/couples/${coupleId}?tab=assessments`)}
            />
          </div>
        );
      }}
    </QueryView>
  );
}
