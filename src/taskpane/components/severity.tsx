/** Severity shown by word and icon shape, and colour only on top of both (WCAG 1.4.1: never colour alone). */
import { tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/rules/define';

const ICONS = { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled } as const;
/** Icon colours with at least 3:1 contrast on white (WCAG 1.4.11). */
const COLOURS = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground3,
  info: tokens.colorNeutralForeground2,
} as const;

export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity];
  return <Icon aria-hidden="true" style={{ color: COLOURS[severity], flexShrink: 0 }} />;
}
