// The closed lists clerks choose from (they become dropdowns in every sheet and template).

export const SEXES = ['男', '女'] as const;
export const EDUCATION_LEVELS = ['小学及以下', '初中', '高中', '中专', '大专', '本科', '研究生'] as const;
/** The dropdown of 文化程度; standard names and synonyms map onto it (education-levels.ts). */
/** 农林牧副渔、工商建运服 */
export const SPECIALTY_CATEGORIES = ['农', '林', '牧', '副', '渔', '工', '商', '建', '运', '服'] as const;
export const POLITICAL_STATUSES = [
  '群众',
  '入党申请人',
  '入党积极分子',
  '发展对象',
  '预备党员',
  '正式党员',
] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];
export const MEMBER_CATEGORIES = ['正式党员', '预备党员'] as const;
export const VILLAGE_POSTS = ['无', '委员', '书记', '主任', '书记兼主任'] as const;
/** Posts that make a member a village head (村主职干部). */
export const VILLAGE_HEAD_POSTS: readonly string[] = ['书记', '主任', '书记兼主任'];
export const PAIR_TYPES = ['2+1', '1+1'] as const;
export const PAIR_STATUSES = ['进行中', '已完成', '已中止'] as const;
export const TRAINING_CATEGORIES = [
  '党的知识',
  '宗旨教育',
  '农村实用技术',
  '农产品加工',
  '市场营销',
  '其他',
] as const;
export const TRAINING_FORMS = ['集中办班', '现场观摩', '结对帮带', '经验交流', '送教下乡'] as const;
export const REQUEST_STATUSES = ['待审核', '已安排', '已完成', '未通过', '已撤回'] as const;
/** Requests the county has taken up: only these can be served by a class (菜单式培训, 按申报施训). */
export const SCHEDULED_REQUEST_STATUSES: readonly string[] = ['已安排', '已完成'];
/** 帮带责任卡: what each kind of pair commits to. */
export const PAIR_DUTIES = { '2+1': ['学习', '思想', '作风', '生活'], '1+1': ['技术', '项目'] } as const;
export const CONTACT_FORMS = ['上门走访', '集中学习', '现场指导', '电话联系', '其他'] as const;
export const VISIT_FORMS = ['实地督查', '座谈会', '电话督办', '书面督办'] as const;
