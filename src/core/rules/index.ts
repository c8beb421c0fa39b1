/**
 * The rule catalogue (docs/rules.md, "Rule catalogue"): every
 * rule by id. The id is the module's path under src/core/rules and its test's
 * describe().
 */
import type { Rule } from './define';
import missingTable from './data/missing-table';
import missingField from './data/missing-field';
import invalidDate from './data/invalid-date';
import invalidValue from './data/invalid-value';
import duplicateId from './data/duplicate-id';
import dateOrder from './data/date-order';
import duplicateAcrossWorkbooks from './data/duplicate-across-workbooks';
import extensionTooLong from './secondment/extension-too-long';
import termExceeded from './secondment/term-exceeded';
import plannedEndMismatch from './secondment/planned-end-mismatch';
import vettingAfterStart from './secondment/vetting-after-start';
import notAuthorised from './secondment/not-authorised';
import ppdaOverdue from './secondment/ppda-overdue';
import reviewOverdue from './secondment/review-overdue';
import threeWayOverdue from './secondment/three-way-overdue';
import exitPlanningOverdue from './secondment/exit-planning-overdue';
import bandMismatch from './secondment/band-mismatch';
import policePdrOverdue from './secondment/police-pdr-overdue';
import stageOutOfOrder from './vacancy/stage-out-of-order';
import stage4TooEarly from './vacancy/stage4-too-early';
import stage5TooEarly from './vacancy/stage5-too-early';
import missingEvidence from './vacancy/missing-evidence';
import yotNotInformed from './vacancy/yot-not-informed';
import fractionalPsoFunding from './vacancy/fractional-pso-funding';
import reimbursementIneligible from './vacancy/reimbursement-ineligible';
import permanentAppointment from './vacancy/permanent-appointment';
import tempNotCeased from './vacancy/temp-not-ceased';
import stageMismatch from './vacancy/stage-mismatch';
import trackerLate from './board/tracker-late';
import escalationOverdue from './dispute/escalation-overdue';
import escalatedLate from './dispute/escalated-late';
import notReported from './dispute/not-reported';
import belowMinimum from './allocation/below-minimum';
import belowFormula from './allocation/below-formula';
import psoBelowFormula from './allocation/pso-below-formula';

export const RULES: readonly Rule[] = [
  missingTable,
  missingField,
  invalidDate,
  invalidValue,
  duplicateId,
  dateOrder,
  duplicateAcrossWorkbooks,
  extensionTooLong,
  termExceeded,
  plannedEndMismatch,
  vettingAfterStart,
  notAuthorised,
  ppdaOverdue,
  reviewOverdue,
  threeWayOverdue,
  exitPlanningOverdue,
  policePdrOverdue,
  bandMismatch,
  stageOutOfOrder,
  stage4TooEarly,
  stage5TooEarly,
  missingEvidence,
  yotNotInformed,
  fractionalPsoFunding,
  reimbursementIneligible,
  permanentAppointment,
  tempNotCeased,
  stageMismatch,
  trackerLate,
  escalationOverdue,
  escalatedLate,
  notReported,
  belowMinimum,
  belowFormula,
  psoBelowFormula,
];
