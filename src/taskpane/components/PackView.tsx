/**
 * Pack: the meeting and as-of dates (filled in from the Board sheet, as UK
 * dates), names or not, last quarter's tracker to compare with (optional),
 * where it goes, and the buttons (the pack, or the pack as a PDF), with progress.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Switch, tokens } from '@fluentui/react-components';
import { formatUk } from '../../core/dates';
import type { PackDestination, PackOutcome, PackProgress, PreviousTracker } from '../../adapters/host';
import { messageOf } from '../../adapters/host';
import type { PackDefaults, PackPlan } from '../pack-plan';
import { fileInputStyle, focusRing, useViewStyles } from './styles';
import { Problem } from './Problem';

export interface PackRequest {
  readonly meetingText: string;
  readonly asOfText: string;
  readonly includeNames: boolean;
  readonly destination: PackDestination;
  /** Last quarter's tracker, chosen from disk; null, no comparison. */
  readonly previous: PreviousTracker | null;
  /** The pack (to its destination), or the pack as a PDF (downloaded). */
  readonly format: 'pack' | 'pdf';
}

const usePreviousStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  label: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  input: fileInputStyle('secondary'),
  focus: focusRing,
  chosen: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
});

export interface PackViewProps {
  readonly ready: boolean;
  readonly notReadyText: string;
  readonly destinations: readonly PackDestination[];
  /** The Board sheet's dates once the workbook has been read; null before. */
  readonly defaults: PackDefaults | null;
  /** Read the workbook, lay out the pack, and write it (or its PDF), reporting progress. */
  readonly onBuild: (request: PackRequest, onProgress: (p: PackProgress) => void) => Promise<{ plan: PackPlan; outcome: PackOutcome }>;
  /** Read last quarter's tracker from the file chosen (in the page; never uploaded or changed). */
  readonly onPrevious: (file: File) => Promise<PreviousTracker>;
}

const DESTINATION_LABELS: Record<PackDestination, string> = {
  sheets: 'New sheets in this workbook',
  'new-workbook': 'A new workbook',
  download: 'A downloaded .xlsx file',
};

export function PackView({ ready, notReadyText, destinations, defaults, onBuild, onPrevious }: PackViewProps) {
  const styles = useViewStyles();
  const previousStyles = usePreviousStyles();
  const previousId = useId();
  const previousNoteId = useId();
  const previousInput = useRef<HTMLInputElement>(null);
  const [previous, setPrevious] = useState<PreviousTracker | null>(null);
  const [previousBusy, setPreviousBusy] = useState(false);
  const [previousError, setPreviousError] = useState<string | null>(null);
  const [meeting, setMeeting] = useState('');
  const [asOf, setAsOf] = useState('');
  // The Board sheet's dates fill the boxes until the user types in one.
  const [typed, setTyped] = useState({ meeting: false, asOf: false });
  const defaultMeeting = defaults?.meetingDate != null ? formatUk(defaults.meetingDate) : '';
  const defaultAsOf = defaults ? formatUk(defaults.asOf) : '';
  useEffect(() => {
    if (!typed.meeting) setMeeting(defaultMeeting);
    if (!typed.asOf) setAsOf(defaultAsOf);
    // Only when the workbook's dates change; the user's own typing is kept.
  }, [defaultMeeting, defaultAsOf]);
  const [names, setNames] = useState(false);
  const [destination, setDestination] = useState<PackDestination>(destinations[0] ?? 'sheets');
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ plan: PackPlan; outcome: PackOutcome; format: PackRequest['format'] } | null>(null);
  const headingId = useId();

  const choosePrevious = async (file: File | undefined) => {
    setPrevious(null);
    setPreviousError(null);
    if (!file) return;
    setPreviousBusy(true);
    try {
      setPrevious(await onPrevious(file));
    } catch (e) {
      setPreviousError(messageOf(e));
      if (previousInput.current) previousInput.current.value = '';
    } finally {
      setPreviousBusy(false);
    }
  };

  const forgetPrevious = () => {
    setPrevious(null);
    setPreviousError(null);
    if (previousInput.current) {
      previousInput.current.value = '';
      previousInput.current.focus();
    }
  };

  const build = async (format: PackRequest['format']) => {
    setBusy(true);
    setError(null);
    setDone(null);
    setProgress({ step: 0, steps: 1, label: 'Reading the workbook' });
    try {
      // A date left as filled in is sent as "not given", so the pack says where it came from (the Board sheet).
      const request: PackRequest = { meetingText: meeting === defaultMeeting ? '' : meeting, asOfText: asOf === defaultAsOf ? '' : asOf, includeNames: names, destination, previous, format };
      setDone({ ...(await onBuild(request, setProgress)), format });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const model = done?.plan.model;
  return (
    <div className={styles.view}>
      <h2 className={styles.heading} id={headingId}>
        Build the YOGB pack
      </h2>
      <form
        className={styles.form}
        aria-labelledby={headingId}
        onSubmit={(e) => {
          e.preventDefault();
          void build('pack');
        }}
      >
        <Field label="YOGB meeting date" hint={defaultMeeting !== '' && meeting === defaultMeeting ? 'From the Board sheet (dd/mm/yyyy).' : 'dd/mm/yyyy; leave blank to use the meeting date on the Board sheet.'}>
          <Input
            value={meeting}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            onChange={(_, d) => {
              setTyped((t) => ({ ...t, meeting: true }));
              setMeeting(d.value);
            }}
          />
        </Field>
        <Field
          label="Figures as on"
          hint={defaults && asOf === defaultAsOf ? `Filled in: ${defaults.asOfHow} (dd/mm/yyyy).` : 'dd/mm/yyyy; leave blank for the end of the last complete quarter on or before the Board sheet’s As-of date.'}
        >
          <Input
            value={asOf}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            onChange={(_, d) => {
              setTyped((t) => ({ ...t, asOf: true }));
              setAsOf(d.value);
            }}
          />
        </Field>
        <Field hint="Names are personal data: leave them out unless the board needs them.">
          <Switch label="Include secondee names" checked={names} onChange={(_, d) => setNames(d.checked)} />
        </Field>
        <div className={previousStyles.box}>
          <label htmlFor={previousId} className={previousStyles.label}>
            Compare with last quarter’s tracker…
          </label>
          <input
            id={previousId}
            ref={previousInput}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={`${previousStyles.input} ${previousStyles.focus}`}
            aria-describedby={previousNoteId}
            disabled={busy || previousBusy}
            onChange={(e) => void choosePrevious(e.target.files?.[0])}
          />
          <p className={styles.small} id={previousNoteId}>
            Optional. The .xlsx you sent last quarter: the pack then shows what moved since, with last quarter’s figures beside this quarter’s. It is read here, never uploaded or changed, and not kept.
          </p>
          <div role="status" aria-live="polite">
            {previousBusy && <p className={styles.small}>Reading last quarter’s tracker…</p>}
            {previous && !previousBusy && (
              <p className={previousStyles.chosen}>
                <span>
                  Comparing with <strong>{previous.raw.source}</strong>.
                </span>
                <Button size="small" appearance="subtle" onClick={forgetPrevious}>
                  Don’t compare
                </Button>
              </p>
            )}
          </div>
          <Problem message={previousError} />
        </div>
        {destinations.length > 1 && (
          <Field label="Put the pack in">
            <RadioGroup value={destination} onChange={(_, d) => setDestination(d.value as PackDestination)}>
              {destinations.map((d) => (
                <Radio key={d} value={d} label={DESTINATION_LABELS[d]} />
              ))}
            </RadioGroup>
          </Field>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy || previousBusy || !ready}>
            {destinations[0] === 'download' ? 'Build and download pack' : 'Build pack'}
          </Button>
          <Button appearance="secondary" disabled={busy || previousBusy || !ready} onClick={() => void build('pdf')}>
            Download PDF
          </Button>
        </div>
        {!ready && <p className={styles.small}>{notReadyText}</p>}
        {destinations.includes('sheets') && <p className={styles.small}>The pack goes into new sheets whose names start “YOGB”. Building again replaces only those; your own sheets are never changed.</p>}
      </form>

      {progress && (
        <Field label="Building the pack" hint={progress.label}>
          <ProgressBar value={progress.steps > 0 ? progress.step / progress.steps : undefined} max={1} thickness="large" aria-valuetext={`${progress.label} (step ${progress.step} of ${progress.steps})`} />
        </Field>
      )}
      <div aria-live="polite" className={styles.small}>
        {progress ? `${progress.label}…` : ''}
      </div>

      {error && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Could not build the pack</MessageBarTitle>
            <span className={styles.block}>{error}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {done && model && (
        <>
          <MessageBar intent="success" politeness="polite" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{done.format === 'pdf' ? 'PDF ready' : 'Pack built'}</MessageBarTitle>
              <span className={styles.block}>{done.outcome.message}</span>
              {done.outcome.link && (
                <span className={styles.block}>
                  If it did not download,{' '}
                  <Link href={done.outcome.link.href} download={done.outcome.link.fileName}>
                    save {done.outcome.link.fileName}
                  </Link>
                  .
                </span>
              )}
            </MessageBarBody>
          </MessageBar>
          <dl className={styles.facts}>
            <dt>Pack</dt>
            <dd>{done.plan.doc.title}</dd>
            <dt>As on</dt>
            <dd>
              {formatUk(model.asOf)} ({done.plan.asOfHow})
            </dd>
            <dt>Meeting</dt>
            <dd>{model.meetingDate !== null ? formatUk(model.meetingDate) : 'not given'}</dd>
            <dt>Compared with</dt>
            <dd>{done.plan.previous ? `${done.plan.previous.model.quarter} (as of ${formatUk(done.plan.previous.model.asOf)})` : 'no earlier quarter'}</dd>
            <dt>Names</dt>
            <dd>{model.includeNames ? 'included: handle as personal data' : 'left out'}</dd>
            <dt>Sheets</dt>
            <dd>{done.outcome.sheets.join(', ')}</dd>
          </dl>
        </>
      )}
    </div>
  );
}
