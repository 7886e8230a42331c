// A visit is made by a county standing-committee member listed in 联系点 (on any of his rows), to a township
// of 乡镇设置.
import { defineReference } from '../define-reference';
import { townshipName } from '../liaison-points/contact-townships';
import { liaisonPointsLedger } from '../liaison-points/ledger';
import { unknownTownships } from '../liaison-points/references';
import { townshipSettingsLedger } from '../township-settings/ledger';
import { supervisionVisitsLedger } from './ledger';

export const supervisionVisitReferences = [
  defineReference(supervisionVisitsLedger, liaisonPointsLedger, {
    ruleId: 'visit.leader-listed',
    label: '未在联系点登记',
    field: 'leader',
    listedIn: 'leader',
    missing: '不在「联系点」中；请先在「联系点」登记这位县委常委的联系乡镇',
  }),
  defineReference(supervisionVisitsLedger, townshipSettingsLedger, {
    ruleId: 'visit.township-listed',
    label: '督办乡镇不在乡镇设置',
    field: 'township',
    listedIn: 'township',
    names: (text) => [townshipName(text)],
    missing: '不在「乡镇设置」中；请从下拉列表中选择乡镇',
    unknown: unknownTownships,
  }),
];
