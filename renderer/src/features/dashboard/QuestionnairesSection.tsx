import { type PartnerNames, partnerWord } from '@renderer/features/questionnaires/labels';
import type { Trajectory } from '@shared/contract/questionnaires';
import { Link } from 'react-router';
import { PartnerLegendItems } from './chartParts';
import { bandStyle, cutOffStyle } from './chartStyle';
import { QuestionnaireChartPanel } from './QuestionnaireChartPanel';
import { BoxSwatch, LineSwatch } from './Swatch';

/**
 * The dyadic view of the validated questionnaires: one chart per instrument with both
 * partners' totals, each partner's reliable-change band and the cut-off, and in words what
 * changed for each. Hidden in the shareable view: each partner answered privately, and their
 * scores are not shown to the other across the room.
 */
export function QuestionnairesSection({
  trajectories,
  coupleId,
  names,
  shareable,
  allTables,
}: {
  trajectories: readonly Trajectory[];
  coupleId: string;
  names: PartnerNames;
  shareable: boolean;
  allTables: boolean;
}) {
  const tabLink = `/couples/${coupleId}?tab=questionnaires`;
  return (
    <section className="progress-section" aria-labelledby="progress-questionnaires-title">
      <h2 id="progress-questionnaires-title">Questionnaires</h2>
      {shareable ? (
        <p className="progress-section__intro">
          Questionnaire scores are not shown in the shareable view: each partner answered for themselves.
        </p>
      ) : trajectories.length === 0 ? (
        <p className="progress-section__intro">
          No questionnaire scores yet. Schedule them, or enter one completed on paper, on the{' '}
          <Link to={tabLink}>Questionnaires tab</Link>.
        </p>
      ) : (
        <>
          <p className="progress-section__intro">
            Each partner’s total over time. Inside a partner’s shaded band a score is within measurement error
            of their first; on or beyond its edge it is a reliable change.
          </p>
          <ul className="chart-legend" aria-label="Legend for the questionnaire charts">
            <PartnerLegendItems names={names} />
            {(['A', 'B'] as const).map((p) => (
              <li key={`band-${p}`}>
                <BoxSwatch fill={bandStyle[p].swatch} stroke={bandStyle[p].stroke} dash={bandStyle[p].dash} />
                <span className="chart-legend__name">
                  No reliable change from <bdi>{partnerWord(p, names)}</bdi>’s first score
                  {p === 'B' ? ' (dashed edge)' : ''}
                </span>
              </li>
            ))}
            <li>
              <LineSwatch color={cutOffStyle.color} dash={cutOffStyle.dash} width={1.5} />
              Cut-off for the clinical range (dashed)
            </li>
          </ul>
          <div className="chart-grid">
            {trajectories.map((trajectory) => (
              <QuestionnaireChartPanel
                key={trajectory.instrument}
                trajectory={trajectory}
                names={names}
                allTables={allTables}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
