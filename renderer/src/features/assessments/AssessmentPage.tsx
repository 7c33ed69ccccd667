import { formatDate } from '@renderer/features/couples/format';
import { coupleQuery } from '@renderer/features/couples/queries';
import { PageHeading } from '@renderer/ui/PageHeading';
import { allQueries, notFoundOr, QueryView } from '@renderer/ui/states';
import type { Assessment, PartnerAssessment, PartnerScores } from '@shared/contract/assessments';
import type { Couple } from '@shared/contract/couples';
import {
  auditCQuestions,
  codependencyItems,
  dsm5Criteria,
  ratingAreaLabels,
  ratingAreas,
  safetyScreenText,
  trustHistoryHeading,
  trustHistoryItems,
} from '@shared/domain/assessment';
import { partnerFullName } from '@shared/domain/couple';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { severityWords } from './assessmentValues';
import { assessmentQuery } from './queries';

const AUDIT_C_SHORT = {
  frequency: 'AUDIT-C: how often',
  typicalQuantity: 'AUDIT-C: drinks on a typical day',
  heavyEpisodes: 'AUDIT-C: six or more at once',
} as const;

const INTENT_WORDS = {
  improve: 'To improve the relationship',
  decide: 'To decide whether to stay',
  unsure: 'Unsure',
};

function labelsOf(items: readonly { id: string; label: string }[], ids: readonly string[]): string | null {
  const chosen = items.filter((item) => ids.includes(item.id)).map((item) => item.label);
  return chosen.length > 0 ? chosen.join('; ') : null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">Not recorded</span>}</dd>
    </div>
  );
}

function PartnerResult({
  position,
  name,
  partner,
  scores,
}: {
  position: 'A' | 'B';
  name: string;
  partner: PartnerAssessment;
  scores: PartnerScores;
}) {
  const safety = safetyScreenText(scores);
  return (
    <section className="partner-card" aria-labelledby={`assessment-${position}`}>
      <p className="partner-card__position">Partner {position}</p>
      <h2 id={`assessment-${position}`} className="partner-card__name">
        {name}
      </h2>
      <div className="score-cards">
        {scores.dsm5Assessed ? (
          <p className={`score-card${scores.severity === 'none' ? '' : ' score-card--some'}`}>
            <span className="score-card__label">DSM-5 severity</span>
            <span className="score-card__value">{severityWords[scores.severity]}</span>
            <span className="score-card__detail">
              {scores.criteriaMet} of {dsm5Criteria.length} criteria
            </span>
          </p>
        ) : (
          <p className="score-card">
            <span className="score-card__label">DSM-5 severity</span>
            <span className="score-card__value">Not assessed</span>
            <span className="score-card__detail">criteria not gone through for this partner</span>
          </p>
        )}
        <p className={`score-card${scores.auditC?.positive ? ' score-card--positive' : ''}`}>
          <span className="score-card__label">AUDIT-C</span>
          <span className="score-card__value">
            {scores.auditC
              ? `${scores.auditC.total} of 12 · ${scores.auditC.positive ? 'positive' : 'negative'}`
              : 'Not asked'}
          </span>
          {scores.auditC ? <span className="score-card__detail">cut-off {scores.auditC.cutOff}</span> : null}
        </p>
      </div>
      {safety.status === 'positive' ? (
        <p className="safety-positive">
          <strong>{safety.text}</strong>
        </p>
      ) : (
        <p className={safety.status === 'notDone' ? 'safety-not-done' : 'muted'}>{safety.text}.</p>
      )}
      <dl className="details">
        {ratingAreas.map((area) => (
          <Row key={area} label={ratingAreaLabels[area]}>
            {`${partner.ratings[area]} / 10`}
          </Row>
        ))}
        <Row label="Substances">{partner.substances.length > 0 ? partner.substances.join(', ') : null}</Row>
        <Row label="DSM-5 criteria met">
          {partner.dsm5Assessed ? (labelsOf(dsm5Criteria, partner.dsm5Criteria) ?? 'None') : 'Not assessed'}
        </Row>
        <Row label="Years of use">{partner.yearsOfUse === null ? null : String(partner.yearsOfUse)}</Row>
        <Row label="Date of last use">{formatDate(partner.lastUseDate)}</Row>
        <Row label="Prior treatment">{partner.priorTreatment}</Row>
        <Row label="Medication-assisted treatment">{partner.medicationAssistedTreatment}</Row>
        <Row label={trustHistoryHeading(position)}>{labelsOf(trustHistoryItems, partner.trustHistory)}</Row>
        <Row label="Co-dependency indicators">{labelsOf(codependencyItems, partner.codependency)}</Row>
        <Row label="Commitment">{`${partner.commitment} of 5`}</Row>
        <Row label="Why they came">{INTENT_WORDS[partner.intent]}</Row>
        <Row label="Own goal">{partner.ownGoal}</Row>
        {partner.auditC
          ? auditCQuestions.map((q) => (
              <Row key={q.id} label={AUDIT_C_SHORT[q.id]}>
                {q.options[partner.auditC?.[q.id] ?? 0]}
              </Row>
            ))
          : null}
      </dl>
    </section>
  );
}

function AssessmentView({ assessment, couple }: { assessment: Assessment; couple: Couple }) {
  const state: unknown = useLocation().state;
  const flash =
    state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string'
      ? state.flash
      : null;
  const r = assessment.relationship;
  return (
    <>
      {flash ? (
        <p className="notice notice--success" role="status">
          {flash}
        </p>
      ) : null}
      {assessment.safetyFlagId ? (
        <div className="banner banner--safety">
          <p className="banner__title">This assessment raised a safety flag</p>
          <p>
            The flag shows on the couple everywhere until you record how it was addressed.{' '}
            <Link to={`/couples/${couple.id}`}>Go to the couple</Link>
          </p>
        </div>
      ) : null}
      <dl className="details details--summary">
        <Row label="Date">{formatDate(assessment.assessedOn)}</Row>
        <Row label="Version">{String(assessment.version)}</Row>
        <Row label="Years together">{r.yearsTogether === null ? null : String(r.yearsTogether)}</Row>
        <Row label="Living together">
          {r.livingTogether === null ? null : r.livingTogether ? 'Yes' : 'No'}
        </Row>
        <Row label="Children">{r.children === null ? null : String(r.children)}</Row>
      </dl>
      <div className="partners-grid">
        <PartnerResult
          position="A"
          name={partnerFullName(couple.partnerA)}
          partner={assessment.partnerA}
          scores={assessment.scores.partnerA}
        />
        <PartnerResult
          position="B"
          name={partnerFullName(couple.partnerB)}
          partner={assessment.partnerB}
          scores={assessment.scores.partnerB}
        />
      </div>
    </>
  );
}

/** An assessment, read-only, with the scores the core computed. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const assessment = useQuery(assessmentQuery(id));
  const coupleId = assessment.data?.coupleId ?? '';
  const couple = useQuery({ ...coupleQuery(coupleId), enabled: coupleId !== '' });
  const title = assessment.data
    ? `${assessment.data.kind === 'intake' ? 'Intake' : 'Review'} assessment${couple.data ? `: ${couple.data.displayName}` : ''}`
    : 'Assessment';

  return (
    <div className="page">
      <p className="back-link">
        {coupleId ? (
          <Link to={`/couples/${coupleId}?tab=assessments`}>
            <span aria-hidden="true">← </span>Back to the couple
          </Link>
        ) : (
          <Link to="/couples">
            <span aria-hidden="true">← </span>All couples
          </Link>
        )}
      </p>
      <PageHeading>{title}</PageHeading>
      <QueryView
        query={allQueries([assessment, couple])}
        loading="Loading the assessment…"
        errorTitle={notFoundOr('This assessment was not found', 'This assessment could not be opened')}
      >
        {([assessmentData, coupleData]) => <AssessmentView assessment={assessmentData} couple={coupleData} />}
      </QueryView>
    </div>
  );
}
