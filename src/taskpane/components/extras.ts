/**
 * The Fluent components the first view never draws: message bars (results and problems), spinners
 * (work in progress) and the summary's toggle buttons. A chunk of their own ("extras"), so the first
 * script does not carry them (about 37 KB of its 438, most of it the toggle buttons' styles); see
 * on-demand.tsx for how they are drawn.
 */
export { MessageBar, MessageBarBody, MessageBarTitle, Spinner, ToggleButton } from '@fluentui/react-components';
