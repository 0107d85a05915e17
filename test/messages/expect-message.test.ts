// The tests' way of comparing a message (expect-message.ts): by rule, place in the file and facts,
// so a sentence reworded in the catalogue leaves them passing and a fact that differs fails them.
import { describe, expect, it } from 'vitest';
import { message } from '../../src/messages/message.js';
import { gist, gistOf } from './expect-message.js';

describe('gist', () => {
  const m = message(
    'count.above-cohort',
    { file: 'hill.xlsx', sheet: 'Predictions', cell: 'C9' },
    { measure: 'RWM L4+', group: 'Boys', found: '85', cohort: 30 },
  );

  it('keeps the rule, the place but the file, and the facts, and leaves out the words', () => {
    expect(gist(m)).toEqual({
      ruleId: 'count.above-cohort',
      sheet: 'Predictions',
      cell: 'C9',
      facts: { measure: 'RWM L4+', group: 'Boys', found: '85', cohort: 30 },
    });
    expect(gist(m)).not.toHaveProperty('text');
  });

  it('is what gistOf gives for the same rule, place and facts, and not for another fact', () => {
    const where = { sheet: 'Predictions', cell: 'C9' };
    const facts = { measure: 'RWM L4+', group: 'Boys', found: '85', cohort: 30 };
    expect(gist(m)).toEqual(gistOf('count.above-cohort', where, facts));
    expect(gist(m)).not.toEqual(gistOf('count.above-cohort', where, { ...facts, cohort: 31 }));
    expect(gist(m)).not.toEqual(gistOf('count.above-cohort', { ...where, cell: 'C8' }, facts));
  });

  it('gives a rule without facts empty facts', () => {
    expect(gist(message('file.empty', { file: 'a.xlsx' }))).toEqual(gistOf('file.empty', {}));
  });
});
