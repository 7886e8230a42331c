// What a 督办记录 says: how the leader supervised, what they asked for, and what the township has done since.
import { type CivilDate, daysBetween } from '../../functions/src/core/dates/civil-date';
import type { Random } from './random';

const FORMS = [
  ['实地督查', 45],
  ['座谈会', 25],
  ['电话督办', 15],
  ['书面督办', 15],
] as const;

const INSTRUCTIONS: Readonly<Record<string, readonly string[]>> = {
  实地督查: [
    '督查“双培双带”台账建立情况，要求做到底子清、目标明',
    '察看党员示范基地，要求党员带头致富、带领群众共同致富',
    '检查“2+1”帮带记录，要求每季度至少开展一次帮带并及时登记',
    '走访联系村乡土人才，要求把有一技之长的人才纳入培养计划',
  ],
  座谈会: [
    '听取发展党员工作汇报，要求加快发展对象培养，确保完成年度目标',
    '座谈了解菜单式培训开展情况，要求按申报及时组织培训',
    '召开村支两委座谈会，要求把党员致富能手选进村级班子',
  ],
  电话督办: ['电话督办“1+1”帮带进展，要求帮带项目落到实处', '电话了解发展党员进度，要求按月报送进展'],
  书面督办: ['下发督办通知，要求限期补齐帮带责任卡', '书面督办乡土人才信息库更新，要求月底前完成'],
};

const FOLLOW_UPS = [
  '已整改，补录帮带记录',
  '已召开专题会议部署落实',
  '已完成整改并书面报告',
  '正在整改，月底前完成',
  '已组织发展对象集中培训',
  '已调整帮带结对并重新签订责任卡',
];

/** The form, instruction and follow-up of a visit on `visitedOn`; recent ones may not be followed up yet. */
export function visitNote(random: Random, visitedOn: CivilDate, asOf: CivilDate) {
  const form = random.weighted(FORMS);
  const pending = daysBetween(visitedOn, asOf) < 30 && random.chance(0.6);
  return {
    form,
    instruction: random.pick(INSTRUCTIONS[form]!),
    followUp: pending ? null : random.pick(FOLLOW_UPS),
  };
}
