/** Which vacancies the framework funds at stages 4 and 5 (NPF 2021 §5.5). */
import type { RulebookValues } from '../rulebook';
import type { VacancyRole } from '../records/types';

/**
 * True when a vacant post can be funded at stages 4 and 5 (a YOT temp
 * invoiced to Probation, or reimbursement in lieu). Funding is not provided to
 * replace fractional PSO resource under 0.5 FTE (NPF 2021 §5.5); PO posts are
 * funded whatever their FTE.
 * @example fundedAtStages4And5('PSO', 0.4, NPF_2021.values) //=> false
 * @example fundedAtStages4And5('PSO', 0.5, NPF_2021.values) //=> true
 * @example fundedAtStages4And5('PO', 0.2, NPF_2021.values) //=> true
 */
export function fundedAtStages4And5(role: VacancyRole, fte: number, rb: RulebookValues): boolean {
  return role !== 'PSO' || fte >= rb.fractionalPsoMinimumFte;
}
