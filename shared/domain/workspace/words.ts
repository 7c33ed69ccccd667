/** "1 day", "3 days". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c": a list inside a sentence. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Orders ISO dates and HH:MM times as plain strings (no locale collation: they are ASCII). */
export function compareAscii(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
