import { dueListText } from '@renderer/features/questionnaires/labels';
import type { HomeworkStatus } from '@shared/contract/homework';
import { homeworkStatusLabels } from '@shared/contract/homework';
import type { SessionBrief } from '@shared/contract/workspace';
import { formatIsoDate } from '@shared/domain/dates';
import { homeworkMeta, type PartnerNames, recoveryLine } from './labels';
import { WorkspaceSection } from './WorkspaceSection';

const MILESTONE_WORDS = { stalled: 'Stalled', due: 'Due', overdue: 'Overdue' } as const;

function BriefPart({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="brief-part">
      <h3 className="brief-part__title">{title}</h3>
      {children}
    </div>
  );
}

function RecoveryDays({ brief, names }: { brief: SessionBrief; names: PartnerNames }) {
  return (
    <BriefPart title="Recovery calendar">
      <ul className="plain-list brief-list">
        {(['A', 'B'] as const).map((position) => {
          const days = brief.recovery[position];
          return (
            <li key={position} className="brief-list__item">
              <bdi className="brief-list__name">{names[position]}</bdi>
              <span
                className={
                  days && days.use > 0 ? 'brief-list__detail brief-list__detail--use' : 'brief-list__detail'
                }
              >
                {days ? recoveryLine(days) : 'Nothing recorded in the recovery calendar yet'}
              </span>
            </li>
          );
        })}
      </ul>
    </BriefPart>
  );
}

/** One line per partner of what their schedule has due at this session. */
function QuestionnairesDue({ brief, names }: { brief: SessionBrief; names: PartnerNames }) {
  const { questionnairesDue: due } = brief;
  return (
    <BriefPart title="Questionnaires due">
      {due.A.length === 0 && due.B.length === 0 ? (
        <p className="workspace-empty">No questionnaire is due at this session.</p>
      ) : (
        <ul className="plain-list brief-list">
          {(['A', 'B'] as const).map((position) => (
            <li key={position} className="brief-list__item">
              <bdi className="brief-list__name">{names[position]}</bdi>
              <span className="brief-list__detail">
                {due[position].length === 0 ? 'Nothing due' : dueListText(due[position])}
              </span>
            </li>
          ))}
        </ul>
      )}
    </BriefPart>
  );
}

function statusBadge(status: HomeworkStatus) {
  return <span className={`badge badge--homework-${status}`}>{homeworkStatusLabels[status]}</span>;
}

/** What happened since the last held session, for the clinician to read before the couple arrives. */
export function BriefSection({ brief, names }: { brief: SessionBrief; names: PartnerNames }) {
  if (!brief.since) {
    return (
      <WorkspaceSection id="workspace-brief" title="Brief since the last session">
        <p className="workspace-empty">First session: nothing to brief yet.</p>
        <QuestionnairesDue brief={brief} names={names} />
        {brief.lastPlanned ? (
          <BriefPart title="What the last note planned">
            <p className="brief-planned">{brief.lastPlanned}</p>
          </BriefPart>
        ) : null}
      </WorkspaceSection>
    );
  }
  return (
    <WorkspaceSection
      id="workspace-brief"
      title="Brief since the last session"
      aside={<span className="muted">Since {formatIsoDate(brief.since.date)}</span>}
    >
      <div className="brief-grid">
        <RecoveryDays brief={brief} names={names} />
        <QuestionnairesDue brief={brief} names={names} />
        <BriefPart title="Homework due">
          {brief.homeworkDue.length === 0 ? (
            <p className="workspace-empty">No homework was due by this session.</p>
          ) : (
            <ul className="plain-list brief-list">
              {brief.homeworkDue.map((homework) => (
                <li key={homework.id} className="brief-list__item">
                  <span className="brief-list__name">{homework.title}</span>
                  <span className="brief-list__detail">{homeworkMeta(homework, names)}</span>
                  {statusBadge(homework.status)}
                </li>
              ))}
            </ul>
          )}
        </BriefPart>
        <BriefPart title="Milestones">
          {brief.milestones.length === 0 ? (
            <p className="workspace-empty">No milestone is stalled, due or overdue.</p>
          ) : (
            <ul className="plain-list brief-list">
              {brief.milestones.map((milestone) => (
                <li key={milestone.key} className="brief-list__item">
                  <span className="brief-list__name">{milestone.description}</span>
                  <span className={`badge badge--milestone-${milestone.status}`}>
                    {MILESTONE_WORDS[milestone.status]}
                  </span>
                  <span className="brief-list__detail">{milestone.detail}</span>
                </li>
              ))}
            </ul>
          )}
        </BriefPart>
        <BriefPart title="Where the partners see things differently">
          {brief.partnerGaps.length === 0 ? (
            <p className="workspace-empty">No area differs by 3 or more in the latest check-in.</p>
          ) : (
            <ul className="plain-list brief-list">
              {brief.partnerGaps.map((gap) => (
                <li key={gap.area} className="brief-list__item">
                  <span className="brief-list__name">{gap.label}</span>
                  <span className="brief-list__detail">
                    <bdi>{names.A}</bdi> {gap.A}, <bdi>{names.B}</bdi> {gap.B} (a gap of {gap.gap},{' '}
                    {formatIsoDate(gap.date)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </BriefPart>
        <BriefPart title="What the last note planned">
          {brief.lastPlanned ? (
            <p className="brief-planned">{brief.lastPlanned}</p>
          ) : (
            <p className="workspace-empty">The last note planned nothing in writing.</p>
          )}
        </BriefPart>
      </div>
    </WorkspaceSection>
  );
}
