/**
 * The Data quality appendix's part of the model: every finding of every
 * workbook, with its region and workbook and personal data withheld from its
 * text, errors first (SEVERITY_ORDER), then region, workbook, table
 * (TABLE_ORDER), row and cell. Pure.
 */
import { SEVERITY_ORDER, TABLE_ORDER, type Finding } from '../../../rules/define';
import { sortByKeys, textKey, type PackRows } from '../../rows';

/** A finding as the pack shows it: with its region and workbook, personal data withheld from the message. */
export interface PackFinding extends Pick<Finding, 'rule' | 'severity' | 'table' | 'sheet' | 'row' | 'column' | 'cell' | 'key'> {
  readonly region: string;
  readonly source: string;
  readonly message: string;
  readonly citation: string;
}

export function packFindings(p: PackRows): PackFinding[] {
  const { scrub } = p;
  const findings: PackFinding[] = [];
  for (const x of p.indexed) {
    for (const f of x.findings) {
      findings.push({
        region: x.input.region,
        source: x.input.source,
        rule: f.rule,
        severity: f.severity,
        table: f.table,
        sheet: f.sheet,
        row: f.row,
        column: f.column,
        cell: f.cell,
        key: f.key === null ? null : scrub(f.key),
        message: scrub(f.message),
        citation: f.citation,
      });
    }
  }
  const sourceIndex = new Map(p.inputs.map((i, n) => [i.source, n] as const));
  // Severity, region, workbook, table, row, then cell, rule and message (compareText).
  return sortByKeys(
    findings,
    (f) => [SEVERITY_ORDER[f.severity], p.regionIndex(f.region), sourceIndex.get(f.source) ?? 0, TABLE_ORDER[f.table ?? ''] ?? -1, f.row ?? 0, textKey(f.cell), textKey(f.rule), textKey(f.message)],
    () => 0,
  );
}
