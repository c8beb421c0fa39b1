/**
 * Findings grouped by severity, with counts. Inside Excel each finding is a
 * button that selects its cell; in a plain browser it is text that says where
 * to look. Arrow keys move through a group's findings (Tab moves between groups).
 */
import { useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/rules/define';
import { SEVERITIES } from '../../core/rules/define';
import { locationOf, SEVERITY_WORDS } from '../workflow';
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

function Group({ severity, findings, onSelect }: { severity: Severity; findings: readonly Finding[]; onSelect?: (f: Finding) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const words = SEVERITY_WORDS[severity];
  const headingId = `findings-${severity}`;
  const more = findings.length - shown;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 className={styles.groupHeading} id={headingId}>
        <SeverityIcon severity={severity} />
        {words.many} ({findings.length})
      </h3>
      <ul className={styles.list} {...(onSelect ? arrows : {})}>
        {findings.slice(0, shown).map((f, i) => (
          <li key={`${f.rule}|${f.sheet}|${f.cell}|${i}`}>
            {onSelect ? (
              <button type="button" className={mergeClasses(styles.item, styles[severity], styles.button, styles.focus)} onClick={() => onSelect(f)}>
                <FindingContent finding={f} />
              </button>
            ) : (
              <div className={mergeClasses(styles.item, styles[severity])}>
                <FindingContent finding={f} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <div>
          <Button size="small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Show {Math.min(more, PAGE_SIZE)} more {words.many.toLowerCase()} ({more} not shown)
          </Button>
        </div>
      )}
    </section>
  );
}

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** Given inside Excel: select the finding's cell. */
  readonly onSelect?: (f: Finding) => void;
}

export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const bySeverity = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]));
  for (const f of findings) bySeverity.get(f.severity)!.push(f);
  return (
    <>
      {SEVERITIES.filter((s) => bySeverity.get(s)!.length > 0).map((s) => (
        <Group key={s} severity={s} findings={bySeverity.get(s)!} {...(onSelect ? { onSelect } : {})} />
      ))}
    </>
  );
}
