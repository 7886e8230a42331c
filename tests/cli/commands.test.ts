import { execFile } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { talentsLedger } from '../../functions/src/core/ledgers';
import { headersOf, ID, inTemplateOrder, talentRow } from '../fixtures/ledger-rows';
import { emulatorHost, projectIdFor } from '../support/emulator';
import { runCli } from './run-cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shuangpei-commands-'));
});

describe('shuangpei template and validate', () => {
  it('writes the blank templates, then finds nothing wrong in them', async () => {
    const made = await runCli(['template', '--out', dir, '--json']);
    expect(made.code).toBe(0);
    const { files } = JSON.parse(made.stdout);
    expect(files.map((f: string) => f.slice(dir.length + 1))).toEqual([
      '乡镇台账模板.xlsx',
      '县级表格模板.xlsx',
    ]);
    const clean = await runCli(['validate', files[0], '--today', '2026-11-25']);
    expect([clean.code, clean.stdout.trim()]).toEqual([0, `✔ ${files[0]}：没有发现问题`]);
  });

  it('lists every problem by tab, row and column, and exits 1', async () => {
    const file = join(dir, '城关镇.xlsx');
    await copyFile(join(dir, '乡镇台账模板.xlsx'), file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('乡土人才')!;
    sheet.getRow(2).values = inTemplateOrder(headersOf(talentsLedger), talentRow) as ExcelJS.CellValue[];
    sheet.getRow(3).values = inTemplateOrder(headersOf(talentsLedger), {
      ...talentRow,
      身份证号: '430521199005021232',
    }) as ExcelJS.CellValue[];
    sheet.getRow(4).values = inTemplateOrder(headersOf(talentsLedger), talentRow) as ExcelJS.CellValue[];
    await book.xlsx.writeFile(file);
    const result = await runCli(['validate', file, '--today', '2026-11-25', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      file,
      errors: 2,
      warnings: 0,
      problems: [
        {
          tab: '乡土人才',
          row: 3,
          column: '身份证号',
          severity: 'error',
          message: '身份证号：校验位应为 1，请核对',
        },
        {
          tab: '乡土人才',
          row: 4,
          column: '身份证号',
          severity: 'error',
          message:
            '身份证号：此人已登记，在城关镇「乡土人才」第2行；全县每人只能登记一次，请核对后删除重复行',
        },
      ],
      notes: [],
    });
    expect(result.stdout).not.toContain(ID.talentA);
  });

  it('says what is wrong with its arguments, in Chinese, and exits 2', async () => {
    const missing = await runCli(['validate', join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^✘ /);
    const bad = await runCli(['run', '--ledgers', dir, '--year', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      '✘ 选项 --year <year> 的取值「abc」无效 / invalid value: 应为 2000–2199 的整数 / an integer 2000–2199',
    );
    const typo = await runCli(['valdate']);
    expect([typo.code, typo.stderr.split('\n')[0]]).toEqual([
      2,
      "✘ 没有命令 valdate（是否想用 validate？） / error: unknown command 'valdate'",
    ]);
    const none = await runCli(['run']);
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([
      2,
      "✘ 缺少必填选项 --ledgers <dir> / error: required option '--ledgers <dir>' not specified",
    ]);
  });

  it('says in one line what the machine lacks, and exits 3', async () => {
    const work = join(dir, 'no-emulator');
    const args = ['--ledgers', join(work, 'l'), '--out', join(work, 'o'), '--data', join(work, 'd')];
    const run = await runCli(['demo', '--scale', '0.02', ...args], {
      FIRESTORE_EMULATOR_JAR: '/nowhere/x.jar',
    });
    expect(run.code).toBe(3);
    expect(run.stderr.trim()).toBe(
      "✘ FIRESTORE_EMULATOR_JAR points to /nowhere/x.jar, which does not exist: point it at cloud-firestore-emulator.jar, or unset it to use gcloud's or the Debian package's.",
    );
  });

  it('prints help in Chinese and English', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('用法 / Usage: shuangpei [options] [command]');
    expect(help.stdout).toContain('选项 / Options:');
    expect(help.stdout).toContain('命令 / Commands:');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      '生成空白乡镇台账和县级表格模板（含下拉选项）/ write blank township and county workbooks',
    );
  });
});

describe('shuangpei user', () => {
  it('adds, lists and removes accounts in Firestore (here: the emulator)', async () => {
    const env = {
      FIRESTORE_EMULATOR_HOST: emulatorHost(),
      GOOGLE_CLOUD_PROJECT: projectIdFor(import.meta.url),
    };
    const add = await runCli(
      [
        'user',
        'add',
        'Clerk@Chengguan.example',
        '--role',
        'clerk',
        '--county',
        '示范县',
        '--township',
        '城关镇',
        '--json',
      ],
      env,
    );
    expect([add.code, JSON.parse(add.stdout)]).toEqual([
      0,
      { email: 'clerk@chengguan.example', role: 'clerk', county: '示范县', township: '城关镇' },
    ]);
    const refused = await runCli(['user', 'add', 'x@y.z', '--role', 'clerk', '--county', '示范县'], env);
    expect([refused.code, refused.stderr.trim()]).toEqual([2, '✘ 乡镇组织委员须用 --township 指定乡镇']);
    const list = await runCli(['user', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toEqual([
      { email: 'clerk@chengguan.example', role: 'clerk', county: '示范县', township: '城关镇' },
    ]);
    expect((await runCli(['user', 'remove', 'clerk@chengguan.example'], env)).code).toBe(0);
    expect(JSON.parse((await runCli(['user', 'list', '--json'], env)).stdout)).toEqual([]);
  });
});

describe('scripts/deploy-gcp.sh --dry-run', () => {
  it('prints every deployment step without calling Google', async () => {
    const { stdout } = await promisify(execFile)('bash', [
      'scripts/deploy-gcp.sh',
      '--dry-run',
      'deploy.env.example',
    ]);
    expect(stdout).toContain(
      'gcloud functions deploy ingest --project my-county-shuangpei --region asia-east2 --gen2 --runtime=nodejs22',
    );
    expect(stdout).toContain('--trigger-topic=shuangpei-assess');
    expect(stdout).toMatch(
      /gcloud scheduler jobs create pubsub shuangpei-assess-daily .*--time-zone=Asia\/Shanghai/,
    );
    expect(stdout).toContain('/collectionGroups/mentoringLogs/fields/county?updateMask=indexConfig');
  });
});
