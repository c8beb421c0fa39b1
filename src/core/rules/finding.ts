/** Making a Finding from a rule, a message id, facts and a place: the one place words are made. */
import type { TableName } from '../records/types';
import { columnLetter } from '../a1';
import type { Day } from '../dates';
import { ByDay } from '../util/by-day';
import { citationText, day, factText, type Citation, type Facts, type Finding, type Rule, type Severity } from './define';
import { nothingToWithhold, screen, SCREEN_FAILED, SCREEN_START, screenTable, stripControls, withholdNiNumbers } from '../privacy';

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


/** NI numbers withheld, control characters removed. */
function safeText(text: string): string {
  return nothingToWithhold(text) ? text : stripControls(withholdNiNumbers(text));
}

/** safeText for short text (a key, a header): the piece-wise scan first, the full screen only when it gives up. */
function safeShort(text: string): string {
  return screen(SCREEN_START, text) !== SCREEN_FAILED ? text : stripControls(withholdNiNumbers(text));
}

/**
 * The last text given to a screen and what it gave back. A record's findings share its
 * key, a table's share its sheet, and a column's share its header: each is screened
 * once for a run of findings about the same thing, not once per finding. Pure: the
 * same text always screens the same.
 */
class LastScreened {
  private text: string | null = null;
  private safe: string | null = null;
  constructor(private readonly screenOf: (text: string) => string) {}
  of(text: string): string {
    if (text !== this.text) {
      this.safe = this.screenOf(text);
      this.text = text;
    }
    return this.safe!;
  }
}
const safeSheet = new LastScreened((sheet) => (screen(SCREEN_START, sheet) !== SCREEN_FAILED ? sheet : stripControls(sheet)));
const safeKey = new LastScreened(safeShort);
/** Headers, screened once each (a workbook has a few dozen; the map is emptied should one ever have thousands). */
const safeHeaders = new Map<string, string>();
function safeHeader(header: string): string {
  let safe = safeHeaders.get(header);
  if (safe === undefined) {
    if (safeHeaders.size >= 4096) safeHeaders.clear();
    safeHeaders.set(header, (safe = safeShort(header)));
  }
  return safe;
}

/** A message template split once into its fixed words and fact names, with each fixed part's screening table. */
interface MessageTemplate {
  /** Fixed words: one more than the names ('Due {{due}}.' → ['Due ', '.']). */
  readonly words: readonly string[];
  readonly names: readonly string[];
  /** screenTable of each fixed part, in the order of `words`. */
  readonly tables: readonly Int8Array[];
  /**
   * The message's pieces (fixed words and facts' words, alternating), filled in place and
   * joined: one array per template rather than one grown per finding. Messages are made
   * one at a time (safeMessage never runs inside itself), so one is enough.
   */
  readonly pieces: string[];
}
const messageTemplates = new Map<string, MessageTemplate>();
function messageTemplate(template: string): MessageTemplate {
  let t = messageTemplates.get(template);
  if (!t) {
    const parts = template.split(/\{\{(\w+)\}\}/);
    const words = parts.filter((_, i) => i % 2 === 0);
    t = { words, names: parts.filter((_, i) => i % 2 === 1), tables: words.map(screenTable), pieces: parts.slice() };
    messageTemplates.set(template, t);
  }
  return t;
}

/** A day's words (factText of a day fact) and where screening them ends from each state (screenTable). */
interface DayWords {
  readonly text: string;
  readonly table: Int8Array;
}
const dayWordsKept = new ByDay<DayWords>();
function dayWords(d: Day): DayWords {
  let w = dayWordsKept.get(d);
  if (w === undefined) {
    const text = factText(day(d));
    w = { text, table: screenTable(text) };
    dayWordsKept.set(d, w);
  }
  return w;
}

/**
 * safeText(formatMessage(template, facts)), the same text, made without flattening
 * the sentence to screen it: the template's fixed words were screened once (their
 * tables), so only the facts' words are read here, and the sentence is screened the
 * full way only when that proof gives up (a fact quoting workbook text with an NI
 * number's shape or a control character).
 */
function safeMessage({ names, tables, pieces }: MessageTemplate, facts: Facts): string {
  let state = tables[0]![SCREEN_START]!;
  // Joined, not added up: `+=` leaves a tree of string pieces for every message (about nine
  // objects each, kept as long as the finding), and collecting those trees cost more than
  // making the words; join makes one flat string. The fixed words stay in `pieces` (even
  // places); only the facts' words (odd places) are written.
  for (let i = 0; i < names.length; i++) {
    const v = facts[names[i]!];
    let text: string;
    if (typeof v === 'object' && v.kind === 'day') {
      // Most facts are days: their words and screening table are made once per day.
      const w = dayWords(v.day);
      text = w.text;
      if (state !== SCREEN_FAILED) state = w.table[state]!;
    } else {
      text = v === undefined ? '?' : factText(v);
      if (state !== SCREEN_FAILED) state = screen(state, text);
    }
    if (state !== SCREEN_FAILED) state = tables[i + 1]![state]!;
    pieces[2 * i + 1] = text;
  }
  const out = pieces.join('');
  return state === SCREEN_FAILED ? safeText(out) : out;
}

export function makeFinding(rule: Rule, messageId: string, facts: Facts, at: Location): Finding {
  return findingAt(rule, messageId, facts, at.table, at.sheet, at.row, at.col, at.header, at.key, at.field);
}

/** A rule's message, or (a template missing, a bug) its description and the message id, made safe. */
function messageOf(kind: FindingKind, facts: Facts): string {
  let template = kind.template;
  if (template === undefined) {
    // Looked up once per kind, when its first message is read.
    const text = (kind.rule.messages as Record<string, string>)[kind.messageId];
    kind.template = template = text === undefined ? null : messageTemplate(text);
  }
  const { rule, messageId } = kind;
  // Text quoted from the workbook never carries an NI number or a control character into any output (docs/data-protection.md).
  return template === null ? safeText(`${typeof rule.description === 'string' ? rule.description : rule.id} (${messageId})`) : safeMessage(template, facts);
}

/**
 * What the findings of one rule's message about one column (or whole rows) of one
 * table have in common: made once for a run of such findings (kindOf), not copied
 * into each.
 */
interface FindingKind {
  readonly rule: Rule;
  readonly messageId: string;
  readonly table: Location['table'];
  /** As given (the memo's key) and as shown (screened). */
  readonly sheetGiven: string | null;
  readonly sheet: string | null;
  readonly header: string | null;
  readonly column: string | null;
  readonly field: string | undefined;
  readonly citation: string;
  /** The message's template, split and screened (null: the rule has none for this id); looked up when first needed. */
  template: MessageTemplate | null | undefined;
}

/** Each rule's last kind, reused while its findings are about the same message, table, sheet, column and field. */
const lastKinds = new WeakMap<Rule, FindingKind>();
function kindOf(rule: Rule, messageId: string, table: Location['table'], sheet: string | null, header: string | null, field: string | undefined): FindingKind {
  const k = lastKinds.get(rule);
  if (k !== undefined && k.messageId === messageId && k.table === table && k.sheetGiven === sheet && k.header === header && k.field === field) return k;
  const made: FindingKind = {
    rule,
    messageId,
    table,
    sheetGiven: sheet,
    sheet: sheet === null ? null : safeSheet.of(sheet),
    header,
    column: header === null ? null : safeHeader(header),
    field,
    citation: citationOf(rule, messageId, table, field),
    template: undefined,
  };
  lastKinds.set(rule, made);
  return made;
}

/**
 * A finding as the engine makes it: where it is (row, column, key) and its facts,
 * with what it shares with the findings of the same rule, message and column kept
 * once (FindingKind). The message's words are made from the rule's template and
 * the facts each time `message` is read, and the cell's address from its column and
 * row: NPF findings are facts; words are for people. A national register has
 * ~46,000 findings per 100,000 rows, and the garbage collector copied everything
 * each one kept (a 13-field object, a cell address and a ~190-character sentence)
 * at least twice before the run ended; now a finding is five fields and its facts.
 *
 * It reads as the plain object it used to be: every field of Finding is there to
 * read (rule, severity, table, sheet, column, cell, messageId, citation and message
 * are getters), and toJSON gives the same fields in the same order as before.
 * `{ ...f }` copies only its own fields (row, col, key, data): a copy names the rest,
 * as check.ts's settled findings do. A reader that reads the words more than once
 * should keep them rather than read `message` again.
 */
class RuleFinding implements Finding {
  readonly row: number | null;
  readonly col: number | null;
  readonly key: string | null;
  readonly data: Facts;
  /** A private field: not a property, so never copied, compared or serialised. */
  readonly #kind: FindingKind;

  constructor(kind: FindingKind, row: number | null, col: number | null, key: string | null, facts: Facts) {
    this.row = row;
    this.col = col;
    this.key = key;
    this.data = facts;
    this.#kind = kind;
  }

  get rule(): string {
    return this.#kind.rule.id;
  }
  get severity(): Severity {
    return this.#kind.rule.severity;
  }
  get table(): Location['table'] {
    return this.#kind.table;
  }
  get sheet(): string | null {
    return this.#kind.sheet;
  }
  get column(): string | null {
    return this.#kind.column;
  }
  /** A1 address of the cell (or the row's first cell). */
  get cell(): string | null {
    return this.col === null ? null : letters(this.col) + String(this.row);
  }
  get messageId(): string {
    return this.#kind.messageId;
  }
  get citation(): string {
    return this.#kind.citation;
  }
  /** Plain English: what was expected and what was found (made now, from the template and the facts). */
  get message(): string {
    return messageOf(this.#kind, this.data);
  }

  /** The finding as JSON has always shown it: every field, the message between the facts and the citation. */
  toJSON(): Finding {
    return settled(this, this.message, this.key);
  }
}

/**
 * A finding as plain data with its words made: the same fields in the same order as
 * every finding has had, with the message (and key) given, e.g. with names withheld.
 */
export function settled(f: Finding, message: string, key: string | null): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    table: f.table,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    col: f.col,
    key,
    messageId: f.messageId,
    data: f.data,
    message,
    citation: f.citation,
  };
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
  field?: string,
): Finding {
  return new RuleFinding(kindOf(rule, messageId, table, sheet, header, field), row, row !== null ? (col ?? 1) : null, key === null ? null : safeKey.of(key), facts);
}

/** Column letters made once per column. */
const columnTexts: string[] = [];
function letters(col: number): string {
  return (columnTexts[col] ??= columnLetter(col));
}

/** Citation text made once per rule, message, table and field (nested maps: no key string made per finding). */
const citationTexts = new WeakMap<Rule, Map<string, Map<string | null, Map<string | undefined, string>>>>();
function citationOf(rule: Rule, messageId: string, table: Location['table'], field: string | undefined): string {
  let byMessage = citationTexts.get(rule);
  if (!byMessage) citationTexts.set(rule, (byMessage = new Map()));
  let byTable = byMessage.get(messageId);
  if (!byTable) byMessage.set(messageId, (byTable = new Map()));
  let byField = byTable.get(table);
  if (!byField) byTable.set(table, (byField = new Map()));
  let text = byField.get(field);
  if (text === undefined) {
    text = citationText(
      (rule.messageCitations as Readonly<Record<string, Citation>> | undefined)?.[messageId] ??
        (table !== null && field !== undefined ? rule.fieldCitations?.[`${table}.${field}`] : undefined) ??
        (table !== null ? rule.tableCitations?.[table] : undefined) ??
        rule.citation,
    );
    byField.set(field, text);
  }
  return text;
}
