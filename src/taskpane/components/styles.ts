/** Styles shared by the views: module-level makeStyles with Fluent tokens (as Fluent UI v9 recommends). */
import { createFocusOutlineStyle, makeStyles, tokens, type GriffelStyle } from '@fluentui/react-components';

export const useViewStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  small: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  /** A line of its own (a MessageBar's body under its title). */
  block: { display: 'block' },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
});

/** A visible focus ring for our own plain buttons, as Fluent draws it. */
/** Read by screen readers, not shown. */
export const VISUALLY_HIDDEN: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * A native file input (<input type="file">, which screen readers and keyboards know) drawn like a
 * Fluent button: brand colours for the view's first choice, neutral for a secondary one.
 */
export function fileInputStyle(kind: 'primary' | 'secondary'): GriffelStyle {
  const primary = kind === 'primary';
  return {
    maxWidth: '100%',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    '::file-selector-button': {
      marginRight: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      border: `${tokens.strokeWidthThin} solid ${primary ? tokens.colorBrandStroke1 : tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: primary ? tokens.colorBrandBackground : tokens.colorNeutralBackground1,
      color: primary ? tokens.colorNeutralForegroundOnBrand : tokens.colorNeutralForeground1,
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      ...(primary ? { fontWeight: tokens.fontWeightSemibold } : {}),
      cursor: 'pointer',
    },
  };
}

export const focusRing = createFocusOutlineStyle({ style: { outlineOffset: '-2px' }, selector: 'focus' });
