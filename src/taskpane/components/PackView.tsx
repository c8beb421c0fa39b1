/**
 * Pack: the meeting and as-of dates (filled in from the Board sheet, as UK
 * dates), names or not, where it goes, and the button, with progress.
 */
import { useEffect, useId, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import { formatUk } from '../../core/dates';
import type { PackDestination, PackOutcome, PackProgress } from '../../adapters/host';
import { messageOf } from '../../adapters/host';
import type { PackDefaults, PackPlan } from '../pack-plan';
import { useViewStyles } from './styles';

export interface PackRequest {
  readonly meetingText: string;
  readonly asOfText: string;
  readonly includeNames: boolean;
  readonly destination: PackDestination;
}

export interface PackViewProps {
  readonly ready: boolean;
  readonly notReadyText: string;
  readonly destinations: readonly PackDestination[];
  /** The Board sheet's dates once the workbook has been read; null before. */
  readonly defaults: PackDefaults | null;
  /** Read the workbook, lay out the pack, and write it, reporting progress. */
  readonly onBuild: (request: PackRequest, onProgress: (p: PackProgress) => void) => Promise<{ plan: PackPlan; outcome: PackOutcome }>;
}

const DESTINATION_LABELS: Record<PackDestination, string> = {
  sheets: 'New sheets in this workbook',
  'new-workbook': 'A new workbook',
  download: 'A downloaded .xlsx file',
};

export function PackView({ ready, notReadyText, destinations, defaults, onBuild }: PackViewProps) {
  const styles = useViewStyles();
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
  const [done, setDone] = useState<{ plan: PackPlan; outcome: PackOutcome } | null>(null);
  const headingId = useId();

  const build = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    setProgress({ step: 0, steps: 1, label: 'Reading the workbook' });
    try {
      // A date left as filled in is sent as "not given", so the pack says where it came from (the Board sheet).
      const request = { meetingText: meeting === defaultMeeting ? '' : meeting, asOfText: asOf === defaultAsOf ? '' : asOf, includeNames: names, destination };
      setDone(await onBuild(request, setProgress));
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
          void build();
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
          <Button appearance="primary" type="submit" disabled={busy || !ready}>
            {destinations[0] === 'download' ? 'Build and download pack' : 'Build pack'}
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
              <MessageBarTitle>Pack built</MessageBarTitle>
              <span className={styles.block}>{done.outcome.message}</span>
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
