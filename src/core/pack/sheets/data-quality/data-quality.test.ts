/**
 * The Data quality appendix: every finding attributed to its row and counted,
 * errors first, with personal data withheld from its words.
 */
import { packFigures } from '../../figures';
import { layoutPack } from '../../layout';
import { at, finding, handChecked, input } from '../../testing';

describe('findings in the pack', () => {
  it('are attributed to their rows, counted, and never stop the pack', () => {
    const { v, recs } = handChecked();
    const findings = [finding('error', 'Vacancies', v.stage2.row), finding('warning', 'Vacancies', v.stage2.row), finding('warning', 'Board', null), finding('info', 'Allocations', recs.allocations[0]!.row)];
    const model = at('30/09/2025', [input(recs, findings)]);
    expect(packFigures(model).findings).toEqual({ error: 1, warning: 2, info: 1 });
    expect(model.vacancies.find((x) => x.ref.id === 'A-V2')!.findings).toEqual({ error: 1, warning: 1, info: 0 });
    expect(model.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'info']);
    expect(model.summary.find((x) => x.yot === 'YOT A')!.findings).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('withhold secondee names and National Insurance numbers from messages', () => {
    const { recs } = handChecked();
    const model = at('30/09/2025', [input(recs, [finding('error', 'Secondments', 4, 'Amira Patel (NI QQ 12 34 56 C) has no vetting date')])]);
    expect(model.findings[0]!.message).toBe('[name withheld] (NI an NI number) has no vetting date');
    const named = at('30/09/2025', [input(recs, [finding('error', 'Secondments', 4, 'Amira Patel (NI QQ123456C)')])], true);
    expect(named.findings[0]!.message).toBe('Amira Patel (NI an NI number)');
  });

  it('reach the laid-out appendix withheld once, while its other columns still pass the layout\'s withholder', () => {
    const { recs } = handChecked();
    const f = { ...finding('error', 'Secondments', 4, 'Amira Patel (NI QQ 12 34 56 C) has no vetting date'), key: 'Tom Hargreaves', column: 'Notes on Amira Patel', sheet: 'Tom Hargreaves sheet' };
    const doc = layoutPack(at('30/09/2025', [input(recs, [f])]));
    const table = doc.sheets.find((s) => s.name === 'Data quality')!.tables[0]!;
    const text = JSON.stringify(table.rows);
    expect(text).toContain('[name withheld] (NI an NI number) has no vetting date');
    expect(text).toContain('Notes on [name withheld]');
    expect(text).toContain('[name withheld] sheet');
    expect(text).not.toMatch(/Amira|Patel|Tom|Hargreaves|QQ/);
  });
});
