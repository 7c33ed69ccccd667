import type { LibraryItem } from '@shared/contract/library';
import { libraryAreaLabels } from '@shared/domain/library';
import { Link, useNavigate } from 'react-router';
import { EntryBadges } from './EntryBadges';
import { frequencyText, shortStageLabel, whoLabels } from './labels';

/**
 * The library as a table. Each entry's name is a real link (the keyboard path); a click
 * anywhere else on the row opens it too, unless the clinician was selecting text.
 */
export function LibraryTable({ items, caption }: { items: readonly LibraryItem[]; caption: string }) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table library-table">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="library-table__col-name" />
          <col className="library-table__col-areas" />
          <col className="library-table__col-who" />
          <col className="library-table__col-frequency" />
          <col className="library-table__col-stage" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Areas</th>
            <th scope="col">Who</th>
            <th scope="col">How often</th>
            <th scope="col">Touch ladder</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const { entry } = item;
            const path = `/library/${entry.id}`;
            return (
              <tr
                key={entry.id}
                className="table__row--link"
                // The name link in the row is the keyboard path; this only widens the mouse target.
                onClick={(event) => {
                  if (event.target instanceof HTMLAnchorElement) return;
                  if (window.getSelection()?.toString()) return;
                  navigate(path);
                }}
              >
                <th scope="row" className="table__name library-table__name">
                  <Link to={path}>{entry.name}</Link>
                  <p className="library-table__purpose">{entry.purpose}</p>
                  <EntryBadges item={item} />
                </th>
                <td>
                  <ul className="name-list library-table__areas">
                    {entry.areas.map((area) => (
                      <li key={area}>{libraryAreaLabels[area]}</li>
                    ))}
                  </ul>
                </td>
                <td>{whoLabels[entry.who]}</td>
                <td>{frequencyText(entry.frequency)}</td>
                <td>
                  {entry.stage === null ? (
                    <>
                      <span aria-hidden="true" className="muted">
                        —
                      </span>
                      <span className="visually-hidden">Not on the ladder</span>
                    </>
                  ) : (
                    shortStageLabel(entry.stage)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
