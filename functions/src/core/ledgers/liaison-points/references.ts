// A 联系点 row's 联系乡镇 are townships of 乡镇设置 (several may share one cell, 人民政府 may follow the name).
import { defineReference } from '../define-reference';
import { townshipSettingsLedger } from '../township-settings/ledger';
import { townshipsOf } from './contact-townships';
import { liaisonPointsLedger } from './ledger';

/** `「丁乡」不在「乡镇设置」中；现有乡镇：甲镇、乙乡。…`: what is wrong and what may be chosen instead. */
export const unknownTownships = (names: readonly string[], listed: readonly string[]): string =>
  listed.length
    ? `${names.map((n) => `「${n}」`).join('')}不在「乡镇设置」中；现有乡镇：${listed.join('、')}。请从下拉列表中选择，或先在「乡镇设置」中登记该乡镇`
    : `${names.map((n) => `「${n}」`).join('')}不在「乡镇设置」中：「乡镇设置」还没有任何乡镇，请先填写并同步「乡镇设置」`;

export const liaisonPointReferences = [
  defineReference(liaisonPointsLedger, townshipSettingsLedger, {
    ruleId: 'liaison.township-listed',
    label: '联系乡镇不在乡镇设置',
    field: 'township',
    listedIn: 'township',
    names: townshipsOf,
    missing: '不在「乡镇设置」中；请从下拉列表中选择乡镇（多个用、分隔）',
    unknown: unknownTownships,
  }),
];
