import { channelQuery } from '@renderer/api/channelQuery';
import { plural } from '@renderer/features/couples/format';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SelectField } from '@renderer/ui/SelectField';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { type AuditAction, auditActions } from '@shared/domain/audit';
import { formatInstant } from '@shared/domain/dates';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

interface Filters {
  coupleId: string;
  action: AuditAction | '';
  from: string;
  to: string;
}

/** `note.addendum_added` -> "Note: addendum added" */
function actionLabel(action: string): string {
  const [entity = '', verb = ''] = action.split('.');
  const words = (text: string) => text.replace(/_/g, ' ');
  return `${words(entity).charAt(0).toUpperCase()}${words(entity).slice(1)}: ${words(verb)}`;
}

/** Who did what and when, with record ids only: the log holds no clinical text. */
export function AuditLogPage() {
  const [filters, setFilters] = useState<Filters>({ coupleId: '', action: '', from: '', to: '' });
  const couples = useQuery(channelQuery('couples:list', { status: 'all', limit: 1000 }));
  const entries = useQuery({
    ...channelQuery('audit:list', {
      ...(filters.coupleId ? { coupleId: filters.coupleId } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      from: filters.from || null,
      to: filters.to || null,
    }),
    placeholderData: keepPreviousData,
  });
  const names = new Map(couples.data?.items.map((c) => [c.id, c.displayName]) ?? []);

  function content() {
    return (
      <QueryView
        query={entries}
        loading="Loading the audit log…"
        errorTitle="The audit log could not be loaded"
      >
        {(entriesData) => {
          if (entriesData.items.length === 0)
            return (
              <EmptyState title="No entries match">
                <p>Change the filters to see more of the log.</p>
              </EmptyState>
            );
          return (
            <div className="table-wrap">
              <table className={`table table--audit${entries.isPlaceholderData ? ' table--busy' : ''}`}>
                <caption className="visually-hidden">Audit log entries, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Action</th>
                    <th scope="col">Record</th>
                    <th scope="col">Couple</th>
                  </tr>
                </thead>
                <tbody>
                  {entriesData.items.map((entry) => (
                    <tr key={entry.id}>
                      <td className="table__date">{formatInstant(entry.at)}</td>
                      <td>{actionLabel(entry.action)}</td>
                      <td>
                        {entry.entity ? (
                          <>
                            {entry.entity.replace(/_/g, ' ')}{' '}
                            {entry.entityId ? (
                              <code className="record-id">{entry.entityId.slice(0, 8)}</code>
                            ) : null}
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td>
                        {entry.coupleId ? (
                          <Link to={`/couples/${entry.coupleId}`}>
                            {names.get(entry.coupleId) ?? entry.coupleId.slice(0, 8)}
                          </Link>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryView>
    );
  }

  return (
    <div className="page">
      <PageHeading>Audit log</PageHeading>
      <p className="page-intro">
        Every create, view, signature, addendum, search, unlock and lock, with record ids only. The log holds
        no clinical text and cannot be changed.
      </p>
      <search className="filters filters--audit" aria-label="Filter the audit log">
        <SelectField
          name="auditCouple"
          label="Couple"
          value={filters.coupleId}
          options={[
            { value: '', label: 'All couples' },
            ...(couples.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName })),
          ]}
          onValueChange={(coupleId) => setFilters({ ...filters, coupleId })}
        />
        <SelectField
          name="auditAction"
          label="Action"
          value={filters.action}
          options={[
            { value: '' as const, label: 'All actions' },
            ...auditActions.map((a) => ({ value: a, label: actionLabel(a) })),
          ]}
          onValueChange={(action: AuditAction | '') => setFilters({ ...filters, action })}
        />
        <TextField
          name="auditFrom"
          label="From"
          type="date"
          value={filters.from}
          onValueChange={(from) => setFilters({ ...filters, from })}
        />
        <TextField
          name="auditTo"
          label="To"
          type="date"
          value={filters.to}
          onValueChange={(to) => setFilters({ ...filters, to })}
        />
      </search>
      <p className="result-count" role="status">
        {entries.data ? plural(entries.data.items.length, 'entry', 'entries') : ''}
      </p>
      {content()}
    </div>
  );
}
