/** Check: an as-of date, the button, and every finding grouped by severity. */
import { useId, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { Finding } from '../../core/rules/define';
import { formatUk } from '../../core/dates';
import { messageOf } from '../host';
import type { CheckOutcome } from '../check';
import { summaryText } from '../workflow';
import { FindingsList } from './FindingsList';
import { useViewStyles } from './styles';

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
  const [asOf, setAsOf] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const headingId = useId();

  const run = async () => {
    setBusy(true);
    setError(null);
    setSelectError(null);
    try {
      await onCheck(asOf);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
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

  const summary = outcome?.result.summary;
  const total = summary ? summary.error + summary.warning + summary.info : 0;
  return (
    <div className={styles.view}>
      <h2 className={styles.heading} id={headingId}>
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
        <Field label="Check as on" hint="Leave blank to use the As-of date on the Board sheet, or today if there is none.">
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy || !ready}>
            Check workbook
          </Button>
          {busy && <Spinner size="tiny" label="Checking…" />}
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

      {outcome && summary && (
        <>
          <MessageBar intent={summary.error > 0 ? 'error' : summary.warning > 0 ? 'warning' : 'success'} politeness="polite" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{total === 0 ? 'No problems found' : summaryText(summary)}</MessageBarTitle>
              <span className={styles.block}>
                Checked {outcome.source} as on {formatUk(outcome.result.asOf)} ({outcome.asOfHow}) against the {outcome.result.rulebook.name}.
                {inExcel && total > 0 ? ' Choose a finding to go to its cell.' : ''}
              </span>
            </MessageBarBody>
          </MessageBar>
          {selectError && (
            <MessageBar intent="warning" politeness="assertive">
              <MessageBarBody>{selectError}</MessageBarBody>
            </MessageBar>
          )}
          {total > 0 && <FindingsList findings={outcome.result.findings} {...(select ? { onSelect: (f: Finding) => void select(f) } : {})} />}
          {!inExcel && total > 0 && <p className={styles.small}>Each finding gives the sheet and cell to look at. Inside Excel, with the add-in, choosing a finding selects its cell.</p>}
        </>
      )}
    </div>
  );
}
