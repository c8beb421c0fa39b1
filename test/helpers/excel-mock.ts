/**
 * Office.js workbook mocks for the Excel adapter's tests, built on
 * office-addin-mock's OfficeMockObject (load/sync semantics: a property loaded
 * but not yet synced can't be read).
 *
 * - mockReadContext: a workbook to read (sheets, tables, defined names); counts syncs.
 * - mockWorkbook: a workbook that is written to. Every action is queued and
 *   applied at context.sync(), in order, as Excel does; an action Excel would
 *   refuse (a duplicate sheet or table name, values that don't fit their range,
 *   a sheet that isn't there) fails that sync with Excel's error code. Each
 *   sync's request size is measured independently of the adapter's own estimate.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { columnLetter, columnNumber } from '../../src/core/a1';
import type { Cell } from '../../src/core/records/types';

// ---------------------------------------------------------------------------
// Reading

export type Values = Cell[][];

export interface SheetSpec {
  name: string;
  /** An Excel table on the sheet (name, and its top-left cell, 0-based), or none: a plain range. */
  table?: { name: string; row: number; col: number };
  /** Used range top-left (0-based) and values. */
  row: number;
  col: number;
  values: Values;
}

type Data = Record<string, unknown>;

function markPresent(m: OfficeMockObject): void {
  Object.defineProperty(m, 'isNullObject', { value: false, writable: true });
}

/** A mock of the Office.js workbook with these sheets to read; counts syncs. */
export function mockReadContext(sheets: SheetSpec[], names: { name: string; value: Cell }[] = []): { context: Excel.RequestContext; stats: { syncs: number } } {
  const extras: OfficeMockObject[] = [];
  const rangeData = (values: Values, rowIndex: number, columnIndex: number): Data => ({
    values: values.map((r) => r.map((c) => (c === null ? '' : c))),
    rowCount: values.length,
    columnCount: Math.max(0, ...values.map((r) => r.length)),
    rowIndex,
    columnIndex,
    cellCount: values.length * Math.max(0, ...values.map((r) => r.length)),
    getCell(r: number, c: number): unknown {
      return {
        getResizedRange(dr: number, dc: number): unknown {
          const sub = new OfficeMockObject(rangeData(values.slice(r, r + dr + 1).map((row) => row.slice(c, c + dc + 1)), rowIndex + r, columnIndex + c) as never);
          markPresent(sub);
          extras.push(sub);
          return sub;
        },
      };
    },
  });
  const nullObject = { isNullObject: true, name: '' };
  const mockNames = names.map((n) => {
    const m = new OfficeMockObject(rangeData([[n.value]], 0, 0) as never);
    markPresent(m);
    extras.push(m);
    return m;
  });
  const data: Data = {
    workbook: {
      worksheets: {
        items: sheets.map((s) => ({ name: s.name })),
        getItemOrNullObject(this: Data, name: string): unknown {
          const i = sheets.findIndex((s) => s.name === name);
          return i < 0 ? this['missing'] : this[`sheet${i}`];
        },
        getItem(this: Data, name: string): unknown {
          return this[`sheet${sheets.findIndex((s) => s.name === name)}`];
        },
        missing: { ...nullObject, getUsedRangeOrNullObject: () => ({ isNullObject: true, load() {} }) },
        ...Object.fromEntries(
          sheets.map((s, i) => [
            `sheet${i}`,
            {
              name: s.name,
              used: rangeData(s.values, s.row, s.col),
              getUsedRangeOrNullObject(this: Data): unknown {
                return this['used'];
              },
            },
          ]),
        ),
      },
      tables: {
        items: sheets.flatMap((s) => (s.table ? [{ name: s.table.name }] : [])),
        // Exact names, like the sheets': the reader must find "vacancies" or " Vacancies " itself.
        getItemOrNullObject(this: Data, name: string): unknown {
          const i = sheets.findIndex((s) => s.table?.name === name);
          return i < 0 ? this['missing'] : this[`table${i}`];
        },
        getItem(this: Data, name: string): unknown {
          return this[`table${sheets.findIndex((s) => s.table?.name === name)}`];
        },
        missing: { ...nullObject, worksheet: { name: '' }, getRange: () => ({ load() {} }) },
        ...Object.fromEntries(
          sheets.flatMap((s, i) =>
            s.table
              ? [
                  [
                    `table${i}`,
                    {
                      name: s.table.name,
                      worksheet: { name: s.name },
                      range: rangeData(s.values, s.row, s.col),
                      getRange(this: Data): unknown {
                        return this['range'];
                      },
                    },
                  ],
                ]
              : [],
          ),
        ),
      },
      names: {
        items: names.map((n, i) => ({
          name: n.name,
          type: 'Range',
          getRangeOrNullObject: () => mockNames[i],
        })),
      },
    },
  };
  const context = new OfficeMockObject(data as never);
  const stats = { syncs: 0 };
  // Walk the mock: objects named missing are null objects, every other object is present.
  const walk = (o: Data, isMissing: boolean) => {
    Object.defineProperty(o, 'isNullObject', { value: isMissing, writable: true });
    for (const [k, v] of Object.entries(o)) if (v instanceof OfficeMockObject) walk(v as unknown as Data, isMissing || k === 'missing');
  };
  walk(context as unknown as Data, false);
  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    stats.syncs++;
    await OfficeMockObject.prototype.sync.call(context);
    for (const e of extras) await e.sync();
  };
  return { context: context as unknown as Excel.RequestContext, stats };
}

// ---------------------------------------------------------------------------
// Writing

/** An error as Office.js raises it: a code such as 'ItemNotFound' or 'InvalidArgument'. */
export class MockExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeTable {
  name: string;
  sheetId: string;
  address: string;
  hasHeaders: boolean;
  style?: string;
  showBandedRows?: boolean;
  showTotals?: boolean;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  /** Cell values by A1 address ('' never stored). */
  readonly cells: Map<string, string | number | boolean>;
  /** Number formats by A1 address (every cell of a range a format was broadcast over), and by the range's own address. */
  readonly numberFormats: Map<string, string>;
  /** Every format property set or method called, in order: [address, 'font.bold', true]. */
  readonly formats: [string, string, unknown][];
  readonly conditionalFormats: { address: string; type: string; settings: [string, unknown][] }[];
  /** Page layout properties and calls: ['orientation', 'Landscape'], ['setPrintTitleRows', '$5:$5'], … */
  readonly pageLayout: [string, unknown][];
  /** Merged ranges, in order. */
  readonly merges: string[];
  frozenRows: number;
  /** 'Visible' unless set ('Hidden' for the template's Lists sheet). */
  visibility?: string;
  /** Charts added (worksheet.charts.add): type, source range, series by, then every property set or method called on the chart. */
  readonly charts: FakeChart[];
}

export interface FakeChart {
  readonly type: string;
  /** The source range's address, as given to getRange. */
  readonly source: string;
  readonly seriesBy: string;
  /** ['title.text', 'Open vacancies…'], ['setPosition()', ['A40', 'D60']], … */
  readonly settings: [string, unknown][];
}

/** A chart's settings as an object: the last value set for each property path. */
export function chartSettings(c: FakeChart): Record<string, unknown> {
  return Object.fromEntries(c.settings);
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  /** Workbook-level defined names. */
  names: string[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
  nextId: number;
}

/** A workbook with these sheets (each with some cell values) for a write test. */
export function fakeWorkbook(sheets: { name: string; cells?: Record<string, string | number> }[], extra: { tables?: { name: string; sheet: string }[]; names?: string[] } = {}): FakeWorkbookState {
  const state: FakeWorkbookState = { sheets: [], tables: [], names: [...(extra.names ?? [])], active: sheets[0]?.name ?? null, selection: null, nextId: 1 };
  for (const s of sheets) {
    const sheet = newSheet(state, s.name);
    for (const [a, v] of Object.entries(s.cells ?? {})) sheet.cells.set(a, v);
    state.sheets.push(sheet);
  }
  for (const t of extra.tables ?? []) {
    const sheet = state.sheets.find((s) => s.name === t.sheet)!;
    state.tables.push({ name: t.name, sheetId: sheet.id, address: 'A1:B2', hasHeaders: true });
  }
  return state;
}

function newSheet(state: FakeWorkbookState, name: string): FakeSheet {
  const id = `{00000000-0001-0000-0000-${String(state.nextId++).padStart(12, '0')}}`;
  return { id, name, cells: new Map(), numberFormats: new Map(), formats: [], conditionalFormats: [], pageLayout: [], merges: [], frozenRows: 0, charts: [] };
}

/** A deep, comparable copy of a sheet (for "this user sheet was not touched"). */
export function snapshotSheet(s: FakeSheet): unknown {
  return {
    id: s.id,
    name: s.name,
    cells: [...s.cells.entries()],
    numberFormats: [...s.numberFormats.entries()],
    formats: s.formats.length,
    conditionalFormats: s.conditionalFormats.length,
    pageLayout: s.pageLayout.length,
    frozenRows: s.frozenRows,
    charts: s.charts.length,
  };
}

// A1 helpers

/** Bounds of 'A1', 'B2:D9', or 'C:C' (a whole column: rows 1…1048576). */
export function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const col = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (col) return { top: 1, left: columnNumber(col[1]!), bottom: 1_048_576, right: columnNumber(col[2]!) };
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) throw new MockExcelError('InvalidArgument', `"${address}" is not an address`);
  const top = Number(m[2]);
  const left = columnNumber(m[1]!);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

const INVALID_SHEET_NAME = /[:\\/?*[\]]/;

function checkSheetName(state: FakeWorkbookState, name: string, except?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || INVALID_SHEET_NAME.test(name)) throw new MockExcelError('InvalidArgument', `bad sheet name "${name}"`);
  if (state.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new MockExcelError('ItemAlreadyExists', `a sheet called "${name}" already exists`);
  }
}

/**
 * A recorder: any property set on it, at any depth, is recorded as ['a.b.c', value],
 * and any method called as ['a.b()', args]; a property set on what a method returns
 * as ['a.b("x").c', value]. Stands in for Range.format and friends.
 */
function recorder(path: string, record: (path: string, value: unknown) => void): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      return recorder(path ? `${path}.${prop}` : prop, record);
    },
    set(_t, prop, value) {
      record(path ? `${path}.${String(prop)}` : String(prop), value);
      return true;
    },
    apply(_t, _this, args) {
      record(`${path}()`, args);
      // What a method returns (borders.getItem('EdgeBottom')) records its own settings under the call.
      return recorder(`${path}(${args.map((x) => JSON.stringify(x)).join(',')})`, record);
    },
  });
}

export interface WriteMock {
  readonly context: Excel.RequestContext;
  readonly state: FakeWorkbookState;
  /** Syncs, and the measured request bytes of each. */
  readonly stats: { syncs: number; requestBytes: number[] };
}

/** Measured cost of one action: a fixed part for the object path and method, plus its arguments' JSON. */
const MOCK_ACTION_BYTES = 100;

/** A write-side Office.js mock over a fake workbook. The state is changed in place, sync by sync. */
export function mockWorkbook(state: FakeWorkbookState): WriteMock {
  const stats = { syncs: 0, requestBytes: [] as number[] };
  let pending: { bytes: number; apply: () => void }[] = [];
  const queue = (args: unknown, apply: () => void) => {
    pending.push({ bytes: MOCK_ACTION_BYTES + Buffer.byteLength(JSON.stringify(args ?? null), 'utf8'), apply });
  };

  const findSheet = (key: string): FakeSheet | undefined => state.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());

  function rangeProxy(sheet: () => FakeSheet, address: string | null): Record<string, unknown> {
    const bounds = () => (address === null ? { top: 1, left: 1, bottom: 1_048_576, right: 16_384 } : parseAddress(address));
    const label = address ?? '(sheet)';
    const set2d = (what: 'values' | 'numberFormat' | 'formulas', v: unknown[][]) => {
      queue([label, v], () => {
        const b = bounds();
        const rows = b.bottom - b.top + 1;
        const cols = b.right - b.left + 1;
        const broadcast = v.length === 1 && v[0]!.length === 1;
        if (!broadcast && (v.length !== rows || v.some((r) => r.length !== cols))) {
          throw new MockExcelError('InvalidArgument', `${what} of ${v.length}×${v[0]?.length ?? 0} for ${label} (${rows}×${cols})`);
        }
        if (broadcast && what !== 'numberFormat' && rows * cols > 1) throw new MockExcelError('InvalidArgument', `one value for ${label}`);
        const s = sheet();
        // One number format broadcast over a range sets every cell of it, as in Excel (values are never broadcast).
        for (let r = 0; r < Math.min(rows, broadcast && what !== 'numberFormat' ? 1 : rows); r++) {
          for (let c = 0; c < Math.min(cols, broadcast && what !== 'numberFormat' ? 1 : cols); c++) {
            const a = `${columnLetter(b.left + c)}${b.top + r}`;
            const x = broadcast ? v[0]![0] : v[r]![c];
            if (what === 'values' || what === 'formulas') {
              if (x === '' || x === null || x === undefined) s.cells.delete(a);
              else s.cells.set(a, x as string | number | boolean);
            } else s.numberFormats.set(a, String(x));
          }
        }
        if (broadcast && what === 'numberFormat') s.numberFormats.set(label, String(v[0]![0]));
      });
    };
    return {
      /** Not Office.js: lets charts.add see which range it was given. */
      mockAddress: label,
      set values(v: unknown[][]) {
        set2d('values', v);
      },
      set numberFormat(v: unknown[][]) {
        set2d('numberFormat', v);
      },
      /** Formulas are kept as their text ('=EDATE(…)'), constants as values. */
      set formulas(v: unknown[][]) {
        set2d('formulas', v);
      },
      format: recorder('', (p, v) => queue([label, p, v], () => sheet().formats.push([label, p, v]))),
      dataValidation: recorder('dataValidation', (p, v) => queue([label, p, v], () => sheet().formats.push([label, p, v]))),
      conditionalFormats: {
        add(type: string) {
          const settings: [string, unknown][] = [];
          queue([label, type], () => sheet().conditionalFormats.push({ address: label, type, settings }));
          return recorder('', (p, v) => queue([label, p, v], () => settings.push([p, v])));
        },
      },
      merge(across: boolean) {
        queue([label, across], () => {
          parseAddress(label);
          sheet().merges.push(label);
        });
      },
      select() {
        queue([label], () => {
          const s = sheet();
          if (address !== null) parseAddress(address);
          state.selection = { sheet: s.name, address: label };
        });
      },
    };
  }

  function tableProxy(sheet: () => FakeSheet, address: string, hasHeaders: boolean): Record<string, unknown> {
    let table: FakeTable | null = null;
    queue([address, hasHeaders], () => {
      const s = sheet();
      const b = parseAddress(address);
      const overlap = state.tables.find((t) => {
        if (t.sheetId !== s.id) return false;
        const o = parseAddress(t.address);
        return o.left <= b.right && b.left <= o.right && o.top <= b.bottom && b.top <= o.bottom;
      });
      if (overlap) throw new MockExcelError('InvalidArgument', `table over ${address} overlaps ${overlap.name}`);
      let n = 1;
      while (state.tables.some((t) => t.name === `Table${n}`)) n++;
      table = { name: `Table${n}`, sheetId: s.id, address, hasHeaders };
      state.tables.push(table);
    });
    const b = parseAddress(address);
    const cols = `${columnLetter(b.left)}`;
    const last = columnLetter(b.right);
    return {
      set name(v: string) {
        queue([v], () => {
          const clash = [...state.tables.filter((t) => t !== table).map((t) => t.name), ...state.names].find((x) => x.toLowerCase() === v.toLowerCase());
          if (clash) throw new MockExcelError('InvalidArgument', `the table name "${v}" is already used`);
          table!.name = v;
        });
      },
      set style(v: string) {
        queue([v], () => {
          table!.style = v;
        });
      },
      set showTotals(v: boolean) {
        queue([v], () => {
          table!.showTotals = v;
        });
      },
      set showBandedRows(v: boolean) {
        queue([v], () => {
          table!.showBandedRows = v;
        });
      },
      getHeaderRowRange: () => rangeProxy(sheet, `${cols}${b.top}:${last}${b.top}`),
      getTotalRowRange: () => rangeProxy(sheet, `${cols}${b.bottom + 1}:${last}${b.bottom + 1}`),
    };
  }

  /** A worksheet proxy: `resolve` finds the sheet when the queue is applied (a new sheet exists only then). */
  function sheetProxy(resolve: () => FakeSheet | undefined, key: string, nullable: boolean): Record<string, unknown> {
    const loaded: { id?: string; name?: string; isNull?: boolean } = {};
    let loadRequested: string[] | null = null;
    const sheet = () => {
      const s = resolve();
      if (!s) throw new MockExcelError('ItemNotFound', `no sheet "${key}"`);
      return s;
    };
    const notLoaded = (p: string) => new Error(`PropertyNotLoaded: ${p} was read before load() and sync()`);
    const proxy: Record<string, unknown> = {
      load(props: string) {
        loadRequested = props.split(',').map((p) => p.trim());
        queue([props], () => {
          const s = resolve();
          if (!s && !nullable) throw new MockExcelError('ItemNotFound', `no sheet "${key}"`);
          loaded.isNull = !s;
          for (const p of loadRequested ?? []) if (p === 'id' || p === 'name') loaded[p] = s ? s[p] : undefined;
        });
        return proxy;
      },
      get id() {
        if (loaded.id === undefined && !loaded.isNull) throw notLoaded('id');
        return loaded.id;
      },
      get name(): string {
        if (loaded.name === undefined && !loaded.isNull) throw notLoaded('name');
        return loaded.name ?? '';
      },
      set name(v: string) {
        queue([v], () => {
          const s = sheet();
          checkSheetName(state, v, s);
          s.name = v;
        });
      },
      get isNullObject() {
        if (loaded.isNull === undefined) throw notLoaded('isNullObject');
        return loaded.isNull;
      },
      delete() {
        queue([], () => {
          const s = sheet();
          if (state.sheets.length === 1) throw new MockExcelError('InvalidOperation', 'a workbook must keep one sheet');
          state.sheets = state.sheets.filter((x) => x !== s);
          state.tables = state.tables.filter((t) => t.sheetId !== s.id);
          if (state.active === s.name) state.active = state.sheets[0]!.name;
        });
      },
      activate() {
        queue([], () => {
          state.active = sheet().name;
        });
      },
      getRange: (address?: string) => rangeProxy(sheet, address ?? null),
      tables: { add: (address: string, hasHeaders: boolean) => tableProxy(sheet, address, hasHeaders) },
      charts: {
        add(type: string, source: { mockAddress?: string }, seriesBy: string) {
          const settings: [string, unknown][] = [];
          const address = source.mockAddress ?? '';
          queue([type, address, seriesBy], () => {
            parseAddress(address);
            sheet().charts.push({ type, source: address, seriesBy, settings });
          });
          return recorder('', (p, v) => queue([p, v], () => settings.push([p, v])));
        },
      },
      freezePanes: {
        freezeRows(n: number) {
          queue([n], () => {
            sheet().frozenRows = n;
          });
        },
      },
      pageLayout: recorder('', (p, v) => queue([p, v], () => sheet().pageLayout.push([p, v]))),
      set visibility(v: string) {
        queue([v], () => {
          sheet().visibility = v;
        });
      },
      getUsedRangeOrNullObject() {
        const used: { isNull?: boolean } = {};
        const range = {
          load() {
            queue([], () => {
              used.isNull = sheet().cells.size === 0;
            });
            return range;
          },
          get isNullObject() {
            if (used.isNull === undefined) throw notLoaded('isNullObject');
            return used.isNull;
          },
        };
        return range;
      },
    };
    return proxy;
  }

  const data: Data = {
    workbook: {
      worksheets: {
        items: state.sheets.map((s) => ({ id: s.id, name: s.name })),
        add(name: string): unknown {
          let created: FakeSheet | undefined;
          queue([name], () => {
            checkSheetName(state, name);
            created = newSheet(state, name);
            state.sheets.push(created);
          });
          return sheetProxy(() => created, name, false);
        },
        getItem(key: string): unknown {
          return sheetProxy(() => findSheet(key), key, false);
        },
        getItemOrNullObject(key: string): unknown {
          return sheetProxy(() => findSheet(key), key, true);
        },
        getFirst(): unknown {
          const first = state.sheets[0];
          return sheetProxy(() => (first && state.sheets.includes(first) ? first : undefined), first?.name ?? '(first)', false);
        },
      },
      tables: { items: state.tables.map((t) => ({ name: t.name })) },
      names: { items: state.names.map((n) => ({ name: n, type: 'Range' })) },
    },
  };
  const context = new OfficeMockObject(data as never);
  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    stats.syncs++;
    const batch = pending;
    pending = [];
    stats.requestBytes.push(batch.reduce((n, a) => n + a.bytes, 0));
    await OfficeMockObject.prototype.sync.call(context);
    // Applied in order; the first failure stops the rest of the batch, as in Excel.
    for (const a of batch) a.apply();
  };
  return { context: context as unknown as Excel.RequestContext, state, stats };
}
