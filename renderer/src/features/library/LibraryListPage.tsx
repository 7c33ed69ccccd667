import { NoMatchState } from '@renderer/ui/NoMatchState';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SelectField, type SelectOption } from '@renderer/ui/SelectField';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { libraryAreaLabels, libraryAreas } from '@shared/domain/library';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LibraryTable } from './LibraryTable';
import { type AreaFilter, filterLibrary, isAreaFilter, type LibraryFilters } from './libraryList';
import { libraryListQuery } from './queries';
import './library.css';

const AREA_OPTIONS: SelectOption<AreaFilter>[] = [
  { value: 'all', label: 'All areas' },
  ...libraryAreas.map((area) => ({ value: area, label: libraryAreaLabels[area] })),
];

function entries(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'}`;
}

function filtersFrom(params: URLSearchParams): LibraryFilters {
  const area = params.get('area');
  return { query: params.get('q') ?? '', area: isAreaFilter(area) ? area : 'all' };
}

function paramsFrom(filters: LibraryFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.query) search.set('q', filters.query);
  if (filters.area !== 'all') search.set('area', filters.area);
  return search;
}

/**
 * The filters live in the URL (`?q=…&area=…`): the library holds no client data, and Back
 * from an entry returns to the same filtered list.
 */
function useLibraryFilters(): [LibraryFilters, (patch: Partial<LibraryFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  // The filters last asked for, ahead of the render that shows them: a search cleared and an
  // area chosen before that render must both stick (setSearchParams does not queue updates).
  const latest = useRef(filters);
  latest.current = filters;
  const setFilters = (patch: Partial<LibraryFilters>) => {
    latest.current = { ...latest.current, ...patch };
    // Typing a search must not fill the history with one entry per keystroke.
    setParams(paramsFrom(latest.current), { replace: true });
  };
  return [filters, setFilters];
}

export function LibraryListPage() {
  const [filters, setFilters] = useLibraryFilters();
  const list = useQuery(libraryListQuery);
  const shown = list.data ? filterLibrary(list.data, filters) : [];
  const filtered = filters.query.trim() !== '' || filters.area !== 'all';

  function content() {
    return (
      <QueryView query={list} loading="Loading the library…" errorTitle="The library could not be loaded">
        {(listData) => {
          if (listData.length === 0) {
            return (
              <EmptyState
                title="The library is empty"
                action={
                  <Link to="/library/new" className="button button--primary">
                    Add an entry
                  </Link>
                }
              >
                <p>Entries you add appear here, ready to put in a couple’s plan.</p>
              </EmptyState>
            );
          }
          if (shown.length === 0) {
            const query = filters.query.trim();
            const area = filters.area === 'all' ? null : libraryAreaLabels[filters.area];
            return (
              <NoMatchState
                title="No entries match"
                resets={[
                  {
                    label: 'Clear search',
                    shown: Boolean(query),
                    onClick: () => setFilters({ query: '' }),
                  },
                  {
                    label: 'Show all areas',
                    shown: Boolean(area),
                    onClick: () => setFilters({ area: 'all' }),
                  },
                ]}
              >
                <p>
                  {query
                    ? `No entry${area ? ` in ${area}` : ''} matches “${query}”. Check the spelling, or try fewer words.`
                    : 'No entry covers this area yet.'}
                </p>
              </NoMatchState>
            );
          }
          return (
            <LibraryTable
              items={shown}
              caption={
                filters.area === 'physical'
                  ? 'Library entries: the touch ladder in rung order, then the rest by name'
                  : 'Library entries, by name'
              }
            />
          );
        }}
      </QueryView>
    );
  }

  const total = list.data?.length ?? 0;
  const summary = !list.data
    ? ''
    : filtered
      ? `Showing ${shown.length.toLocaleString()} of ${entries(total)}`
      : entries(total);

  return (
    <div className="page">
      <div className="page-header">
        <div className="page-header__title">
          <PageHeading>Intervention library</PageHeading>
        </div>
        <div className="page-header__actions">
          <Link to="/library/new" className="button button--primary">
            Add entry
          </Link>
        </div>
      </div>
      <p className="page-intro library-intro">
        Exercises to put in a couple’s plan and hand to them. Change any entry to suit your practice, or add
        your own: your changes are kept when Rekindle updates its library.
      </p>
      <search className="filters" aria-label="Find entries">
        <TextField
          name="librarySearch"
          label="Search"
          type="search"
          value={filters.query}
          onValueChange={(query) => setFilters({ query })}
          hint="Words in the name, purpose or steps. Accents and capitals do not matter."
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          name="areaFilter"
          label="Area"
          value={filters.area}
          options={AREA_OPTIONS}
          onValueChange={(area) => setFilters({ area })}
          hint={filters.area === 'physical' ? 'The touch ladder is listed first, rung by rung.' : undefined}
        />
      </search>
      <p className="result-count" role="status">
        {summary}
      </p>
      {content()}
    </div>
  );
}
