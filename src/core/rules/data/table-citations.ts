/**
 * What a data/* finding cites: the sections the table's fields serve (docs/rules.md,
 * "Citations"). A register cell serves the secondment term and duties (NPF 2021
 * §5.3–§5.4), not the vacancy evidence trail (§5.5 i), which only the Vacancy
 * Tracker's cells serve.
 */
import type { Citation } from '../define';
import type { TableName } from '../../records/types';

export const DATA_TABLE_CITATIONS: Readonly<Record<TableName | 'Board', Citation>> = {
  Secondments: { doc: 'NPF 2021', section: '§5.3–§5.4 (the secondment register; Workbook format: Secondments)' },
  Vacancies: { doc: 'NPF 2021', section: '§5.5 i (a clear evidence trail)' },
  Allocations: { doc: 'NPF 2021', section: '§5.1 (the resource formula inputs)' },
  Disputes: { doc: 'NPF 2021', section: '§9 (the disputes log)' },
  Actions: { doc: 'NPF 2021', section: '§5.5 vi (the YOGB\'s actions)' },
  Board: { doc: 'NPF 2021', section: '§5.5 vi (the Vacancy Tracker to the YOGB)' },
};

/**
 * A field that serves a rule of its own cites that rule, ahead of its table's
 * citation: Filled by is read to see whether a permanent appointment was made to
 * a secondee post: "It is not permitted ... for the YOT to permanently employ
 * staff to fill a Probation Service secondee post" (NPF 2021 §5.5 iv).
 */
export const DATA_FIELD_CITATIONS: Readonly<Record<string, Citation>> = {
  'Vacancies.filledBy': { doc: 'NPF 2021', section: '§5.5 iv (no permanent appointment to a secondee post)' },
};
