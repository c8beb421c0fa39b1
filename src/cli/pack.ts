/**
 * `yot pack <workbook.xlsx>… --out <pack.xlsx> [--as-of D] [--meeting D] [--json] [--names] [--force]`:
 * the YOS Governance Board quarterly pack, for one region or, given several
 * regional workbooks, a national roll-up.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatUk, localToday } from '../core/dates';
import type { AsOfChoice, Workbook } from '../core/check';
import { makePack, PackInputError } from '../core/make-pack';
import { packFigures } from '../core/pack/figures';
import { money, type InputFile } from '../core/pack/layout';
import { movementSentence } from '../core/pack/sheets/movement/sheet';
import { writePackFile } from '../adapters/xlsx/write-pack';
import { dateOption, parseArgs, UsageError } from './args';
import { loadWorkbook, mappingFromArgs, maxSizeFromArgs, RULEBOOK_OPTIONS, rulebookFromArgs, type LoadedWorkbook } from './common';
import { summaryLine } from './format';
import { EXIT, type CliIo } from './io';
import { exists, realPathOf, samePath } from './paths';

export const PACK_HELP = `Usage: yot pack <workbook.xlsx> [more workbooks…] --out <pack.xlsx> [options]

Builds the YOS Governance Board quarterly pack (an Excel workbook to read and
print): Cover, Board summary, Summary, Vacancies, Secondments, Allocation,
Finance, Disputes and Data quality (and Movement, with --previous; Actions,
when a workbook has an Actions table). Name
several regional workbooks for a national roll-up.

Options:
  --out <pack.xlsx>       Where to write the pack (required).
  --as-of <date>          Figures as on this date (2025-09-30 or 30/09/2025).
                          Default: the end of the last complete quarter on or
                          before the workbook's Board as-of date, else before today.
  --meeting <date>        YOGB meeting date for the Cover.
                          Default: the workbook's Board meeting date.
  --previous <last.xlsx>  Last quarter's tracker, to show what moved since (a
                          Movement sheet, last quarter's figures and the change).
                          Repeat it for each region of a national roll-up.
                          Its as-of date: the end of the last complete quarter on
                          or before its Board as-of date, else the quarter before.
  --pdf <pack.pdf>        Also write the pack as a print-ready PDF (cover,
                          board summary, decisions, movement, detail sheets,
                          contents with page numbers). No LibreOffice needed.
  --names                 Include secondee names (personal data). Left out unless asked.
  --force                 Replace an existing file at --out (never an input workbook).
  --json                  Print the pack's figures as JSON instead of a summary.
  --rulebook <id>         npf-2021 (default) or e3-yos.
  --rulebook-file <json>  A region's overrides, e.g. { "managementFeePerPo": 5250 }.
  --mapping <json>        Extra header mapping, e.g. { "Secondments": { "Officer": "secondee" } }.
  --max-size <MB>         Largest workbook read (default 50).
  --help                  Show this help.

Errors in a workbook do not stop the pack: they are listed on its Data quality
sheet and counted on the Cover. Exit status: 0 the pack was written, 2 it could
not be (a workbook could not be read, or the command was wrong).
The input workbooks are only read, never changed. National Insurance numbers
never appear in a pack; secondee names only with --names. With SOURCE_DATE_EPOCH
set (seconds since 1970), the pack's generated time and file times come from it,
so the same inputs give a byte-identical pack.`;

/**
 * A workbook as the pack keeps it: its records and read findings, not the raw cell grid they were
 * read from (at 100,000 rows the grid is ~150 MB of heap that nothing after parsing reads).
 */
type Loaded = Workbook;

function withoutGrid({ source, records, readFindings }: LoadedWorkbook): Loaded {
  return { source, records, readFindings };
}

/** How the core chose the as-of date, in the words `yot pack` prints. */
function asOfHow(choice: AsOfChoice): string {
  if (choice.basis === 'given') return 'given with --as-of';
  if (choice.basis === 'board') return `end of the last complete quarter on or before the Board as-of date ${formatUk(choice.board!)}`;
  return 'end of the last complete quarter before today';
}

/** What is wrong with an output path, from the error writing to it; null when it is not the path's fault. */
function pathProblem(code: string | undefined): string | null {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return 'the file or folder is read-only or the file is open in Excel. Close it, or choose another name.';
    case 'EROFS':
      return 'that disk is read-only. Choose a folder you can write to.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full.';
    case 'EISDIR':
      return 'that is a folder. Name a file inside it, e.g. yogb-pack.xlsx.';
    case 'ENOTDIR':
    case 'ENOENT':
      return 'part of the path is not a folder that exists.';
    case 'ENAMETOOLONG':
      return 'the name is too long for this computer.';
    default:
      return null;
  }
}

/** --out must name a new file (or, with --force, an ordinary file) in a folder that exists: said before any work is done. */
async function checkOut(out: string, outOption: string, force: boolean, option = '--out'): Promise<void> {
  const dir = path.dirname(out);
  let st: import('node:fs').Stats | null = null;
  try {
    st = await fs.stat(dir);
  } catch {
    st = null;
  }
  if (!st) throw new UsageError(`The folder for ${option}, "${path.dirname(outOption) || '.'}", does not exist.`);
  if (!st.isDirectory()) throw new UsageError(`${option} "${outOption}" is inside "${path.dirname(outOption)}", which is a file, not a folder.`);
  let target: import('node:fs').Stats | null = null;
  try {
    target = await fs.stat(out);
  } catch {
    target = null;
  }
  if (target && target.isDirectory()) throw new UsageError(`${option} "${outOption}" is a folder; name a file inside it, e.g. ${path.join(outOption, 'yogb-pack.xlsx')}.`);
  if (target && !target.isFile()) throw new UsageError(`${option} "${outOption}" is not an ordinary file (a device or a named pipe); choose a file name.`);
  if ((target || (await exists(out))) && !force) {
    throw new UsageError(`"${outOption}" already exists; add --force to replace it, or choose another name.`);
  }
  try {
    await fs.access(dir, fsConstants.W_OK);
  } catch {
    throw new UsageError(`Nothing can be written to "${outOption}": you can't write to the folder "${path.dirname(outOption) || '.'}". Choose a folder you can write to.`);
  }
}

/** SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention), when set and valid. */
function sourceDateEpoch(): Date | null {
  const v = process.env['SOURCE_DATE_EPOCH'];
  if (v === undefined || !/^\d{1,12}$/.test(v.trim())) return null;
  return new Date(Number(v.trim()) * 1000);
}

export async function runPack(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['as-of', 'meeting', 'out', 'pdf', ...RULEBOOK_OPTIONS], ['json', 'names', 'force', 'help'], ['previous']);
  if (args.flags.has('help')) {
    io.stdout(PACK_HELP);
    return EXIT.ok;
  }
  if (args.positionals.length === 0) throw new UsageError('Name the workbook to build the pack from, e.g. yot pack north-west-tracker.xlsx --out pack.xlsx');
  const outOption = args.options.get('out');
  if (outOption === undefined) throw new UsageError('Say where to write the pack with --out, e.g. --out yogb-pack.xlsx');
  if (!/\.xlsx$/i.test(outOption)) throw new UsageError(`--out should name an .xlsx file, e.g. yogb-pack.xlsx; found "${outOption}".`);
  const pdfOption = args.options.get('pdf');
  if (pdfOption !== undefined && !/\.pdf$/i.test(pdfOption)) throw new UsageError(`--pdf should name a .pdf file, e.g. yogb-pack.pdf; found "${pdfOption}".`);
  const asOfOption = dateOption(args, 'as-of');
  const meetingOption = dateOption(args, 'meeting');
  const rulebook = await rulebookFromArgs(args);
  const mapping = await mappingFromArgs(args);

  const inputs = args.positionals.map((p) => path.resolve(io.cwd, p));
  const out = path.resolve(io.cwd, outOption);
  const inputReal = await Promise.all(inputs.map(realPathOf));
  for (let i = 0; i < inputReal.length; i++) {
    const j = inputReal.findIndex((p, k) => k < i && samePath(p, inputReal[i]!));
    if (j >= 0) throw new UsageError(`"${args.positionals[i]}" is named twice; name each workbook once.`);
  }
  const previousFiles = (args.multi.get('previous') ?? []).map((p) => path.resolve(io.cwd, p));
  const previousReal = await Promise.all(previousFiles.map(realPathOf));
  for (let i = 0; i < previousReal.length; i++) {
    const given = args.multi.get('previous')![i];
    if (previousReal.findIndex((p, k) => k < i && samePath(p, previousReal[i]!)) >= 0) throw new UsageError(`--previous "${given}" is named twice; name each workbook once.`);
    if (inputReal.some((p) => samePath(p, previousReal[i]!))) throw new UsageError(`"${given}" is named as this quarter's workbook and as last quarter's (--previous); name last quarter's tracker with --previous.`);
  }
  const outReal = await realPathOf(out);
  if (previousReal.some((p) => samePath(p, outReal))) throw new UsageError(`--out names the previous-quarter workbook; choose another file name so the workbook is never overwritten.`);
  const clash = inputReal.findIndex((p) => samePath(p, outReal));
  if (clash >= 0) throw new UsageError(`--out names the input workbook "${args.positionals[clash]}"; choose another file name so the workbook is never overwritten.`);
  await checkOut(out, outOption, args.flags.has('force'));
  const pdfOut = pdfOption === undefined ? null : path.resolve(io.cwd, pdfOption);
  if (pdfOut !== null) {
    const pdfReal = await realPathOf(pdfOut);
    if ([...inputReal, ...previousReal, outReal].some((p) => samePath(p, pdfReal))) throw new UsageError(`--pdf names a workbook or the --out file; choose another file name for the PDF.`);
    await checkOut(pdfOut, pdfOption!, args.flags.has('force'), '--pdf');
  }

  const loaded: Loaded[] = [];
  const maxMb = maxSizeFromArgs(args);
  for (const file of inputs) loaded.push(withoutGrid(await loadWorkbook(file, mapping, 'either', maxMb)));
  const previousLoaded: Loaded[] = [];
  for (const file of previousFiles) previousLoaded.push(withoutGrid(await loadWorkbook(file, mapping, 'either', maxMb)));
  const generatedAt = sourceDateEpoch() ?? io.now();
  let made: ReturnType<typeof makePack>;
  try {
    made = makePack(loaded, {
      asOf: asOfOption ?? null,
      meeting: meetingOption ?? null,
      today: localToday(io.now()),
      rulebook,
      names: args.flags.has('names'),
      previous: previousLoaded,
      generatedAt,
      inputs: [...(await describeFiles(inputs, 'this')), ...(await describeFiles(previousFiles, 'previous'))],
    });
  } catch (e) {
    if (e instanceof PackInputError) throw new UsageError(e.message);
    throw e;
  }
  const { model, doc, previous } = made;
  // The records have done their work: the model and document hold what the writer and the summary need, so the
  // workbooks' records are let go before the pack is written (the writer's peak is the run's peak).
  loaded.length = 0;
  previousLoaded.length = 0;
  const asOf = made.asOf.asOf;
  const how = asOfHow(made.asOf);

  // Write beside the destination, then rename: a failure never leaves half a pack at --out.
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writePackFile(doc, tmp, { generatedAt });
    if (!args.flags.has('force') && (await exists(out))) {
      throw new UsageError(`"${outOption}" appeared while the pack was being written; add --force to replace it, or choose another name.`);
    }
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = pathProblem(code);
    if (why) throw new UsageError(`The pack can't be written to "${outOption}": ${why}`);
    throw e;
  }

  if (pdfOut !== null) {
    // Loaded only when asked for: pdfmake and its fonts stay out of every other run.
    const { renderPackPdf } = await import('../adapters/pdf/write-pdf');
    const bytes = await renderPackPdf(doc);
    const pdfTmp = path.join(path.dirname(pdfOut), `.${path.basename(pdfOut)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await fs.writeFile(pdfTmp, bytes);
      await fs.rename(pdfTmp, pdfOut);
    } catch (e) {
      await fs.rm(pdfTmp, { force: true });
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new UsageError(`The PDF can't be written to "${pdfOption}": the folder does not exist, is read-only, or the file is open.`);
      throw e;
    }
  }

  if (args.flags.has('json')) {
    io.stdout(JSON.stringify(packFigures(model, previous?.movement ?? null), null, 2));
    return EXIT.ok;
  }
  const t = model.totals;
  const lines = [
    `Wrote ${out}`,
    ...(pdfOut !== null ? [`Wrote ${pdfOut}`] : []),
    `${doc.title}: as of ${formatUk(asOf)} (${how})${model.meetingDate !== null ? `, for the meeting on ${formatUk(model.meetingDate)}` : ''}.`,
    `Sheets: ${doc.sheets.map((s) => s.name).join(', ')}.`,
    `${t.inPost} active secondments (${t.exitsDue} ending within ${model.endingWithinMonths} months), ${t.vacant} open vacancies, management fees ${money(model.feeTotal)} for ${model.financialYear}.`,
    ...(previous !== null ? [`Since ${previous.model.quarter} (as of ${formatUk(previous.model.asOf)}): ${movementSentence(previous.movement)}`] : []),
    `Findings: ${summaryLine(model.findingCounts)}${model.findingCounts.error + model.findingCounts.warning + model.findingCounts.info > 0 ? ' Every one is in the Data quality appendix.' : ''}`,
    model.includeNames ? 'Secondee names are included: handle the pack as personal data.' : 'Secondee names are left out (add --names to include them).',
  ];
  // Sources and YOT names are the user's text: the model's withholder keeps names and NI numbers out, and control characters.
  io.stdout(lines.map((l) => model.scrub(l)).join('\n'));
  return EXIT.ok;
}

/** Name, size and SHA-256 of each input workbook, for the Cover (hashing stays here at the edge; the core reads no files). */
async function describeFiles(files: readonly string[], quarter: InputFile['quarter']): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const file of files) {
    const bytes = await fs.readFile(file);
    out.push({ name: path.basename(file), quarter, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return out;
}
