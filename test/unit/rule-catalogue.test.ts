/**
 * The rule catalogue is kept once, in code (src/core/rules/index.ts RULES): the
 * two lists people read, docs/rules.md's "Rule catalogue" and the README's rule
 * table, must name exactly its ids, with the same severities, each once, and
 * the README must cite each rule's own source.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules/index';
import { citationText } from '../../src/core/rules/define';

const ROOT = path.resolve(__dirname, '../..');

/** The `| group/id | severity | …` rows of a markdown table, in order, with the cell after the severity. */
function catalogueRows(markdown: string): { id: string; severity: string; next: string }[] {
  const rows: { id: string; severity: string; next: string }[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*`?((?:data|secondment|vacancy|allocation|dispute|board)\/[a-z0-9-]+)`?\s*\|\s*(error|warning|info)\s*\|([^|]*)\|/.exec(line);
    if (m) rows.push({ id: m[1]!, severity: m[2]!, next: m[3]!.trim() });
  }
  return rows;
}

function section(markdown: string, heading: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}} `).test(l));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

const expected = RULES.map((r) => ({ id: r.id, severity: r.severity })).sort((a, b) => a.id.localeCompare(b.id));
const sorted = (rows: { id: string; severity: string }[]) => rows.map(({ id, severity }) => ({ id, severity })).sort((a, b) => a.id.localeCompare(b.id));

describe('the rule catalogue is the one in code', () => {
  it('docs/rules.md lists exactly the ids in RULES, each once, with their severities', () => {
    const rows = catalogueRows(section(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), /^## Rule catalogue/));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(sorted(rows)).toEqual(expected);
  });

  it("the README's rule table lists exactly the ids in RULES, each once, with their severities", () => {
    const rows = catalogueRows(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(sorted(rows)).toEqual(expected);
  });

  it("the README's rule table cites each rule's own source (rules that cite by table say so in words)", () => {
    const rows = catalogueRows(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    const byId = new Map(RULES.map((r) => [r.id, r]));
    const differ = rows
      .filter((r) => byId.get(r.id)!.tableCitations === undefined)
      .filter((r) => !r.next.startsWith(citationText(byId.get(r.id)!.citation)))
      .map((r) => [r.id, r.next, citationText(byId.get(r.id)!.citation)]);
    expect(differ).toEqual([]);
  });
});
