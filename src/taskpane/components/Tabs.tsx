/**
 * The views' tab list: a plain WAI-ARIA tab list (role=tablist/tab, aria-selected,
 * aria-controls naming each tab's panel, a roving tabindex), drawn like Fluent UI's
 * medium transparent TabList. Fluent's own TabList brings tabster's focus machinery
 * (about 80 KB of script before gzip) to the page's first load for three buttons; this
 * does the same with the keyboard in a few lines.
 *
 * Keys (the WAI-ARIA Authoring Practices' tabs pattern, manual activation, as Fluent's
 * TabList does): Tab enters the list at the selected tab and leaves it to the panel;
 * Left/Right move between tabs (wrapping), Home/End go to the first/last; Enter or Space
 * (a button's own keys) shows the focused tab's view. Manual, because the Pack and
 * Rules views load their code the first time they are shown.
 */
import { useRef, type KeyboardEvent } from 'react';
import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';

/** The bar under a tab: the hover bar (::before) and the selection bar over it (::after), as Fluent draws them. */
const BAR = {
  content: '""',
  position: 'absolute',
  bottom: 0,
  height: tokens.strokeWidthThicker,
  left: tokens.spacingHorizontalM,
  right: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusCircular,
} as const;

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'row',
    flexShrink: 0,
    flexWrap: 'nowrap',
    alignItems: 'stretch',
    position: 'relative',
  },
  // Fluent's Tab, medium, horizontal, transparent (@fluentui/react-tabs useTabStyles).
  tab: {
    alignItems: 'center',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    display: 'grid',
    flexShrink: 0,
    gridAutoFlow: 'column',
    gridTemplateColumns: 'auto',
    gridTemplateRows: 'auto',
    justifyContent: 'center',
    columnGap: tokens.spacingHorizontalSNudge,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: 'none',
    position: 'relative',
    overflow: 'hidden',
    textTransform: 'none',
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // The bar a tab shows under the pointer (the selected one's covers it).
    '::before': { ...BAR, backgroundColor: tokens.colorTransparentStroke },
    ':hover::before': { backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active::before': { backgroundColor: tokens.colorNeutralStroke1Pressed },
    '@media (forced-colors: active)': { ':hover::before': { backgroundColor: 'Highlight' }, ':active::before': { backgroundColor: 'Highlight' } },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { ...BAR, backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'ButtonText' } },
  },
  // Fluent draws a tab's focus as a shadow ring (its ::after is the selection bar).
  focus: createCustomFocusIndicatorStyle(
    {
      borderTopColor: 'transparent',
      borderRightColor: 'transparent',
      borderBottomColor: 'transparent',
      borderLeftColor: 'transparent',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: 'transparent',
      outlineStyle: 'solid',
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    { enableOutline: true },
  ),
  // The label, and a hidden copy in bold that keeps the tab's width when it is selected.
  label: {
    ...typographyStyles.body1,
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalXXS}`,
    gridColumnStart: 1,
    gridRowStart: 1,
  },
  labelSelected: typographyStyles.body1Strong,
  reserve: { visibility: 'hidden' },
});

export interface TabsProps<V extends string> {
  readonly label: string;
  readonly tabs: readonly { readonly id: V; readonly label: string }[];
  readonly selected: V;
  readonly onSelect: (id: V) => void;
  readonly className?: string;
  /** The id of tab `v` is `${idPrefix}${v}`; the panel it controls is `${panelPrefix}${v}`. */
  readonly idPrefix: string;
  readonly panelPrefix: string;
}

export function Tabs<V extends string>({ label, tabs, selected, onSelect, className, idPrefix, panelPrefix }: TabsProps<V>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={label} aria-orientation="horizontal" className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown}>
      {tabs.map((t) => {
        const on = t.id === selected;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${idPrefix}${t.id}`}
            aria-selected={on}
            aria-controls={`${panelPrefix}${t.id}`}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, styles.focus, on && styles.selected)}
            onClick={() => onSelect(t.id)}
          >
            <span className={mergeClasses(styles.label, on && styles.labelSelected)}>{t.label}</span>
            <span className={mergeClasses(styles.label, styles.labelSelected, styles.reserve)} aria-hidden="true">
              {t.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
