// The thresholds a pupil group is published under (issue 14): the city's, or the stricter ones
// settings.json gives that group (`publication.strictGroups`), read as data so no code names a group.
import type { Context } from '../domain/context.js';

export interface GroupThresholds {
  /** The group's own largest small count, when stricter than the table's; undefined otherwise. */
  cellThreshold?: number;
  /** A group of at most this many pupils is small: its complements and 0% or 100% are withheld too. */
  smallGroupCohort: number;
}

/** For each pupil group code, the thresholds its cells carry into the disclosure model. */
export function groupThresholds(publication: Context['settings']['publication']): (group: string) => GroupThresholds {
  const strict = new Map(publication.strictGroups.map((g) => [g.pupilGroup, g]));
  return (group) => {
    const own = strict.get(group);
    if (!own) return { smallGroupCohort: publication.smallGroupCohort };
    return {
      ...(own.smallCountThreshold > publication.smallCountThreshold ? { cellThreshold: own.smallCountThreshold } : {}),
      smallGroupCohort: Math.max(own.smallGroupCohort, publication.smallGroupCohort),
    };
  };
}
