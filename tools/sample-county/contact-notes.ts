// What a mentor writes in 帮带内容: 2+1 notes follow the card's 学习、思想、作风、生活; 1+1 notes the 帮带项目.
import type { Pair } from './model';
import type { Random } from './random';

export const CONTACT_FORM_WEIGHTS = {
  '2+1': [
    ['上门走访', 40],
    ['集中学习', 25],
    ['电话联系', 20],
    ['现场指导', 5],
    ['其他', 10],
  ],
  '1+1': [
    ['现场指导', 45],
    ['上门走访', 20],
    ['电话联系', 20],
    ['集中学习', 5],
    ['其他', 10],
  ],
} as const;

const TWO_PLUS_ONE = [
  '组织学习党章，讲解党员的权利和义务',
  '一起学习党的基本知识，布置读书笔记',
  '辅导学习入党程序，讲解入党申请书的写法',
  '学习习近平新时代中国特色社会主义思想，交流学习体会',
  '谈心谈话，了解思想动态，鼓励积极向党组织靠拢',
  '督促撰写思想汇报，帮助修改完善',
  '交流入党动机，讲解全心全意为人民服务的宗旨',
  '督促参加村组公益劳动和志愿服务',
  '带领列席支部主题党日活动',
  '提醒遵纪守法、移风易俗，带头文明节俭办事',
  '了解家庭生产生活情况，帮助解决实际困难',
  '帮助联系小额信贷，解决生产资金问题',
  '看望家中老人，帮助协调孩子入学',
];
const TWO_PLUS_ONE_STUDY = [
  '参加支部集中学习，学习党章和党的基本知识',
  '参加党员冬训集中学习，会后交流心得',
  '参加支部集中学习，观看党员教育片并谈体会',
];
const TWO_PLUS_ONE_CALL = ['电话联系，了解近期思想和学习情况', '电话提醒按时参加支部活动、提交思想汇报'];
const TWO_PLUS_ONE_OTHER = ['通过微信发送学习资料，督促按时学习', '在村部碰面，交流近期学习情况'];

const ONE_PLUS_ONE = [
  '现场指导{p}，讲解关键环节操作要领',
  '查看{p}进展，帮助解决病虫害防治问题',
  '帮助制定{p}年度计划，测算投入产出',
  '带到示范基地观摩{p}，交流经验',
  '讲解{p}新品种、新技术，示范操作',
  '帮助联系销路，对接收购商',
  '上门查看生产情况，指导{p}日常管理',
];
const ONE_PLUS_ONE_STUDY = ['一起参加{p}集中培训，会后答疑', '参加镇农技站集中学习，交流{p}经验'];
const ONE_PLUS_ONE_CALL = ['电话询问{p}情况，解答技术疑问', '电话提醒做好{p}季节性管理'];
const ONE_PLUS_ONE_OTHER = ['通过微信发送{p}技术资料和视频', '一起外出考察{p}市场行情'];

function notesFor(pair: Pair, form: string): readonly string[] {
  const two = pair.type === '2+1';
  if (form === '集中学习') return two ? TWO_PLUS_ONE_STUDY : ONE_PLUS_ONE_STUDY;
  if (form === '电话联系') return two ? TWO_PLUS_ONE_CALL : ONE_PLUS_ONE_CALL;
  if (form === '其他') return two ? TWO_PLUS_ONE_OTHER : ONE_PLUS_ONE_OTHER;
  return two ? TWO_PLUS_ONE : ONE_PLUS_ONE;
}

/** A 帮带内容 for a contact of `pair` in `form`. */
export function contactNote(random: Random, pair: Pair, form: string): string {
  return random.pick(notesFor(pair, form)).replaceAll('{p}', pair.project ?? '生产技术');
}
