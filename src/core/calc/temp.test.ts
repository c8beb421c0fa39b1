import { d } from '../rules/testing';
import { yotTempInPost } from './temp';

describe('yotTempInPost: a YOT-appointed temp fills the post on a day (NPF 2021 §5.5 stage 5)', () => {
  const temp = (filled: string | null, ended: string | null) => ({ filledBy: 'YOT temp' as const, filledDate: filled === null ? null : d(filled), tempCoverEnded: ended === null ? null : d(ended) });

  it.each<[string, ReturnType<typeof temp>, string, boolean]>([
    ['in post, no dates', temp(null, null), '31/01/2025', true],
    ['in post from the filled date, that day included', temp('31/01/2025', null), '31/01/2025', true],
    ['not yet in post the day before', temp('31/01/2025', null), '30/01/2025', false],
    ['still in post on the day cover ended', temp('01/01/2024', '29/02/2024'), '29/02/2024', true],
    ['gone the day after cover ended (leap year)', temp('01/01/2024', '29/02/2024'), '01/03/2024', false],
    ['gone across the year end', temp('01/06/2025', '31/12/2025'), '01/01/2026', false],
  ])('%s', (_what, v, on, expected) => {
    expect(yotTempInPost(v, d(on))).toBe(expected);
  });

  it('only a YOT temp counts', () => {
    for (const filledBy of ['Probation', 'YOT permanent', null] as const) {
      expect(yotTempInPost({ filledBy, filledDate: null, tempCoverEnded: null }, d('31/01/2025'))).toBe(false);
    }
  });
});
