/**
 * Findings, grouped by severity or by YOT, with counts; narrowed by YOT or PDU
 * and by words searched for (the severities shown come from the summary's
 * count buttons, in CheckView). Each group can be collapsed. Inside Excel each
 * finding is a button that selects its cell; in a plain browser it is text that
 * says where to look. Arrow keys move through a group's findings (Tab moves
 * between groups).
 */
import { useId, useMemo, useState } from 'react';
import { Button, Field, Input, makeStyles, mergeClasses, Select, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import type { Records } from '../../core/records/types';
import type { Finding, Severity } from '../../core/rules/define';
import { filterFindings, groupFindings, placeChoices, placesOf, type FindingGroup, type GroupBy } from '../findings-view';
import { locationOf, SEVERITY_WORDS } from '../input-and-words';
import { SeverityIcon } from './severity';
import { focusRing } from './styles';

/** Findings shown at first in each group; the rest a click away (a 10,000-row register can have thousands). */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  groupHeading: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  focus: focusRing,
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  where: { fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
  message: { overflowWrap: 'anywhere' },
  cite: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  ruleId: { fontFamily: tokens.fontFamilyMonospace },
  toolbar: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  wide: { gridColumn: '1 / -1' },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
  },
  count: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

function FindingContent({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const words = SEVERITY_WORDS[finding.severity];
  const where = [locationOf(finding), finding.key].filter((x): x is string => x !== null && x !== '').join(' · ');
  return (
    <>
      <span className={styles.head}>
        <SeverityIcon severity={finding.severity} />
        <span>{words.one}</span>
        <span className={styles.where}>· {where}</span>
      </span>
      <span className={styles.message}>{finding.message}</span>
      <span className={styles.cite}>
        {finding.citation} · <span className={styles.ruleId}>{finding.rule}</span>
      </span>
    </>
  );
}

function Group({ group, onSelect }: { group: FindingGroup; onSelect?: (f: Finding) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  const [open, setOpen] = useState(true);
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const id = useId();
  const headingId = `${id}-heading`;
  const listId = `${id}-list`;
  const findings = group.findings;
  const more = findings.length - shown;
  const what = group.severity ? SEVERITY_WORDS[group.severity].many.toLowerCase() : 'findings';
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 className={styles.groupHeading} id={headingId}>
        <button type="button" className={mergeClasses(styles.toggle, styles.focus)} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? <ChevronDown16Regular aria-hidden="true" /> : <ChevronRight16Regular aria-hidden="true" />}
          {group.severity && <SeverityIcon severity={group.severity} />}
          {group.label} ({findings.length})
        </button>
      </h3>
      <div id={listId} hidden={!open}>
        {open && (
          <ul className={styles.list} {...(onSelect ? arrows : {})}>
            {findings.slice(0, shown).map((f, i) => (
              <li key={`${f.rule}|${f.sheet}|${f.cell}|${i}`}>
                {onSelect ? (
                  <button type="button" className={mergeClasses(styles.item, styles[f.severity], styles.button, styles.focus)} onClick={() => onSelect(f)}>
                    <FindingContent finding={f} />
                  </button>
                ) : (
                  <div className={mergeClasses(styles.item, styles[f.severity])}>
                    <FindingContent finding={f} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {open && more > 0 && (
          <div>
            <Button size="small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
              Show {Math.min(more, PAGE_SIZE)} more {what} ({more} not shown)
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** The records checked: each finding's YOT and PDU come from its row. */
  readonly records: Records;
  /** Severities shown (the summary's count buttons); empty shows all. */
  readonly severities: ReadonlySet<Severity>;
  /** Given inside Excel: select the finding's cell. */
  readonly onSelect?: (f: Finding) => void;
}

export function FindingsList({ findings, records, severities, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const [place, setPlace] = useState('');
  const [search, setSearch] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('severity');
  const places = useMemo(() => placesOf(findings, records), [findings, records]);
  const choices = useMemo(() => placeChoices(places), [places]);
  const shown = useMemo(() => filterFindings(findings, places, { severities, place, search }), [findings, places, severities, place, search]);
  const groups = groupFindings(shown, places, groupBy, (s) => SEVERITY_WORDS[s].many);
  const narrowed = shown.length !== findings.length;
  return (
    <>
      <div className={styles.toolbar} role="group" aria-label="Narrow the findings">
        <Field label="Search" size="small" orientation="horizontal" className={styles.wide}>
          <Input type="search" size="small" value={search} placeholder="Words, a cell or an ID" onChange={(_, d) => setSearch(d.value)} />
        </Field>
        <Field label="YOT or PDU" size="small">
          <Select size="small" value={place} onChange={(_, d) => setPlace(d.value)}>
            <option value="">All</option>
            {choices.pdus.length > 0 && (
              <optgroup label="PDU">
                {choices.pdus.map((p) => (
                  <option key={`pdu:${p}`} value={`pdu:${p}`}>
                    {p}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="YOT">
              {choices.yots.map((y) => (
                <option key={`yot:${y}`} value={`yot:${y}`}>
                  {y}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Field label="Group by" size="small">
          <Select size="small" value={groupBy} onChange={(_, d) => setGroupBy(d.value as GroupBy)}>
            <option value="severity">Severity</option>
            <option value="yot">YOT</option>
          </Select>
        </Field>
      </div>
      <p className={styles.count} role="status" aria-live="polite">
        {narrowed ? `Showing ${shown.length} of ${findings.length} findings.` : `Showing all ${findings.length} findings.`}
      </p>
      {groups.map((g) => (
        <Group key={`${groupBy}|${g.key}`} group={g} {...(onSelect ? { onSelect } : {})} />
      ))}
    </>
  );
}
