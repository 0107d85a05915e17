/**
 * Renders a Vega-Lite spec to SVG, and SVG to PNG, in Node: no browser, no network.
 * The only I/O is reading installed fonts (resvg).
 */
import { Resvg } from '@resvg/resvg-js';
import { printable } from '../../domain/printable.js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { vegaTextWidth, type TextItem } from './text-metrics.js';

/** Raised when a spec cannot be compiled or asks for something a renderer may not do. */
export class ChartRenderError extends Error {
  override name = 'ChartRenderError';
}

type TextMetrics = { width: (item: TextItem, text?: unknown) => number };
// Vega's text layout is a module singleton; give it real widths once for the process.
(vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = vegaTextWidth;

/**
 * A Vega loader that never reads a file or the network. Vega catches loader errors and
 * logs them, drawing an empty chart, so refusals are also recorded and raised afterwards.
 */
function offlineLoader(refused: string[]): vega.Loader {
  const refuse = async (uri: string): Promise<never> => {
    refused.push(uri);
    throw new ChartRenderError(`refused to load ${uri}`);
  };
  return { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as vega.Loader;
}

/** A Vega logger that keeps warnings and errors instead of printing them. */
function collectingLogger(warnings: string[], errors: string[] = warnings): vega.LoggerInterface {
  const logger = vega.logger(vega.Warn);
  const keep =
    (sink: string[]) =>
    (...args: readonly unknown[]) => {
      sink.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      return logger;
    };
  logger.warn = keep(warnings);
  logger.error = keep(errors);
  return logger;
}

/**
 * Vega-Lite's output for a spec, with any warnings it logged (our builders should log none).
 * Works on a copy: Vega later tags inline data rows in place, and the caller's spec stays untouched.
 */
export function compileSpec(spec: TopLevelSpec): { spec: vega.Spec; warnings: string[] } {
  const warnings: string[] = [];
  try {
    return { spec: compile(structuredClone(spec), { logger: collectingLogger(warnings) }).spec, warnings };
  } catch (error) {
    throw new ChartRenderError(`Vega-Lite could not compile the chart: ${(error as Error).message}`);
  }
}

function parseVega(spec: vega.Spec): vega.Runtime {
  try {
    return vega.parse(spec);
  } catch (error) {
    throw new ChartRenderError(`Vega could not read the compiled chart: ${(error as Error).message}`);
  }
}

/**
 * Compiles and renders a spec to an SVG document string. Throws ChartRenderError on a spec
 * that does not compile, that Vega reports an error in, or that asks to load anything
 * (charts carry their data inline).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const refused: string[] = [];
  const errors: string[] = [];
  const runtime = parseVega(compileSpec(spec).spec);
  const view = new vega.View(runtime, {
    renderer: 'none',
    loader: offlineLoader(refused),
    // Runtime warnings (an empty chart's "Infinite extent") are dropped; errors are raised.
    logger: collectingLogger([], errors),
    logLevel: vega.Warn,
  });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) {
      throw new ChartRenderError(`Charts must carry their data inline; refused to load ${refused.join(', ')}.`);
    }
    if (errors.length > 0) throw new ChartRenderError(`Vega could not draw the chart: ${errors.join('; ')}`);
    // Vega writes a label's control characters as they are, which XML (and so every SVG reader) refuses.
    return printable(svg);
  } finally {
    view.finalize();
  }
}

export interface PngOptions {
  /** Output width in pixels; default twice the SVG's own width, for print. */
  width?: number;
}

/** Draws an SVG to PNG on white, with the installed fonts (DejaVu Sans here). */
export function renderPng(svg: string, options: PngOptions = {}): Buffer {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: options.width ? { mode: 'width', value: options.width } : { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
