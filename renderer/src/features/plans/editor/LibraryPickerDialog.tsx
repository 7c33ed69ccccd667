import { frequencyText } from '@renderer/features/plans/planLabels';
import { SelectField } from '@renderer/ui/SelectField';
import { trapTab } from '@renderer/ui/useModalDialog';
import {
  isSafetySensitive,
  type LibraryArea,
  type LibraryEntry,
  type LibraryWho,
  libraryAreaLabels,
  libraryAreas,
} from '@shared/domain/library';
import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { filterLibrary } from './libraryFilter';

const WHO_WORDS: Record<LibraryWho, string> = {
  both: 'Both partners',
  partnerA: 'Partner A',
  partnerB: 'Partner B',
  inSession: 'In session',
  eitherPartner: 'Either partner (starts as partner A)',
};

/**
 * The library as a searchable list: type to narrow it, Up and Down to move, Enter to add,
 * Escape to close. Touch and conflict exercises cannot be picked while a safety flag is open.
 */
export function LibraryPickerDialog({
  entries,
  initialArea,
  target,
  safetyFlagOpen,
  onPick,
  onClose,
}: {
  entries: readonly LibraryEntry[];
  initialArea: LibraryArea;
  /** "objective 1.2.1", for the title. */
  target: string;
  safetyFlagOpen: boolean;
  onPick(entry: LibraryEntry): void;
  onClose(): void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [area, setArea] = useState<LibraryArea | 'all'>(initialArea);
  const [active, setActive] = useState(0);
  const titleId = useId();
  const searchId = useId();
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const matches = useMemo(() => filterLibrary(entries, query, area), [entries, query, area]);
  const current = matches[Math.min(active, matches.length - 1)];
  const blocked = (entry: LibraryEntry) => safetyFlagOpen && isSafetySensitive(entry);

  // Layout effects: the focus moves happen inside the commit, before whoever closed the
  // picker moves focus on to the item just added.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    searchRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  useLayoutEffect(() => {
    if (!current) return;
    const index = matches.indexOf(current);
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  });

  function pick(entry: LibraryEntry | undefined) {
    if (entry && !blocked(entry)) onPick(entry);
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (matches.length === 0) return;
    const index = current ? matches.indexOf(current) : 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index + 1) % matches.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index - 1 + matches.length) % matches.length);
    } else if (event.key === 'PageDown') {
      event.preventDefault();
      setActive(Math.min(index + 5, matches.length - 1));
    } else if (event.key === 'PageUp') {
      event.preventDefault();
      setActive(Math.max(index - 5, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(current);
    }
  }

  const countText =
    matches.length === 0
      ? 'No exercise matches. Try fewer words or all areas.'
      : `${matches.length} ${matches.length === 1 ? 'exercise matches' : 'exercises match'}. Use Up and Down to choose, Enter to add.`;

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide library-picker"
      aria-labelledby={titleId}
      onKeyDown={(event) => trapTab(event, dialogRef.current)}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Add from the library to {target}
      </h2>
      <div className="library-picker__filters">
        <div className="field">
          <label htmlFor={searchId} className="field__label">
            Search the library
          </label>
          <input
            ref={searchRef}
            id={searchId}
            className="input"
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(matches.indexOf(current)) : undefined}
            autoComplete="off"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onSearchKeyDown}
          />
        </div>
        <SelectField
          name="libraryArea"
          label="Area"
          value={area}
          options={[
            { value: 'all', label: 'All areas' },
            ...libraryAreas.map((value) => ({ value, label: libraryAreaLabels[value] })),
          ]}
          onValueChange={(value) => {
            setArea(value);
            setActive(0);
          }}
        />
      </div>
      <p className="library-picker__count" role="status">
        {countText}
      </p>
      <div id={listId} role="listbox" aria-label="Library exercises" className="library-picker__list">
        {matches.map((entry, index) => {
          const isActive = entry === current;
          const isBlocked = blocked(entry);
          return (
            // The search box keeps focus and drives the list (aria-activedescendant); the mouse picks directly.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the search box
            <div
              key={entry.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={isActive}
              aria-disabled={isBlocked || undefined}
              className={`library-option${isActive ? ' library-option--active' : ''}${isBlocked ? ' library-option--blocked' : ''}`}
              onMouseMove={() => setActive(index)}
              onClick={() => pick(entry)}
            >
              <span className="library-option__name">{entry.name}</span>
              <span className="library-option__meta">
                {entry.areas.map((value) => libraryAreaLabels[value]).join(', ')} · {WHO_WORDS[entry.who]} ·{' '}
                {frequencyText(entry.frequency)}
              </span>
              <span className="library-option__purpose">{entry.purpose}</span>
              {isBlocked ? (
                <span className="library-option__warning">
                  Touch or conflict exercise: not while a safety flag is open
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!current || blocked(current)}
          onClick={() => pick(current)}
        >
          Add {current ? `“${current.name}”` : 'exercise'}
        </button>
      </div>
    </dialog>
  );
}
