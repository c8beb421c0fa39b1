/**
 * Rules: the rulebook in force (each parameter, its value and where it comes
 * from), with a way to load a region's own rulebook file (the JSON
 * `--rulebook-file` takes); how the workbook's columns were read, the ones
 * that need a decision first and those matched by name folded away, with a
 * way to say what an unrecognised header means; and the list of checks.
 */
import { useId, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  mergeClasses,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { matchHeader } from '../../core/records/read';
import { TABLE_SPECS } from '../../core/records/schema';
import type { ColumnMapping, TableLayout, TableName } from '../../core/records/types';
import { PARAMETER_NAMES, PARAMETERS, parameterText, RULEBOOKS, type Rulebook } from '../../core/rulebook';
import { rulebookOfSaved, savedRulebookFromFile } from '../../core/rulebook/resolve';
import { plural } from '../../core/words';
import type { SavedRulebook } from '../../core/rulebook/saved';
import { messageOf } from '../../adapters/host';
import { RULES } from '../../core/rules/index';
import { describeRule } from '../../core/rules/define';
import { SEVERITY_WORDS } from '../input-and-words';
import { SeverityIcon } from './severity';
import { focusRing, useViewStyles } from './styles';
import { Problem } from './Problem';

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, verticalAlign: 'top' },
  label: { display: 'block', overflowWrap: 'anywhere' },
  source: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  assumption: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1, fontStyle: 'italic' },
  value: { whiteSpace: 'nowrap' },
  select: { minWidth: '9rem' },
  rules: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  rule: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  ruleHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  changed: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'normal' },
  load: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  fileLabel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  fileInput: { maxWidth: '100%', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  focus: focusRing,
});

function RulebookTable({ rulebook, base }: { rulebook: Rulebook; base: Rulebook | null }) {
  const styles = useStyles();
  const short = base?.name.replace(/ \(.*$/, '') ?? '';
  return (
    <Table size="small" className={styles.table} aria-label={`Parameters of the ${rulebook.name}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Parameter and source</TableHeaderCell>
          <TableHeaderCell className={styles.value}>Value</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {PARAMETER_NAMES.map((name) => {
          const info = PARAMETERS[name];
          return (
            <TableRow key={name}>
              <TableCell className={styles.cell}>
                <span className={styles.label}>{info.label}</span>
                <span className={styles.source}>{info.citation}</span>
                {info.assumption && <span className={styles.assumption}>Assumption {info.assumption}</span>}
              </TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.value)}>
                {parameterText(rulebook.values[name], info)}
                {base && base.values[name] !== rulebook.values[name] && (
                  <span className={styles.changed}>
                    Regional value ({short}: {parameterText(base.values[name], info)})
                  </span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

const IGNORE = 'ignore';

function MappingTable({ layout, mapping, onMap }: { layout: TableLayout; mapping: ColumnMapping; onMap: (table: TableName, header: string, field: string | null) => void }) {
  const styles = useStyles();
  const viewStyles = useViewStyles();
  const spec = TABLE_SPECS[layout.table];
  const mine = mapping[layout.table] ?? {};
  const rows: { header: string; col: number | null; field: string }[] = [
    ...Object.entries(layout.columns).map(([field, c]) => ({ header: c.header, col: c.col, field })),
    ...layout.unmatched.map((u) => ({ header: u.header, col: u.col, field: '' })),
    // Columns the user said not to use are not in the layout at all; list them so the choice can be undone.
    ...Object.entries(mine)
      .filter(([, f]) => f === IGNORE)
      .map(([header]) => ({ header, col: null, field: IGNORE })),
  ].sort((a, b) => (a.col ?? Infinity) - (b.col ?? Infinity));
  // What needs a decision first: columns not recognised, and the user's own choices; the ones matched by name after, folded.
  const matchedByName = (r: { header: string; field: string }) => r.field !== '' && r.field !== IGNORE && mine[r.header.trim()] === undefined;
  const first = rows.filter((r) => !matchedByName(r));
  const matched = rows.filter(matchedByName);
  const missing = layout.missingFields.map((k) => spec.fields.find((f) => f.key === k)?.label ?? k);
  const headingId = useId();
  const table = (list: typeof rows, label: string) => (
    <Table size="small" className={styles.table} aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Column in the workbook</TableHeaderCell>
          <TableHeaderCell>Read as</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {list.map((r) => {
          const automatic = matchHeader(spec, r.header);
          const automaticKey = automatic === undefined ? '' : automatic === IGNORE ? IGNORE : automatic.key;
          const yours = mine[r.header.trim()] !== undefined;
          return (
            <TableRow key={`${r.header}|${r.col ?? ''}`}>
              <TableCell className={styles.cell}>
                <span className={styles.label}>{r.header}</span>
                <span className={styles.source}>{r.field === '' ? 'Not recognised' : yours ? 'Your choice' : 'Matched by name'}</span>
              </TableCell>
              <TableCell className={styles.cell}>
                <Select
                  className={styles.select}
                  size="small"
                  aria-label={`Read the column “${r.header}” as`}
                  value={r.field === '' ? IGNORE : r.field}
                  onChange={(_, d) => onMap(layout.table, r.header, d.value === automaticKey || (d.value === IGNORE && automaticKey === '') ? null : d.value)}
                >
                  <option value={IGNORE}>Not used</option>
                  {spec.fields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label}
                      {f.required ? ' (required)' : ''}
                    </option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 className={viewStyles.subheading} id={headingId}>
        {layout.table}
      </h3>
      <p className={viewStyles.small}>
        {layout.source === 'table' ? 'The Excel table' : 'The range'} on sheet {layout.sheet}, headers in row {layout.headerRow}; {layout.rowCount} rows read.
      </p>
      {missing.length > 0 && (
        <p className={viewStyles.text}>
          <strong>Required but not found:</strong> {missing.join(', ')}. Choose which column holds {missing.length === 1 ? 'it' : 'each'} below.
        </p>
      )}
      {first.length > 0 ? table(first, `Columns of ${layout.table} to look at`) : <p className={viewStyles.small}>Every column was recognised.</p>}
      {matched.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="matched">
            <AccordionHeader size="small">
              {plural(matched.length, 'column')} matched by name
            </AccordionHeader>
            <AccordionPanel>{table(matched, `How the columns of ${layout.table} are read`)}</AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}

/** Load a region's rulebook file, or go back to the default. */
function RulebookLoader({ saved, savedWhere, enabled, onRulebook }: { saved: SavedRulebook | null; savedWhere: string; enabled: boolean; onRulebook: (r: SavedRulebook | null) => Promise<void> }) {
  const styles = useStyles();
  const viewStyles = useViewStyles();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setDone(null);
    const read = savedRulebookFromFile(await file.text(), file.name);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    try {
      await onRulebook(read.saved);
      setDone(`Loaded ${file.name}: the checks and the pack now use it.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const reset = async () => {
    setError(null);
    setDone(null);
    try {
      await onRulebook(null);
      setDone('Back to the National Partnership Framework 2021.');
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className={styles.load}>
      <label htmlFor={id} className={styles.fileLabel}>
        Load a region’s rulebook (.json)
      </label>
      <input id={id} type="file" accept=".json,application/json" disabled={!enabled} className={mergeClasses(styles.fileInput, styles.focus)} onChange={(e) => void load(e.target.files?.[0])} />
      <p className={viewStyles.small}>
        The same file <code>yot validate --rulebook-file</code> takes, such as {'{ "managementFeePerPo": 5250 }'}. {!enabled ? 'Open a workbook first.' : saved ? '' : `It is ${savedWhere}.`}
      </p>
      {saved && (
        <div>
          <Button size="small" onClick={() => void reset()}>
            Go back to NPF 2021
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" className={viewStyles.small}>
        {done}
      </div>
      <Problem message={error} />
    </div>
  );
}

export interface RulesViewProps {
  /** A region's own rulebook in force (null: NPF 2021). */
  readonly savedRulebook: SavedRulebook | null;
  readonly rulebookSavedWhere: string;
  /** False until there is a workbook to keep the rulebook with. */
  readonly canLoadRulebook: boolean;
  readonly onRulebook: (rulebook: SavedRulebook | null) => Promise<void>;
  readonly layouts: readonly TableLayout[] | null;
  readonly mapping: ColumnMapping;
  readonly onMap: (table: TableName, header: string, field: string | null) => void;
  readonly onForgetMapping: () => void;
  readonly mappingSavedWhere: string;
}

export function RulesView({ savedRulebook, rulebookSavedWhere, canLoadRulebook, onRulebook, layouts, mapping, onMap, onForgetMapping, mappingSavedWhere }: RulesViewProps) {
  const styles = useStyles();
  const viewStyles = useViewStyles();
  const rulebook = rulebookOfSaved(savedRulebook);
  const base = savedRulebook ? (RULEBOOKS[savedRulebook.base] ?? null) : null;
  const hasMapping = Object.keys(mapping).length > 0;
  return (
    <div className={viewStyles.view}>
      <section className={styles.section} aria-labelledby="rules-rulebook">
        <h2 className={viewStyles.heading} id="rules-rulebook">
          The rulebook in force
        </h2>
        <p className={viewStyles.text} id="rules-in-force">
          In force: <strong>{rulebook.name}</strong>.{savedRulebook ? ` Loaded from ${savedRulebook.fileName}, ${rulebookSavedWhere}; the checks, the pack${canLoadRulebook && rulebookSavedWhere.startsWith('saved in this workbook') ? ' and the =YOT.* functions' : ''} use it.` : ''}
        </p>
        <RulebookLoader saved={savedRulebook} savedWhere={rulebookSavedWhere} enabled={canLoadRulebook} onRulebook={onRulebook} />
        <p className={viewStyles.small}>Every number the checks use, and the section it comes from:</p>
        <RulebookTable rulebook={rulebook} base={base} />
      </section>

      <section className={styles.section} aria-labelledby="rules-columns">
        <h2 className={viewStyles.heading} id="rules-columns">
          How the columns were read
        </h2>
        {layouts === null ? (
          <p className={viewStyles.text}>Check the workbook to see which of its columns were recognised, and to say what an unrecognised column holds.</p>
        ) : (
          <>
            <p className={viewStyles.small}>A change here is {mappingSavedWhere}, and the workbook is checked again.</p>
            {layouts.map((l) => (
              <MappingTable key={l.table} layout={l} mapping={mapping} onMap={onMap} />
            ))}
          </>
        )}
        {hasMapping && (
          <div>
            <Button size="small" onClick={onForgetMapping}>
              Forget my column choices
            </Button>
          </div>
        )}
      </section>

      <section className={styles.section} aria-labelledby="rules-checks">
        <h2 className={viewStyles.heading} id="rules-checks">
          The checks
        </h2>
        <Accordion collapsible>
          <AccordionItem value="checks">
            <AccordionHeader size="small">All {RULES.length} checks, with their sources</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.rules}>
                {RULES.map((r) => (
                  <li key={r.id} className={styles.rule}>
                    <span className={styles.ruleHead}>
                      <SeverityIcon severity={r.severity} />
                      {SEVERITY_WORDS[r.severity].one}: <span className={styles.mono}>{r.id}</span>
                    </span>
                    <span>{describeRule(r, rulebook.values)}</span>
                    <span className={styles.source}>
                      {r.citation.doc} {r.citation.section}
                    </span>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </section>
    </div>
  );
}
