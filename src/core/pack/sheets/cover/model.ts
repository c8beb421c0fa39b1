/**
 * The Cover's part of the model: each workbook with its Board details, and the
 * YOGB meeting date the pack is for. Pure.
 */
import type { Day } from '../../../dates';
import { countFindings, type FindingCounts, type PackRows } from '../../rows';

/** One workbook in the pack, with its Board details. */
export interface PackSource {
  readonly source: string;
  readonly region: string;
  readonly meetingDate: Day | null;
  readonly trackerSubmitted: Day | null;
  readonly boardAsOf: Day | null;
  readonly findings: FindingCounts;
}

export function packSources(p: PackRows): PackSource[] {
  return p.indexed.map((x) => ({
    source: x.input.source,
    region: x.input.region,
    meetingDate: x.input.records.board.meetingDate,
    trackerSubmitted: x.input.records.board.trackerSubmitted,
    boardAsOf: x.input.records.board.asOf,
    findings: countFindings(x.findings),
  }));
}

/**
 * The YOGB meeting date: the one given (null: none), else the Board's meeting
 * date when every workbook that gives one gives the same.
 */
export function meetingDateOf(sources: readonly PackSource[], given: Day | null | undefined): Day | null {
  if (given !== undefined) return given;
  const dates = [...new Set(sources.map((s) => s.meetingDate).filter((d): d is Day => d !== null))];
  return dates.length === 1 ? dates[0]! : null;
}
