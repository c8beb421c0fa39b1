import { NPF_2021 } from '../rulebook';
import { exitPlanningDue, lawfulLastDay, ppdaDue, sixMonthReviewDue, threeWayReviewDue } from '../calc/secondment';
import { d, secondment } from './testing';
import { TermDates } from './term';

const rb = NPF_2021.values;

describe('TermDates: one secondment’s term dates, shared by its rules', () => {
  it.each([
    ['a Probation secondment with no extension', secondment({ start: '01/04/2024' })],
    ['a Probation secondment started on 29 February', secondment({ start: '29/02/2024', extensionMonths: 12 })],
    ['an extension above the maximum (taken at the maximum)', secondment({ start: '01/04/2023', extensionMonths: 36 })],
    ['a police secondment extended to five years', secondment({ scheme: 'Police', start: '15/06/2021', extensionMonths: 36 })],
    ['a secondment with a three-way review recorded', secondment({ start: '01/04/2024', lastThreeWayReview: '31/01/2025' })],
  ])('gives the same dates as calc/secondment for %s', (_name, s) => {
    const t = new TermDates(rb);
    t.reset(s);
    const last = lawfulLastDay(s, rb);
    expect(t.lastDay()).toBe(last);
    expect(t.exitPlanningDue()).toBe(last === null ? null : exitPlanningDue(last, rb));
    expect(t.sixMonthReviewDue()).toBe(sixMonthReviewDue(s.start!, rb));
    expect(t.ppdaDue()).toBe(ppdaDue(s.start!, rb));
    expect(t.threeWayReviewDue()).toBe(threeWayReviewDue(s, rb));
  });

  it('gives no dates for a secondment with no start date', () => {
    const t = new TermDates(rb);
    t.reset(secondment({ start: null }));
    expect([t.lastDay(), t.exitPlanningDue(), t.sixMonthReviewDue(), t.ppdaDue(), t.threeWayReviewDue()]).toEqual([null, null, null, null, null]);
  });

  it('works the dates out afresh for the next secondment, not the one before', () => {
    const t = new TermDates(rb);
    t.reset(secondment({ start: '01/04/2024' }));
    expect(t.lastDay()).toBe(d('31/03/2026'));
    expect(t.ppdaDue()).toBe(d('01/05/2024'));
    t.reset(secondment({ start: '01/01/2023', extensionMonths: 12 }));
    expect(t.lastDay()).toBe(d('31/12/2025'));
    expect(t.ppdaDue()).toBe(d('01/02/2023'));
    t.reset(secondment({ start: null }));
    expect(t.lastDay()).toBeNull();
  });

  it('refuses to be read before it points at a secondment', () => {
    expect(() => new TermDates(rb).lastDay()).toThrow(/before a secondment/);
  });
});
