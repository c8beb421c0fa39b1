import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fromYmd } from '../dates';
import { count, day, days, duration, formatMessage, fte, list, months, phrase, pounds } from './define';

describe('formatMessage makes the words for typed facts', () => {
  it.each<[string, Parameters<typeof formatMessage>[1], string]>([
    ['Due {{due}}.', { due: day(fromYmd(2024, 2, 29)) }, 'Due 29/02/2024.'],
    ['{{a}} claimed.', { a: pounds(6200.5) }, '£6,200.50 claimed.'],
    ['{{n}} late, after {{m}}; {{d}}.', { n: days(1), m: months(6), d: days(28) }, '1 day late, after 6 months; 28 days.'],
    ['{{c}}', { c: count(2, 'vacancy', 'vacancies') }, '2 vacancies'],
    ['Extension {{e}}.', { e: duration(18) }, 'Extension 1 year 6 months.'],
    ['{{f}} FTE', { f: fte(0.1 + 0.2) }, '0.3 FTE'],
    ['Band {{b}}, "{{t}}"', { b: 4, t: 'YOT temp' }, 'Band 4, "YOT temp"'],
    ['Filled{{on}}.', { on: phrase(' on {{date}}', { date: day(fromYmd(2025, 1, 31)) }) }, 'Filled on 31/01/2025.'],
    ['Filled{{on}}.', { on: '' }, 'Filled.'],
    ['Found {{x}}.', { x: list([phrase('a date ({{d}})', { d: day(fromYmd(2025, 4, 1)) }), phrase('a claim of {{a}}', { a: pounds(100) })]) }, 'Found a date (01/04/2025) and a claim of £100.'],
    ['Missing {{nope}}.', {}, 'Missing ?.'],
  ])('%s', (template, facts, text) => {
    expect(formatMessage(template, facts)).toBe(text);
  });
});

describe('no check composes English', () => {
  // A template literal with words and a ${…} inside a rule's check would be a sentence made
  // outside formatMessage: checks report typed facts (define.ts) and the messages say the words.
  const dir = path.join(__dirname);
  const ruleFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && f.includes(path.sep) && !f.endsWith('.test.ts'));
  it.each(ruleFiles)('%s', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const at = text.indexOf('  check(');
    const body = at === -1 ? '' : text.slice(at);
    const sentences = (body.match(/`[^`]*`/g) ?? []).filter((t) => t.includes('${') && /[A-Za-z]{2,}\s/.test(t.replace(/\$\{[^}]*\}/g, '')));
    expect(sentences).toEqual([]);
  });
});
