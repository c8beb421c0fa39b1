/** Making a Finding from a rule, a message id, facts and a place: the one place words are made. */
import type { TableName } from '../records/types';
import { citationText, columnLetters, formatMessage, type Citation, type Facts, type Finding, type Rule } from './define';

/** Where a finding is, resolved to a sheet, row and column. */
export interface Location {
  readonly table: TableName | 'Board' | null;
  readonly sheet: string | null;
  readonly row: number | null;
  /** Sheet column (1-based) and its header, when the finding is about one cell. */
  readonly col: number | null;
  readonly header: string | null;
  readonly key: string | null;
  /** The record field the finding is about, when known (for a field's own citation). */
  readonly field?: string;
}

export const NOWHERE: Location = { table: null, sheet: null, row: null, col: null, header: null, key: null };

export function makeFinding(rule: Rule, messageId: string, facts: Facts, at: Location): Finding {
  const template = (rule.messages as Record<string, string>)[messageId];
  const message = template === undefined ? `${typeof rule.description === 'string' ? rule.description : rule.id} (${messageId})` : formatMessage(template, facts);
  let cell: string | null = null;
  if (at.row !== null) cell = `${columnLetters(at.col ?? 1)}${at.row}`;
  return {
    rule: rule.id,
    severity: rule.severity,
    table: at.table,
    sheet: at.sheet,
    row: at.row,
    column: at.header,
    cell,
    col: at.row !== null ? (at.col ?? 1) : null,
    key: at.key,
    messageId,
    data: facts,
    message,
    citation: citationText(
      (rule.messageCitations as Readonly<Record<string, Citation>> | undefined)?.[messageId] ??
        (at.table !== null && at.field !== undefined ? rule.fieldCitations?.[`${at.table}.${at.field}`] : undefined) ??
        (at.table !== null ? rule.tableCitations?.[at.table] : undefined) ??
        rule.citation,
    ),
  };
}
