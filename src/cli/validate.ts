/** `yot validate <workbook.xlsx> [--as-of D] [--format table|json]` */
import { check } from '../core/check';
import { localToday } from '../core/dates';
import { WorkbookReadError } from '../adapters/xlsx/read';
import { dateOption, parseArgs, UsageError } from './args';
import { loadWorkbook, mappingFromArgs, maxSizeFromArgs, RULEBOOK_OPTIONS, rulebookFromArgs } from './common';
import { formatTable, toJson } from './format';
import { EXIT, type CliIo } from './io';

export const VALIDATE_HELP = `Usage: yot validate <workbook.xlsx> [options]

Checks a regional secondment register and Vacancy Tracker against the
National Partnership Framework (2021) and lists every problem found.

Options:
  --as-of <date>          Check as on this date (2025-09-30 or 30/09/2025).
                          Default: the workbook's Board as-of date, else today.
  --format table|json     table (default) is for people; json for other tools.
  --rulebook <id>         npf-2021 (default) or e3-yos.
  --rulebook-file <json>  A region's overrides, e.g. { "managementFeePerPo": 5250 }.
  --mapping <json>        Extra header mapping, e.g. { "Secondments": { "Officer": "secondee" } }.
  --max-size <MB>         Largest workbook read (default 50).
  --help                  Show this help.

Exit status: 0 no errors, 1 errors found, 2 the workbook could not be read.
The workbook is only read, never changed. Secondee names and National
Insurance numbers are never printed: a finding names the row by its ID.`;

export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['as-of', 'format', ...RULEBOOK_OPTIONS], ['help']);
  if (args.flags.has('help')) {
    io.stdout(VALIDATE_HELP);
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'Name the workbook to check, e.g. yot validate north-west-tracker.xlsx' : 'yot validate checks one workbook at a time; name just one.');
  }
  const format = args.options.get('format') ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format should be table or json; found "${format}".`);
  const asOfOption = dateOption(args, 'as-of');
  const rulebook = await rulebookFromArgs(args);
  const mapping = await mappingFromArgs(args);
  const file = args.positionals[0]!;
  const wb = await loadWorkbook(file, mapping, 'both', maxSizeFromArgs(args));
  // The core chooses the as-of date and withholds names and NI numbers from the findings; the scrubber covers the rest of the output.
  const { workbooks, scrub } = check([wb], { asOf: asOfOption ?? null, today: localToday(io.now()), rulebook });
  const result = workbooks[0]!;
  if (format === 'json') io.stdout(JSON.stringify(toJson(result, scrub), null, 2));
  else io.stdout(formatTable(result, wb.raw.source, { colour: io.colour, scrub }));
  return result.summary.error > 0 ? EXIT.findings : EXIT.ok;
}

export { WorkbookReadError };
