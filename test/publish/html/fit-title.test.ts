// A chart title too long for the drawing is broken into lines that fit, at spaces.
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { fitTitle, wrapLine } from '../../../src/publish/report-charts/fit-title.js';
import { PAGE_WIDTH } from '../../../src/publish/charts/index.js';
import { dejaVuWidth } from '../../../src/publish/charts/text-metrics.js';

const long = 'RWM L4+, Disadvantaged (FSM/PPG): gap to national by collaborative group';

describe('fitTitle', () => {
  it('breaks a long title into lines no wider than the drawing', () => {
    const lines = wrapLine(long, 16, true);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(long);
    for (const l of lines) expect(dejaVuWidth(l, 16, true)).toBeLessThanOrEqual(PAGE_WIDTH - 16);
  });

  it('leaves a title that fits as one string, and wraps subtitles too', () => {
    const spec = { title: { text: 'Short', subtitle: ['x'.repeat(120)] }, mark: 'bar' } as TopLevelSpec;
    const fitted = fitTitle(spec).title as { text: unknown; subtitle: string[] };
    expect(fitted.text).toBe('Short');
    expect(fitted.subtitle.length).toBe(1);
    const words = fitTitle({ ...spec, title: { text: long, subtitle: [`${'word '.repeat(40)}end`] } } as TopLevelSpec)
      .title as { text: string[]; subtitle: string[] };
    expect(words.text).toHaveLength(2);
    expect(words.subtitle.length).toBeGreaterThan(1);
  });
});
