/** Severity shown by word and icon shape, and colour only on top of both (WCAG 1.4.1: never colour alone). */
import { tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, ErrorCircle20Filled, Info16Filled, Info20Filled, Warning16Filled, Warning20Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/rules/define';

const ICONS = { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled } as const;
const SMALL_ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;
/** Icon colours with at least 3:1 contrast on white (WCAG 1.4.11). */
const COLOURS = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground3,
  info: tokens.colorNeutralForeground2,
} as const;

export function SeverityIcon({ severity, small = false }: { severity: Severity; small?: boolean }) {
  const Icon = (small ? SMALL_ICONS : ICONS)[severity];
  return <Icon aria-hidden="true" style={{ color: COLOURS[severity], flexShrink: 0 }} />;
}
