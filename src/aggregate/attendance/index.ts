// The attendance core: values in, values out.
export * from './types.js';
export * from './period.js';
export * from './shown.js';
export * from './rates.js';
export * from './year-to-date.js';
export * from './rank.js';
export * from './quartile.js';
export * from './trend.js';
export * from './target.js';
export * from './persistent-threshold.js';
export * from './concern.js';
// Its sentences live in the one catalogue of messages/; re-exported for those who import the core.
export { attendanceText, type AttendanceTextId } from '../../messages/attendance-text.js';
