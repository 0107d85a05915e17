// The source and date line of a workbook the command line writes: the city's returns in the store,
// made now (the CLI's clock, io.now(), so a test and the demo pin it).
import { shippedContext } from '../domain/context.js';
import { xlsxText } from '../messages/xlsx-text.js';
import type { CliIO } from './cli-io.js';

export interface XlsxSource {
  readonly from: string;
  readonly at: Date;
}

export const xlsxSource = (io: CliIO, from?: string): XlsxSource => ({
  from: from ?? xlsxText['source.returns'](shippedContext().settings.city.name),
  at: io.now(),
});
