// Intruders going around the functions, straight to Firestore with a client SDK: firestore.rules refuses
// every write, and every read but a county leader's own assessment results.
import { readFileSync } from 'node:fs';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorHost, projectIdFor } from '../support/emulator';

const COUNTY = '示范县';
/** One document of every kind the system keeps. */
const DOCS = [
  `counties/${COUNTY}/townships/城关镇/members/m1`,
  `counties/${COUNTY}/townships/城关镇/talents/t1`,
  `counties/${COUNTY}/townshipSettings/s1`,
  `counties/${COUNTY}/persons/members_abc`,
  `counties/${COUNTY}/audit/a1`,
  `counties/${COUNTY}/assessments/2026`,
  `counties/${COUNTY}/assessments/2026/snapshots/x/townships/城关镇`,
  'counties/邻县/assessments/2026',
  'securityLog/r1',
  'users/clerk@chengguan.example',
];
const COLLECTIONS = [
  `counties/${COUNTY}/townships/城关镇/members`,
  `counties/${COUNTY}/persons`,
  `counties/${COUNTY}/audit`,
  'securityLog',
  'users',
  'counties',
];

let env: RulesTestEnvironment;
beforeAll(async () => {
  const [host, port] = emulatorHost().split(':');
  env = await initializeTestEnvironment({
    projectId: projectIdFor(import.meta.url),
    firestore: { host: host!, port: Number(port), rules: readFileSync('firestore.rules', 'utf8') },
  });
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (ctx) => {
    for (const path of DOCS) await setDoc(doc(ctx.firestore(), path), { seeded: true, county: COUNTY });
  });
});
afterAll(() => env.cleanup());

type ClientDb = ReturnType<ReturnType<RulesTestEnvironment['unauthenticatedContext']>['firestore']>;
const who: Record<string, () => ClientDb> = {
  anonymous: () => env.unauthenticatedContext().firestore(),
  clerk: () =>
    env.authenticatedContext('clerk', { role: 'clerk', county: COUNTY, township: '城关镇' }).firestore(),
  'leader of another county': () =>
    env.authenticatedContext('l2', { role: 'leader', county: '邻县' }).firestore(),
  'admin claim': () => env.authenticatedContext('x', { role: 'admin' }).firestore(),
  'leader of the county': () =>
    env.authenticatedContext('l1', { role: 'leader', county: COUNTY }).firestore(),
};

describe('direct client access to Firestore', () => {
  it.each(Object.keys(who))('%s can write, update or delete nothing at all', async (name) => {
    const db = who[name]!();
    for (const path of DOCS) {
      await assertFails(setDoc(doc(db, path), { tampered: true }));
      await assertFails(updateDoc(doc(db, path), { tampered: true }));
      await assertFails(deleteDoc(doc(db, path)));
    }
    await assertFails(setDoc(doc(db, 'users/me@example.com'), { role: 'admin', county: COUNTY }));
    await assertFails(setDoc(doc(db, 'securityLog/cover-up'), { code: 'NOTHING_HAPPENED' }));
  });

  it.each(Object.keys(who))(
    '%s can read no row, person, audit entry, refusal or user, nor list them',
    async (name) => {
      const db = who[name]!();
      for (const path of DOCS.filter((p) => !p.includes('/assessments/')))
        await assertFails(getDoc(doc(db, path)));
      for (const path of COLLECTIONS) await assertFails(getDocs(collection(db, path)));
      for (const group of ['members', 'persons', 'audit', 'snapshots'])
        await assertFails(getDocs(collectionGroup(db, group)));
    },
  );

  it('lets only a leader of the county read its assessment results', async () => {
    const own = `counties/${COUNTY}/assessments/2026`;
    await assertSucceeds(getDoc(doc(who['leader of the county']!(), own)));
    await assertFails(getDoc(doc(who['leader of the county']!(), 'counties/邻县/assessments/2026')));
    for (const name of ['anonymous', 'clerk', 'leader of another county', 'admin claim']) {
      await assertFails(getDoc(doc(who[name]!(), own)));
    }
    await env.withSecurityRulesDisabled(async (ctx) => {
      expect((await getDoc(doc(ctx.firestore(), own))).data()).toEqual({ seeded: true, county: COUNTY });
    });
  });
});
