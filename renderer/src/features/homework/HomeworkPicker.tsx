import type { HomeworkOption } from '@shared/contract/homework';

/** What the clinician picked: one of the options, or an individual alternative to a blocked one. */
export type HomeworkPick =
  | { kind: 'option'; option: HomeworkOption }
  | { kind: 'alternative'; libraryId: string; title: string; instead: string };

export function optionId(option: HomeworkOption): string {
  return option.source === 'plan'
    ? `plan-${option.planVersionId}-${option.interventionKey}`
    : `library-${option.libraryId}`;
}

function OptionRow({
  option,
  objective,
  pick,
  onPick,
}: {
  option: HomeworkOption;
  /** The plan objective a plan intervention serves: two plan items can share an exercise's name. */
  objective: string | undefined;
  pick: HomeworkPick | null;
  onPick(pick: HomeworkPick): void;
}) {
  const id = `homework-option-${optionId(option)}`;
  const checked = pick?.kind === 'option' && optionId(pick.option) === optionId(option);
  return (
    <li className={`homework-pick__item${option.allowed ? '' : ' homework-pick__item--blocked'}`}>
      <div className="homework-pick__choice">
        <input
          type="radio"
          id={id}
          name="homework-option"
          className="radio-group__input"
          checked={checked}
          disabled={!option.allowed}
          aria-describedby={
            [objective ? `${id}-objective` : '', option.allowed ? '' : `${id}-reason`].join(' ').trim() ||
            undefined
          }
          onChange={() => onPick({ kind: 'option', option })}
        />
        <label htmlFor={id} className="homework-pick__label">
          {option.title}
          {option.joint ? <span className="homework-pick__tag">Together</span> : null}
          {objective ? (
            <span id={`${id}-objective`} className="homework-pick__objective">
              For: {objective}
            </span>
          ) : null}
        </label>
      </div>
      {option.allowed ? null : (
        <div className="homework-pick__blocked">
          <p id={`${id}-reason`} className="homework-pick__reason">
            {option.blockedReason ?? 'Not available while a safety flag is open.'}
          </p>
          {option.alternatives.length > 0 ? (
            <ul
              className="plain-list homework-pick__alternatives"
              aria-label={`Alternatives to ${option.title}`}
            >
              {option.alternatives.map((alternative) => (
                <li key={alternative.libraryId}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-pressed={pick?.kind === 'alternative' && pick.libraryId === alternative.libraryId}
                    onClick={() =>
                      onPick({
                        kind: 'alternative',
                        libraryId: alternative.libraryId,
                        title: alternative.title,
                        instead: option.title,
                      })
                    }
                  >
                    Use “{alternative.title}” instead
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">The library has no individual alternative for this one.</p>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * The exercises that can be assigned, the plan's interventions first, then the library's. One
 * radio group: arrow keys move through the allowed ones; blocked ones stay visible, disabled,
 * with the reason and their individual alternatives as one-click picks.
 */
export function HomeworkPicker({
  items,
  objectives,
  pick,
  onPick,
}: {
  items: readonly HomeworkOption[];
  /** Objective wording by plan intervention (`planVersionId:key`). */
  objectives: ReadonlyMap<string, string>;
  pick: HomeworkPick | null;
  onPick(pick: HomeworkPick): void;
}) {
  const groups = [
    { source: 'plan', title: 'From the plan', empty: 'The active plan has no interventions to assign.' },
    { source: 'library', title: 'From the library', empty: 'The library is empty.' },
  ] as const;
  return (
    <fieldset className="homework-pick">
      <legend className="radio-group__legend">Exercise</legend>
      {groups.map((group) => {
        const options = items.filter((item) => item.source === group.source);
        return (
          <div key={group.source} className={`homework-pick__group homework-pick__group--${group.source}`}>
            <h3 className="homework-pick__heading">{group.title}</h3>
            {options.length === 0 ? (
              <p className="workspace-empty">{group.empty}</p>
            ) : (
              <ul className="plain-list homework-pick__list">
                {options.map((option) => (
                  <OptionRow
                    key={optionId(option)}
                    option={option}
                    objective={objectives.get(`${option.planVersionId}:${option.interventionKey}`)}
                    pick={pick}
                    onPick={onPick}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
