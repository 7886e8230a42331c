import { describe, expect, it } from 'vitest';
import { ALL_LEDGERS, trainingRequestsLedger } from '../../functions/src/core/ledgers';
import { choiceFieldsOf, choiceList } from '../../functions/src/ingest/choice-fields';

describe('choiceFieldsOf', () => {
  it('finds the references to a county tab with a plain unique field, and nothing else', () => {
    expect(choiceFieldsOf(trainingRequestsLedger)).toEqual([
      {
        header: '课程名称',
        ledgerId: 'trainingMenu',
        field: 'course',
        missing: '不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致',
      },
    ]);
    const all = ALL_LEDGERS.flatMap((l) => choiceFieldsOf(l).map((c) => `${l.id}.${c.header}→${c.ledgerId}`));
    // 帮带结对, 帮带记录 and 培训记录 refer to township ledgers: no dropdown can list those.
    expect(all).toEqual([
      'trainingRequests.课程名称→trainingMenu',
      'liaisonPoints.联系乡镇→townshipSettings',
      'supervisionVisits.县委常委→liaisonPoints',
      'supervisionVisits.乡镇→townshipSettings',
    ]);
  });
});

describe('choiceList', () => {
  it('keeps distinct non-empty text in pinyin order', () => {
    expect(choiceList(['农村电商', '安全生产', '', '  ', null, 3, '农村电商', '柑橘栽培技术'])).toEqual([
      '安全生产',
      '柑橘栽培技术',
      '农村电商',
    ]);
  });
});
