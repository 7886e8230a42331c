// `shuangpei template --out DIR`: blank township and county workbooks with dropdowns.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeCountyTemplate, writeTownshipTemplate } from '../../local/workbooks';
import type { Output } from '../output';

export const TOWNSHIP_TEMPLATE = '乡镇台账模板.xlsx';
export const COUNTY_TEMPLATE = '县级表格模板.xlsx';

export async function templateCommand(options: { out: string }, output: Output): Promise<number> {
  const dir = resolve(options.out);
  await mkdir(dir, { recursive: true });
  const files = [join(dir, TOWNSHIP_TEMPLATE), join(dir, COUNTY_TEMPLATE)];
  await writeTownshipTemplate(files[0]!);
  await writeCountyTemplate(files[1]!);
  if (output.json) process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
  else {
    output.say(`已生成空白模板：\n  ${files.join('\n  ')}`);
    output.say('乡镇模板请另存为“乡镇名称.xlsx”（如 城关镇.xlsx）后填写。');
  }
  return 0;
}
