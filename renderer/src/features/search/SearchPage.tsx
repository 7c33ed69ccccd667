import { channelQueryWhenReady } from '@renderer/api/channelQuery';
import { UNEXPECTED_FAILURE } from '@renderer/api/client';
import { plural } from '@renderer/features/couples/format';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { PageHeading } from '@renderer/ui/PageHeading';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { SearchResult } from '@shared/contract/search';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Snippet } from './Snippet';

const KIND_LABELS: Record<SearchResult['kind'], string> = {
  note: 'Progress note',
  addendum: 'Addendum',
  process: 'Psychotherapy process note',
  couple: 'Couple',
};

function resultLink(result: SearchResult): string {
  if (result.noteId) return `/notes/${result.noteId}`;
  if (result.kind === 'process') return `/couples/${result.coupleId}?tab=process`;
  return `/couples/${result.coupleId}`;
}

/** Full-text search across notes and couples; process notes only when asked for. */
export function SearchPage() {
  const [submitted, setSubmitted] = useState<{ query: string; includeProcessNotes: boolean } | null>(null);
  const form = useForm<
    { query: string; includeProcessNotes: boolean },
    { query: string; includeProcessNotes: boolean }
  >({
    initial: { query: '', includeProcessNotes: false },
    validate: ({ query, includeProcessNotes }) =>
      query.trim()
        ? { ok: true, input: { query: query.trim(), includeProcessNotes } }
        : { ok: false, errors: { query: 'Type something to search for' } },
    save: async (search) => setSubmitted(search),
    focus: 'none',
    failureMessage: UNEXPECTED_FAILURE,
  });
  const processNotes = form.bind('includeProcessNotes');
  // Nothing is asked until a search is submitted; the last results stay while the next one runs.
  const results = useQuery({
    ...channelQueryWhenReady('search:query', submitted),
    placeholderData: keepPreviousData,
  });

  function content() {
    if (!submitted)
      return (
        <EmptyState title="Search the record">
          <p>Find words in progress notes, addenda and couples’ names. Results are ranked by relevance.</p>
        </EmptyState>
      );
    return (
      <QueryView query={results} loading="Searching…" errorTitle="The search failed">
        {(resultsData) => {
          if (resultsData.items.length === 0)
            return (
              <EmptyState title="Nothing found">
                <p>
                  Nothing matches “{submitted.query}”.
                  {submitted.includeProcessNotes ? '' : ' Process notes were not searched.'}
                </p>
              </EmptyState>
            );
          return (
            <ol className="search-results" aria-busy={results.isPlaceholderData}>
              {resultsData.items.map((result) => (
                <li
                  key={`${result.kind}-${result.refId}`}
                  className={`search-result search-result--${result.kind}`}
                >
                  <div className="search-result__head">
                    <span className={`badge badge--kind-${result.kind}`}>{KIND_LABELS[result.kind]}</span>
                    <Link to={resultLink(result)} className="search-result__title">
                      {result.title || KIND_LABELS[result.kind]}
                    </Link>
                  </div>
                  <Snippet text={result.snippet} />
                </li>
              ))}
            </ol>
          );
        }}
      </QueryView>
    );
  }

  return (
    <div className="page">
      <PageHeading>Search</PageHeading>
      <search className="filters filters--search" aria-label="Search the record">
        <form onSubmit={form.submit} noValidate className="search-form">
          <TextField
            {...form.bind('query', { name: 'searchQuery' })}
            label="Search for"
            type="search"
            autoComplete="off"
            addon={
              <button type="submit" className="button button--primary button--addon">
                Search
              </button>
            }
          />
          <CheckboxField
            {...processNotes}
            label="Include psychotherapy process notes"
            hint="Off by default: process notes are kept apart from the record."
            onValueChange={(checked) => {
              processNotes.onValueChange(checked);
              // The results follow at once: the box changes what is searched, not what is typed.
              if (submitted) setSubmitted({ ...submitted, includeProcessNotes: checked });
            }}
          />
        </form>
      </search>
      <p className="result-count" role="status">
        {submitted && results.data ? plural(results.data.items.length, 'result') : ''}
      </p>
      {content()}
    </div>
  );
}
