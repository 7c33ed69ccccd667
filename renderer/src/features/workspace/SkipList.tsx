/** A part of the workspace the skip list can jump to. */
export interface WorkspacePart {
  id: string;
  label: string;
}

/**
 * The workspace's parts in session order, as buttons that move focus to each part's heading.
 * Buttons, not `#id` links: the app routes by the address's hash, so a fragment link would
 * navigate away.
 */
export function SkipList({ parts }: { parts: readonly WorkspacePart[] }) {
  function jump(id: string) {
    const heading = document.getElementById(`${id}-title`);
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }
  return (
    <nav className="workspace-skip" aria-label="Parts of this session">
      <ol className="workspace-skip__list">
        {parts.map((part, index) => (
          <li key={part.id}>
            <button type="button" className="workspace-skip__link" onClick={() => jump(part.id)}>
              <span className="workspace-skip__number" aria-hidden="true">
                {index + 1}
              </span>
              {part.label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
