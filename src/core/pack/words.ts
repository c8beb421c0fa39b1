/**
 * Small words the pack's sheets share: counts with their noun, money, UK dates,
 * RAG values and the change from last quarter. Pure.
 */
import { formatUk, type Day } from '../dates';
import type { Rag, RagValue } from './layout';

/** '1 post', '3 posts'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** '£40,000' (whole pounds, no locale dependence). */
export function money(n: number): string {
  const whole = Math.round(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole < 0 ? '-' : ''}£${digits}`;
}

/** dd/mm/yyyy, or 'unknown'. */
export function uk(d: Day | null): string {
  return d === null ? 'unknown' : formatUk(d);
}

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
