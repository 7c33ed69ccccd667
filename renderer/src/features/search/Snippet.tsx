import { splitSnippet } from './snippetParts';

/** A search snippet with its matches marked; built from text nodes only. */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="search-result__snippet">
      {splitSnippet(text).map((part, index) =>
        // Parts never reorder: the index is a stable key here.
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
