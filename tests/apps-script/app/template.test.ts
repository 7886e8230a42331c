import { describe, expect, it } from 'vitest';
import { initializeTabs } from '../../../apps-script/src/app/initialize';
import { templateOf } from '../../../apps-script/src/app/template';
import { membersLedger, talentsLedger } from '../../../functions/src/core/ledgers';
import { memoryServices } from '../support/memory-ports';

describe('templateOf', () => {
  it('lays out 乡土人才: hidden key and revision first, fields in template order, status last', () => {
    const t = templateOf(talentsLedger);
    expect(t.headers).toEqual([
      '行键',
      '行版本',
      '姓名',
      '身份证号',
      '性别',
      '民族',
      '文化程度',
      '所在村(社区)',
      '联系电话',
      '特长类别',
      '特长描述',
      '是否拔尖人才',
      '入库日期',
      '政治面貌',
      '入党申请日期',
      '确定积极分子日期',
      '列为发展对象日期',
      '接收预备党员日期',
      '转正日期',
      '带动农户数',
      '备注',
      '同步状态',
    ]);
    expect(t.hiddenColumns).toBe(2);
    expect(t.headerNotes[3]).toBe('18位居民身份证号码');
    expect(t.headerNotes[4]).toBe('可不填，按身份证号判断');
    expect(t.headerNotes[2]).toBe('');
    expect(t.dropdowns).toEqual([
      { column: 5, options: ['男', '女'] },
      { column: 7, options: ['小学及以下', '初中', '高中', '中专', '大专', '本科', '研究生'] },
      { column: 10, options: ['农', '林', '牧', '副', '渔', '工', '商', '建', '运', '服'] },
      { column: 12, options: ['是', '否'] },
      { column: 14, options: ['群众', '入党申请人', '入党积极分子', '发展对象', '预备党员', '正式党员'] },
    ]);
    expect(t.dateColumns).toEqual([13, 15, 16, 17, 18, 19]);
    expect(t.textColumns).toEqual([4]);
  });
});

describe('初始化台账', () => {
  it('creates the missing township tabs and leaves existing ones alone', () => {
    const m = memoryServices();
    m.s.settings.set({
      SHUANGPEI_BASE_URL: 'https://x',
      SHUANGPEI_COUNTY: '示范县',
      SHUANGPEI_TOWNSHIP: '城关镇',
    });
    m.s.spreadsheet.createTab(templateOf(membersLedger));
    m.created.length = 0;
    expect(initializeTabs(m.s)).toBe(
      '已创建：乡土人才、帮带结对、帮带记录、培训申报、培训记录、示范基地\n已存在（未改动）：农民党员',
    );
    expect(m.created.map((t) => t.tab)).toEqual([
      '乡土人才',
      '帮带结对',
      '帮带记录',
      '培训申报',
      '培训记录',
      '示范基地',
    ]);
  });

  it('creates the county’s own tabs in county mode', () => {
    const m = memoryServices();
    m.s.settings.set({ SHUANGPEI_BASE_URL: 'https://x', SHUANGPEI_COUNTY: '示范县', SHUANGPEI_TOWNSHIP: '' });
    expect(initializeTabs(m.s)).toBe('已创建：乡镇设置、定性考评、培训菜单、联系点、督办记录');
  });
});
