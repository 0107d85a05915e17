// The chase list holds the schools open in the year (GIAS's open and close dates) that are asked
// for the return: by age range, so an all-through school is on the KS2 and KS4 lists alike and a
// middle school on the KS2 list; special schools, PRUs and nurseries are asked for attendance only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnStatus } from '../../src/jobs/return-status.js';
import { schoolsOpenIn } from '../../src/store/queries/register.js';
import type { TempStore } from '../support/temp-store.js';
import { giasStore } from '../reference/gias-store.js';

let store: TempStore;
beforeAll(async () => {
  store = await giasStore();
});
afterAll(async () => {
  await store.cleanup();
});

const chased = async (q: Parameters<typeof returnStatus>[1]) => (await returnStatus(store, q)).map((s) => s.urn);

describe('who is chased, by the years a school was open', () => {
  it('leaves out a school closed before the year and one not yet open', async () => {
    const urns = await chased({ kind: 'attendance', academicYear: '2014/15', period: 'Autumn' });
    expect(urns).toEqual(['110001', '110002', '110020', '110030', '110040', '110050', '140001', '140010']);
    // Castlegate School (closed 31-08-2014) and Orchard Park (closed 2013): not chased; the free
    // school opening in 2016: not chased; Castlegate Academy from 2014/15 on.
    expect(urns).not.toContain('109001');
    expect(urns).not.toContain('145001');
  });

  it('chases the predecessor, not the converter, in the year before it converted', async () => {
    const urns = await chased({ kind: 'attendance', academicYear: '2013/14', period: 'Summer' });
    expect(urns).toContain('109001');
    expect(urns).not.toContain('140001');
    expect(urns).not.toContain('109002');
  });

  it('puts an all-through school on the KS2 and KS4 lists, and a middle school on the KS2 list', async () => {
    expect(await chased({ kind: 'predictions', academicYear: '2014/15', keyStage: 'KS2', period: 'Autumn' })).toEqual([
      '110001',
      '110002',
      '110020',
      '140010',
    ]);
    expect(await chased({ kind: 'predictions', academicYear: '2014/15', keyStage: 'KS4', period: 'Autumn' })).toEqual([
      '140001',
      '140010',
    ]);
  });

  it('gives the jobs the schools open in a year', async () => {
    expect((await schoolsOpenIn(store, '2016/17')).map((s) => s.urn)).toContain('145001');
    expect((await schoolsOpenIn(store, '2015/16')).map((s) => s.urn)).not.toContain('145001');
  });
});
