// The county report's 主要成效 (and the figures of 主要做法 it repeats), sentence by sentence, mapped onto the
// figures the product computes (全县统计, `statistic-definitions.ts`). The generator is built so that its own
// count of the people it made gives each of them; the test checks both that and the product's figures.

/** Figures the report states exactly. */
export const REPORT_EXACT = {
  /** 已对4702名乡土人才建立了人才信息库 → talentPool (talents registered by the last counted day). */
  talentPool: 4702,
  /** 把477名乡土人才吸纳为中共党员 (其中已有477名被吸收为中共党员) → talentsAdmittedTotal. */
  talentsAdmittedTotal: 477,
  /** 全县共有3106名党员帮带各类乡土人才 → mentors2p1 (distinct mentors of 2+1 pairs that ran this year). */
  mentors2p1: 3106,
  /** …帮带各类乡土人才1558人 → mentees2p1. */
  mentees2p1: 1558,
  /** 2889名乡土人才在农村实用技术上…进行了帮带 → mentors1p1. */
  mentors1p1: 2889,
  /** 210余名…党员致富能手进入村级班子 (213) → membersInVillageCommittees. */
  membersInVillageCommittees: 213,
  /** 其中有63个担任村主职干部 → villageHeads. */
  villageHeads: 63,
  /** 35岁以下的农民党员2304名 → membersUnder35 (35岁及以下, as 党内统计 counts). */
  membersUnder35: 2304,
  /** …占15.8% → membersUnder35Share. */
  membersUnder35Share: 15.8,
  /** 高中或中专以上文化程度占32.4% → highSchoolOrAboveShare. */
  highSchoolOrAboveShare: 32.4,
  /** 力争全县每年新增300名乡土人才党员 → annualTarget (the townships' 年度发展目标 add up to it). */
  annualTarget: 300,
} as const;

/** Figures the report gives as “about”, “over” or “nearly”: the range each wording allows, both ends included. */
export const REPORT_RANGES = {
  /** 近两年就有1200余名乡土人才…递交了入党申请书 → talentApplicationsTwoYears. */
  talentApplicationsTwoYears: [1201, 1299],
  /** 教育和引导3000多乡土人才积极向党组织靠拢 → talentsApproachingParty. */
  talentsApproachingParty: [3001, 3999],
  /** 对近3000名农民党员进行了帮带 → mentees1p1. */
  mentees1p1: [2900, 2999],
  /** 举办…培训班60余期 → trainingClassesTwoYears. */
  trainingClassesTwoYears: [61, 69],
  /** 使5000多农民掌握1-2门实用技术 → skilledTraineesTwoYears. */
  skilledTraineesTwoYears: [5001, 5999],
  /** 全县60%以上农民党员掌握1至2门农村实用技术 → membersWithSkillsShare. */
  membersWithSkillsShare: [60.1, 100],
  /** 发展各类农业示范基地200余个 → bases. */
  bases: [201, 299],
  /** 示范带动5000余户农民 → householdsLed. */
  householdsLed: [5001, 5999],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * How the generator reaches them (what the product computes is in brackets):
 * - 2304 = 15.8% fixes the members at 14,582 (2304 ÷ 14,582 = 15.80%); 4,725 of them have 高中或中专以上 (32.40%).
 * - The 3106 mentors of 1558 talents: 1563 two-member pairs ran in the year (five talents had a pair 已中止 and
 *   a new one), 3126 places, 20 of them taken by a member who mentors a second talent.
 * - “3000多农民党员掌握了一定的科技实用技术” (主要做法) is older than “60%以上” (主要成效); the county follows 主要成效.
 */
export const MEMBERS = 14_582;
export const HIGH_SCHOOL_MEMBERS = 4725;
export const MEMBERS_WITH_SKILLS = 8924;
export const VILLAGE_HEAD_WEALTH_LEADERS = REPORT_EXACT.villageHeads;
export const COMMITTEE_WEALTH_LEADERS = REPORT_EXACT.membersInVillageCommittees - REPORT_EXACT.villageHeads;
