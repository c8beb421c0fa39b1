import { day, defineRule } from '../define';

/**
 * vacancy/missing-evidence: "a clear evidence trail which is easily able to
 * demonstrate the timescales and efforts to follow each of the staged processes"
 * (NPF 2021 §5.5 i): every stage with a date needs an evidence reference.
 * One finding per stage, at its evidence cell.
 */
export default defineRule({
  id: 'vacancy/missing-evidence',
  kind: 'vacancy',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.5 i' },
  description: 'A stage has a date but no evidence reference.',
  messages: {
    missing: 'Stage {{stage}} is dated {{date}}; expected an evidence reference for it (the evidence trail for each stage), found none.',
  },
  check(v, _ctx, report) {
    for (let n = 1; n <= 5; n++) {
      const date = v.stageDates[n];
      if (date === null || date === undefined) continue;
      const evidence = v.stageEvidence[n];
      if (evidence === null || evidence === undefined || evidence.trim() === '') {
        report('missing', { stage: n, date: day(date) }, `stage${n}Evidence`);
      }
    }
  },
});
