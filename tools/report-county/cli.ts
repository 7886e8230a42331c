// `npm run report-county -- --out DIR`: writes the report county's workbooks and prints the figures they must give.
import { parseArgs } from 'node:util';
import { generateReportCounty } from './generate-report-county';
import { TODAY, YEAR } from './plan';
import { writeReportCounty } from './write-report-county';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'report-county' } } });
const county = generateReportCounty();
const paths = await writeReportCounty(values.out!, county);
console.log(
  `已写出 ${paths.length} 个工作簿到 ${values.out}（${county.name}，${YEAR}年度，计算日 ${TODAY}）`,
);
console.log(`应拒收的行（故意填错）：${county.refusedRows}`);
console.table(county.expected);
console.log(
  `核对：shuangpei run --ledgers ${values.out} --year ${YEAR} --today ${TODAY} --county ${county.name} --json`,
);
