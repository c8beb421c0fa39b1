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
}

export const NOWHERE: Location = { table: null, sheet: null, row: null, col: null, header: null, key: null };

export function makeFinding(rule: Rule, messageId: string, facts: Facts, at: Location): Finding {
  return findingAt(rule, messageId, facts, at.table, at.sheet, at.row, at.col, at.header, at.key);
}

/**
 * makeFinding with the place spelt out, so the engine's hot path (a finding for
 * about one row in four of a national register) allocates no Location on the way.
 */
export function findingAt(
  rule: Rule,
  messageId: string,
  facts: Facts,
  table: Location['table'],
  sheet: string | null,
  row: number | null,
  col: number | null,
  header: string | null,
  key: string | null,
): Finding {
  const template = (rule.messages as Record<string, string>)[messageId];
  const message = template === undefined ? `${rule.description} (${messageId})` : formatMessage(template, facts);
  const c = row !== null ? (col ?? 1) : null;
  return {
    rule: rule.id,
    severity: rule.severity,
    table,
    sheet,
    row,
    column: header,
    cell: c === null ? null : letters(c) + String(row),
    col: c,
    key,
    messageId,
    data: facts,
    message,
    citation: citationOf(rule, messageId),
  };
}

/** Column letters made once per column. */
const columnTexts: string[] = [];
function letters(col: number): string {
  return (columnTexts[col] ??= columnLetters(col));
}

/** Citation text made once per rule and message. */
const citationTexts = new WeakMap<Rule, Map<string, string>>();
function citationOf(rule: Rule, messageId: string): string {
  let byMessage = citationTexts.get(rule);
  if (!byMessage) citationTexts.set(rule, (byMessage = new Map()));
  let text = byMessage.get(messageId);
  if (text === undefined) {
    text = citationText((rule.messageCitations as Readonly<Record<string, Citation>> | undefined)?.[messageId] ?? rule.citation);
    byMessage.set(messageId, text);
  }
  return text;
}
