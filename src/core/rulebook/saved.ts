/**
 * A region's own rulebook as the add-in keeps it (in the workbook's settings
 * inside Excel): the same JSON `yot validate --rulebook-file` takes, as a base
 * rulebook id and the values it changes, with the file it came from. Checked
 * in full (zod, resolve.ts) when it is loaded; read back here without a schema
 * library, so the worksheet functions can use it too: a hand-edited or
 * damaged setting gives null (the default rulebook), never a wrong number.
 */
import { DEFAULT_RULEBOOK_ID, PARAMETERS, RULEBOOKS, type ParameterName, type RulebookValues } from './index';

export interface SavedRulebook {
  /** A built-in rulebook id: 'npf-2021' or 'e3-yos'. */
  readonly base: string;
  /** The values the region changes, by parameter name. */
  readonly values: Readonly<Partial<Record<ParameterName, number>>>;
  /** The file it was loaded from, shown in the Rules view: 'north-west-rulebook.json'. */
  readonly fileName: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A saved rulebook read back from settings, or null when there is none or it is not one. */
export function readSavedRulebook(raw: unknown): SavedRulebook | null {
  if (!isRecord(raw) || typeof raw['base'] !== 'string' || !(raw['base'] in RULEBOOKS) || !isRecord(raw['values'])) return null;
  const values: Partial<Record<ParameterName, number>> = {};
  for (const [k, v] of Object.entries(raw['values'])) {
    if (!(k in PARAMETERS) || typeof v !== 'number' || !Number.isFinite(v)) return null;
    values[k as ParameterName] = v;
  }
  return { base: raw['base'], values, fileName: typeof raw['fileName'] === 'string' ? raw['fileName'] : 'a rulebook file' };
}

/** The values in force for a saved rulebook (its base with its changes), or the default rulebook's. */
export function savedRulebookValues(saved: SavedRulebook | null): RulebookValues {
  const base = RULEBOOKS[saved?.base ?? DEFAULT_RULEBOOK_ID] ?? RULEBOOKS[DEFAULT_RULEBOOK_ID]!;
  return saved ? { ...base.values, ...saved.values } : base.values;
}
