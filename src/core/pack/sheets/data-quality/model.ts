/**
 * The Data quality appendix's part of the model: every finding of every
 * workbook, with its region and workbook and personal data withheld from its
 * text, errors first (SEVERITY_ORDER), then region, workbook, table
 * (TABLE_ORDER), row and cell. Pure.
 */
import { SEVERITY_ORDER, TABLE_ORDER, type Finding } from '../../../rules/define';
import { compareText } from '../../../records/region';
import type { PackRows } from '../../rows';

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
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      p.regionIndex(a.region) - p.regionIndex(b.region) ||
      (sourceIndex.get(a.source) ?? 0) - (sourceIndex.get(b.source) ?? 0) ||
      (TABLE_ORDER[a.table ?? ''] ?? -1) - (TABLE_ORDER[b.table ?? ''] ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      compareText(a.cell, b.cell) ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}
