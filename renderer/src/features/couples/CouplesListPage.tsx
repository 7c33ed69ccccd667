import { NoMatchState } from '@renderer/ui/NoMatchState';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SelectField, type SelectOption } from '@renderer/ui/SelectField';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { useDebouncedValue } from '@renderer/ui/useDebouncedValue';
import type { CoupleStatusFilter } from '@shared/contract/couples';
import { coupleStatuses, coupleStatusLabels } from '@shared/domain/couple';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CouplesTable } from './CouplesTable';
import { plural } from './format';
import { useCoupleListFilters } from './listFilters';
import { couplesCountQuery, couplesListQuery } from './queries';

const SEARCH_DEBOUNCE_MS = 250;

const STATUS_OPTIONS: SelectOption<CoupleStatusFilter>[] = [
  { value: 'open', label: 'Open (all but archived)' },
  ...coupleStatuses.map((status) => ({ value: status, label: coupleStatusLabels[status] })),
  { value: 'all', label: 'All' },
];

function filterLabel(status: CoupleStatusFilter): string {
  if (status === 'open') return 'open';
  if (status === 'all') return '';
  return coupleStatusLabels[status].toLowerCase();
}

export function CouplesListPage() {
  const [filters, setFilters] = useCoupleListFilters();
  const query = useDebouncedValue(filters.query, SEARCH_DEBOUNCE_MS).trim();
  const list = useQuery(couplesListQuery({ query, status: filters.status }));
  const noResults = list.data?.items.length === 0;
  // Only asked when nothing matched: is this a new practice, or just a narrow filter?
  const count = useQuery({ ...couplesCountQuery, enabled: noResults });

  function content() {
    return (
      <QueryView query={list} loading="Loading couples…" errorTitle="The list of couples could not be loaded">
        {(listData) => {
          if (listData.items.length > 0)
            return <CouplesTable items={listData.items} busy={list.isPlaceholderData} />;
          return (
            <QueryView
              query={count}
              loading="Loading couples…"
              errorTitle="The list of couples could not be loaded"
            >
              {(countData) => {
                if (countData === 0) {
                  return (
                    <EmptyState
                      title="No couples yet"
                      action={
                        <Link to="/couples/new" className="button button--primary">
                          Add your first couple
                        </Link>
                      }
                    >
                      <p>
                        Couples you add appear here. Everything you record stays encrypted on this computer.
                      </p>
                    </EmptyState>
                  );
                }
                const kind = filterLabel(filters.status);
                return (
                  <NoMatchState
                    title="No couples match"
                    resets={[
                      {
                        label: 'Clear search',
                        shown: Boolean(filters.query),
                        onClick: () => setFilters({ ...filters, query: '' }),
                      },
                      {
                        label: 'Show all statuses',
                        shown: filters.status !== 'all',
                        onClick: () => setFilters({ ...filters, status: 'all' }),
                      },
                    ]}
                  >
                    <p>
                      {query
                        ? `No ${kind ? `${kind} ` : ''}couple matches “${query}”. ${
                            filters.status === 'all'
                              ? 'Check the spelling, or search for another name.'
                              : 'Check the spelling, or choose All under Status to look everywhere.'
                          }`
                        : `There are no ${kind} couples. Choose another status to see the others.`}
                    </p>
                  </NoMatchState>
                );
              }}
            </QueryView>
          );
        }}
      </QueryView>
    );
  }

  const summary = list.data
    ? list.data.total > list.data.items.length
      ? `Showing ${list.data.items.length} of ${plural(list.data.total, 'couple')}. Narrow the search to see the rest.`
      : list.data.total > 0
        ? plural(list.data.total, 'couple')
        : ''
    : '';

  return (
    <div className="page">
      <div className="page-header">
        <PageHeading>Couples</PageHeading>
        <div className="page-header__actions">
          <Link to="/couples/new" className="button button--primary">
            Add couple
          </Link>
        </div>
      </div>
      <search className="filters" aria-label="Find couples">
        <TextField
          name="coupleSearch"
          label="Search by name"
          type="search"
          value={filters.query}
          onValueChange={(text) => setFilters({ ...filters, query: text })}
          hint="Either partner’s name or the couple’s name. Accents and capitals do not matter."
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          name="statusFilter"
          label="Status"
          value={filters.status}
          options={STATUS_OPTIONS}
          onValueChange={(status) => setFilters({ ...filters, status })}
        />
      </search>
      <p className="result-count" role="status">
        {summary}
      </p>
      {content()}
    </div>
  );
}
