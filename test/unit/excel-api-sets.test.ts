/**
 * Requirement sets: every Excel API member the add-in's code uses, with the
 * ExcelApi set that Office.js's own type definitions (@types/office-js, the
 * "[Api set: ExcelApi 1.x]" line of each member's documentation) give for it.
 * A member above the minimum the manifest declares must be guarded: used only
 * where a condition has asked Excel first, either
 *   - a call of Office.context.requirements.isSetSupported('ExcelApi', 'x.y') or
 *     of supportsExcelApi('x.y') (src/adapters/excel/api.ts), or
 *   - an option flag or constant whose declaration is tagged `@excelApi x.y`, set
 *     only from supportsExcelApi('x.y') (checked below too),
 * with x.y at least the member's set; or it is inside a function tagged
 * `@excelApi x.y`, whose every call is then checked the same way. Otherwise Excel 2016-era hosts that load
 * the add-in (the manifest lets them) would fail with "API not supported".
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const OFFICE_TYPES = path.join(ROOT, 'node_modules/@types/office-js/index.d.ts');

type Version = [number, number];
const parseVersion = (v: string): Version => {
  const [a, b] = v.split('.').map(Number);
  return [a ?? 0, b ?? 0];
};
const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1];
const show = (v: Version) => `${v[0]}.${v[1]}`;

/** The manifest's <Set Name="ExcelApi" MinVersion="…">. */
function declaredMinimum(): Version {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"\s*\/>/.exec(xml);
  if (!m) throw new Error('manifest.xml declares no <Set Name="ExcelApi" MinVersion="…" />');
  return parseVersion(m[1]!);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Source files that touch the Excel namespace (the Office.js Excel API). */
const excelFiles = sourceFiles(SRC).filter((f) => /\bExcel\.|RequestContext/.test(fs.readFileSync(f, 'utf8')));

interface Use {
  readonly where: string;
  readonly member: string;
  readonly set: string;
  readonly version: Version;
  readonly guard: Version | null;
}

/** "[Api set: ExcelApi 1.7]" → { set: 'ExcelApi', version: 1.7 }; writes take the highest version the note names ("1.1 for get, 1.8 for set"). */
function apiSetOf(declaration: ts.Declaration, write: boolean): { set: string; version: Version } | null {
  if (path.resolve(declaration.getSourceFile().fileName) !== OFFICE_TYPES) return null;
  const text = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
  const note = /\[Api set: (Excel\w*) ([^\]]*)\]/.exec(text);
  if (!note) return null;
  const versions = [...note[2]!.matchAll(/(\d+\.\d+)/g)].map((m) => parseVersion(m[1]!));
  if (versions.length === 0) return null;
  const version = write ? versions.reduce((a, b) => (cmp(a, b) >= 0 ? a : b)) : versions[0]!;
  return { set: note[1]!, version };
}

function collectUses(): { uses: Use[]; flags: Map<string, Version> } {
  const program = ts.createProgram(excelFiles, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    noEmit: true,
    types: ['office-js', 'custom-functions-runtime'],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const checker = program.getTypeChecker();
  const flags = new Map<string, Version>();

  /** The ExcelApi version a condition asks for, if it does. */
  function conditionVersion(expr: ts.Node): Version | null {
    let best: Version | null = null;
    const take = (v: Version) => {
      if (best === null || cmp(v, best) > 0) best = v;
    };
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const args = n.arguments.filter(ts.isStringLiteralLike).map((a) => a.text);
        if (name === 'isSetSupported' && args[0] === 'ExcelApi' && args[1]) take(parseVersion(args[1]));
        if (name === 'supportsExcelApi' && args[0]) take(parseVersion(args[0]));
      }
      if (ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) {
        const target = ts.isPropertyAccessExpression(n) ? n.name : n;
        const symbol = checker.getSymbolAtLocation(target);
        for (const d of symbol?.declarations ?? []) {
          // A constant's JSDoc sits on its statement: const x = …, tagged above the `const`.
          const v = taggedVersion(d) ?? (ts.isVariableDeclaration(d) ? taggedVersion(d.parent.parent) : null);
          if (v) {
            flags.set((symbol as ts.Symbol).name, v);
            take(v);
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(expr);
    return best;
  }

  /** The version a declaration's `@excelApi x.y` tag names, if it has one. */
  function taggedVersion(d: ts.Node): Version | null {
    for (const tag of ts.getJSDocTags(d)) {
      if (tag.tagName.text === 'excelApi' && typeof tag.comment === 'string') return parseVersion(tag.comment.trim());
    }
    return null;
  }

  /** The strongest guard around a node: it sits in the true branch of a condition that asks for a set, or in a tagged function. */
  function guardOf(node: ts.Node): Version | null {
    let best: Version | null = null;
    for (let n: ts.Node = node; n.parent; n = n.parent) {
      const p = n.parent;
      if (ts.isFunctionDeclaration(p)) {
        const v = taggedVersion(p);
        if (v && (best === null || cmp(v, best) > 0)) best = v;
      }
      let condition: ts.Node | null = null;
      if (ts.isIfStatement(p) && p.thenStatement === n) condition = p.expression;
      else if (ts.isConditionalExpression(p) && p.whenTrue === n) condition = p.condition;
      else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && p.right === n) condition = p.left;
      if (condition) {
        const v = conditionVersion(condition);
        if (v && (best === null || cmp(v, best) > 0)) best = v;
      }
    }
    return best;
  }

  const uses: Use[] = [];
  for (const file of excelFiles) {
    const sf = program.getSourceFile(file)!;
    const visit = (n: ts.Node): void => {
      // A call of one of our functions tagged @excelApi: a use of that set.
      if (ts.isCallExpression(n)) {
        const d = checker.getResolvedSignature(n)?.declaration;
        const v = d && !ts.isJSDocSignature(d) && ts.isFunctionDeclaration(d) ? taggedVersion(d) : null;
        if (v) {
          const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
          uses.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, member: `${n.expression.getText(sf)}()`, set: 'ExcelApi', version: v, guard: guardOf(n) });
        }
      }
      if (ts.isPropertyAccessExpression(n)) {
        const symbol = checker.getSymbolAtLocation(n.name);
        let declarations: readonly ts.Declaration[] = symbol?.declarations ?? [];
        if (ts.isCallExpression(n.parent) && n.parent.expression === n) {
          const sig = checker.getResolvedSignature(n.parent)?.declaration;
          if (sig && !ts.isJSDocSignature(sig)) declarations = [sig];
        }
        const write = ts.isBinaryExpression(n.parent) && n.parent.left === n && n.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
        const sets = declarations.map((d) => apiSetOf(d, write)).filter((s): s is NonNullable<typeof s> => s !== null);
        if (sets.length > 0) {
          // Overloads: the lowest set any of them needs.
          const set = sets.reduce((a, b) => (cmp(a.version, b.version) <= 0 ? a : b));
          const { line } = sf.getLineAndCharacterOfPosition(n.name.getStart(sf));
          uses.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, member: n.getText(sf).replace(/\s+/g, ''), set: set.set, version: set.version, guard: guardOf(n) });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { uses, flags };
}

describe('Excel API requirement sets', () => {
  const minimum = declaredMinimum();
  const { uses, flags } = collectUses();

  it('finds the Excel API calls to check (the scan itself works)', () => {
    expect(excelFiles.map((f) => path.relative(ROOT, f))).toEqual(expect.arrayContaining(['src/adapters/excel/read.ts', 'src/adapters/excel/write-pack.ts']));
    // *OrNullObject is ExcelApi 1.4 and conditional formats 1.6: both must be seen.
    expect(uses.some((u) => /getItemOrNullObject$/.test(u.member) && show(u.version) === '1.4')).toBe(true);
    expect(uses.some((u) => /conditionalFormats\.add$/.test(u.member) && show(u.version) === '1.6')).toBe(true);
  });

  it('guards every member above the manifest’s minimum ExcelApi set', () => {
    const unguarded = uses
      .filter((u) => u.set !== 'ExcelApi' || cmp(u.version, minimum) > 0)
      .filter((u) => u.set !== 'ExcelApi' || u.guard === null || cmp(u.guard, u.version) < 0)
      .map((u) => `${u.where} ${u.member} needs ${u.set} ${show(u.version)} (manifest minimum ExcelApi ${show(minimum)}; guard ${u.guard ? show(u.guard) : 'none'})`);
    expect(unguarded).toEqual([]);
  });

  it('does not declare a minimum higher than the code needs unguarded', () => {
    const needed = uses.filter((u) => u.set === 'ExcelApi' && u.guard === null).reduce<Version>((a, u) => (cmp(u.version, a) > 0 ? u.version : a), [1, 1]);
    expect(show(minimum)).toBe(show(needed));
  });

  it('sets each @excelApi option flag only from supportsExcelApi of its own version', () => {
    const src = excelFiles.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(flags.size).toBeGreaterThan(0);
    for (const [name, v] of flags) {
      // `name: value` in an object, or `const name = value`; type annotations (`name: boolean`) are not values.
      const assignments = [...src.matchAll(new RegExp(`\\b${name}\\s*(?::|=(?!=))\\s*([^,;}\\n]+)`, 'g'))].map((m) => m[1]!.trim()).filter((a) => !a.startsWith('boolean'));
      expect(assignments.length).toBeGreaterThan(0);
      expect({ name, assignments }).toEqual({ name, assignments: assignments.map(() => `supportsExcelApi('${show(v)}')`) });
    }
  });
});
