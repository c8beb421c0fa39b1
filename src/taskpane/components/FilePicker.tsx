/**
 * Standalone mode's "Open an .xlsx": a real file input with a visible label,
 * so it works from the keyboard and with every screen reader.
 */
import { useId, useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { messageOf, type FileHost } from '../../adapters/host';
import { fileInputStyle, focusRing, VISUALLY_HIDDEN } from './styles';
import { Problem } from './Problem';
import { Spinner } from './on-demand';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  input: fileInputStyle('primary'),
  focus: focusRing,
  note: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  /** Once a file is open the card shrinks to one line and the picker, so the findings start higher. */
  compact: {
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  compactLabel: {
    fontSize: tokens.fontSizeBase200,
  },
  /** Said by screen readers, not shown: once open, the file input itself shows the name. */
  hidden: VISUALLY_HIDDEN,
  status: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
});

export interface FilePickerProps {
  readonly host: FileHost;
  readonly fileName: string | null;
  readonly onOpened: (name: string) => void;
  /** A file could not be opened: whatever was open before is gone, and so are its results. */
  readonly onFailed?: () => void;
}

export function FilePicker({ host, fileName, onOpened, onFailed }: FilePickerProps) {
  const styles = useStyles();
  const id = useId();
  const noteId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sheets, setSheets] = useState<readonly string[]>([]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const opened = await host.open(file);
      setSheets(opened.sheetNames);
      onOpened(opened.name);
    } catch (e) {
      setSheets([]);
      onFailed?.();
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const compact = fileName !== null && !busy && !error;
  return (
    <div className={mergeClasses(styles.box, compact && styles.compact)}>
      <label htmlFor={id} className={mergeClasses(styles.label, compact && styles.compactLabel)}>
        <DocumentTable20Regular aria-hidden="true" />
        Open an .xlsx workbook
      </label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={`${styles.input} ${styles.focus}`}
        aria-describedby={noteId}
        onChange={(e) => void open(e.target.files?.[0])}
      />
      <p className={mergeClasses(styles.note, compact && styles.hidden)} id={noteId}>
        {fileName === null
          ? 'Excel is not running this page, so it works on a file: the workbook is read here in your browser, never uploaded, and the pack is downloaded.'
          : 'Read here in your browser, never uploaded.'}
      </p>
      <div role="status" aria-live="polite">
        {busy && <Spinner size="tiny" label="Opening…" />}
        {!busy && fileName && (
          <p className={mergeClasses(styles.status, compact && styles.hidden)}>
            Opened <strong>{fileName}</strong>
            {sheets.length > 0 ? ` (${sheets.length} sheets)` : ''}.
          </p>
        )}
      </div>
      <Problem message={error} />
    </div>
  );
}
