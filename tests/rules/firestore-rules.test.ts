import { readFileSync } from 'node:fs';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { emulatorHost, projectIdFor } from '../support/emulator';

let env: RulesTestEnvironment;
const COUNTY = '示范县';

beforeAll(async () => {
  const [host, port] = emulatorHost().split(':');
  env = await initializeTestEnvironment({
    projectId: projectIdFor(import.meta.url),
    firestore: { host: host!, port: Number(port), rules: readFileSync('firestore.rules', 'utf8') },
  });
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, `counties/${COUNTY}/assessments/2026`), { year: 2026 });
    await setDoc(doc(db, `counties/${COUNTY}/townships/城关镇/members/m1`), { record: { name: '王建国' } });
    await setDoc(doc(db, 'users/clerk@chengguan.example'), { role: 'clerk' });
  });
});
afterAll(() => env.cleanup());

const leader = () => env.authenticatedContext('leader', { role: 'leader', county: COUNTY }).firestore();
const otherLeader = () => env.authenticatedContext('other', { role: 'leader', county: '邻县' }).firestore();
const clerk = () => env.authenticatedContext('clerk', { role: 'clerk', county: COUNTY }).firestore();
const anonymous = () => env.unauthenticatedContext().firestore();

describe('firestore.rules', () => {
  it('lets a leader of the county read its assessments', async () => {
    await assertSucceeds(getDoc(doc(leader(), `counties/${COUNTY}/assessments/2026`)));
  });

  it('refuses assessments to another county, a clerk and anyone signed out', async () => {
    for (const db of [otherLeader(), clerk(), anonymous()]) {
      await assertFails(getDoc(doc(db, `counties/${COUNTY}/assessments/2026`)));
    }
  });

  it('refuses every client write, even a leader writing assessments', async () => {
    for (const db of [leader(), clerk(), anonymous()]) {
      await assertFails(setDoc(doc(db, `counties/${COUNTY}/assessments/2026`), { year: 1 }));
      await assertFails(setDoc(doc(db, `counties/${COUNTY}/townships/城关镇/members/m9`), { x: 1 }));
      await assertFails(setDoc(doc(db, 'users/me@example.com'), { role: 'admin' }));
    }
  });

  it('refuses reading ledger rows, persons, users and audit to every client', async () => {
    for (const db of [leader(), clerk(), anonymous()]) {
      await assertFails(getDoc(doc(db, `counties/${COUNTY}/townships/城关镇/members/m1`)));
      await assertFails(getDoc(doc(db, 'users/clerk@chengguan.example')));
      await assertFails(getDoc(doc(db, `counties/${COUNTY}/audit/a1`)));
    }
  });
});
