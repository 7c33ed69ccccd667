import type { ReactNode } from 'react';

/** One part of Today: a titled panel with its count, and its list or the words for none. */
export function TodaySection({
  id,
  title,
  count,
  empty,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={`today-section panel${wide ? ' today-section--wide' : ''}`} aria-labelledby={id}>
      <h2 id={id} className="today-section__title">
        {title} <span className="today-section__count">{count}</span>
      </h2>
      {count === 0 ? (
        <p className="today-section__empty">{empty}</p>
      ) : (
        <ul className="plain-list today-list">{children}</ul>
      )}
    </section>
  );
}
