import type { ChartResult } from '../charts/index.js';
import { fitTitle } from './fit-title.js';

/** A chart of a report, named for its files and its place in the HTML. */
export interface NamedChart {
  /** File name without extension, e.g. `ks2-2014-15-autumn-gap-by-pupil-group`. */
  slug: string;
  /** The chart's title, as its spec draws it. */
  title: string;
  chart: ChartResult;
  /** `schools` for a chart of every school (a bar or a dot each): the HTML puts it with the schools' tables. */
  about?: 'schools';
}

/** A chart left undrawn because it would draw nothing: every figure suppressed or not available. */
export interface WithheldChart {
  slug: string;
  title: string;
  reason: string;
}

/** Names a chart, its title wrapped to fit the drawing. */
export function namedChart(slug: string, built: ChartResult, about?: 'schools'): NamedChart {
  const chart = { ...built, spec: fitTitle(built.spec) };
  const title = built.spec.title;
  const text = (t: unknown): string => (typeof t === 'string' ? t : Array.isArray(t) ? t.join(' ') : '');
  const found = typeof title === 'object' && title !== null && !Array.isArray(title) ? text(title.text) : text(title);
  return { slug, title: found || slug, chart, ...(about ? { about } : {}) };
}

/** Lower-case words joined by hyphens: `KS2 2014/15 Autumn` → `ks2-2014-15-autumn`. */
export function slugOf(...parts: string[]): string {
  return parts
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
