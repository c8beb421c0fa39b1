/**
 * `yot template --region "North West" [--pdus pdus.csv] --out tracker.xlsx`: a new
 * tracker laid out so that the usual data-entry mistakes can't happen (issue #13).
 * `yot template --from old.xlsx --out new.xlsx`: the same template, holding the
 * records of an existing tracker (the old file is only read).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildTemplate, type TemplateOptions } from '../core/template';
import { upgradeRows, type Upgrade } from '../core/template/from';
import { templateXlsxBytes } from '../adapters/xlsx/write-template';
import { parseArgs, UsageError } from './args';
import { loadWorkbook, mappingFromArgs, RULEBOOK_OPTIONS, rulebookFromArgs } from './common';
import { EXIT, type CliIo } from './io';
import { exists, realPathOf, samePath } from './paths';
import { plural } from '../core/words';

export const TEMPLATE_HELP = `Usage: yot template --region <region> [--pdus <pdus.csv>] --out <tracker.xlsx>
       yot template --from <old-tracker.xlsx> --out <new-tracker.xlsx>

Writes a new regional tracker: Board, Secondments, Vacancies, Allocations,
Disputes and Actions as Excel tables with the headers the add-in reads,
drop-down lists, date rules, calculated dates (last day, exit planning, reviews,
stage 4 and 5 earliest dates, days vacant) that work without the add-in, and
red/amber marks for overdue and due-soon dates relative to the Board's As-of date.

Options:
  --region <name>         The probation region, e.g. "North West".
  --pdus <pdus.csv>       A CSV of the region's PDUs and YOTs (columns PDU, YOT)
                          for the PDU and YOT drop-downs.
  --from <old.xlsx>       Copy the records of an existing tracker into the new
                          one (text dates become real dates). The old file is
                          only read, never changed.
  --out <tracker.xlsx>    Where to write the tracker (required).
  --force                 Replace an existing file at --out (never the --from file).
  --rulebook <id>         npf-2021 (default) or e3-yos: the numbers in the formulas.
  --rulebook-file <json>  A region's overrides, e.g. { "stage4WaitMonths": 3 }.
  --mapping <json>        Extra header mapping for --from.
  --help                  Show this help.

Exit status: 0 the tracker was written; 1 it was written, but some cells of the
old tracker could not be carried over as they should (each is listed); 2 nothing
was written (bad input or a wrong command).`;

/** Split one CSV line (commas, double-quoted fields with "" for a quote). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** The PDUs and YOTs of a --pdus CSV: columns PDU and YOT (a header row naming them, or PDU first and YOT second). */
export function parsePdusCsv(text: string, file: string): { pdus: string[]; yots: string[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new UsageError(`The PDU list "${file}" is empty; it should have a PDU and a YOT on each line, e.g. "Liverpool,Liverpool YJS".`);
  const first = csvFields(lines[0]!).map((h) => h.toLowerCase().replace(/[^a-z]/g, ''));
  let pduCol = first.findIndex((h) => h === 'pdu' || h === 'probationdeliveryunit');
  let yotCol = first.findIndex((h) => ['yot', 'yos', 'yjs', 'youthoffendingteam', 'youthoffendingservice', 'youthjusticeservice'].includes(h));
  const hasHeader = pduCol >= 0 || yotCol >= 0;
  if (!hasHeader) {
    pduCol = 0;
    yotCol = 1;
  }
  const pdus = new Set<string>();
  const yots = new Set<string>();
  for (const line of lines.slice(hasHeader ? 1 : 0)) {
    const f = csvFields(line);
    if (pduCol >= 0 && f[pduCol]) pdus.add(f[pduCol]!);
    if (yotCol >= 0 && f[yotCol]) yots.add(f[yotCol]!);
  }
  if (pdus.size === 0 && yots.size === 0) throw new UsageError(`The PDU list "${file}" has no PDUs or YOTs; it should have columns PDU and YOT.`);
  return { pdus: [...pdus].sort(), yots: [...yots].sort() };
}

export async function runTemplate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['region', 'pdus', 'from', 'out', ...RULEBOOK_OPTIONS], ['force', 'help']);
  if (args.flags.has('help')) {
    io.stdout(TEMPLATE_HELP);
    return EXIT.ok;
  }
  if (args.positionals.length > 0) throw new UsageError(`yot template takes no file names of its own; use --from ${args.positionals[0]} to upgrade a tracker, and --out for the new one.`);
  const outOption = args.options.get('out');
  if (outOption === undefined) throw new UsageError('Say where to write the tracker with --out, e.g. --out north-west-tracker.xlsx');
  if (!/\.xlsx$/i.test(outOption)) throw new UsageError(`--out should name an .xlsx file, e.g. tracker.xlsx; found "${outOption}".`);
  const fromOption = args.options.get('from');
  let region = args.options.get('region')?.trim();
  if (region === '') throw new UsageError('--region needs the name of the region, e.g. --region "North West".');
  if (region === undefined && fromOption === undefined) throw new UsageError('Name the region with --region, e.g. yot template --region "North West" --out tracker.xlsx');
  const rulebook = await rulebookFromArgs(args);
  const mapping = await mappingFromArgs(args);

  const out = path.resolve(io.cwd, outOption);
  const outReal = await realPathOf(out);
  if (fromOption !== undefined && samePath(await realPathOf(path.resolve(io.cwd, fromOption)), outReal)) {
    throw new UsageError(`--out names the old tracker "${fromOption}"; choose another file name so the old tracker is never overwritten.`);
  }
  const pdusOption = args.options.get('pdus');
  if (pdusOption !== undefined && samePath(await realPathOf(path.resolve(io.cwd, pdusOption)), outReal)) {
    throw new UsageError(`--out names the PDU list "${pdusOption}"; choose another file name.`);
  }
  try {
    if (!(await fs.stat(path.dirname(out))).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UsageError(`The folder for --out, "${path.dirname(outOption) || '.'}", does not exist.`);
  }
  if ((await exists(out)) && !args.flags.has('force')) {
    throw new UsageError(`"${outOption}" already exists; add --force to replace it, or choose another name.`);
  }

  let pdus: string[] = [];
  let yots: string[] = [];
  if (pdusOption !== undefined) {
    let text: string;
    try {
      text = await fs.readFile(path.resolve(io.cwd, pdusOption), 'utf8');
    } catch {
      throw new UsageError(`The PDU list "${pdusOption}" can't be read. Check the name and the folder.`);
    }
    ({ pdus, yots } = parsePdusCsv(text, pdusOption));
  }

  let upgrade: Upgrade | null = null;
  if (fromOption !== undefined) {
    const loaded = await loadWorkbook(path.resolve(io.cwd, fromOption), mapping, 'either');
    upgrade = upgradeRows(loaded.raw, loaded.records, mapping);
    region ??= upgrade.region ?? loaded.records.secondments.find((s) => s.region)?.region ?? loaded.records.vacancies.find((v) => v.region)?.region ?? undefined;
    if (region === undefined) throw new UsageError(`"${path.basename(fromOption)}" does not say its region; add --region, e.g. --region "North West".`);
    pdus = [...new Set([...pdus, ...upgrade.pdus])].sort();
    yots = [...new Set([...yots, ...upgrade.yots])].sort();
  }
  const opts: TemplateOptions = {
    region: region!,
    rulebook,
    pdus,
    yots,
    ...(upgrade ? { board: upgrade.board, data: upgrade.data } : {}),
  };
  const bytes = await templateXlsxBytes(buildTemplate(opts));

  // Write beside the destination, then rename: a failure never leaves half a file at --out.
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    if (!args.flags.has('force') && (await exists(out))) {
      throw new UsageError(`"${outOption}" appeared while the tracker was being written; add --force to replace it, or choose another name.`);
    }
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
      throw new UsageError(`The tracker can't be written to "${outOption}": the file or folder is read-only or the file is open in Excel. Close it, or choose another name.`);
    }
    if (code === 'ENOSPC') throw new UsageError(`The tracker can't be written to "${outOption}": the disk is full.`);
    throw e;
  }

  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const lines = [`Wrote ${out}`, `A ${region} tracker checked against ${rulebook.name}.`];
  if (pdus.length + yots.length > 0) lines.push(`Drop-downs list ${n(pdus.length, 'PDU', 'PDUs')} and ${n(yots.length, 'YOT', 'YOTs')}.`);
  if (upgrade) {
    const c = upgrade.counts;
    lines.push(`Carried over from ${path.basename(fromOption!)}: ${n(c.Secondments ?? 0, 'secondment', 'secondments')}, ${n(c.Vacancies ?? 0, 'vacancy', 'vacancies')}, ${n(c.Allocations ?? 0, 'allocation row', 'allocation rows')}, ${n(c.Disputes ?? 0, 'dispute', 'disputes')}.`);
    if (upgrade.notes.length > 0) {
      lines.push(`${plural(upgrade.notes.length, 'cell needs', 'cells need')} your attention:`);
      for (const n of upgrade.notes) lines.push(`  ${n}`);
    }
    lines.push(`The old tracker was only read, not changed. Check the new one with: yot validate ${path.basename(outOption)}`);
  }
  io.stdout(lines.join('\n'));
  return upgrade && upgrade.notes.length > 0 ? EXIT.findings : EXIT.ok;
}
