// Chinese personal names: common surnames by frequency and given-name characters by sex.
import type { Random } from './random';

/** Common surnames with their relative frequency (`王72` = 王, weight 72). */
const SURNAMES: readonly (readonly [string, number])[] = (
  '王72 李70 张68 刘55 陈50 杨32 黄25 赵20 吴20 周19 徐15 孙13 马12 朱12 胡12 郭11 何10 高10 林10 罗9 ' +
  '郑8 梁8 谢8 宋7 唐7 许6 韩6 邓6 彭6 曾6 肖5 田5 董5 潘5 袁5 蒋5 蔡4 余4 杜4 叶4 程4 魏4 苏3 吕3 丁3 ' +
  '谭6 廖3 邹3 向2 欧阳1 司马0.2'
)
  .split(' ')
  .map((entry) => {
    const [, surname, weight] = /^(\D+)([\d.]+)$/.exec(entry)!;
    return [surname!, Number(weight)] as const;
  });

const MALE = '国建华明军伟勇强平志红春生林福海东兵文斌刚金荣德贵富财友光辉新武长清松峰涛宏亮成鹏';
const FEMALE = '秀英华兰芳玉珍桂梅丽红艳霞凤莲琴燕敏娟云春萍慧静婷丹雪芬香翠菊琳';

export function personName(random: Random, sex: '男' | '女'): string {
  const surname = random.weighted(SURNAMES);
  const pool = sex === '男' ? MALE : FEMALE;
  const first = pool[random.int(0, pool.length - 1)]!;
  if (random.chance(0.25)) return surname + first;
  return surname + first + pool[random.int(0, pool.length - 1)]!;
}

/** Ethnic groups as written in a talent ledger; the county is mostly 汉族 with some 瑶族, 苗族, 土家族. */
export const ETHNIC_GROUPS: readonly (readonly [string, number])[] = [
  ['汉族', 88],
  ['瑶族', 5],
  ['苗族', 3],
  ['土家族', 2],
  ['侗族', 1],
  ['回族', 1],
];
