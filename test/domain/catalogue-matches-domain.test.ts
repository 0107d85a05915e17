// The catalogue's data agrees with domain.md: every name a school may write resolves to its code,
// and each year's framework gives the measures it should.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/catalogue.js';

describe('the catalogue', () => {
  it('knows every pupil group name of domain.md', () => {
    const names: Record<string, string[]> = {
      all: ['All pupils', 'All', 'Cohort', 'Whole cohort'],
      boys: ['Boys', 'Male'],
      girls: ['Girls', 'Female'],
      eal: ['EAL', 'English as an additional language'],
      fle: ['First language English', 'Non-EAL'],
      wbri: ['White British', 'WB'],
      woth: ['Any other White background', 'AoWB', 'White other'],
      apkn: ['Pakistani heritage', 'PH', 'Pakistani'],
      disadv: ['Disadvantaged (FSM/PPG)', 'FSM', 'FSM6', 'Ever 6 FSM', 'PPG', 'Pupil premium', 'Disadvantaged'],
      nondisadv: ['Other pupils (not disadvantaged)', 'Non-FSM', 'Non-disadvantaged'],
      sen: ['SEN (support or EHC plan)', 'SEND', 'SEN all'],
      sen_support: ['SEN support', 'School Action', 'School Action Plus'],
      sen_ehcp: ['EHC plan or statement', 'Statement', 'EHCP'],
      pa_low: ['Low prior attainers', 'Lower attainers'],
      pa_mid: ['Middle prior attainers', 'Middle attainers'],
      pa_high: ['Higher prior attainers', 'Higher attainers'],
    };
    const index = catalogue().pupilGroupIndex;
    for (const [code, list] of Object.entries(names))
      for (const name of [code, ...list]) expect([name, index.find(name)?.code]).toEqual([name, code]);
  });

  it('knows every measure label of domain.md under its key stage', () => {
    const labels: [string, string, string][] = [
      ['EYFS', 'GLD', 'eyfs_gld'],
      ['KS1', 'Reading L2B+', 'ks1_read_l2b'],
      ['KS1', 'RWM EXS+', 'ks1_rwm_exs'],
      ['KS2', 'RWM L4B+', 'ks2_rwm_l4b'],
      ['KS2', '2LP Writing', 'ks2_writ_2lp'],
      ['KS2', 'GPS L4+', 'ks2_gps_l4'],
      ['KS2', 'RWM higher standard', 'ks2_rwm_high'],
      ['KS2', 'Maths progress', 'ks2_mat_prog'],
      ['KS4', '5+ A*-C inc. E&M', 'ks4_5ac_em'],
      ['KS4', 'EP English', 'ks4_ep_eng'],
      ['KS4', 'EBacc', 'ks4_ebacc'],
      ['KS4', 'E&M 5+', 'ks4_em_5'],
      ['KS4', 'EBacc entry', 'ks4_ebacc_entry'],
      ['KS4', 'Attainment 8', 'ks4_att8'],
      ['KS4', 'Progress 8', 'ks4_p8'],
    ];
    for (const [ks, label, code] of labels)
      expect([label, catalogue().measureIndexFor(ks).find(label)?.code]).toEqual([label, code]);
  });

  it('uses the levels framework to 2014/15 and the current one from 2015/16', () => {
    const cat = catalogue();
    expect([
      cat.frameworkFor('2014/15')?.code,
      cat.frameworkFor('2015/16')?.code,
      cat.frameworkFor('2009/10')?.code,
    ]).toEqual(['levels', 'current', 'levels']);
    expect(cat.measuresFor('KS2', '2016/17').map((m) => m.code)).toEqual([
      'ks2_rwm_exs',
      'ks2_rwm_high',
      'ks2_read_prog',
      'ks2_writ_prog',
      'ks2_mat_prog',
    ]);
    expect(cat.measuresFor('KS2', '2014/15').map((m) => m.code)).toContain('ks2_rwm_l4');
    expect(cat.measuresFor('EYFS', '2020/21').map((m) => m.code)).toEqual(['eyfs_gld']);
  });

  it('holds the partitions and implications of domain.md', () => {
    const cat = catalogue();
    expect(cat.partitions.map((p) => `${p.whole}=${p.parts.join('+')}`)).toEqual([
      'all=boys+girls',
      'all=disadv+nondisadv',
      'all=eal+fle',
      'sen=sen_support+sen_ehcp',
      'all=pa_low+pa_mid+pa_high',
    ]);
    expect(cat.measure('ks2_rwm_l4').notAbove).toEqual(['ks2_read_l4', 'ks2_writ_l4', 'ks2_mat_l4']);
    expect([
      cat.measure('ks2_rwm_l5').notAbove,
      cat.measure('ks2_rwm_l4b').notAbove,
      cat.measure('ks4_em_5').notAbove,
    ]).toEqual([['ks2_rwm_l4b'], ['ks2_rwm_l4'], ['ks4_em_4']]);
    expect([cat.measure('ks2_read_prog').kind, cat.measure('ks4_att8').kind, cat.measure('ks2_rwm_l4').kind]).toEqual([
      'mean',
      'mean',
      'threshold',
    ]);
  });
});
