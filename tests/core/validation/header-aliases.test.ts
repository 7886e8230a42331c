import { describe, expect, it } from 'vitest';
import { membersLedger, talentsLedger } from '../../../functions/src/core/ledgers';
import { headerIssues, mapHeaders, normalizeHeader } from '../../../functions/src/core/validation';

describe('header marks and aliases', () => {
  it('ignores required marks, full-width forms, spaces and a trailing colon', () => {
    expect(
      ['*姓名', '姓名*', '＊姓名', '※姓名', ' 姓 名 ', '姓名(必填)', '姓名（必填）', '*姓名：'].map(
        normalizeHeader,
      ),
    ).toEqual(Array(8).fill('姓名'));
    expect(normalizeHeader('所在村（社区）')).toBe('所在村(社区)');
  });

  it('maps the aliases declared beside each field onto it', () => {
    const map = mapHeaders(talentsLedger, [
      '*身份证号码',
      '所在村',
      '联系方式',
      '入库时间',
      '学历',
      '带动户数',
    ]);
    expect(Object.fromEntries(map.columnOf)).toEqual({
      idNumber: 0,
      village: 1,
      phone: 2,
      registeredOn: 3,
      education: 4,
      householdsLed: 5,
    });
    expect(map.unknownHeaders).toEqual([]);
    expect(Object.fromEntries(mapHeaders(membersLedger, ['入党时间', '身份证']).columnOf)).toEqual({
      joinedOn: 0,
      idNumber: 1,
    });
  });

  it('reads the header first and an alias of the same column as a repeat', () => {
    const map = mapHeaders(talentsLedger, ['身份证号', '身份证号码']);
    expect([map.columnOf.get('idNumber'), map.duplicatedHeaders]).toEqual([0, ['身份证号']]);
  });

  it('says which row was taken as the header, and what it held, when a required column is missing', () => {
    const cells = ['序号', '姓名', '身份证号', null, '所在村'];
    const map = mapHeaders(talentsLedger, cells);
    expect(headerIssues(talentsLedger, map, { rowNumber: 6, cells }).errors).toEqual([
      '「乡土人才」缺少必填列：特长类别、是否拔尖人才、入库日期、政治面貌。已把第6行当作表头（该行为：序号、姓名、身份证号、所在村）；请在表头行补上这些列标题（文字与模板一致）后重新同步',
    ]);
  });
});
