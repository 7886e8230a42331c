// `shuangpei template --out DIR [--menu 县级表格.xlsx]`: blank township and county workbooks with dropdowns.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CivilDate } from '../../core/dates/civil-date';
import { ledgerById, TOWNSHIP_LEDGERS } from '../../core/ledgers';
import { choiceFieldsOf } from '../../ingest/choice-fields';
import {
  type ChoicesOf,
  countyChoices,
  noChoices,
  writeCountyTemplate,
  writeTownshipTemplate,
} from '../../local/workbooks';
import { CliError, EXIT } from '../exit-codes';
import type { Output } from '../output';
import { readWorkbookArgument } from '../read-workbook';

export const TOWNSHIP_TEMPLATE = '乡镇台账模板.xlsx';
export const COUNTY_TEMPLATE = '县级表格模板.xlsx';

/** The county tabs township dropdowns list (培训菜单), read from a county workbook. */
async function choicesFrom(file: string, today: CivilDate): Promise<ChoicesOf> {
  const workbook = await readWorkbookArgument(file);
  const wanted = new Set(TOWNSHIP_LEDGERS.flatMap((l) => choiceFieldsOf(l).map((c) => c.ledgerId)));
  const tabs = workbook.tabs.filter((t) => wanted.has(t.ledger.id));
  if (!tabs.length) {
    const names = [...wanted].map((id) => `「${ledgerById(id)!.tab}」`).join('');
    throw new CliError(
      `${file} 中没有${names}表：--menu 应指向县级表格（可用 shuangpei template 生成）`,
      EXIT.usage,
    );
  }
  return countyChoices(new Map(tabs.map((t) => [t.ledger.id, t.rows.map((r) => r.cells)])), today);
}

export async function templateCommand(
  options: { out: string; menu?: string; today: CivilDate },
  output: Output,
): Promise<number> {
  const dir = resolve(options.out);
  const menu = options.menu ? resolve(options.menu) : null;
  const choicesOf = menu ? await choicesFrom(menu, options.today) : noChoices;
  await mkdir(dir, { recursive: true });
  const files = [join(dir, TOWNSHIP_TEMPLATE), join(dir, COUNTY_TEMPLATE)];
  await writeTownshipTemplate(files[0]!, choicesOf);
  await writeCountyTemplate(files[1]!);
  const lists = TOWNSHIP_LEDGERS.flatMap((l) =>
    Object.entries(choicesOf(l)).map(([header, options]) => ({ tab: l.tab, header, options })),
  );
  if (output.json) {
    const choices = menu ? { choices: lists } : {};
    output.document({ files, ...choices });
    return 0;
  }
  output.say(`已生成空白模板：\n  ${files.join('\n  ')}`);
  for (const { tab, header, options } of lists) {
    output.say(
      options.length
        ? `「${tab}」的${header}列有下拉列表（${options.length} 项，取自 ${menu}）。`
        : `${menu} 中没有可用的${header}，「${tab}」的${header}列未设下拉列表。`,
    );
  }
  output.say('乡镇模板请另存为“乡镇名称.xlsx”（如 城关镇.xlsx）后填写。');
  return 0;
}
