import { defineRule } from '../define';

/**
 * vacancy/permanent-appointment: "It is not permitted under the terms of this
 * framework for the YOT to permanently employ staff to fill a Probation Service
 * secondee post, irrespective of how long it has been vacant" (NPF 2021 §5.5 iv).
 */
export default defineRule({
  id: 'vacancy/permanent-appointment',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 iv' },
  description: 'The post is recorded as filled by a permanent YOT appointment.',
  needs: ['filledBy'],
  messages: {
    permanent:
      'Filled by is "{{filledBy}}"; a YOT may never permanently employ someone into a Probation secondee post, "irrespective of how long it has been vacant". Expected Probation, an agency temp or a YOT temp.',
  },
  check(v, _ctx, report) {
    if (v.filledBy === 'YOT permanent') report('permanent', { filledBy: v.filledByText ?? v.filledBy }, 'filledBy');
  },
});
