// A workbook as a county already keeps it: title row, own column order, extra columns, Excel dates, formulas.
import ExcelJS from 'exceljs';

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

/** The 乡土人才 sheet: merged title in row 1, headers in row 2 (shuffled, `姓名*`, extra 序号/审核人). */
function talentsSheet(workbook: ExcelJS.Workbook, village3: string) {
  const sheet = workbook.addWorksheet('乡土人才');
  sheet.mergeCells('A1:K1');
  sheet.getCell('A1').value = '白沙镇乡土人才台账（2024年）';
  sheet.getRow(2).values = [
    '序号',
    '身份证号',
    ' 姓名* ',
    '入库日期',
    '政治面貌',
    '所在村(社区)',
    '特长类别',
    '是否拔尖人才',
    '带动农户数',
    '联系电话',
    '审核人',
  ];
  sheet.getColumn(4).numFmt = 'yyyy-mm-dd';
  const rows: ExcelJS.CellValue[][] = [
    [
      1,
      '430521199005021231',
      { richText: [{ text: '李', font: { bold: true } }, { text: '春生' }] },
      utc(2024, 3, 1),
      '群众',
      village3,
      '农',
      '是',
      12,
      { text: '13800731234', hyperlink: 'tel:13800731234' },
      '张三',
    ],
    [],
    [2, Number('430521198503150429'), '王秀英', '2023/4/10', '群众', '荷花村', '牧', '否', '12', null, null],
    [3, '43052119821120072x', '刘芳', utc(2024, 3, 1, 20), '群众', '桃花村', '林', '否', { formula: 'I3+1' }],
    [4, '430521 199005021231', '李春生', '2024年3月1日', '群众', '白马村', '农', '是', { error: '#N/A' }],
    [5, null, null, '2024-05-06', '群众', '石门村', '副', null, 3],
  ];
  rows.forEach((values, i) => {
    sheet.getRow(3 + i).values = values;
  });
}

/** A 农民党员 sheet under another name, with a 行键 column: good, blank, invalid and repeated keys. */
function membersSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet('农民党员台账');
  sheet.getRow(1).values = ['行键', '姓名', '身份证号', '所在村(社区)', '入党日期', '党员类别'];
  const rows = [
    ['m-1', '王建国', '430521197001010114', '白马村', utc(1998, 7, 1), '正式党员'],
    [null, '李国强', '430521197603120513', '白马村', '2001.7.1', '正式党员'],
    ['bad key!', '陈秀兰', '43052119821120072X', '荷花村', 36_708, '正式党员'],
    ['m-1', '周敏', '430521199508081164', '桃花村', '2024/7/1', '预备党员'],
  ];
  rows.forEach((values, i) => {
    sheet.getRow(2 + i).values = values;
  });
}

/** Writes the legacy workbook; `village3` is the one cell a test edits between two imports. */
export async function writeLegacyWorkbook(path: string, village3 = '白马村'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').getCell('A1').value = '本表由白沙镇党委组织委员填报';
  talentsSheet(workbook, village3);
  membersSheet(workbook);
  await workbook.xlsx.writeFile(path);
}
