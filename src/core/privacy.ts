/**
 * Personal data at the output edge (docs/data-protection.md). Facts carry IDs,
 * never names, so the engine's own sentences hold no personal data; this is the
 * last line for text copied from a workbook (a cell quoted in a finding, an ID,
 * a YOT name, a dispute summary): National Insurance numbers are withheld always,
 * in any spacing, punctuation, width or case; secondee names unless asked for,
 * matched whatever the case (full Unicode folding, so "İ" shifts nothing),
 * accents and Unicode form ("Zoë" composed or decomposed), spacing (no-break,
 * double, none: "AmiraPatel") or order ("Patel, Amira"). Control characters
 * (ESC sequences that drive a terminal, bidi overrides) are removed from every
 * output by `stripControls`.
 */

/** What an NI number is replaced by: a finding about such a cell says "an NI number". */
export const NI_WITHHELD = 'an NI number';
/** What a secondee's name is replaced by. */
export const NAME_WITHHELD = '[name withheld]';

/** Characters a terminal or a reader must never receive: C0 (but tab and newline), DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text without control characters (tab and newline kept). */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

// eslint-disable-next-line no-control-regex -- ASCII is the range 0-127.
const ASCII = /^[\u0000-\u007f]*$/;

/** Invisible characters that change nothing a reader sees: format characters (zero-width space, joiners, BOM, soft hyphen). */
const INVISIBLE = /\p{Cf}/gu;

const INVISIBLE_ONE = /\p{Cf}/u;
/** ASCII and the few other characters the engine's own sentences use (£ § – — ‘ ’ “ ”), all their own NFKC form. */
// eslint-disable-next-line no-control-regex -- ASCII is the range 0-127.
const PLAIN = /^[\u0000-\u007f\u00a3\u00a7\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** Text without invisible characters, for comparing IDs as a reader sees them. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Fold text for matching: compatibility forms (full width, ligatures) to plain,
 * accents and invisible characters dropped, full case folding.
 */
export function fold(text: string): string {
  // ASCII (almost every word a tracker holds) folds by lower-casing alone.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/ı/g, 'i');
}

/**
 * Text with each character in its compatibility form (full-width digits to
 * ASCII, no-break space to space, invisible characters gone), with where each
 * character of the result came from in the original.
 */
function compatible(text: string): { norm: string; from: number[]; to: number[] } {
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = /\p{Cf}/u.test(ch) ? '' : ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    norm += n;
    i += ch.length;
  }
  return { norm, from, to };
}

/**
 * A National Insurance number: two letters, six digits, an optional suffix A–D, with
 * any or no spaces, hyphens or dots between the groups (HMRC's example is QQ 12 34 56 C).
 */
const NI_NUMBER = /(?<![\p{L}\p{N}])[A-Za-z]{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}(?:[\s.-]?[A-Da-d])?(?![\p{L}\p{N}])/gu;

/** Printable ASCII, tab, newline and £ § – — ‘ ’ “ ”: no control, no invisible character, its own NFKC form. */
const PRINTABLE_PLAIN = /^[\t\n\u0020-\u007e\u00a3\u00a7\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/**
 * Whether text certainly holds no NI number and no control character, decided
 * in two quick scans (so `stripControls(withholdNiNumbers(text))` would return it
 * unchanged): what almost every finding's message, header and key is.
 */
export function nothingToWithhold(text: string): boolean {
  return PRINTABLE_PLAIN.test(text) && !NI_SHAPE.test(text);
}

/** NI_NUMBER without its lookarounds: matched wherever NI_NUMBER is, and quick to rule text out. */
const NI_SHAPE = /[A-Za-z]{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}/;

/**
 * The same proof as nothingToWithhold, made a piece at a time, so a finding's message is
 * proved clean from its template's words and its facts' words without joining them into
 * one flat string first (a national register makes a message for one row in two).
 *
 * A scan reads characters one by one through ten states: 0–2 ASCII letters just read (2
 * meaning two or more), 3 inside a run of digits, spaces, tabs, newlines, dots and hyphens
 * (the characters of NI_SHAPE after its letters) that two letters do not lead, 4–9 inside
 * such a run that two letters lead, holding 0–5 digits so far. Every NI_SHAPE match is two
 * letters and then a run with six digits, so a scan that reaches a sixth digit in a led run
 * gives up (SCREEN_FAILED), as does any character PRINTABLE_PLAIN refuses; text a scan
 * passes from SCREEN_START has neither, so nothingToWithhold(text) holds. The scan is
 * cautious, never wrong: text it gives up on is screened the full way (withholdNiNumbers,
 * stripControls), which is what every message was before.
 */
export const SCREEN_START = 0;
/** The scan gave up: the text may hold an NI number or a control character. */
export const SCREEN_FAILED = -1;
/** The number of states a scan can be in (SCREEN_FAILED aside). */
export const SCREEN_STATES = 10;

/** The state after one more character. */
function screenChar(state: number, c: number): number {
  if (!(c >= 0x20 ? c <= 0x7e || c === 0xa3 || c === 0xa7 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d : c === 9 || c === 10)) return SCREEN_FAILED;
  const digit = c >= 48 && c <= 57;
  if (digit || c === 32 || c === 46 || c === 45 || c === 9 || c === 10) {
    if (state < 3) state = state === 2 ? 4 : 3;
    if (state === 3 || !digit) return state;
    return state === 9 ? SCREEN_FAILED : state + 1;
  }
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) return state === 0 ? 1 : state === 1 || state === 2 ? 2 : 1;
  return 0;
}

/** The state after `text`, from `state` (SCREEN_FAILED stays failed). */
export function screen(state: number, text: string): number {
  for (let i = 0; i < text.length && state !== SCREEN_FAILED; i++) state = screenChar(state, text.charCodeAt(i));
  return state;
}

/** Where a scan of `text` ends from each state: made once for a template's fixed words, then used in one step. */
export function screenTable(text: string): Int8Array {
  const t = new Int8Array(SCREEN_STATES);
  for (let s = 0; s < SCREEN_STATES; s++) t[s] = screen(s, text);
  return t;
}

/** Whether text holds a National Insurance number in any form. */
export function containsNiNumber(text: string): boolean {
  if (!/\d/.test(text) && !/[\uFF10-\uFF19]/.test(text)) return false;
  return new RegExp(NI_NUMBER.source, 'u').test(compatible(text).norm);
}

/** Text with every National Insurance number replaced by "an NI number" (a quoted one loses its quotes). */
export function withholdNiNumbers(text: string): string {
  // Fast path: an NI number has digits (ASCII or full width).
  if (!/[0-9\uFF10-\uFF19]/.test(text)) return text;
  // Text that is its own compatibility form (all ASCII, or already NFKC with no invisible
  // characters: every finding's message with a £, § or dash) maps one to one; only other
  // text is normalised character by character (a code point NFKC leaves alone in a
  // normalised string is left alone on its own too).
  const same = PLAIN.test(text) || (text.normalize('NFKC') === text && !INVISIBLE_ONE.test(text));
  // Such text without the NI number's shape (letters and digits, lookarounds aside) has none:
  // a finding's dates and amounts never have six digits in pairs after two letters.
  if (same && !NI_SHAPE.test(text)) return text;
  const { norm, from, to } = same ? { norm: text, from: null, to: null } : compatible(text);
  let out = '';
  let at = 0;
  for (const m of norm.matchAll(new RegExp(NI_NUMBER.source, 'gu'))) {
    let start = from ? from[m.index]! : m.index;
    let end = to ? to[m.index + m[0].length - 1]! : m.index + m[0].length;
    // "found "QQ123456C"" reads as "found an NI number".
    const q = text.charAt(start - 1);
    if ((q === '"' || q === '“') && (text.charAt(end) === '"' || text.charAt(end) === '”') && start - 1 >= at) {
      start--;
      end++;
    }
    out += text.slice(at, start) + NI_WITHHELD;
    at = end;
  }
  return out + text.slice(at);
}

const WORD = /[\p{L}\p{N}\p{M}\p{Cf}]+/gu;

interface Word {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

function words(text: string): Word[] {
  const ascii = asciiWords(text);
  if (ascii !== null) return ascii;
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    if (folded !== '') out.push({ folded, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of a text, as `words` finds them (a name's, for the withholder: an ASCII name makes no Word objects). */
function foldedWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return words(text).map((w) => w.folded);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start).toLowerCase());
  return out;
}

/**
 * The words of an ASCII text, as `words` finds them (in ASCII, WORD's letters, digits, marks
 * and format characters are A-Z, a-z and 0-9, and folding is lower-casing), found without a
 * regular expression: most of what a pack scrubs is ASCII. Null when the text is not ASCII.
 */
function asciiWords(text: string): Word[] | null {
  const out: Word[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return null;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ folded: text.slice(start, i).toLowerCase(), start, end: i });
      start = -1;
    }
  }
  if (start >= 0) out.push({ folded: text.slice(start).toLowerCase(), start, end: n });
  return out;
}

/** A text scrubber: NI numbers always, and the given names. */
export type Withholder = (text: string) => string;

/**
 * A function that withholds personal data from text: National Insurance
 * numbers always, and the given names (secondees', when names were not asked
 * for) as whole words in either order ("Amira Patel", "Patel, Amira") or run
 * together ("AmiraPatel"), whatever the case, accents, width or spacing, then
 * removes control characters. Built once for many texts: a name is looked up
 * word by word in a trie, so thousands of names cost little per text.
 * @example withholder(['Amira Patel'])('Patel,  AMIRA left') //=> '[name withheld] left'
 */
export function withholder(names: readonly string[]): Withholder {
  // The names' folded words as a trie: a name is found by walking from a text's word through the
  // words that follow it, one map look-up a word, however many names share a first word. (A list of
  // the names starting with each word, tried in turn, cost 70,000 comparisons for each "secondee" in
  // a 100,000-row register whose secondees are "Secondee 1" to "Secondee 70000": minutes of a pack.)
  // Most nodes have one word after them or none ("Secondee" then "12", reversed "12" then "Secondee"): such a node keeps
  // its one word and child in two fields, and a map is made only when a second word follows it. (A map a node, for the
  // 70,000 reversed names of a national register, was a fifth of a check's time.)
  const root: NameNode = { span: 0, word: null, child: null, next: new Map() };
  const joined = new Set<string>();
  /** Add a name's words from the `from`th round to the start again: from 0 as written, from the last word surname first. */
  const add = (ws: readonly string[], from: number) => {
    let node = root;
    const n = ws.length;
    for (let k = 0; k < n; k++) {
      const w = ws[(from + k) % n]!;
      let child = childOf(node, w);
      if (child === undefined) {
        child = { span: 0, word: null, child: null, next: null };
        if (node.next !== null) node.next.set(w, child);
        else if (node.word === null) {
          node.word = w;
          node.child = child;
        } else {
          node.next = new Map([[node.word, node.child!], [w, child]]);
          node.word = null;
          node.child = null;
        }
      }
      node = child;
    }
    node.span = n;
  };
  for (const name of names) {
    const ws = foldedWords(name);
    if (ws.length === 0) continue;
    const together = ws.length === 1 ? ws[0]! : ws.join('');
    if (together.length < 2) continue;
    add(ws, 0);
    if (ws.length >= 2) {
      // Surname first: "Patel, Amira"; and run together: "AmiraPatel".
      add(ws, ws.length - 1);
      joined.add(together);
    }
  }
  /** The words of the name starting at word i (the longest, when several do), 0 when none does. */
  const spanAt = (ws: readonly Word[], i: number): number => {
    const w = ws[i]!;
    if (joined.has(w.folded)) return 1;
    let span = 0;
    // The longest name that starts here: the deepest end of a name on the walk.
    let node = root.next!.get(w.folded);
    for (let k = 1; node !== undefined; k++) {
      if (node.span > 0) span = k;
      const next = ws[i + k];
      node = next === undefined ? undefined : childOf(node, next.folded);
    }
    return span;
  };
  /** The walks through the trie still going at the word hasName reads: reused, as hasName never runs inside itself. */
  const walks: NameNode[] = [];
  /**
   * Is a name in this text (printable, PRINTABLE_PLAIN's)? The same answer as spanAt over the words
   * plainWords finds, got in one scan without making the words' list: each word starts a walk where a
   * name starts with it and moves on the walks still going, and a name is found as soon as a walk
   * reaches the end of one, or a word is a name run together (most of a pack's texts have no name;
   * those with a name's first word, "secondee", mostly stop at its second).
   */
  const hasName = (text: string): boolean => {
    const first = root.next!;
    let going = 0;
    let start = -1;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 0x20;
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const folded = text.slice(start, i).toLowerCase();
        start = -1;
        if (joined.has(folded)) return true;
        let kept = 0;
        for (let k = 0; k < going; k++) {
          const next = childOf(walks[k]!, folded);
          if (next === undefined) continue;
          if (next.span > 0) return true;
          walks[kept++] = next;
        }
        const begun = first.get(folded);
        if (begun !== undefined) {
          if (begun.span > 0) return true;
          walks[kept++] = begun;
        }
        going = kept;
      }
    }
    return false;
  };
  return (text) => {
    // Printable ASCII (and £ § – — ‘ ’ “ ”, which are their own compatibility form and part words as a
    // space does) without an NI number's shape or a name is returned as it is: what almost every cell
    // and message of a pack is (the steps below would give the same text, at several times the cost).
    if (PRINTABLE_PLAIN.test(text) && !NI_SHAPE.test(text) && (root.next!.size === 0 || !hasName(text))) return text;
    let t = withholdNiNumbers(text);
    if (root.next!.size > 0) {
      const ws = words(t);
      let out = '';
      let at = 0;
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i]!;
        const span = spanAt(ws, i);
        if (span === 0) continue;
        out += t.slice(at, w.start) + NAME_WITHHELD;
        at = ws[i + span - 1]!.end;
        i += span - 1;
      }
      t = out + t.slice(at);
    }
    return stripControls(t);
  };
}

/**
 * A node of the names' trie: `span` the number of words of a name ending here (0 when none does);
 * the words that may follow, either one (`word` and its `child`) or, for two or more, the map `next`.
 */
interface NameNode {
  span: number;
  word: string | null;
  child: NameNode | null;
  next: Map<string, NameNode> | null;
}

/** The node after `node` for the word `w`, if a name goes on that way. */
function childOf(node: NameNode, w: string): NameNode | undefined {
  if (node.next !== null) return node.next.get(w);
  return node.word === w ? node.child! : undefined;
}

/**
 * Text with personal data withheld: National Insurance numbers always, and the given names.
 * @example withhold('Amira Patel left', ['Amira Patel']) //=> '[name withheld] left'
 */
export function withhold(text: string, names: readonly string[]): string {
  return withholder(names)(text);
}

/**
 * Is this owner written as a person's name ("Amira Patel", "J. O'Neill") rather than a role
 * ("Regional SPOC", "Head of PDU, Knowsley", "YOGB chair")? Two or more capitalised words and
 * nothing else. Linear: each repeat starts at a separator and the letters between cannot be split
 * two ways; 80 characters at most.
 */
export function looksLikeName(text: string): boolean {
  const n = text.trim();
  return n.length >= 2 && n.length <= 80 && /^\p{Lu}\p{Ll}+(?:[ '.-]+\p{Lu}\p{Ll}*)+\.?$/u.test(n);
}

/** Every secondee name in the records: what a withholder keeps out of an output unless names were asked for. */
export function secondeeNames(
  records: readonly { readonly secondments: readonly { readonly secondee: string | null }[]; readonly actions?: readonly { readonly owner: string | null }[] }[],
): string[] {
  const out = new Set<string>();
  for (const r of records) {
    for (const s of r.secondments) {
      const n = s.secondee?.trim();
      if (n && n.length >= 2) out.add(n);
    }
    // Action owners are people too (docs/data-protection.md). A name-shaped owner ("Amira Patel") is withheld from every
    // text like a secondee's; a role ("Head of PDU", "Regional SPOC") is shown, as the board needs to know who acts.
    for (const a of r.actions ?? []) {
      const n = a.owner?.trim();
      if (n && looksLikeName(n)) out.add(n);
    }
  }
  return [...out];
}
