// A request asks for a course of the county's 培训菜单, named exactly as there.
import { defineReference } from '../define-reference';
import { trainingMenuLedger } from '../training-menu/ledger';
import { trainingRequestsLedger } from './ledger';

export const trainingRequestReferences = [
  defineReference(trainingRequestsLedger, trainingMenuLedger, {
    ruleId: 'request.course-on-menu',
    label: '不在培训菜单',
    field: 'course',
    missing: '不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致',
  }),
];
