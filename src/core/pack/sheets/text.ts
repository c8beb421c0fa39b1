/**
 * Words several sheets share: finding counts in words and as a RAG cell, a line
 * per region on a national roll-up, vacancies by stage. Pure.
 */
import type { RagValue } from '../document';
import type { FindingCounts, PackModel, PackRegion } from '../model';
import { plural, rag } from '../words';

/** '3 errors, 1 warning and 2 for information' (core/words.ts, as the task pane says it). */
export { findingCountsText as countsText } from '../../words';

/** A row's findings: Red with any error, Amber with warnings, else Green. */
export function findingsRag(c: FindingCounts): RagValue {
  if (c.error > 0) return rag('Red', c.warning > 0 ? `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}` : plural(c.error, 'error'));
  if (c.warning > 0) return rag('Amber', plural(c.warning, 'warning'));
  return rag('Green', c.info > 0 ? `${c.info} for information` : 'none');
}

/** On a national roll-up, one line per region ('North West: …'); none for a single region. */
export function regionLines(model: PackModel, text: (r: PackRegion) => string): { text: string; style: 'text' }[] {
  if (model.regions.length < 2) return [];
  return model.regions.map((r) => ({ text: `${r.region}: ${text(r)}`, style: 'text' as const }));
}

/** 'stage 1: 2, stage 2: 0, …'. */
export function stagesText(byStage: readonly number[]): string {
  return byStage.map((n, i) => `stage ${i + 1}: ${n}`).join(', ');
}

/** The pack's place: the region, or 'National roll-up (North West, Wales)'. */
export function regionLabel(model: PackModel): string {
  return model.regions.length === 1 ? model.regions[0]!.region : `National roll-up (${model.regions.map((r) => r.region).join(', ')})`;
}
