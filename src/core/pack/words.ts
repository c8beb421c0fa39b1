/**
 * Small words the pack's sheets share: RAG values, the board's figures and the
 * change from last quarter, made with the words of core/words.ts (counts with
 * their noun, money, UK dates), which this module passes on. Pure.
 */
import { money, plural } from '../words';
import type { Rag, RagValue } from './layout';

/** Counts, money and dates read the same everywhere: they are made in core/words.ts, and kept under these names for the sheets. */
export { money, plural, uk } from '../words';

/** A RAG cell whose label says the colour and the reason in words. */
export function rag(r: Rag, text: string): RagValue {
  return { rag: r, label: `${r}: ${text}` };
}

export type FigureKind = 'count' | 'money' | 'percent' | 'days';

/** A figure as the board reads it: '12', '£40,000', '12.5%', '45 days'; 'not known' for null. */
export function figureText(n: number | null, kind: FigureKind): string {
  if (n === null) return 'not known';
  switch (kind) {
    case 'money':
      return money(n);
    case 'percent':
      return `${n.toFixed(1)}%`;
    case 'days':
      return plural(Math.round(n), 'day');
    default:
      return String(n);
  }
}

/**
 * The change from last quarter in words, with an arrow that is never the only
 * sign of direction: '▲ up 2', '▼ down £5,000', '▲ up 2.5 points', 'no change'.
 */
export function changeText(now: number | null, before: number | null, kind: FigureKind): string {
  if (now === null || before === null) return 'not comparable';
  const diff = kind === 'percent' ? Math.round((now - before) * 10) / 10 : Math.round(now - before);
  if (diff === 0) return 'no change';
  const size = kind === 'percent' ? `${Math.abs(diff).toFixed(1)} points` : kind === 'days' ? plural(Math.abs(diff), 'day') : figureText(Math.abs(diff), kind);
  return diff > 0 ? `▲ up ${size}` : `▼ down ${size}`;
}
