/**
 * Shared look of every chart: fonts, sizes, palette, and the Vega-Lite config.
 *
 * Colours are Okabe–Ito (colour-blind safe). Yellow is left out: too pale on white.
 * Orange #E69F00 is also too pale for bars (2:1 on white), so "below national" uses
 * vermillion #D55E00 (3.9:1), which stays distinct from blue in every common colour-vision
 * deficiency. Direction is also carried by position and by the sign of each label.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import { chartText } from '../../messages/chart-text.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Resolves to DejaVu Sans on the build machine; browsers fall back to Liberation/Arial. */
export const FONT_STACK = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** Overall chart width in pixels, axes and labels included: fits an A4 text column. */
export const PAGE_WIDTH = 640;

export const COLOURS = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  purple: '#CC79A7',
  skyBlue: '#56B4E9',
  orange: '#E69F00',
  black: '#000000',
  /** For `c` and `x` markers: 4.5:1 on white. */
  grey: '#767676',
  rule: '#333333',
  leader: '#BBBBBB',
} as const;

/** Categorical palette, in order of use. */
export const CATEGORICAL = [
  COLOURS.blue,
  COLOURS.vermillion,
  COLOURS.green,
  COLOURS.purple,
  COLOURS.skyBlue,
  COLOURS.orange,
  COLOURS.black,
];

/** Point shapes, paired with CATEGORICAL so colour is never the only cue. */
export const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down', 'cross', 'triangle-right'];

export const chartConfig: Config = {
  font: FONT_STACK,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  title: {
    fontSize: 16,
    fontWeight: 'bold',
    anchor: 'start',
    color: '#000000',
    subtitleFontSize: 12,
    subtitleColor: '#333333',
    subtitlePadding: 6,
    offset: 14,
  },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelColor: '#222222',
    titleColor: '#222222',
    domainColor: '#888888',
    tickColor: '#888888',
    gridColor: '#E5E5E5',
    labelLimit: 240,
    titlePadding: 8,
  },
  legend: {
    labelFontSize: 12,
    titleFontSize: 12,
    orient: 'top',
    labelLimit: 280,
    title: null,
  },
  text: { fontSize: 12 },
};

/** A single layer of a layered spec, as Vega-Lite types it. */
export type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The fields every top-level spec shares. */
export function specBase(title: string, subtitle: string[]) {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle },
    width: PAGE_WIDTH,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig,
  } as const;
}

/** A vertical rule at x = `at` with a label above the plot. One mark each, not one per row. */
export function labelledRule(at: number, label: string): Layer[] {
  const data = { values: [{}] };
  return [
    { data, mark: { type: 'rule', color: COLOURS.rule, strokeWidth: 1.5 }, encoding: { x: { datum: at } } },
    {
      data,
      mark: { type: 'text', text: label, baseline: 'bottom', dy: -4, fontWeight: 'bold', color: COLOURS.rule },
      encoding: { x: { datum: at }, y: { value: 0 } },
    },
  ];
}

export const ABOVE_NATIONAL = chartText['chart.above-national'];
export const BELOW_NATIONAL = chartText['chart.below-national'];

/**
 * Words at the two ends of a symmetric gap axis, in place of a legend: in the bar colours,
 * or in plain grey (`coloured` false) when colour means something else on the chart.
 */
export function directionKey(extent: number, coloured = true): Layer[] {
  const end = (x: number, text: string, color: string): Layer => ({
    data: { values: [{}] },
    mark: {
      type: 'text',
      text,
      color,
      fontWeight: 'bold',
      baseline: 'bottom',
      dy: -4,
      align: x < 0 ? 'left' : 'right',
    },
    encoding: { x: { datum: x }, y: { value: 0 } },
  });
  return [
    end(-extent, `\u2190 ${BELOW_NATIONAL}`, coloured ? COLOURS.vermillion : COLOURS.rule),
    end(extent, `${ABOVE_NATIONAL} \u2192`, coloured ? COLOURS.blue : COLOURS.rule),
  ];
}
