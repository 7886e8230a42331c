// The `shuangpei` command: templates, offline validation, the local end-to-end run, the local server, the demo,
// the drafted documents.
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config/env-config';
import { civilDateInCounty } from '../core/dates/civil-date';
import { parseDateCell } from '../core/dates/parse-date-cell';
import { EmulatorMissingError } from '../local/firestore-emulator';
import { bilingualError, bilingualTitle } from './commander-words';
import { demoCommand } from './commands/demo';
import { reportCommand } from './commands/report';
import { runCommand } from './commands/run';
import { serveCommand } from './commands/serve';
import { templateCommand } from './commands/template';
import { userAddCommand, userListCommand, userRemoveCommand } from './commands/user';
import { validateCommand } from './commands/validate';
import { CliError, EXIT } from './exit-codes';
import { createOutput } from './output';

const date = (value: string) => {
  const parsed = parseDateCell(value);
  if (!parsed.ok || !parsed.value)
    throw new InvalidArgumentError('日期格式应为 2026-11-25 / date as 2026-11-25');
  return parsed.value;
};
const integer = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`应为 ${min}–${max} 的整数 / an integer ${min}–${max}`);
  return n;
};
const positive = (value: string) => {
  const n = Number(value);
  if (!(n > 0 && n <= 4)) throw new InvalidArgumentError('应为 0–4 之间的数 / a number in (0, 4]');
  return n;
};

const today = () => civilDateInCounty(new Date());
const json = new Option('--json', '以 JSON 输出结果 / print the result as JSON');
const todayOption = new Option('--today <date>', '以此日期为“今天”（北京时间）/ pin "today"').argParser(date);
const dataOption = new Option('--data <dir>', '本地数据目录 / local data folder').default('.data');
const freshOption = new Option('--fresh', '不载入上次保存的数据 / start with an empty store');

export function buildProgram(exit: (code: number) => void): Command {
  const program = new Command('shuangpei')
    .description('双培双带台账系统（本地版）/ the 双培双带 ledger system on one machine')
    .helpOption('-h, --help', '显示帮助 / show help')
    .helpCommand('help [command]', '显示某个命令的帮助 / show help for a command')
    .showHelpAfterError('（用 --help 查看用法 / use --help）')
    .configureHelp({ styleTitle: bilingualTitle })
    .configureOutput({ outputError: (text, write) => write(bilingualError(text)) })
    .exitOverride();
  const act =
    <A extends unknown[]>(work: (...args: A) => Promise<number>) =>
    async (...args: A) =>
      exit(await work(...args));

  program
    .command('template')
    .description('生成空白乡镇台账和县级表格模板（含下拉选项）/ write blank township and county workbooks')
    .requiredOption('--out <dir>', '输出目录 / output folder')
    .option(
      '--menu <file>',
      '县级表格：培训申报的课程名称列列出其「培训菜单」/ county workbook whose menu feeds a dropdown',
    )
    .addOption(json)
    .action(act(async (o) => templateCommand({ ...o, today: today() }, createOutput(Boolean(o.json)))));

  program
    .command('validate')
    .description('离线检查一个台账工作簿，按表、行、列列出问题 / check a workbook offline')
    .argument('<file>', '乡镇或县级工作簿（.xlsx .xls .et .ods .csv）/ a township or county workbook')
    .option(
      '--county <file>',
      '县级表格：一并核对培训申报的课程名称是否在其「培训菜单」中 / county workbook for the menu check',
    )
    .option(
      '--annotate <out>',
      '写出标注副本：错误标红、提示标黄并加批注，另加「问题清单」表 / write a marked copy (.xlsx or a folder)',
    )
    .addOption(todayOption)
    .addOption(json)
    .action(
      act(async (file, o) =>
        validateCommand(
          file,
          { today: o.today ?? today(), county: o.county, annotate: o.annotate },
          createOutput(Boolean(o.json)),
        ),
      ),
    );

  program
    .command('run')
    .description('同步台账文件夹、考评并写出汇总表 / push a ledger folder, assess, write the summaries')
    .requiredOption(
      '--ledgers <dir>',
      '台账文件夹：每个乡镇一个“乡镇名.xlsx”，外加县级表格 / folder of workbooks',
    )
    .option('--year <year>', '考评年度（默认今年）/ assessment year', integer(2000, 2199))
    .option('--out <dir>', '汇总表输出目录 / output folder', 'out')
    .option('--county <name>', '县名 / county name', '示范县')
    .addOption(todayOption)
    .addOption(dataOption)
    .addOption(freshOption)
    .addOption(json)
    .action(
      act(async (o) =>
        runCommand(
          { ...o, dataDir: o.data, today: o.today ?? today(), fresh: Boolean(o.fresh) },
          createOutput(Boolean(o.json)),
        ),
      ),
    );

  program
    .command('serve')
    .description('常驻本地服务：云函数、持久化数据、每日考评、监视台账文件夹 / keep the local stack running')
    .option('--ledgers <dir>', '监视并同步的台账文件夹 / ledger folder to push and watch')
    .option('--out <dir>', '汇总表输出目录 / output folder', 'out')
    .option('--county <name>', '县名 / county name', '示范县')
    .option('--port <port>', '云函数端口 / functions port', integer(1, 65535), 8080)
    .option('--schedule <cron>', '每日考评时间（cron，北京时间）/ daily assessment (cron)', '0 6 * * *')
    .addOption(dataOption)
    .addOption(freshOption)
    .action(
      act(async (o) => serveCommand({ ...o, dataDir: o.data, fresh: Boolean(o.fresh) }, createOutput(false))),
    );

  program
    .command('demo')
    .description('生成示范县台账并完整运行一遍 / generate the sample county and run it')
    .option('--scale <n>', '规模，1 约等于报告中的县 / size, 1 ≈ the county of the report', positive, 1)
    .option('--seed <n>', '随机种子 / random seed', integer(0, 2 ** 31), 2026)
    .option('--ledgers <dir>', '示范台账写到这里 / where the sample workbooks go', 'sample-county')
    .option('--out <dir>', '汇总表输出目录 / output folder', 'out')
    .option('--year <year>', '考评年度（默认今年）/ assessment year', integer(2000, 2199))
    .addOption(todayOption)
    .addOption(dataOption)
    .addOption(freshOption)
    .addOption(json)
    .action(
      act(async (o) =>
        demoCommand(
          { ...o, dataDir: o.data, today: o.today ?? today(), fresh: Boolean(o.fresh) },
          createOutput(Boolean(o.json)),
        ),
      ),
    );

  program
    .command('report')
    .description('从最近一次考评结果生成考评结果通报和工作总结（.docx）/ draft the 通报 and the 工作总结')
    .requiredOption('--year <year>', '考评年度 / assessment year', integer(2000, 2199))
    .option('--out <dir>', '输出目录 / output folder', 'out')
    .option('--county <name>', '县名 / county name', '示范县')
    .option('--issuer <name>', '发文机关（默认“中共某县委组织部”）/ issuing body')
    .option('--issued-on <date>', '发文日期（默认考评计算日）/ date of issue', date)
    .option(
      '--project <id>',
      '读取云端 Firestore（默认读取本地数据）/ read the cloud Firestore of this project',
    )
    .addOption(dataOption)
    .addOption(json)
    .action(
      act(async (o) =>
        reportCommand(
          {
            year: o.year,
            out: o.out,
            county: o.county,
            dataDir: o.data,
            project: o.project,
            issuer: o.issuer,
            issuedOn: o.issuedOn,
          },
          createOutput(Boolean(o.json)),
        ),
      ),
    );

  const user = program
    .command('user')
    .description('管理账号（云端 Firestore 或模拟器）/ manage who may sign in');
  const project = new Option(
    '--project <id>',
    'Google Cloud 项目 / project (default: $GOOGLE_CLOUD_PROJECT)',
  );
  user
    .command('add')
    .description('登记或修改一个账号 / add or change an account')
    .argument('<email>', '邮箱 / e-mail')
    .requiredOption('--role <role>', 'clerk（乡镇组织委员）| leader（县委组织部）| admin')
    .requiredOption('--county <name>', '县名 / county')
    .option('--township <name>', '乡镇（clerk 必填）/ township (clerks)')
    .addOption(project)
    .addOption(json)
    .action(act(async (email, o) => userAddCommand(email, o, createOutput(Boolean(o.json)))));
  user
    .command('list')
    .description('列出账号 / list accounts')
    .addOption(project)
    .addOption(json)
    .action(act(async (o) => userListCommand(o, createOutput(Boolean(o.json)))));
  user
    .command('remove')
    .description('删除账号 / remove an account')
    .argument('<email>', '邮箱 / e-mail')
    .addOption(project)
    .action(act(async (email, o) => userRemoveCommand(email, o, createOutput(false))));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    const e = error as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) return EXIT.usage;
    if (error instanceof CliError) {
      process.stderr.write(`✘ ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`✘ ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof EmulatorMissingError) {
      process.stderr.write(`✘ ${error.message}\n`);
      return EXIT.environment;
    }
    process.stderr.write(`✘ 内部错误 / internal error: ${(error as Error)?.stack ?? error}\n`);
    return EXIT.internal;
  }
}
