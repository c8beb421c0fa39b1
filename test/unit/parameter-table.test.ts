/**
 * The rulebook's parameters are declared once (src/core/rulebook/index.ts): the
 * README's parameter table must be exactly that table's names, labels, NPF 2021
 * values and sources, in its order. On a difference the test prints the table to
 * paste between the README's parameters-table markers.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PARAMETER_NAMES, PARAMETERS, parameterText } from '../../src/core/rulebook';

const ROOT = path.resolve(__dirname, '../..');
const START = '<!-- parameters-table:start -->';
const END = '<!-- parameters-table:end -->';

/** The markdown table the README should hold, made from the parameter table. */
function expectedTable(): string {
  const rows = PARAMETER_NAMES.map((name) => {
    const p = PARAMETERS[name];
    const label = p.assumption === undefined ? p.label : `${p.label} (Assumption ${p.assumption.slice(0, 2)})`;
    return `| \`${name}\` | ${label} | ${parameterText(p.default, p)} | ${p.citation} |`;
  });
  return ['| parameter | what | NPF 2021 | source |', '|---|---|---|---|', ...rows].join('\n');
}

describe("the README's parameter table is the rulebook's", () => {
  it('lists every parameter once, in order, with its label, NPF 2021 value and source', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const actual = readme.slice(start + START.length, end).trim();
    const expected = expectedTable();
    if (actual !== expected) process.stdout.write(`README parameter table should be:\n${expected}\n`);
    expect(actual).toBe(expected);
  });
});
