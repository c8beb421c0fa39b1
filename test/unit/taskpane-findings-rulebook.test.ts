/**
 * The Check view's narrowing and grouping (findings-view.ts), and a region's rulebook as the
 * add-in keeps it (core/rulebook/saved.ts, resolve.ts, excel/settings.ts): on the sample
 * workbook's real findings.
 */
import * as path from 'path';
import { fromYmd } from '../../src/core/dates';
import { readWorkbookFile } from '../../src/adapters/xlsx/read';
import { rulebookOfSaved, savedRulebookFromFile } from '../../src/core/rulebook/resolve';
import { readSavedRulebook, savedRulebookValues } from '../../src/core/rulebook/saved';
import { NPF_2021 } from '../../src/core/rulebook';
import { checkWorkbook, type CheckOutcome } from '../../src/taskpane/check';
import { filterFindings, groupFindings, NO_FILTER, NO_YOT_LABEL, placeChoices, placesOf } from '../../src/taskpane/findings-view';
import { readRulebook, RULEBOOK_KEY, saveRulebook, type SettingsStore } from '../../src/adapters/excel/settings';

let outcome: CheckOutcome;
beforeAll(async () => {
  const { raw } = await readWorkbookFile(path.resolve(__dirname, '../../samples/north-west-tracker.xlsx'));
  outcome = checkWorkbook(raw, { asOf: null, today: fromYmd(2025, 10, 1) });
});

describe('narrowing and grouping findings', () => {
  it('finds each finding’s YOT from its row, and allocation findings from their key', () => {
    const { findings, records } = outcome.result;
    const places = placesOf(findings, records);
    const extension = findings.find((f) => f.rule === 'secondment/extension-too-long')!;
    const s = records.secondments.find((r) => r.row === extension.row)!;
    expect(places.get(extension)).toEqual({ yot: s.yot, pdu: s.pdu });
    const minimum = findings.find((f) => f.rule === 'allocation/below-minimum')!;
    expect(places.get(minimum)!.yot).toBe(minimum.key);
    expect(places.get(findings.find((f) => f.rule === 'board/tracker-late')!)).toEqual({ yot: null, pdu: null });
    const { yots, pdus } = placeChoices(places);
    expect(yots).toEqual([...yots].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(yots).toContain('Knowsley YJS');
    expect(pdus.length).toBeGreaterThan(0);
  });

  it('filters by severity, YOT, PDU and every searched word', () => {
    const { findings, records } = outcome.result;
    const places = placesOf(findings, records);
    expect(filterFindings(findings, places, NO_FILTER)).toHaveLength(49);
    expect(filterFindings(findings, places, { ...NO_FILTER, severities: new Set(['warning']) })).toHaveLength(20);
    const knowsley = filterFindings(findings, places, { ...NO_FILTER, place: 'yot:Knowsley YJS' });
    expect(knowsley.length).toBeGreaterThan(0);
    expect(knowsley.every((f) => places.get(f)!.yot === 'Knowsley YJS')).toBe(true);
    const pdu = placeChoices(places).pdus[0]!;
    expect(filterFindings(findings, places, { ...NO_FILTER, place: `pdu:${pdu}` }).every((f) => places.get(f)!.pdu === pdu)).toBe(true);
    expect(filterFindings(findings, places, { ...NO_FILTER, search: 'NW-S010 extension' }).map((f) => f.rule)).toEqual(['secondment/extension-too-long']);
    expect(filterFindings(findings, places, { ...NO_FILTER, search: 'nw-s010 nothing-like-this' })).toEqual([]);
  });

  it('groups by severity (errors first) or by YOT (A to Z, no YOT last), losing none', () => {
    const { findings, records } = outcome.result;
    const places = placesOf(findings, records);
    const bySeverity = groupFindings(findings, places, 'severity', (s) => s);
    expect(bySeverity.map((g) => [g.label, g.findings.length])).toEqual([['error', 12], ['warning', 20], ['info', 17]]);
    const byYot = groupFindings(findings, places, 'yot', (s) => s);
    expect(byYot[byYot.length - 1]!.label).toBe(NO_YOT_LABEL);
    const names = byYot.slice(0, -1).map((g) => g.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(byYot.reduce((n, g) => n + g.findings.length, 0)).toBe(49);
    for (const g of byYot) {
      const ranks = g.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('a region’s rulebook', () => {
  it('is read from a --rulebook-file JSON, checked, and changes the check', () => {
    const loaded = savedRulebookFromFile(JSON.stringify({ base: 'npf-2021', values: { probationMaxExtensionYears: 2 } }), 'nw.json');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.rulebook.name).toBe(`${NPF_2021.name}, with regional overrides from nw.json`);
    expect(savedRulebookFromFile('{ "managementFeePerPo": 5250 }', 'flat.json')).toEqual(expect.objectContaining({ ok: true, saved: { base: 'npf-2021', values: { managementFeePerPo: 5250 }, fileName: 'flat.json' } }));
  });

  it.each([
    ['not JSON', '{', /"bad.json" is not valid JSON\./],
    ['an array', '[1]', /"bad.json" should hold an object/],
    ['an unknown parameter', '{ "probationMaxExtensionYear": 2 }', /cannot be used\. The rulebook has no parameter called "probationMaxExtensionYear"/],
    ['a value out of range', '{ "feeBasisMonth": 13 }', /cannot be used\. Rulebook parameter "feeBasisMonth"/],
    ['an unknown base', '{ "base": "npf-2099", "values": {} }', /There is no rulebook called "npf-2099"/],
  ])('refuses %s in one sentence', (_, text, expected) => {
    const r = savedRulebookFromFile(text, 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(expected);
  });

  it('is saved in the workbook’s settings and read back; a damaged setting means NPF 2021', async () => {
    const store = new Map<string, unknown>();
    let saves = 0;
    const settings: SettingsStore = {
      get: (k) => store.get(k),
      set: (k, v) => void store.set(k, v),
      saveAsync: (cb) => {
        saves++;
        cb?.({ status: 'succeeded' });
      },
    };
    expect(readRulebook(settings)).toBeNull();
    await saveRulebook(settings, { base: 'npf-2021', values: { probationMaxExtensionYears: 2 }, fileName: 'nw.json' });
    expect(saves).toBe(1);
    expect(readRulebook(settings)).toEqual({ base: 'npf-2021', values: { probationMaxExtensionYears: 2 }, fileName: 'nw.json' });
    expect(savedRulebookValues(readRulebook(settings)).probationMaxExtensionYears).toBe(2);
    expect(rulebookOfSaved(readRulebook(settings)).values.probationMaxExtensionYears).toBe(2);
    await saveRulebook(settings, null);
    expect(readRulebook(settings)).toBeNull();
    for (const damaged of [{ base: 'npf-2021', values: { probationMaxExtensionYears: 'two' } }, { base: 'nope', values: {} }, { values: {} }, 'x', { base: 'npf-2021', values: { notAParameter: 1 } }]) {
      store.set(RULEBOOK_KEY, damaged);
      expect(readRulebook(settings)).toBeNull();
      expect(readSavedRulebook(damaged)).toBeNull();
    }
    expect(savedRulebookValues(null)).toEqual(NPF_2021.values);
  });

  it('changes a finding when the check uses it', async () => {
    const { raw } = await readWorkbookFile(path.resolve(__dirname, '../../samples/north-west-tracker.xlsx'));
    const saved = { base: 'npf-2021', values: { probationMaxExtensionYears: 2 }, fileName: 'nw.json' };
    const regional = checkWorkbook(raw, { asOf: null, today: fromYmd(2025, 10, 1), rulebook: rulebookOfSaved(saved) });
    expect(outcome.result.findings.some((f) => f.rule === 'secondment/extension-too-long')).toBe(true);
    expect(regional.result.findings.some((f) => f.rule === 'secondment/extension-too-long')).toBe(false);
    expect(regional.result.summary.error).toBe(outcome.result.summary.error - 1);
  });
});
