// The words a clerk writes into free-text cells: skills, specialties, bases, places, mentoring projects.

const words = (text: string): readonly string[] => text.split(' ');

/** 实用技术一/二 of a member. */
export const PRACTICAL_SKILLS = words(
  '水稻种植 柑橘栽培 生猪养殖 淡水养殖 茶叶加工 农机维修 食用菌栽培 大棚蔬菜 果树嫁接 家禽养殖 ' +
    '中药材种植 农村电商 农产品营销 烤烟种植 油茶种植 竹木加工 乡村旅游 家电维修 建筑泥瓦 肉牛养殖',
);

/** 特长描述 by 特长类别 (农林牧副渔、工商建运服). */
export const SPECIALTIES: Readonly<Record<string, readonly string[]>> = {
  农: words('水稻制种 柑橘嫁接 大棚蔬菜 烤烟种植 中药材种植 西瓜种植'),
  林: words('油茶栽培 楠竹培育 苗木繁育 果树修剪'),
  牧: words('生猪养殖 肉牛养殖 山羊养殖 土鸡养殖 蛋鸭养殖'),
  副: words('食用菌栽培 蜜蜂养殖 竹编 酿酒 豆腐加工'),
  渔: words('稻田养鱼 小龙虾养殖 网箱养鱼 鱼苗繁育'),
  工: words('农机维修 家电维修 电焊 木工'),
  商: words('农村电商 农产品经纪 超市经营 物流代办'),
  建: words('建筑泥瓦 水电安装 装修 砌筑'),
  运: words('货物运输 客运 农机作业服务'),
  服: words('农家乐 乡村旅游 红白喜事服务 理发'),
};

export const TRAINING_PLACES = words('镇党校 县委党校 村党员活动室 农技站 田间地头 示范基地 镇文化站');

/** 示范基地: what a base produces, its 产业类别 and the unit its 规模 is counted in. */
export const BASE_KINDS: readonly {
  product: string;
  industry: string;
  unit: string;
  size: [number, number];
}[] = [
  { product: '柑橘', industry: '林果', unit: '亩', size: [50, 800] },
  { product: '油茶', industry: '林果', unit: '亩', size: [100, 1500] },
  { product: '优质稻', industry: '种植', unit: '亩', size: [100, 2000] },
  { product: '蔬菜', industry: '种植', unit: '亩', size: [30, 500] },
  { product: '中药材', industry: '种植', unit: '亩', size: [50, 600] },
  { product: '生猪', industry: '养殖', unit: '头', size: [200, 5000] },
  { product: '土鸡', industry: '养殖', unit: '羽', size: [2000, 30000] },
  { product: '肉牛', industry: '养殖', unit: '头', size: [30, 400] },
  { product: '稻田养鱼', industry: '水产', unit: '亩', size: [50, 600] },
  { product: '茶叶', industry: '加工', unit: '亩', size: [100, 1200] },
  { product: '食用菌', industry: '种植', unit: '万袋', size: [5, 80] },
];

/** 帮带项目 of a 1+1 pair: the skill the top talent passes on. */
export const MENTORING_PROJECTS = words(
  '柑橘嫁接技术 生猪科学养殖 食用菌栽培 大棚蔬菜种植 油茶低改 稻田养鱼 农村电商 茶叶加工 土鸡生态养殖 中药材种植',
);

/** 帮带项目 of a 2+1 pair, when the clerk writes one. */
export const POLITICAL_MENTORING = words('思想政治帮带 党的知识学习 宗旨观念教育');
