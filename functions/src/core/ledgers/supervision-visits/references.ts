// A visit is made by a county standing-committee member listed in 联系点.
import { defineReference } from '../define-reference';
import { liaisonPointsLedger } from '../liaison-points/ledger';
import { supervisionVisitsLedger } from './ledger';

export const supervisionVisitReferences = [
  defineReference(supervisionVisitsLedger, liaisonPointsLedger, {
    ruleId: 'visit.leader-listed',
    label: '未在联系点登记',
    field: 'leader',
    missing: '不在「联系点」中；请先在「联系点」登记这位县委常委的联系乡镇',
  }),
];
