/**
 * Check: an as-of date, the button, the result summary and every finding.
 * After a check, focus moves to the summary and a live region says what was
 * found, so a screen reader user hears the result without hunting for it. The
 * summary's counts are buttons that show one severity at a time.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/rules/define';
import { SEVERITIES } from '../../core/rules/define';
import { formatUk } from '../../core/dates';
import { plural } from '../../core/words';
import { messageOf } from '../../adapters/host';
import type { CheckOutcome } from '../check';
import { summaryText } from '../input-and-words';
import { SeverityIcon } from './severity';
import { focusRing, useViewStyles, VISUALLY_HIDDEN } from './styles';
import { Problem } from './Problem';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, ToggleButton } from './on-demand';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, outlineStyle: 'none' },
  summaryFocus: focusRing,
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  /** Narrow enough that the three counts fit one line at 350 px. */
  count: { minWidth: 'auto', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, columnGap: tokens.spacingHorizontalXXS },
  /** After a check: the date and the button on one line, so the results start higher. */
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, '& > :first-child': { flexGrow: 1, minWidth: 0 }, '& button': { whiteSpace: 'nowrap' } },
  dateInput: { minWidth: 0, width: '100%' },
  dateInputInner: { minWidth: 0, width: '100%' },
  detail: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  /** With results on screen the view packs tighter, so the first finding is above the fold at 350×700. */
  tight: { rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  /** Read by screen readers, not shown (the summary shows the same). */
  visuallyHidden: VISUALLY_HIDDEN,
});

/**
 * The findings list (its filters, grouping and Fluent's Select) is drawn only once a
 * check has found something, so the first script does not carry it: it is fetched
 * when the Check button is pressed, alongside the check itself.
 */
const loadFindingsList = () => import(/* webpackChunkName: "findings-list" */ './FindingsList');
const FindingsList = lazy(() => loadFindingsList().then((m) => ({ default: m.FindingsList })));

const COUNT_WORDS: Record<Severity, (n: number) => string> = {
  error: (n) => plural(n, 'error'),
  warning: (n) => plural(n, 'warning'),
  info: (n) => `${n} for information`,
};

export interface CheckViewProps {
  /** False until there is a workbook to check (standalone: until a file is opened). */
  readonly ready: boolean;
  readonly notReadyText: string;
  readonly outcome: CheckOutcome | null;
  /** Read the workbook and check it as on the date typed ('' for the default). */
  readonly onCheck: (asOfText: string) => Promise<void>;
  /** Inside Excel: go to the finding's cell. */
  readonly onSelect?: (f: Finding) => Promise<void>;
  readonly inExcel: boolean;
}

export function CheckView({ ready, notReadyText, outcome, onCheck, onSelect, inExcel }: CheckViewProps) {
  const styles = useViewStyles();
  const own = useStyles();
  const [asOf, setAsOf] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set());
  /** What the live region says: set after each check (and cleared first, so the same words are said again). */
  const [announcement, setAnnouncement] = useState('');
  /** Bumped by each finished check: focus goes to the summary once it is drawn. */
  const [checks, setChecks] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const summaryId = useId();

  const run = async () => {
    void loadFindingsList().catch(() => undefined);
    setBusy(true);
    setError(null);
    setSelectError(null);
    setAnnouncement('');
    try {
      await onCheck(asOf);
      setSeverities(new Set());
      setChecks((n) => n + 1);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const summary = outcome?.result.summary;
  const total = summary ? summary.error + summary.warning + summary.info : 0;
  useEffect(() => {
    if (checks === 0 || !summary) return;
    summaryRef.current?.focus();
    setAnnouncement(`Check finished: ${total === 0 ? 'no problems found' : summaryText(summary)}.`);
    // Only when a check finishes (`checks` changes), not on every new outcome: a column mapped in Rules re-checks quietly.
  }, [checks]);
  const select = onSelect
    ? async (f: Finding) => {
        setSelectError(null);
        try {
          await onSelect(f);
        } catch (e) {
          setSelectError(messageOf(e));
        }
      }
    : undefined;

  const toggleSeverity = (s: Severity) => setSeverities((cur) => (cur.size === 1 && cur.has(s) ? new Set() : new Set([s])));
  return (
    <div className={mergeClasses(styles.view, outcome !== null && own.tight)}>
      {/* Once there are results the heading is for screen readers only (the tab already says Check). */}
      <h2 className={mergeClasses(styles.heading, outcome !== null && own.visuallyHidden)} id={headingId}>
        Check the workbook
      </h2>
      <form
        className={styles.form}
        aria-labelledby={headingId}
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className={outcome ? own.row : styles.form}>
          <Field label="Check as on" hint={outcome ? undefined : 'dd/mm/yyyy; leave blank to use the As-of date on the Board sheet, or today if there is none.'}>
            <Input className={own.dateInput} input={{ className: own.dateInputInner, size: 10 }} value={asOf} placeholder="dd/mm/yyyy" inputMode="numeric" onChange={(_, d) => setAsOf(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={busy || !ready}>
              Check workbook
            </Button>
            {busy && <Spinner size="tiny" label="Checking…" />}
          </div>
        </div>
        {!ready && <p className={styles.small}>{notReadyText}</p>}
      </form>

      {error && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Could not check</MessageBarTitle>
            <span className={styles.block}>{error}</span>
          </MessageBarBody>
        </MessageBar>
      )}

      <div role="status" aria-live="polite" aria-atomic="true" className={own.visuallyHidden}>
        {announcement}
      </div>

      {outcome && summary && (
        <>
          <div ref={summaryRef} tabIndex={-1} id={summaryId} className={mergeClasses(own.summary, own.summaryFocus)} aria-label="Result of the check">
            <MessageBar intent={summary.error > 0 ? 'error' : summary.warning > 0 ? 'warning' : 'success'} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{total === 0 ? 'No problems found' : summaryText(summary)}</MessageBarTitle>
                <span className={own.detail}>
                  {outcome.source}, as on {formatUk(outcome.result.asOf)} ({outcome.asOfHow}), against the {outcome.result.rulebook.name}.
                  {inExcel && total > 0 ? ' Choose a finding to go to its cell.' : ''}
                </span>
              </MessageBarBody>
            </MessageBar>
            {total > 0 && (
              <div className={own.counts} role="group" aria-label="Show only">
                {SEVERITIES.filter((s) => summary[s] > 0).map((s) => (
                  <ToggleButton key={s} size="small" className={own.count} icon={<SeverityIcon severity={s} small />} checked={severities.has(s)} onClick={() => toggleSeverity(s)}>
                    {COUNT_WORDS[s](summary[s])}
                  </ToggleButton>
                ))}
              </div>
            )}
          </div>
          <Problem message={selectError} intent="warning" />
          {total > 0 && (
            <Suspense fallback={<Spinner size="small" label="Loading the findings…" />}>
              <FindingsList findings={outcome.result.findings} records={outcome.result.records} severities={severities} {...(select ? { onSelect: (f: Finding) => void select(f) } : {})} />
            </Suspense>
          )}
          {!inExcel && total > 0 && <p className={styles.small}>Each finding gives the sheet and cell to look at. Inside Excel, with the add-in, choosing a finding selects its cell.</p>}
        </>
      )}
    </div>
  );
}
