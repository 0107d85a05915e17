// Numbers typed as text: thousands separators and decimal commas, read by where they came from.
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/ingest/normalise/read-number.js';

describe('readNumber', () => {
  it('reads a comma as the decimal point in a semicolon CSV, however many digits follow it', () => {
    expect(readNumber({ kind: 'text', value: '0,145', decimalComma: true })).toEqual({ kind: 'number', value: 0.145 });
    expect(readNumber({ kind: 'text', value: '51,825', decimalComma: true })).toEqual({
      kind: 'number',
      value: 51.825,
    });
    expect(readNumber({ kind: 'text', value: '1.234,5', decimalComma: true })).toEqual({
      kind: 'number',
      value: 1234.5,
    });
    expect(readNumber({ kind: 'text', value: '79,5%', decimalComma: true })).toEqual({ kind: 'percent', rate: 0.795 });
  });

  it('reads a comma before three digits as a thousands separator elsewhere, and before one or two as a decimal comma', () => {
    expect(readNumber({ kind: 'text', value: '24,158' })).toEqual({ kind: 'number', value: 24158 });
    expect(readNumber({ kind: 'text', value: '51,8' })).toEqual({ kind: 'number', value: 51.8 });
    // Thousands never start with 0, so these are decimals wherever they come from.
    expect(readNumber({ kind: 'text', value: '0,145' })).toEqual({ kind: 'number', value: 0.145 });
    expect(readNumber({ kind: 'text', value: '-0,250' })).toEqual({ kind: 'number', value: -0.25 });
    expect(readNumber({ kind: 'text', value: '0.145', decimalComma: true })).toEqual({ kind: 'number', value: 0.145 });
  });
});
