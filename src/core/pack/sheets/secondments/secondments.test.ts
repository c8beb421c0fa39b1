/**
 * The Secondments sheet: active secondments, those ending within the horizon
 * (the last day inclusive), secondee names only when asked for, and the
 * last-day formula in words from the rulebook in force.
 */
import { RULEBOOKS } from '../../../rulebook';
import { d, records, secondment, vacancy } from '../../../rules/testing';
import { packFigures } from '../../figures';
import { layoutPack } from '../../layout';
import { at, handChecked, input, laidOut, sheetText } from '../../testing';

describe('active secondments for the hand-checked workbook (as of 30/09/2025)', () => {
  const { recs } = handChecked();
  const model = at('30/09/2025', [input(recs)]);

  it('counts active secondments and those whose last day is on or before EDATE(asOf, 6), including exactly 6 months out', () => {
    expect(packFigures(model).secondments).toEqual({ active: 5, endingWithin6Months: 1 });
    const ending = model.secondments.filter((x) => x.endingWithinHorizon);
    expect(ending.map((x) => [x.ref.id, x.lastDay])).toEqual([['A-S2', d('30/03/2026')]]);
    expect(model.secondments.find((x) => x.ref.id === 'A-S1')!.lastDay).toBe(d('31/03/2026'));
    expect(model.endingBy).toBe(d('30/03/2026'));
  });

  it('leaves secondee names out unless asked', () => {
    expect(model.secondments.every((x) => x.secondee === null)).toBe(true);
    const named = at('30/09/2025', [input(recs)], true);
    expect(named.secondments.find((x) => x.ref.id === 'A-S1')!.secondee).toBe('Amira Patel');
  });

  it('shows secondee names on the sheet only when asked', () => {
    expect(JSON.stringify(layoutPack(model, { generatedAt: null }))).not.toContain('Amira Patel');
    expect(laidOut(model, 'Secondments').tables[0]!.columns.map((c) => c.header)).not.toContain('Secondee');
    const named = at('30/09/2025', [input(recs)], true);
    expect(laidOut(named, 'Secondments').tables[0]!.columns.map((c) => c.header)).toContain('Secondee');
    expect(JSON.stringify(layoutPack(named, { generatedAt: null }))).toContain('Amira Patel');
  });
});

describe('numbers in prose come from the rulebook in force', () => {
  const recs = records({ secondments: [secondment()], vacancies: [vacancy()] });
  const text = (rulebook = RULEBOOKS['npf-2021']!) => sheetText(at('30/09/2025', [input(recs)], false, rulebook), 'Secondments');

  it('--rulebook e3-yos changes the Secondments sheet\'s last-day formula text', () => {
    expect(text()).toContain('N = 24 + extension months');
    expect(text(RULEBOOKS['e3-yos']!)).toContain('N = 36 (police 24) + extension months');
    expect(text()).toContain('the 1st of the next month (NPF 2021 §5.4; London Protocol 2010 §2).');
    const e3 = text(RULEBOOKS['e3-yos']!);
    expect(e3).toContain('the 1st of the next month (E3 YOS proposals §7).');
    expect(e3).not.toContain('the 1st of the next month (NPF 2021 §5.4');
  });
});
