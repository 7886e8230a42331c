// The definitions of the county statistics: stable key, the report's wording, and how each is computed.
import { isHighSchoolOrAbove, VILLAGE_HEAD_POSTS } from '../ledgers';
import { inWindow, onOrBefore } from './county-data';
import { type FieldsRead, readsOf } from './figure-rows';
import { activeMentees } from './indicators/pairs-active';
import { hasSkill, talentsOn } from './indicators/population';
import {
  APPROACHING,
  all,
  answered,
  bases,
  classes,
  distinct,
  inCommittee,
  members,
  pairsOf,
  requestsOf,
  type Scope,
  share,
  young,
} from './statistic-scope';
import type { Statistic, StatisticLedger } from './statistics';

export type Definition = Omit<Statistic, 'value' | 'lastYear' | 'change' | 'leftOut' | 'sources'> & {
  /** The fields `compute` reads: a row with an error in one of them (or in who it is) is left out of it. */
  reads: FieldsRead;
  compute: (c: Scope) => number;
};

/** What the shared helpers read: who is a member on a day, when a pair ran. */
const MEMBERS: FieldsRead = { members: ['joinedOn'] };
const PERIOD = ['pairType', 'startedOn', 'plannedEndOn', 'endedOn', 'status'] as const;
const MENTEES: FieldsRead = { pairs: [...PERIOD, 'menteeId'] };
const COMMITTEE = readsOf(MEMBERS, { members: ['isWealthLeader', 'villagePost'] });
const SKILLED = readsOf(MEMBERS, { members: ['skillOne', 'skillTwo'] });
const YOUNG = readsOf(MEMBERS, { members: ['idNumber'] });

export const DEFINITIONS: Definition[] = [
  {
    key: 'talentPool',
    label: '乡土人才库人数',
    wording: '已对{value}名乡土人才建立了人才信息库',
    unit: '名',
    reads: { talents: ['registeredOn'] },
    compute: (s) => s.rows.flatMap((r) => talentsOn(r, s.window.asOf)).length,
  },
  {
    key: 'annualTarget',
    label: '年度发展目标',
    wording: '力争全县每年新增{value}名乡土人才党员',
    unit: '名',
    reads: {},
    compute: (s) => s.target,
  },
  {
    key: 'talentsAdmittedThisYear',
    label: '本年度乡土人才发展党员',
    wording: '本年度把{value}名乡土人才发展为党员',
    unit: '名',
    reads: { talents: ['probationaryOn'] },
    compute: (s) => all(s, 'talents').filter((t) => inWindow(t.record.probationaryOn, s.window)).length,
  },
  {
    key: 'talentsAdmittedTotal',
    label: '累计吸收乡土人才入党',
    wording: '把{value}名乡土人才吸纳为中共党员',
    unit: '名',
    reads: { talents: ['probationaryOn'] },
    compute: (s) =>
      all(s, 'talents').filter((t) => onOrBefore(t.record.probationaryOn, s.window.asOf)).length,
  },
  {
    key: 'talentApplicationsTwoYears',
    label: '近两年递交入党申请书的乡土人才',
    wording: '近两年就有{value}名乡土人才向基层党组织递交了入党申请书',
    unit: '名',
    reads: { talents: ['appliedOn'] },
    compute: (s) => all(s, 'talents').filter((t) => inWindow(t.record.appliedOn, s.twoYears)).length,
  },
  {
    key: 'talentsApproachingParty',
    label: '积极向党组织靠拢的乡土人才',
    wording: '教育和引导{value}名乡土人才积极向党组织靠拢',
    unit: '名',
    reads: { talents: ['politicalStatus', 'appliedOn'] },
    compute: (s) =>
      all(s, 'talents').filter(
        (t) => APPROACHING.has(t.record.politicalStatus) && onOrBefore(t.record.appliedOn, s.window.asOf),
      ).length,
  },
  {
    key: 'mentors2p1',
    label: '“2+1”帮带党员',
    wording: '{value}名党员帮带各类乡土人才',
    unit: '名',
    reads: { pairs: [...PERIOD, 'mentorOneId', 'mentorTwoId'] },
    compute: (s) => distinct(pairsOf(s, '2+1').flatMap((p) => [p.record.mentorOneId, p.record.mentorTwoId])),
  },
  {
    key: 'mentees2p1',
    label: '“2+1”被帮带乡土人才',
    wording: '帮带乡土人才{value}人',
    unit: '人',
    reads: MENTEES,
    compute: (s) => activeMentees(all(s, 'pairs'), '2+1', s.window).size,
  },
  {
    key: 'mentors1p1',
    label: '“1+1”帮带乡土人才',
    wording: '{value}名乡土人才在农村实用技术上对农民党员进行了帮带',
    unit: '名',
    reads: { pairs: [...PERIOD, 'mentorOneId'] },
    compute: (s) => distinct(pairsOf(s, '1+1').map((p) => p.record.mentorOneId)),
  },
  {
    key: 'mentees1p1',
    label: '“1+1”被帮带农民党员',
    wording: '对{value}名农民党员进行了帮带',
    unit: '名',
    reads: MENTEES,
    compute: (s) => activeMentees(all(s, 'pairs'), '1+1', s.window).size,
  },
  {
    key: 'trainingClassesTwoYears',
    label: '近两年举办培训班',
    wording: '近两年来举办各类培训班{value}期',
    unit: '期',
    reads: { trainings: ['startedOn'] },
    compute: (s) => classes(s).length,
  },
  {
    key: 'traineesTwoYears',
    label: '近两年参训人次',
    wording: '近两年参训{value}人次',
    unit: '人次',
    reads: { trainings: ['startedOn', 'trainees'] },
    compute: (s) => classes(s).reduce((n, c) => n + c.record.trainees, 0),
  },
  {
    key: 'skilledTraineesTwoYears',
    label: '近两年培训后掌握实用技术人数',
    wording: '使{value}名农民掌握1-2门实用技术',
    unit: '名',
    reads: { trainings: ['startedOn', 'skilledTrainees'] },
    compute: (s) => classes(s).reduce((n, c) => n + (c.record.skilledTrainees ?? 0), 0),
  },
  {
    key: 'trainingRequestsThisYear',
    label: '本年度菜单式培训申报',
    wording: '各乡镇从培训菜单申报培训{value}项',
    unit: '个',
    reads: { trainingRequests: ['wishedFrom'] },
    compute: (s) => requestsOf(s).length,
  },
  {
    key: 'trainingRequestsServed',
    label: '其中已按申报举办培训',
    wording: '按申报举办培训{value}项',
    unit: '个',
    reads: { trainingRequests: ['wishedFrom', 'requestNo'], trainings: ['requestNo'] },
    compute: (s) =>
      requestsOf(s).filter((r) => answered(s).has(`${r.township}|${r.record.requestNo}`)).length,
  },
  {
    key: 'mentoringContacts',
    label: '本年度帮带记录',
    wording: '结对帮带{value}人次',
    unit: '人次',
    reads: { mentoringLogs: ['contactOn'] },
    compute: (s) => all(s, 'mentoringLogs').filter((l) => inWindow(l.record.contactOn, s.window)).length,
  },
  {
    key: 'members',
    label: '农民党员总数',
    wording: '全县农民党员{value}名',
    unit: '名',
    reads: MEMBERS,
    compute: (s) => members(s).length,
  },
  {
    key: 'membersWithSkills',
    label: '掌握实用技术的农民党员',
    wording: '{value}名农民党员掌握了一定的科技实用技术',
    unit: '名',
    reads: SKILLED,
    compute: (s) => members(s).filter((m) => hasSkill(m.record)).length,
  },
  {
    key: 'membersWithSkillsShare',
    label: '掌握实用技术的农民党员占比',
    wording: '全县{value}%的农民党员掌握1至2门农村实用技术',
    unit: '%',
    reads: SKILLED,
    compute: (s) => share(members(s).filter((m) => hasSkill(m.record)).length, members(s).length),
  },
  {
    key: 'membersInVillageCommittees',
    label: '进入村级班子的党员致富能手',
    wording: '{value}名党员致富能手进入村级班子',
    unit: '名',
    reads: COMMITTEE,
    compute: (s) => inCommittee(s).length,
  },
  {
    key: 'villageHeads',
    label: '其中担任村主职干部',
    wording: '其中有{value}名担任村主职干部',
    unit: '名',
    reads: COMMITTEE,
    compute: (s) => inCommittee(s).filter((m) => VILLAGE_HEAD_POSTS.includes(m.record.villagePost!)).length,
  },
  {
    key: 'bases',
    label: '示范基地',
    wording: '发展各类农业示范基地{value}个',
    unit: '个',
    reads: { bases: ['foundedOn'] },
    compute: (s) => bases(s).length,
  },
  {
    key: 'householdsLed',
    label: '示范带动农户',
    wording: '示范带动{value}户农民走上科技致富之路',
    unit: '户',
    reads: { bases: ['foundedOn', 'householdsLed'] },
    compute: (s) => bases(s).reduce((n, b) => n + (b.record.householdsLed ?? 0), 0),
  },
  {
    key: 'membersUnder35',
    label: '35岁及以下农民党员',
    wording: '35岁及以下的农民党员{value}名',
    unit: '名',
    reads: YOUNG,
    compute: young,
  },
  {
    key: 'membersUnder35Share',
    label: '35岁及以下农民党员占比',
    wording: '35岁及以下农民党员占{value}%',
    unit: '%',
    reads: YOUNG,
    compute: (s) => share(young(s), members(s).length),
  },
  {
    key: 'highSchoolOrAboveShare',
    label: '高中或中专以上文化程度占比',
    wording: '高中或中专以上文化程度占{value}%',
    unit: '%',
    reads: readsOf(MEMBERS, { members: ['education'] }),
    compute: (s) =>
      share(members(s).filter((m) => isHighSchoolOrAbove(m.record.education)).length, members(s).length),
  },
];

/** How a row's error affects a figure (issue 14, defect 9); the 数据质量 tab says the same. */
export const LEFT_OUT_NOTE =
  '有错误的行：只在读取出错列的数字中不计入（如文化程度有误，只不计入“高中或中专以上”）；身份证号、姓名等身份信息有误的行不计入任何数字；“数据质量”一项计入所有错误。';

/** The definitions the 全县统计 tab states under its figures (the README says the same). */
export const STATISTIC_NOTES: readonly string[] = [
  '35岁及以下：按身份证号中的出生日期，在统计截止日（考评年度12月31日；年度未结束时为今天）年龄不超过35周岁（未满36周岁），与党内统计口径一致；考评“结构”指标用同一口径。',
  '党员致富能手进入村级班子：“是否致富能手”为是且村级职务不为“无”的农民党员；其中担任书记、主任或书记兼主任的为村主职干部。',
  '高中或中专以上：按文化程度对应的层次计（大学本科、大学专科、中专、技工学校、职业高中、普通高中等标准名称均归入相应层次）。',
  '帮带结对：在该年度内任意一天处于帮带中即计入（进行中的自开始日期起；已完成、已中止的到结束日期止）。',
  LEFT_OUT_NOTE,
];
