// The columns of each tab as townships lay them out: the template's order and headers, or a clerk's own order
// with the header variants the ledgers accept (身份证号码, 学历, 所在村, 入库时间, 入党时间, 带动户数 …), a 序号
// column, and on 帮带结对 a 被帮带人姓名 column the ledger does not have (ignored on reading).
export type Layout = readonly (readonly [header: string, key: string])[];

const cols = (spec: string): Layout =>
  spec.split(' ').map((pair) => {
    const [header, key] = pair.split('=') as [string, string];
    return [header, key] as const;
  });

export const LAYOUTS: Record<'talents' | 'members' | 'pairs' | 'trainings' | 'bases', readonly Layout[]> = {
  talents: [
    cols(
      '序号=serial 姓名=name 身份证号=id 性别=sex 民族=ethnicity 文化程度=education 所在村(社区)=village 联系电话=phone ' +
        '特长类别=category 特长描述=description 是否拔尖人才=isTop 入库日期=registeredOn 政治面貌=status ' +
        '入党申请日期=appliedOn 确定积极分子日期=activistOn 列为发展对象日期=candidateOn 接收预备党员日期=probationaryOn ' +
        '转正日期=fullMemberOn 带动农户数=households 备注=remarks',
    ),
    cols(
      '序号=serial 所在村=village 姓名=name 性别=sex 民族=ethnicity 身份证号码=id 学历=education 联系方式=phone ' +
        '特长类别=category 特长=description 拔尖人才=isTop 入库时间=registeredOn 政治面貌=status ' +
        '递交入党申请书日期=appliedOn 确定积极分子日期=activistOn 列为发展对象日期=candidateOn ' +
        '接收预备党员日期=probationaryOn 转正日期=fullMemberOn 带动户数=households 备注=remarks',
    ),
    cols(
      '姓名=name 公民身份号码=id 性别=sex 民族=ethnicity 学历=education 所在村（社区）=village 手机号码=phone ' +
        '特长类别=category 特长说明=description 是否拔尖人才=isTop 入库日期=registeredOn 政治面貌=status ' +
        '申请入党日期=appliedOn 确定积极分子日期=activistOn 列为发展对象日期=candidateOn 接收预备党员日期=probationaryOn ' +
        '转正日期=fullMemberOn 带动农户=households 备注=remarks',
    ),
  ],
  members: [
    cols(
      '序号=serial 姓名=name 身份证号=id 性别=sex 文化程度=education 所在村(社区)=village 入党日期=joinedOn ' +
        '党员类别=category 实用技术一=skillOne 实用技术二=skillTwo 是否致富能手=wealthLeader 村级职务=post ' +
        '带动农户数=households 备注=remarks',
    ),
    cols(
      '序号=serial 所在村=village 姓名=name 性别=sex 身份证号码=id 学历=education 入党时间=joinedOn 党员类别=category ' +
        '村级职务=post 是否致富能手=wealthLeader 实用技术一=skillOne 实用技术二=skillTwo 带动户数=households 备注=remarks',
    ),
    cols(
      '姓名=name 性别=sex 公民身份号码=id 学历=education 村别=village 入党日期=joinedOn 党员类别=category ' +
        '实用技术一=skillOne 实用技术二=skillTwo 是否致富能手=wealthLeader 村级职务=post 带动农户=households 备注=remarks',
    ),
  ],
  pairs: [
    cols(
      '帮带类型=type 帮带人一身份证号=mentorOne 帮带人二身份证号=mentorTwo 被帮带人身份证号=mentee 帮带项目=project ' +
        '开始日期=startedOn 计划结束日期=plannedEndOn 结束日期=endedOn 帮带职责=duties 状态=status 成效=outcome',
    ),
    cols(
      '序号=serial 帮带类型=type 被帮带人姓名=menteeName 被帮带人身份证号=mentee 帮带人一身份证号=mentorOne ' +
        '帮带人二身份证号=mentorTwo 帮带项目=project 帮带职责=duties 开始日期=startedOn 计划结束日期=plannedEndOn ' +
        '状态=status 结束日期=endedOn 成效=outcome',
    ),
  ],
  trainings: [
    cols(
      '开班日期=startedOn 结束日期=endedOn 培训名称=title 培训类别=category 培训形式=form 地点=location 学时=hours ' +
        '参训人数=trainees 其中党员人数=memberTrainees 其中乡土人才人数=talentTrainees 掌握实用技术人数=skilledTrainees',
    ),
    cols(
      '序号=serial 培训名称=title 开班日期=startedOn 结束日期=endedOn 培训类别=category 培训形式=form 地点=location ' +
        '学时=hours 参训人数=trainees 其中党员人数=memberTrainees 其中乡土人才人数=talentTrainees ' +
        '掌握实用技术人数=skilledTrainees',
    ),
  ],
  bases: [
    cols(
      '基地名称=name 负责人身份证号=leaderId 产业类别=industry 成立日期=foundedOn 规模=scale 带动农户数=households ' +
        '年产值(万元)=output',
    ),
    cols(
      '序号=serial 基地名称=name 产业类别=industry 负责人身份证号=leaderId 成立日期=foundedOn 规模=scale ' +
        '带动农户数=households 年产值（万元）=output',
    ),
  ],
};
