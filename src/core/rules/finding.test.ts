import rule from './vacancy/yot-not-informed';
import { columnLetter } from '../a1';
import { formatMessage } from './define';
import { settled } from './finding';
import { records, run, vacancy } from './testing';

/** The fields of a finding, in the order JSON has always shown them. */
const FIELDS = ['rule', 'severity', 'table', 'sheet', 'row', 'column', 'cell', 'col', 'key', 'messageId', 'data', 'message', 'citation'];

const found = () => run(rule, records({ vacancies: [vacancy({ id: 'V7', vacantFrom: '01/01/2025', yotInformed: '02/04/2025', filledDate: null })] }), '30/09/2025');

describe('findings as the engine makes them', () => {
  it('read as plain findings: every field, and the message filled from the template and facts', () => {
    const [f] = found();
    expect(f).toMatchObject({ rule: 'vacancy/yot-not-informed', severity: 'warning', table: 'Vacancies', messageId: 'late', key: 'V7', citation: 'NPF 2021 §5.5 stage 4' });
    expect(f!.cell).toBe(`${columnLetter(f!.col!)}${f!.row}`);
    expect(f!.message).toBe(formatMessage(rule.messages.late, f!.data));
    expect(f!.message).toContain('01/01/2025');
  });

  it('serialise to JSON with the same fields in the same order as before, the message included', () => {
    const [f] = found();
    const json = JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(FIELDS);
    expect(json.message).toBe(f!.message);
    expect(json.cell).toBe(f!.cell);
  });

  it('settle into plain data with the words given (check.ts withholds names this way)', () => {
    const [f] = found();
    const s = settled(f!, 'the words', 'a key');
    expect(Object.keys(s)).toEqual(FIELDS);
    expect({ ...s }).toEqual({ ...JSON.parse(JSON.stringify(f)), message: 'the words', key: 'a key' });
  });

  it('share one day fact between findings that quote the same day, with the same JSON', () => {
    const [a] = found();
    const [b] = found();
    expect(a!.data.vacantFrom).toBe(b!.data.vacantFrom);
    expect(JSON.stringify(a!.data)).toBe(JSON.stringify(b!.data));
  });
});
