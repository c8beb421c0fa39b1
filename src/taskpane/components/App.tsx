/**
 * The task pane: Check, Pack and Rules, over a Host (the open workbook in
 * Excel, or an .xlsx opened in a plain browser). All I/O goes through the host;
 * the checks and the pack are the core's, through check.ts and pack-plan.ts.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Day } from '../../core/dates';
import type { ColumnMapping, RawWorkbook, TableLayout } from '../../core/records/types';
import type { SavedRulebook } from '../../core/rulebook/saved';
import type { Finding } from '../../core/rules/define';
import type { CheckOutcome } from '../check';
import type { PackDefaults } from '../pack-plan';
import { isFileHost, messageOf, type Host, type PackProgress } from '../../adapters/host';
import { readDateInput, withMapping } from '../input-and-words';
import { CheckView } from './CheckView';
import { FilePicker } from './FilePicker';
import { Tabs } from './Tabs';
import { loadExtras, MessageBar, MessageBarBody, Spinner } from './on-demand';
import type { PackRequest } from './PackView';

// The Check view comes with the page. Pack and Rules, and the code behind the checks and the pack,
// load on their own, so the first load stays small: fetched once the first view is drawn and working
// (warmUp, below), not at start, where they would compete with the file host's code and the first draw.
const loadPackView = () => import(/* webpackChunkName: "pack-view" */ './PackView');
const loadRulesView = () => import(/* webpackChunkName: "rules-view" */ './RulesView');
const PackView = lazy(() => loadPackView().then((m) => ({ default: m.PackView })));
const RulesView = lazy(() => loadRulesView().then((m) => ({ default: m.RulesView })));
// Create a tracker loads only when asked for (it brings the spreadsheet writer).
const CreateTracker = lazy(() => import(/* webpackChunkName: "create-tracker-view" */ './CreateTracker').then((m) => ({ default: m.CreateTracker })));
const loadPackPlan = () => import(/* webpackChunkName: "pack" */ '../pack-plan');
const loadCheck = () => import(/* webpackChunkName: "check" */ '../check');

/**
 * After the first draw, when the page is idle: fetch the check, the pack and the other two views, so
 * they are there before they are asked for. A chunk that fails to arrive is fetched again when needed.
 */
function warmUp(): () => void {
  const go = (): void => void Promise.all([loadExtras(), loadCheck(), loadPackPlan(), loadPackView(), loadRulesView()]).catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(go, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(go, 200);
  return () => clearTimeout(id);
}

const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    minWidth: '280px',
    maxWidth: '720px',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** Once there is a workbook to work on, the title steps back so the results start higher. */
  titleCompact: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  tagline: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  tabs: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type View = 'check' | 'pack' | 'rules';
const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'check', label: 'Check' },
  { id: 'pack', label: 'Pack' },
  { id: 'rules', label: 'Rules' },
];

export interface AppProps {
  readonly host: Host;
  /** The edge's clock: today's date, and the moment a pack is made. */
  readonly today: () => Day;
  readonly now: () => Date;
}

interface Checked {
  readonly raw: RawWorkbook;
  readonly asOf: Day | null;
  readonly outcome: CheckOutcome;
}

export function App({ host, today, now }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>('check');
  // A view is drawn the first time it is opened, then kept (its form and results stay as they were).
  const [visited, setVisited] = useState<ReadonlySet<View>>(() => new Set<View>(['check']));
  const [mapping, setMapping] = useState<ColumnMapping>(() => host.loadMapping());
  const [checked, setChecked] = useState<Checked | null>(null);
  const [fileName, setFileName] = useState<string | null>(isFileHost(host) ? host.fileName() : null);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // A region's own rulebook (Rules view), kept where the host keeps it; null is NPF 2021.
  const [savedRulebook, setSavedRulebook] = useState<SavedRulebook | null>(() => host.loadRulebook());
  const [packDefaults, setPackDefaults] = useState<PackDefaults | null>(null);
  const fileHost = isFileHost(host) ? host : null;
  const ready = fileHost === null || fileName !== null;
  const compact = fileHost ? fileName !== null : checked !== null;
  const notReadyText = 'Open an .xlsx workbook first (above).';

  useEffect(() => {
    performance.mark('yot:rendered');
    return warmUp();
  }, []);

  const onCheck = useCallback(
    async (asOfText: string) => {
      const asOf = readDateInput(asOfText, 'as-of date');
      // The result's message bar and count buttons come with the extras chunk: here before the result is drawn
      // (if it cannot be fetched, the result is still drawn, in plain elements: on-demand.tsx).
      const [raw, { checkWorkbook, rulebookOfSaved }] = await Promise.all([host.read(), loadCheck(), loadExtras().catch(() => null)]);
      setChecked({ raw, asOf, outcome: checkWorkbook(raw, { asOf, today: today(), mapping, rulebook: rulebookOfSaved(savedRulebook) }) });
    },
    [host, mapping, today, savedRulebook],
  );

  const onBuild = useCallback(
    async (request: PackRequest, onProgress: (p: PackProgress) => void) => {
      const asOf = readDateInput(request.asOfText, 'as-of date');
      const meetingDate = readDateInput(request.meetingText, 'meeting date');
      const [raw, { buildPack }, { rulebookOfSaved }] = await Promise.all([host.read(), loadPackPlan(), loadCheck()]);
      onProgress({ step: 0, steps: 1, label: 'Working out the figures' });
      // Let the progress bar paint before the figures are worked out.
      await new Promise((r) => setTimeout(r, 0));
      return buildPack(host, raw, request, { asOf, meetingDate, includeNames: request.includeNames, today: today(), now: now(), mapping, rulebook: rulebookOfSaved(savedRulebook) }, onProgress);
    },
    [host, mapping, today, now, savedRulebook],
  );

  // The Pack view's dates come from the Board sheet: read once the view is opened (and again for a new file).
  const packOpen = visited.has('pack');
  const checkedRaw = checked?.raw ?? null;
  useEffect(() => {
    if (!packOpen || !ready) return;
    let live = true;
    void (async () => {
      try {
        const [raw, { packDefaults: defaultsOf }] = await Promise.all([checkedRaw ?? host.read(), loadPackPlan()]);
        if (live) setPackDefaults(defaultsOf(raw, { today: today(), mapping }));
      } catch {
        // The boxes stay empty; building the pack reports any problem with the workbook in its own words.
        if (live) setPackDefaults(null);
      }
    })();
    return () => {
      live = false;
    };
  }, [packOpen, ready, fileName, checkedRaw, host, mapping, today]);

  const changeRulebook = useCallback(
    async (next: SavedRulebook | null) => {
      await host.saveRulebook(next);
      setSavedRulebook(next);
      if (checked) {
        const { checkWorkbook, rulebookOfSaved } = await loadCheck();
        setChecked({ ...checked, outcome: checkWorkbook(checked.raw, { asOf: checked.asOf, today: today(), mapping, rulebook: rulebookOfSaved(next) }) });
      }
    },
    [checked, host, mapping, today],
  );

  const changeMapping = useCallback(
    async (next: ColumnMapping) => {
      setMappingError(null);
      setMapping(next);
      try {
        if (checked) {
          const { checkWorkbook, rulebookOfSaved } = await loadCheck();
          setChecked({ ...checked, outcome: checkWorkbook(checked.raw, { asOf: checked.asOf, today: today(), mapping: next, rulebook: rulebookOfSaved(savedRulebook) }) });
        }
        await host.saveMapping(next);
      } catch (e) {
        setMappingError(messageOf(e));
      }
    },
    [checked, host, today, savedRulebook],
  );

  const onOpened = (name: string) => {
    setFileName(name);
    setChecked(null);
    setPackDefaults(null);
    setMapping(host.loadMapping());
    setSavedRulebook(host.loadRulebook());
  };

  const onOpenFailed = () => {
    setFileName(null);
    setChecked(null);
    setPackDefaults(null);
    setMapping({});
  };

  const selectTab = (v: View) => {
    setView(v);
    setVisited((s) => (s.has(v) ? s : new Set([...s, v])));
  };

  const onSelect = host.canSelect ? (f: Finding) => host.select(f) : undefined;
  const layouts: TableLayout[] | null = checked ? Object.values(checked.outcome.result.records.layouts).filter((l): l is TableLayout => l !== undefined) : null;

  return (
    <main className={styles.main}>
      <header>
        <h1 className={mergeClasses(styles.title, compact && styles.titleCompact)}>YOT secondment governance</h1>
        {!compact && <p className={styles.tagline}>Checks secondment registers and Vacancy Trackers against the National Partnership Framework 2021, and builds the YOGB pack.</p>}
      </header>
      {fileHost && <FilePicker host={fileHost} fileName={fileName} onOpened={onOpened} onFailed={onOpenFailed} />}
      <Tabs className={styles.tabs} label="Views" tabs={VIEWS} selected={view} onSelect={selectTab} idPrefix="tab-" panelPrefix="panel-" />
      <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={view !== 'check'}>
        <CheckView ready={ready} notReadyText={notReadyText} outcome={checked?.outcome ?? null} onCheck={onCheck} inExcel={host.kind === 'excel'} {...(onSelect ? { onSelect } : {})} />
      </div>
      <div role="tabpanel" id="panel-pack" aria-labelledby="tab-pack" hidden={view !== 'pack'}>
        {visited.has('pack') && (
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            {/* A new workbook, or a failed open, starts the Pack view afresh: no "pack built" message from the last file. */}
            <PackView key={fileName ?? ''} ready={ready} notReadyText={notReadyText} destinations={host.packDestinations} defaults={packDefaults} onBuild={onBuild} onPrevious={host.readPrevious} />
          </Suspense>
        )}
      </div>
      <div role="tabpanel" id="panel-rules" aria-labelledby="tab-rules" hidden={view !== 'rules'}>
        {mappingError && (
          <MessageBar intent="warning">
            <MessageBarBody>{mappingError}</MessageBarBody>
          </MessageBar>
        )}
        {visited.has('rules') && (
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            <RulesView
              layouts={layouts}
              mapping={mapping}
              onMap={(table, header, field) => void changeMapping(withMapping(mapping, table, header, field))}
              onForgetMapping={() => void changeMapping({})}
              mappingSavedWhere={host.kind === 'excel' ? 'saved in this workbook' : 'kept until you open another file or close this page'}
              savedRulebook={savedRulebook}
              rulebookSavedWhere={host.rulebookSavedWhere}
              canLoadRulebook={ready}
              onRulebook={changeRulebook}
            />
          </Suspense>
        )}
      </div>
      <footer>
        {creating ? (
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            <CreateTracker where={host.kind} />
          </Suspense>
        ) : (
          <Button appearance="subtle" onClick={() => setCreating(true)}>
            Create a tracker
          </Button>
        )}
      </footer>
    </main>
  );
}
