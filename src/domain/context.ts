// What pure code is handed instead of reaching for it: the catalogue, the settings and the clock,
// made once at the door and frozen, so a test can build a report under its own catalogue or date.
import { settings as shippedSettings, type Settings } from '../../schemas/settings.schema.js';
import { catalogue, type Catalogue } from './catalogue.js';

export interface Context {
  readonly catalogue: Catalogue;
  readonly settings: Settings;
  readonly now: () => Date;
}

/** The catalogue and settings of schemas/, and the clock given (the machine's by default). */
export function shippedContext(now: () => Date = () => new Date()): Context {
  return Object.freeze({ catalogue: catalogue(), settings: shippedSettings, now });
}
