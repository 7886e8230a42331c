import { describe, expect, it } from 'vitest';
import { ConfigError, loadAssessmentConfig } from '../../functions/src/config/env-config';
import { DEFAULT_CONFIG } from '../../functions/src/core/assessment';

const load = (value: string | undefined) => () =>
  loadAssessmentConfig({ SHUANGPEI_ASSESSMENT_CONFIG: value });
const SEE = ' (see README, Configuration)';

describe('SHUANGPEI_ASSESSMENT_CONFIG', () => {
  it('gives the defaults when unset or blank', () => {
    expect(load(undefined)()).toEqual(DEFAULT_CONFIG);
    expect(load('  ')()).toEqual(DEFAULT_CONFIG);
  });

  it('merges a partial setting onto the defaults', () => {
    const config = load(
      '{"weights":{"development":30,"dataQuality":5},"quantitativeShare":0.6,"rewardCount":2,"tieBreak":["dataQuality"]}',
    )();
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      weights: { ...DEFAULT_CONFIG.weights, development: 30, dataQuality: 5 },
      quantitativeShare: 0.6,
      rewardCount: 2,
      tieBreak: ['dataQuality'],
    });
  });

  it('refuses what is not JSON, with an example of what is', () => {
    expect(load('{weights: 30}')).toThrow(ConfigError);
    expect(load('{weights: 30}')).toThrow(
      /^Invalid SHUANGPEI_ASSESSMENT_CONFIG: not JSON \(.+\); give an object such as \{"weights":\{"development":30,"dataQuality":5\}\} \(see README, Configuration\)$/,
    );
  });

  it('refuses weights that do not add up to 100, in Chinese', () => {
    expect(load('{"weights":{"development":30}}')).toThrow(
      `Invalid SHUANGPEI_ASSESSMENT_CONFIG: 考评设置有误：各指标权重之和应为 100，现为 105${SEE}`,
    );
  });

  it('names an unknown indicator, a misspelt setting and a value of the wrong type', () => {
    expect(load('{"weights":{"development":25,"party":0}}')).toThrow(
      `Invalid SHUANGPEI_ASSESSMENT_CONFIG: weights: unknown indicator party: use development, mentoring, training, skills, structure, demonstration, dataQuality${SEE}`,
    );
    expect(load('{"weight":{"development":25},"rewardCount":"3"}')).toThrow(
      `Invalid SHUANGPEI_ASSESSMENT_CONFIG: rewardCount: Invalid input: expected number, received string; the value: Unrecognized key: "weight"${SEE}`,
    );
    expect(load('[25,15]')).toThrow(
      `Invalid SHUANGPEI_ASSESSMENT_CONFIG: the value: Invalid input: expected object, received array${SEE}`,
    );
  });

  it('refuses bands out of order and a share outside 0–1, all problems at once', () => {
    expect(
      load('{"quantitativeShare":70,"bands":[{"name":"合格","min":60},{"name":"优秀","min":90}]}'),
    ).toThrow(
      `Invalid SHUANGPEI_ASSESSMENT_CONFIG: 考评设置有误：定量占比须在 0 到 1 之间；等次须按分数线从高到低排列${SEE}`,
    );
  });
});
