// The way out on a township's 本乡镇考评 tab, and the stability of the marks on 考评排名.
import { describe, expect, it } from 'vitest';
import { countySummary } from '../../functions/src/report/county-layout';
import { townshipSummary } from '../../functions/src/report/township-layout';
import { allRows, assessLedgers, countyLedgers, NAMES, PLANS } from '../core/assessment/what-if-county';
import { computedAt, plain, result as smallCounty } from './layout-fixture';

const result = assessLedgers(allRows(countyLedgers()));
const tabRows = (r: typeof result, township: string) =>
  townshipSummary(r, township, computedAt).tabs[0]!.rows.map((row) => row.cells.map(plain));
/** The rows from the what-if heading down to the blank row before 待办提醒. */
const whatIfRows = (r: typeof result, township: string) => {
  const rows = tabRows(r, township);
  const start = rows.findIndex((c) =>
    ['如何走出通报批评', '如何进入表彰', '改进测算'].includes(String(c[0])),
  );
  if (start < 0) return [];
  return rows.slice(
    start,
    rows.findIndex((c, i) => i > start && c.length === 0),
  );
};

describe('本乡镇考评: the way out', () => {
  it('lists for a criticised township each single change that lifts it out, smallest first', () => {
    expect(whatIfRows(result, '河口乡')).toEqual([
      ['如何走出通报批评', '最少需要', '只做这一项、其他各项不变时'],
      ['　培训', 1, '再举办1期培训班：总分可达62.33分，排第9名'],
      ['　示范带动', 1, '再建1个示范基地：总分可达62.33分，排第9名'],
      ['　乡土人才发展党员', 2, '再发展2名乡土人才党员：总分可达61.77分，排第9名'],
      ['　帮带覆盖', 3, '让3个未记录的结对补上今年的帮带记录：总分可达61.14分，排第9名'],
      ['　数据质量', 17, '纠正17行有错误的台账：总分可达60.71分，排第9名'],
    ]);
  });

  it('says when a change lifts the township by lowering the others rather than raising its own total', () => {
    // In the four-township fixture 河口乡 already has the best 发展党员 rate (1 of 2 against 城关镇's 1 of 4):
    // a second admission leaves its 100 points as they are and halves 白沙镇's, its twin.
    expect(whatIfRows(smallCounty, '河口乡').slice(0, 2)).toEqual([
      ['如何走出通报批评', '最少需要', '只做这一项、其他各项不变时'],
      [
        '　乡土人才发展党员',
        1,
        '再发展1名乡土人才党员：本乡镇总分不变（78.95分），但全县最好水平提高、其他乡镇此项得分下降，可排第2名',
      ],
    ]);
  });

  it('aims the others at 表彰, says when no single change suffices, and shows nothing to the rewarded', () => {
    expect(whatIfRows(result, '长乐镇')).toEqual([
      ['如何进入表彰', '最少需要', '只做这一项、其他各项不变时'],
      ['　乡土人才发展党员', 3, '再发展3名乡土人才党员：总分可达73.45分，排第3名'],
    ]);
    expect(whatIfRows(result, '石门乡')).toEqual([
      ['如何进入表彰', '最少需要', '只做这一项、其他各项不变时'],
      ['　单项改进', '', '任何一项单独改进都不足以进入表彰，需要多项同时改进'],
    ]);
    expect(whatIfRows(result, '城关镇')).toEqual([]);
  });

  it('says why there is none while the ranking is provisional, and nothing for a township 未提交', () => {
    const provisional = assessLedgers(allRows(countyLedgers()), {
      qualitative: NAMES.slice(1).map((township) => ({
        year: 2026,
        township,
        score: 80,
        bonus: null,
        penalty: null,
        remarks: null,
      })),
    });
    expect(whatIfRows(provisional, '河口乡')).toEqual([
      ['改进测算', '', '排名为暂定（定性考评尚未录齐），暂不测算走出通报批评或进入表彰所需的改进'],
    ]);
    const missing = assessLedgers(allRows(countyLedgers(PLANS.filter((p) => p.township !== '青山乡'))), {
      townships: NAMES.map((township) => ({ township, annualTarget: 12, spreadsheetId: null })),
    });
    expect(missing.notSubmitted).toEqual(['青山乡']);
    expect(tabRows(missing, '青山乡')).toEqual([
      [
        '名次',
        '未提交',
        '本年度尚未收到本乡镇的任何台账行，不参加排名、表彰和通报批评；请提交台账后重新考评',
      ],
    ]);
  });
});

describe('考评排名: the stability of the marks', () => {
  const notes = (r: typeof result) => countySummary(r, computedAt).tabs[0]!.notes!;

  it('says the ranking is stable, first of the notes of a final ranking', () => {
    expect(notes(result)[0]).toBe('名次稳定（任一权重±5分，表彰与通报批评名单不变）。');
  });

  it('names which township’s mark depends on which weight', () => {
    const swapped = assessLedgers(
      allRows(
        countyLedgers(
          PLANS.map((p) => (p.township === '河口乡' ? { ...p, admitted: 7, met: 4, broken: 2 } : p)),
        ),
      ),
    );
    expect(notes(swapped).slice(0, 2)).toEqual([
      '名次不稳定（任一权重±5分时，以下表彰或通报批评会改变）。',
      '石门乡的通报批评取决于权重：帮带覆盖权重+5分时由河口乡替代。',
    ]);
  });
});
