// Names of the sample county's townships and villages, realistic for a county in Hunan.

export const SAMPLE_COUNTY_NAME = '示范县';
/** File name (without .xlsx) of the county's own workbook. */
export const COUNTY_OFFICE = '县委组织部';

/** The fifteen townships, the county seat first. */
export const TOWNSHIP_NAMES = [
  '城关镇',
  '河口乡',
  '白沙镇',
  '石桥镇',
  '桃林乡',
  '长塘镇',
  '龙潭镇',
  '青山乡',
  '金田乡',
  '黄桥镇',
  '新坪镇',
  '杨柳乡',
  '双江镇',
  '大水乡',
  '梅溪乡',
] as const;

/** First parts of village names; each township draws its own villages from these. */
const VILLAGE_STEMS = [
  '白马 桃花 石门 新塘 枫树 龙泉 双江 长冲 团结 红星 黄土 杨柳 荷花 青山 大坪 金星 马头 竹山 清水 高峰 沙坪 茶园 柏树 凤凰 太平 和平',
  '上湾 下湾 东冲 西冲 南岭 北山 李家 王家 刘家 陈家 张家 周家 罗家 谭家 梅塘 莲花 松林 樟树 楠木 桂花 兰溪 田心 中和 同心 联合 光明',
  '胜利 幸福 五星 群英 兴隆 永丰 丰收 富民 长青 水口 塘湾 石板 岩门 鹤鸣 龙口 铁炉 油溪 花桥 大塘 小塘 古楼 江边 河西 河东 洪山 牌楼',
]
  .join(' ')
  .split(' ');

/** `count` distinct village names per township, the first a 社区 in the township seat. */
export function villagesFor(townshipIndex: number, count: number, shuffled: readonly string[]): string[] {
  const seat = `${TOWNSHIP_NAMES[townshipIndex]!.slice(0, 2)}社区`;
  const start = (townshipIndex * count) % shuffled.length;
  const stems = Array.from({ length: count - 1 }, (_, i) => shuffled[(start + i) % shuffled.length]!);
  return [seat, ...stems.map((stem) => `${stem}村`)];
}

export const villageStems = (): readonly string[] => VILLAGE_STEMS;
