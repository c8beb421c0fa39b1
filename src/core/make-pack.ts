/**
 * One entry point for the quarterly pack: workbooks in, the pack's model and
 * laid-out document out. The CLI (`yot pack`) and the task pane call this and
 * only read files and write the result; the as-of policy (this quarter's and
 * last quarter's), validation with the cross-workbook duplicate rule, name
 * withholding and the pack's composition all live here. Pure: `today` and the
 * moment the pack is made are passed in by the edge.
 */
import { formatUk, type Day } from './dates';
import type { Rulebook } from './rulebook';
import { packAsOf, previousAsOf, validateWorkbooks, type AsOfChoice, type Workbook } from './check';
import { buildPack, type PackInput, type PackModel } from './pack/model';
import { layoutPack, type InputFile, type PackDocument } from './pack/layout';
import { compareQuarters } from './pack/sheets/movement/model';
import type { PreviousQuarter } from './pack/sheets/types';
import type { Withholder } from './privacy';

/** A pack that can't be made from what was given (last quarter's workbooks not before this quarter): one plain sentence. */
export class PackInputError extends Error {}

export interface MakePackOptions {
  /** The as-of date the user gave; omitted or null, {@link packAsOf} chooses. */
  readonly asOf?: Day | null;
  /** The YOGB meeting date; omitted or null, the Board sheet's meeting date (when the workbooks agree on one). */
  readonly meeting?: Day | null;
  /** Today on the edge's clock (the core reads none). */
  readonly today: Day;
  readonly rulebook: Rulebook;
  /** Secondee names go into the pack only when asked for. */
  readonly names: boolean;
  /** Last quarter's workbooks, for the Movement sheet; none, no Movement sheet. */
  readonly previous?: readonly Workbook[];
  /** The moment the pack is made, for its Cover (the edge passes it). */
  readonly generatedAt?: Date | null;
  /** The input files as the Cover states them (hashed at the edge). */
  readonly inputs?: readonly InputFile[];
}

export interface MadePack {
  readonly asOf: AsOfChoice;
  readonly model: PackModel;
  readonly doc: PackDocument;
  readonly previous: PreviousQuarter | null;
}

/** The workbooks validated for a pack, and the withholder validation made for them (the pack's own, when the names choice is the same). */
function packInputs(workbooks: readonly Workbook[], asOf: Day, rulebook: Rulebook, names: boolean): { inputs: PackInput[]; scrub: Withholder } {
  const { workbooks: checked, scrub } = validateWorkbooks(workbooks, asOf, rulebook, names);
  return { inputs: checked.map((w) => ({ source: w.source, region: w.region, records: w.records, findings: w.findings })), scrub };
}

/** Build the pack for one or more regional workbooks. Throws {@link PackInputError} when the previous workbooks are not last quarter's. */
export function makePack(workbooks: readonly Workbook[], options: MakePackOptions): MadePack {
  const { rulebook, names } = options;
  const choice = packAsOf(options.asOf, workbooks, options.today);
  const asOf = choice.asOf;
  const { inputs, scrub } = packInputs(workbooks, asOf, rulebook, names);
  const model = buildPack(inputs, {
    asOf,
    // Omitted, the pack takes the Board's meeting date (when the workbooks agree on one).
    ...(options.meeting !== undefined && options.meeting !== null ? { meetingDate: options.meeting } : {}),
    rulebook,
    includeNames: names,
    // The same workbooks and names choice: validation's withholder is the pack's (built once, not twice).
    scrub,
  });
  let previous: PreviousQuarter | null = null;
  if (options.previous !== undefined && options.previous.length > 0) {
    const prevAsOf = previousAsOf(options.previous, asOf);
    if (prevAsOf >= asOf) {
      throw new PackInputError(
        `The --previous workbook is as of ${formatUk(prevAsOf)}, which is not before this pack's as-of date ${formatUk(asOf)}; name last quarter's tracker with --previous, or give --as-of.`,
      );
    }
    const { inputs: prevInputs, scrub: prevScrub } = packInputs(options.previous, prevAsOf, rulebook, names);
    // Last quarter's model never shows names: validation's withholder serves only when it withholds them too.
    const prevModel = buildPack(prevInputs, { asOf: prevAsOf, meetingDate: null, rulebook, includeNames: false, ...(names ? {} : { scrub: prevScrub }) });
    previous = { model: prevModel, movement: compareQuarters({ asOf, inputs }, { asOf: prevAsOf, inputs: prevInputs }) };
  }
  const doc = layoutPack(model, { generatedAt: options.generatedAt ?? null, previous, ...(options.inputs !== undefined ? { inputs: options.inputs } : {}) });
  return { asOf: choice, model, doc, previous };
}
