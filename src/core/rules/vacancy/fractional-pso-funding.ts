import { defineRule } from '../define';

// PLACEHOLDER: being written (see rules.md catalogue). Reports nothing yet.
export default defineRule({
  id: 'vacancy/fractional-pso-funding',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5' },
  description: 'placeholder',
  messages: { todo: 'placeholder' },
  check() {},
});
