/**
 * The Summary sheet: the figures per YOT, with a cover vacancy for a secondee
 * still seconded counted as that secondee's post (NPF 2021 §5.4).
 */
import type { Records } from '../../../records/types';
import { records, secondment, vacancy } from '../../../rules/testing';
import { at, handChecked, input } from '../../testing';

describe('the Summary for the hand-checked workbook (as of 30/09/2025)', () => {
  it('sums the Summary per YOT', () => {
    const model = at('30/09/2025', [input(handChecked().recs)]);
    const a = model.summary.find((x) => x.yot === 'YOT A')!;
    expect(a).toMatchObject({ region: 'North West', pdu: 'PDU A', posts: 8, inPost: 4, vacant: 4, byStage: [1, 1, 0, 1, 1], exitsDue: 1, fees: 20000 });
    expect(model.summary.map((x) => x.yot)).toEqual(['YOT A', 'YOT B']);
  });
});

describe('posts (NPF 2021 §5.4)', () => {
  it.each<[string, Records, [number, number, number]]>([
    ['a maternity cover for a secondee still seconded is that secondee\'s post, as Finance reads it', records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' })] }), [1, 1, 1]],
    ['a Covers cell naming a still-seconded secondment: one post', records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', covers: 'S1', vacantFrom: '01/02/2025' })] }), [1, 1, 1]],
    ['a maternity vacancy with no secondee in post: a post of its own', records({ vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' })] }), [1, 0, 1]],
    ['a leaver\'s vacancy beside a secondee: two posts', records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Leaver', vacantFrom: '01/02/2025' })] }), [2, 1, 1]],
  ])('Summary posts: %s', (_, recs, [posts, inPost, vacant]) => {
    const model = at('30/09/2025', [input(recs, [], 'London', 'london.xlsx')]);
    expect(model.summary.map((s) => [s.posts, s.inPost, s.vacant])).toEqual([[posts, inPost, vacant]]);
    expect(model.totals.posts).toBe(posts);
  });
});
