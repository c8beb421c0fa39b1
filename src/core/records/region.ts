/**
 * A workbook's region, and the text order used to choose it: needed by
 * validation (the cross-workbook duplicate rule names the other region) and by
 * the pack, so it lives with the records rather than in the pack.
 */
import type { Records } from './types';

/** Text order that does not depend on the machine's locale: case-insensitive, then exact. */
export function compareText(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  if (lx !== ly) return lx < ly ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A workbook's region: the Board's Region, else the Region most rows give, else
 * the file name without its extension.
 * @example regionOf(records, 'north-west-tracker.xlsx') //=> 'North West'
 */
export function regionOf(records: Records, source: string): string {
  if (records.board.region !== null && records.board.region.trim() !== '') return records.board.region.trim();
  const counts = new Map<string, number>();
  for (const r of [...records.secondments, ...records.vacancies, ...records.allocations]) {
    const name = r.region?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && compareText(name, best) < 0)) {
      best = name;
      bestCount = n;
    }
  }
  if (best !== null) return best;
  const base = source.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base === '' ? source : base;
}
