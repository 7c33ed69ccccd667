import { formatIsoDate } from '../dates';

/** The one date style of documents and the UI (en-US): "Feb 1, 2026". */
export function formatDocumentDate(iso: string): string {
  return formatIsoDate(iso, 'en-US');
}

/** "1 day", "3 days". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
