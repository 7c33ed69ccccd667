import { PrintDocumentButton } from '@renderer/features/reports/PrintDocumentButton';
import { PageHeading } from '@renderer/ui/PageHeading';
import { EmptyState, pageFrame, QueryView } from '@renderer/ui/states';
import type { LibraryItem } from '@shared/contract/library';
import { libraryAreaLabels } from '@shared/domain/library';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { EntryBadges } from './EntryBadges';
import { frequencyText, stageLabel, whoLabels } from './labels';
import { useFlash, useLibraryItem } from './useLibraryItem';
import './library.css';

export function LibraryBackLink() {
  return (
    <p className="back-link">
      <Link to="/library">
        <span aria-hidden="true">← </span>Library
      </Link>
    </p>
  );
}

export function LibraryEntryPage() {
  return <WithLibraryEntry heading="Library entry">{(item) => <EntryDetail item={item} />}</WithLibraryEntry>;
}

/**
 * The entry named in the address, once the library is loaded: the loading and error states
 * under `heading`, and "not found" when the library holds no such entry.
 */
export function WithLibraryEntry({
  heading,
  children,
}: {
  heading: string;
  children: (item: LibraryItem) => ReactNode;
}) {
  const { id = '' } = useParams();
  const item = useLibraryItem(id);
  return (
    <QueryView
      query={item}
      loading="Loading the entry…"
      errorTitle="This entry could not be opened"
      frame={pageFrame(heading, <LibraryBackLink />)}
    >
      {(found) => (found ? children(found) : <EntryNotFound />)}
    </QueryView>
  );
}

export function EntryNotFound() {
  return (
    <div className="page">
      <LibraryBackLink />
      <PageHeading>Entry not found</PageHeading>
      <EmptyState
        title="This entry is not in the library"
        action={
          <Link to="/library" className="button button--secondary">
            Go to the library
          </Link>
        }
      >
        <p>The link may be out of date. Search the library for the exercise instead.</p>
      </EmptyState>
    </div>
  );
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function originNote(item: LibraryItem): string {
  if (item.origin === 'clinician') return 'You added this entry.';
  if (item.edited)
    return 'Shipped with Rekindle and changed by you. Your changes are kept when Rekindle updates its library.';
  return 'Shipped with Rekindle.';
}

function EntryDetail({ item }: { item: LibraryItem }) {
  const flash = useFlash();
  const { entry } = item;
  return (
    <div className="page library-entry">
      <LibraryBackLink />
      <div className="page-header">
        <div className="page-header__title">
          <PageHeading>{entry.name}</PageHeading>
          <EntryBadges item={item} />
        </div>
        <div className="page-header__actions">
          <PrintDocumentButton
            request={{ kind: 'worksheet', libraryId: entry.id, coupleId: null }}
            label="Print worksheet"
          />
          <Link to={`/library/${entry.id}/edit`} className="button button--primary">
            Edit
          </Link>
        </div>
      </div>
      <p className="library-entry__origin muted">{originNote(item)}</p>
      {flash ? (
        <p className="notice notice--success library-entry__flash" role="status">
          {flash}
        </p>
      ) : null}
      <div className="library-entry__layout">
        <div className="library-entry__main">
          <section className="panel library-entry__section" aria-labelledby="entry-purpose">
            <h2 id="entry-purpose" className="library-entry__heading">
              Purpose
            </h2>
            <p className="prose">{entry.purpose}</p>
          </section>
          <section className="panel library-entry__section" aria-labelledby="entry-steps">
            <h2 id="entry-steps" className="library-entry__heading">
              Steps for the couple
            </h2>
            <ol className="library-steps">
              {entry.steps.map((step, index) => (
                // Steps can repeat word for word; their place in the list is what identifies them.
                // biome-ignore lint/suspicious/noArrayIndexKey: read-only list, never reordered here
                <li key={index}>{step}</li>
              ))}
            </ol>
          </section>
          <section
            className="panel library-entry__section library-entry__section--caution"
            aria-labelledby="entry-contraindications"
          >
            <h2 id="entry-contraindications" className="library-entry__heading">
              Contraindications
            </h2>
            {entry.contraindications.length > 0 ? (
              <ul className="library-contraindications">
                {entry.contraindications.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: read-only list, never reordered here
                  <li key={index}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">None recorded.</p>
            )}
          </section>
        </div>
        <aside className="panel library-entry__facts" aria-labelledby="entry-facts">
          <h2 id="entry-facts" className="library-entry__heading">
            At a glance
          </h2>
          <dl className="details">
            <Row label="Areas">
              <ul className="name-list">
                {entry.areas.map((area) => (
                  <li key={area}>{libraryAreaLabels[area]}</li>
                ))}
              </ul>
            </Row>
            <Row label="Who">{whoLabels[entry.who]}</Row>
            <Row label="How often">{frequencyText(entry.frequency)}</Row>
            <Row label="Touch ladder">
              {entry.stage === null ? 'Not on the ladder' : stageLabel(entry.stage)}
            </Row>
            <Row label="Involves touch">{yesNo(entry.involvesTouch)}</Row>
            <Row label="Both partners together">{yesNo(entry.conjoint)}</Row>
            <Row label="Works through conflict or past hurts">{yesNo(entry.involvesConflict)}</Row>
            <Row label="Usually where alcohol is served">{yesNo(entry.alcoholSetting)}</Row>
            <Row label="Id">
              <code className="library-entry__id">{entry.id}</code>
            </Row>
          </dl>
        </aside>
      </div>
    </div>
  );
}
