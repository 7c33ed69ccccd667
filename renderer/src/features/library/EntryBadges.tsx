import type { LibraryItem } from '@shared/contract/library';
import { badgeLabels, itemBadges } from './labels';

/** "Your entry", "Edited", "Touch", "Conflict work": always words, never color alone. */
export function EntryBadges({ item }: { item: Pick<LibraryItem, 'origin' | 'edited' | 'entry'> }) {
  const badges = itemBadges(item);
  if (badges.length === 0) return null;
  return (
    <ul className="library-badges" aria-label="Labels">
      {badges.map((badge) => (
        <li key={badge} className={`badge library-badge library-badge--${badge}`}>
          {badgeLabels[badge]}
        </li>
      ))}
    </ul>
  );
}
