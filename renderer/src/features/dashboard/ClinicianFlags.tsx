import type { Dashboard } from '@shared/domain/dashboard';

/** The counts only the clinician sees: never shown in the shareable view. */
export function ClinicianFlags({ flags }: { flags: Dashboard['flags'] }) {
  const items = [
    { key: 'safety', label: 'Open safety flags', value: flags.openSafetyFlags, danger: true },
    { key: 'gap', label: 'Areas where the partners are 3 or more apart now', value: flags.discrepancies },
    { key: 'stalled', label: 'Stalled milestones', value: flags.stalledMilestones },
  ];
  return (
    <section className="progress-flags" aria-labelledby="progress-flags-title" data-testid="clinician-flags">
      <h2 id="progress-flags-title" className="progress-flags__title">
        For the clinician only
      </h2>
      <ul className="progress-flags__list">
        {items.map((item) => (
          <li
            key={item.key}
            className={`progress-flag${item.value > 0 ? (item.danger ? ' progress-flag--danger' : ' progress-flag--warn') : ''}`}
          >
            <span className="progress-flag__value">{item.value}</span>
            <span className="progress-flag__label">{item.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
