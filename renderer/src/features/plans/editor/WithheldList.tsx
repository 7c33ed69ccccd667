import { Reasons } from '@renderer/features/plans/Reasons';
import type { LibraryEntry } from '@shared/domain/library';
import type { PlanDocument } from '@shared/domain/plan';

/** Exercises the engine held back, and why (for example: not while the safety screen is positive). */
export function WithheldList({
  withheld,
  library,
}: {
  withheld: PlanDocument['withheld'];
  library: ReadonlyMap<string, LibraryEntry>;
}) {
  if (withheld.length === 0) return null;
  return (
    <section className="plan-section" aria-labelledby="plan-withheld-heading">
      <h2 id="plan-withheld-heading" className="plan-section__title">
        Exercises held back
      </h2>
      <p className="muted">
        The proposal left these library exercises out on purpose. You can still add one from the library if
        you judge it right for this couple.
      </p>
      <ul className="plain-list withheld-list">
        {withheld.map((item) => (
          <li key={item.key} className="withheld-list__item">
            <p className="withheld-list__name">{library.get(item.libraryId)?.name ?? item.libraryId}</p>
            <Reasons reasons={item.reasons} label="Held back:" />
          </li>
        ))}
      </ul>
    </section>
  );
}
