/** How findings are shown to people in a terminal: grouped by severity, readable at 80 columns. */
import { formatIso, formatUk } from '../core/dates';
import type { Finding, Severity } from '../core/rules/define';
import type { ValidationResult } from '../core/validate';
import { withholder } from '../core/privacy';
import { plural } from '../core/words';

const HEADINGS: Record<Severity, string> = { error: 'ERRORS', warning: 'WARNINGS', info: 'FOR INFORMATION' };
const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** Wrap text to a width, indenting every line. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** "Secondments!L14" or "Vacancies sheet" or "workbook". */
export function where(f: Finding): string {
  if (f.sheet && f.cell) return `${/[^A-Za-z0-9_]/.test(f.sheet) ? `'${f.sheet}'` : f.sheet}!${f.cell}`;
  if (f.table) return f.table;
  return 'workbook';
}

export function summaryLine(s: Readonly<Record<Severity, number>>): string {
  return `${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} for information.`;
}

/** The table format: a heading, then each severity group, then a summary line. */
export function formatTable(result: ValidationResult, source: string, opts: { colour: boolean; width?: number; scrub?: (text: string) => string }): string {
  const width = opts.width ?? 80;
  // Every text from the workbook goes through scrub (personal data withheld, control characters removed) before colour is added.
  const s = opts.scrub ?? withholder([]);
  const c = (code: string, s: string) => (opts.colour ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  out.push(...wrap(`Checked ${s(source)} against the ${result.rulebook.name}.`, width, '').map((l) => c(BOLD, l)));
  out.push(...wrap(`As of ${formatUk(result.asOf)}: ${summaryLine(result.summary)}`, width, ''));
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = result.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push('');
    out.push(c(COLOURS[sev] + BOLD, `${HEADINGS[sev]} (${group.length})`));
    for (const f of group) {
      const head = s([where(f), f.key, f.rule].filter(Boolean).join('  '));
      out.push(...wrap(head, width, '  ').map((l) => c(COLOURS[sev], l)));
      out.push(...wrap(s(f.message), width, '      '));
      // The source on its own line, unless the message already names it (never twice).
      if (!f.message.includes(f.citation)) out.push(...wrap(s(`(${f.citation})`), width, '      '));
    }
  }
  if (result.findings.length === 0) {
    out.push('');
    out.push('No problems found: the workbook meets every rule checked.');
  }
  return out.join('\n');
}

/** The JSON the issue specifies: { asOf, rulebook, findings: [...], summary }. */
export function toJson(result: ValidationResult, scrub: (text: string) => string = withholder([])): object {
  const s = (t: string | null) => (t === null ? null : scrub(t));
  return {
    asOf: formatIso(result.asOf),
    rulebook: result.rulebook.id,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      table: f.table,
      sheet: s(f.sheet),
      row: f.row,
      column: f.column,
      cell: f.cell,
      key: s(f.key),
      message: s(f.message),
      citation: f.citation,
    })),
    summary: result.summary,
  };
}
