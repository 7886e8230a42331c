// A contact is logged against a pair of the county's 帮带结对, found by its mentee and 帮带类型.
import { defineReference } from '../define-reference';
import { pairsLedger } from '../pairs/ledger';
import { mentoringLogsLedger } from './ledger';

export const mentoringLogReferences = [
  defineReference(mentoringLogsLedger, pairsLedger, {
    ruleId: 'log.pair-exists',
    label: '找不到对应结对',
    field: 'menteeId',
    qualifier: 'pairType',
    missing: '全县「帮带结对」中没有这个被帮带人的同类结对；请核对身份证号和帮带类型，或先登记结对',
  }),
];
