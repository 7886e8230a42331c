// How the county report's 主要成效 groups its figures (人才效应, 示范效应, 优化效应), by 全县统计 key.

export interface SummaryGroup {
  /** 一是人才效应。 */
  heading: string;
  /** The report's own sentences before the figures. */
  lead: string;
  /** Statistic keys, in the order the paragraph quotes them. */
  keys: readonly string[];
  /** The report's own sentence after the figures. */
  close: string;
}

export const SUMMARY_GROUPS: readonly SummaryGroup[] = [
  {
    heading: '一是人才效应。',
    lead: '开展“双培双带”的着眼点在于改善农村党员队伍素质结构，全面提高农村党员的整体素质。通过开展“双培双带”，',
    keys: [
      'talentsAdmittedTotal',
      'talentsAdmittedThisYear',
      'annualTarget',
      'membersInVillageCommittees',
      'villageHeads',
      'talentPool',
      'members',
      'membersWithSkills',
      'membersWithSkillsShare',
    ],
    close: '农民党员的先进性明显增强，基层党组织的凝聚力、战斗力和创造力进一步增强。',
  },
  {
    heading: '二是示范效应。',
    lead: '广大农村党员乡土人才充分发挥先锋模范作用，积极兴办科技示范基地，主动帮带困难农户，示范带动农民群众调整产业结构，发展农村经济。目前，',
    keys: [
      'bases',
      'householdsLed',
      'talentsApproachingParty',
      'talentApplicationsTwoYears',
      'mentors2p1',
      'mentees2p1',
      'mentors1p1',
      'mentees1p1',
      'mentoringContacts',
    ],
    close: '起到了以点带面的效果。',
  },
  {
    heading: '三是优化效应。',
    lead: '通过对农村党员和致富能人的双向培养，把一批政治素质好、致富能力强的青年农民及时吸纳入党，优化了农村党员队伍年龄、知识、技能和“双带”结构。目前，',
    keys: [
      'membersUnder35',
      'membersUnder35Share',
      'highSchoolOrAboveShare',
      'trainingClassesTwoYears',
      'traineesTwoYears',
      'skilledTraineesTwoYears',
      'trainingRequestsThisYear',
      'trainingRequestsServed',
    ],
    close: '农村党员的先进性明显增强。',
  },
];

/** The paragraph for figures of a newer snapshot that no group names (so that every figure is written). */
export const OTHER_GROUP: SummaryGroup = { heading: '此外，', lead: '', keys: [], close: '' };
