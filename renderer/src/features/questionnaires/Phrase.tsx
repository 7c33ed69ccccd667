import type { NamedPhrase } from './labels';

/** A sentence about a partner, the name isolated so a right-to-left name keeps the numbers after it in order. */
export function Phrase({ phrase }: { phrase: NamedPhrase }) {
  return (
    <>
      {phrase.before}
      <bdi>{phrase.name}</bdi>
      {phrase.after}
    </>
  );
}
