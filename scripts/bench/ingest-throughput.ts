// Ingest throughput: 5,000 member rows in 500-row requests through HTTP, beside raw WriteBatch writes
// of the very documents ingest stored, into a second project of the same emulator.
import { Firestore } from 'firebase-admin/firestore';
import { addDays } from '../../functions/src/core/dates/civil-date';
import { composeIdNumber } from '../../functions/src/core/id-number';
import { saveUser } from '../../functions/src/store/firestore/users';
import { type BenchEntry, entry } from './results';
import type { BenchStack } from './stack';

const ROWS = 5000;
const PER_REQUEST = 500;
const COUNTY = '基准县';

export function memberCells(i: number) {
  const birth = addDays('1950-01-01', (i * 7) % 18_000);
  return {
    姓名: `党员${String.fromCodePoint(0x4e00 + (i % 2000))}${String.fromCodePoint(0x4e00 + ((i * 7) % 2000))}`,
    身份证号: composeIdNumber('430521', birth, Math.floor(i / 18_000) * 10 + (i % 10)),
    文化程度: ['初中', '高中', '大专'][i % 3],
    '所在村(社区)': `第${(i % 40) + 1}村`,
    入党日期: addDays(birth, 365 * 25),
    党员类别: '正式党员',
    实用技术一: i % 2 ? '水稻种植' : '',
    村级职务: '无',
    带动农户数: i % 12,
  };
}

export async function benchIngestThroughput(stack: BenchStack): Promise<BenchEntry> {
  const token = await stack.token('bench@clerk.example');
  const rows = Array.from({ length: ROWS + 200 }, (_, i) => ({
    key: `m${i}`,
    revision: 1,
    row: i + 2,
    cells: memberCells(i),
  }));
  const push = async (batch: typeof rows, county: string) => {
    const body = { spreadsheetId: 'bench', county, township: '城关镇', ledger: 'members', rows: batch };
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' },
      body: JSON.stringify(body),
    });
    if (response.status !== 200)
      throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
    const result = (await response.json()) as { counts: { created: number } };
    if (result.counts.created !== batch.length) throw new Error('ingest did not create every row');
  };
  // Warm up (token certificates, JIT, gRPC channel) in another county, then measure.
  await saveUser(stack.db, { email: 'bench@clerk.example', role: 'admin', county: COUNTY, township: null });
  await push(rows.slice(ROWS), '预热县');
  const started = performance.now();
  for (let i = 0; i < ROWS; i += PER_REQUEST) await push(rows.slice(i, i + PER_REQUEST), COUNTY);
  const ingestSeconds = (performance.now() - started) / 1000;

  // The same documents, written raw.
  const docs = [
    ...(await stack.db.collection(`counties/${COUNTY}/townships/城关镇/members`).get()).docs,
    ...(await stack.db.collection(`counties/${COUNTY}/persons`).get()).docs,
    ...(await stack.db.collection(`counties/${COUNTY}/audit`).get()).docs,
  ];
  const raw = new Firestore({ projectId: 'demo-bench-raw' });
  await raw.doc('warm/up').set({ at: 1 });
  const rawStarted = performance.now();
  for (let i = 0; i < docs.length; i += 500) {
    const batch = raw.batch();
    for (const doc of docs.slice(i, i + 500)) batch.set(raw.doc(doc.ref.path), doc.data());
    await batch.commit();
  }
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  await raw.terminate();

  return entry({
    name: 'ingest throughput (5,000 member rows, 500 per request)',
    value: Math.round(ROWS / ingestSeconds),
    unit: 'rows/s',
    baseline: Math.round(ROWS / rawSeconds),
    target: 0.25,
    higherIsBetter: true,
    note: `ingest ${ingestSeconds.toFixed(2)} s; raw WriteBatch of the same ${docs.length} documents ${rawSeconds.toFixed(2)} s`,
  });
}
