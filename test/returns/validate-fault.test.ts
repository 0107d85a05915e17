// A fault inside validation (a rule that throws, ours whatever the return holds) refuses that return
// alone with its own rule, rather than ending the import (issue 11, item 2).
import { describe, expect, it } from 'vitest';
import { registerOf } from '../../src/domain/register.js';
import type { Histories } from '../../src/returns/kinds.js';
import { validateReturn, type ValidationContext } from '../../src/returns/validate-return.js';
import { parseBytes, testContext } from '../support/pipeline.js';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { registerSchools } from '../support/register.js';
import { gist, gistOf } from '../messages/expect-message.js';

describe('validateReturn with a rule that throws', () => {
  it('refuses the return, saying the fault is ours', async () => {
    const [ret] = (await parseBytes('ks2.xlsx', await proformaWorkbook())).returns;
    const throwing = {
      rules: () => {
        throw new Error('history not loaded');
      },
    };
    const context: ValidationContext = {
      ...testContext,
      register: registerOf(registerSchools()),
      histories: { predictions: throwing, attendance: throwing } as unknown as Histories,
    };
    const checked = validateReturn(ret!, context);
    expect(checked.status).toBe('refused');
    expect(checked.messages.map(gist)).toEqual([gistOf('return.check-fault', {}, { detail: 'history not loaded' })]);
  });
});
