// A class held for a request names the request's number in the same township's 培训申报.
import { defineReference } from '../define-reference';
import { trainingRequestsLedger } from '../training-requests/ledger';
import { trainingsLedger } from './ledger';

export const trainingReferences = [
  defineReference(trainingsLedger, trainingRequestsLedger, {
    ruleId: 'training.request-exists',
    label: '不在本乡镇培训申报',
    field: 'requestNo',
    missing: '本乡镇「培训申报」中没有这个申报编号；请核对，或清空此格',
  }),
];
