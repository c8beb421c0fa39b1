/**
 * Checking a region's overrides against what each parameter allows (zod), kept
 * apart from the rulebook itself so the worksheet functions and the taskpane's
 * first load carry no schema library: only the command line and the Rules view
 * that accept overrides need it.
 */
import { z } from 'zod';
import { DEFAULT_RULEBOOK_ID, PARAMETERS, RULEBOOKS, type Allowed, type ParameterInfo, type ParameterName, type Rulebook, type RulebookValues } from './index';
import type { SavedRulebook } from './saved';

/** Years that are a whole number of months (0.5 = 6 months): extensions may be part years (London Protocol 2010 §2). */
const yearsInWholeMonths = z.number().nonnegative().refine((v) => Math.abs(v * 12 - Math.round(v * 12)) < 1e-9, 'must be a whole number of months (0.5 = 6 months)');

/** The zod schema for what a parameter allows (rulebook/index.ts, `allows`). */
function schemaOf(allows: Allowed): z.ZodType<number> {
  if (typeof allows === 'object') return z.number().int().min(allows.min).max(allows.max);
  switch (allows) {
    case 'whole':
      return z.number().int().nonnegative();
    case 'whole, above 0':
      return z.number().int().positive();
    case 'above 0':
      return z.number().positive();
    case '0 or more':
      return z.number().nonnegative();
    case '0 to 1':
      return z.number().min(0).max(1);
    case 'years in whole months':
      return yearsInWholeMonths;
  }
}

/** The zod schema for a table of parameters: an object with each parameter's schema. */
export function valuesSchemaOf<N extends string>(table: Readonly<Record<N, ParameterInfo>>): z.ZodType<Readonly<Record<N, number>>> {
  const shape = Object.fromEntries(Object.entries<ParameterInfo>(table).map(([name, info]) => [name, schemaOf(info.allows)])) as Record<N, z.ZodType<number>>;
  // zod cannot infer an object's output over a generic key type; every property is a number schema, so the output is Record<N, number>.
  return z.object(shape) as unknown as z.ZodType<Readonly<Record<N, number>>>;
}

/** What each parameter allows, derived from the parameter table. */
export const rulebookValuesSchema: z.ZodType<RulebookValues> = valuesSchemaOf(PARAMETERS);

/** A parameter of older rulebook files, now derived from stage4WaitMonths and stage5WaitMonthsAfterStage4. */
const RETIRED_STAGE5 = 'stage5MinMonthsFromVacant';

export type RulebookResult = { ok: true; rulebook: Rulebook } | { ok: false; message: string };

/**
 * A rulebook with a region's overrides applied. Overrides are checked (zod):
 * an unknown parameter name or a value out of range is refused with a sentence
 * that names it, never silently ignored.
 * @example resolveRulebook('npf-2021', { managementFeePerPo: 5250 })
 */
export function resolveRulebook(id: string = DEFAULT_RULEBOOK_ID, overrides: Record<string, unknown> = {}): RulebookResult {
  const base = RULEBOOKS[id];
  if (!base) {
    return { ok: false, message: `There is no rulebook called "${id}". Known rulebooks: ${Object.keys(RULEBOOKS).join(', ')}.` };
  }
  // Old rulebook files may name the former stage 5 fallback parameter. It is now
  // derived (stage4WaitMonths + stage5WaitMonthsAfterStage4, NPF 2021 §5.5 stage 5),
  // so a value that agrees with the derived one is accepted and dropped, and one
  // that disagrees is refused rather than silently ignored.
  if (RETIRED_STAGE5 in overrides) {
    const { [RETIRED_STAGE5]: old, ...rest } = overrides;
    const resolved = resolveRulebook(id, rest);
    if (!resolved.ok) return resolved;
    const derived = resolved.rulebook.values.stage4WaitMonths + resolved.rulebook.values.stage5WaitMonthsAfterStage4;
    if (old === derived) return resolved;
    return {
      ok: false,
      message: `Rulebook parameter "${RETIRED_STAGE5}" is no longer set on its own: with no stage 4 date, stage 5 is earliest stage4WaitMonths + stage5WaitMonthsAfterStage4 after the post falls vacant (here ${derived} months), but the file says ${JSON.stringify(old)}. Remove "${RETIRED_STAGE5}", or change stage4WaitMonths or stage5WaitMonthsAfterStage4.`,
    };
  }
  const unknown = Object.keys(overrides).filter((k) => !(k in PARAMETERS));
  if (unknown.length > 0) {
    return { ok: false, message: `The rulebook has no parameter called ${unknown.map((k) => `"${k}"`).join(', ')}. Known parameters: ${Object.keys(PARAMETERS).join(', ')}.` };
  }
  if (Object.keys(overrides).length === 0) return { ok: true, rulebook: base };
  const parsed = rulebookValuesSchema.safeParse({ ...base.values, ...overrides });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? '');
    const label = PARAMETERS[name as ParameterName]?.label ?? name;
    return { ok: false, message: `Rulebook parameter "${name}" (${label}) has a value that cannot be used: ${issue.message}. Found ${JSON.stringify(overrides[name])}.` };
  }
  return {
    ok: true,
    rulebook: { id: `${base.id}+overrides`, name: `${base.name}, with regional overrides`, values: parsed.data, ...(base.termCitation !== undefined ? { termCitation: base.termCitation } : {}) },
  };
}

/**
 * A rulebook file's JSON, as `--rulebook-file` takes it: either the values to
 * change, { "managementFeePerPo": 5250 }, or { "base": "npf-2021", "values": { ... } }.
 * `base` given separately (--rulebook) wins over the file's own.
 */
export function readRulebookJson(json: unknown, base?: string): { ok: true; base: string; overrides: Record<string, unknown> } | { ok: false; message: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, message: 'should hold an object such as { "managementFeePerPo": 5250 }' };
  }
  const o = json as Record<string, unknown>;
  if (typeof o['values'] === 'object' && o['values'] !== null && !Array.isArray(o['values'])) {
    return { ok: true, base: base ?? (typeof o['base'] === 'string' ? o['base'] : DEFAULT_RULEBOOK_ID), overrides: o['values'] as Record<string, unknown> };
  }
  return { ok: true, base: base ?? DEFAULT_RULEBOOK_ID, overrides: o };
}

/**
 * A region's rulebook file loaded in the task pane: checked exactly as `--rulebook-file`
 * is, and kept as a SavedRulebook (saved.ts) with its file name.
 */
export function savedRulebookFromFile(text: string, fileName: string): { ok: true; saved: SavedRulebook; rulebook: Rulebook } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `The rulebook file "${fileName}" is not valid JSON.` };
  }
  const read = readRulebookJson(json);
  if (!read.ok) return { ok: false, message: `The rulebook file "${fileName}" ${read.message}.` };
  const r = resolveRulebook(read.base, read.overrides);
  if (!r.ok) return { ok: false, message: `The rulebook file "${fileName}" cannot be used. ${r.message}` };
  const saved: SavedRulebook = { base: read.base, values: read.overrides as SavedRulebook['values'], fileName };
  return { ok: true, saved, rulebook: rulebookOfSaved(saved) };
}

/** The rulebook in force for a saved one (re-checked), or the default; named with the file it came from. */
export function rulebookOfSaved(saved: SavedRulebook | null): Rulebook {
  if (saved === null) return RULEBOOKS[DEFAULT_RULEBOOK_ID]!;
  const r = resolveRulebook(saved.base, saved.values);
  if (!r.ok) return RULEBOOKS[DEFAULT_RULEBOOK_ID]!;
  return Object.keys(saved.values).length === 0 ? r.rulebook : { ...r.rulebook, name: `${r.rulebook.name} from ${saved.fileName}` };
}
