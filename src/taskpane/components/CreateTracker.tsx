/** Create a tracker: the region, one button, and what was done (issue #13). Loaded only when opened. */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { messageOf } from '../../adapters/host';
import { useViewStyles } from './styles';

export interface CreateTrackerProps {
  /** Inside Excel (the open workbook, or a new one) or the browser's file mode (a download). */
  readonly where: 'excel' | 'file';
}

export function CreateTracker({ where }: CreateTrackerProps) {
  const styles = useViewStyles();
  const [region, setRegion] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const create = async () => {
    setBusy(true);
    setResult(null);
    try {
      const { createTracker } = await import(/* webpackChunkName: "create-tracker" */ '../create-tracker');
      setResult({ ok: true, text: await createTracker(where, region) });
    } catch (e) {
      setResult({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.view} aria-label="Create a tracker">
      <p>
        A new regional tracker with the headers the add-in reads, drop-down lists, date checks and calculated dates that work without the add-in.
        {where === 'excel' ? ' It goes into this workbook if it is empty, else into a new workbook.' : ' It is downloaded as an .xlsx file.'}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label="Region" hint="e.g. North West">
          <Input value={region} onChange={(_, d) => setRegion(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the tracker'}
        </Button>
      </form>
      {result && (
        <MessageBar intent={result.ok ? 'success' : 'error'}>
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
