import { Link } from 'react-router';

export interface TabLink<K extends string> {
  key: K;
  label: string;
  to: string;
}

/**
 * Sections of a record as links (so each has its own address and Back works), marked with
 * `aria-current` for the one shown. Plain links keep Tab and Enter working as everywhere.
 */
export function TabLinks<K extends string>({
  label,
  tabs,
  current,
}: {
  label: string;
  tabs: readonly TabLink<K>[];
  current: K;
}) {
  return (
    <nav aria-label={label} className="tabs">
      <ul className="tabs__list">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              to={tab.to}
              replace
              className="tabs__link"
              aria-current={tab.key === current ? 'page' : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
