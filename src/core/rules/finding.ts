/** Making a Finding from a rule, a message id, facts and a place: the one place words are made. */
import type { TableName } from '../records/types';
import { citationText, columnLetters, formatMessage, type Citation, type Facts, type Finding, type Rule } from './define';
import { stripControls, withholdNiNumbers } from '../privacy';

/** Where a finding is, resolved to a sheet, row and column. */
export interface Location {
  readonly table: TableName | 'Board' | null;
  readonly sheet: string | null;
  readonly row: number | null;
  /** Sheet column (1-based) and its header, when the finding is about one cell. */
  readonly col: number | null;
  readonly header: string | null;
  readonly key: string | null;
}

export const NOWHERE: Location = { table: null, sheet: null, row: null, col: null, header: null, key: null };

/** NI numbers withheld, control characters removed. */
function safeText(text: string): string {
  return stripControls(withholdNiNumbers(text));
}

export function makeFinding(rule: Rule, messageId: string, facts: Facts, at: Location): Finding {
  const template = (rule.messages as Record<string, string>)[messageId];
  // Text quoted from the workbook never carries an NI number or a control character into any output (docs/data-protection.md).
  const message = safeText(template === undefined ? `${typeof rule.description === 'string' ? rule.description : rule.id} (${messageId})` : formatMessage(template, facts));
  let cell: string | null = null;
  if (at.row !== null) cell = `${columnLetters(at.col ?? 1)}${at.row}`;
  return {
    rule: rule.id,
    severity: rule.severity,
    table: at.table,
    sheet: at.sheet === null ? null : stripControls(at.sheet),
    row: at.row,
    column: at.header === null ? null : safeText(at.header),
    cell,
    col: at.row !== null ? (at.col ?? 1) : null,
    key: at.key === null ? null : safeText(at.key),
    messageId,
    data: facts,
    message,
    citation: citationText(
      (rule.messageCitations as Readonly<Record<string, Citation>> | undefined)?.[messageId] ??
        (at.table !== null ? rule.tableCitations?.[at.table] : undefined) ??
        rule.citation,
    ),
  };
}
