// 培训菜单: the courses the county offers townships (菜单式培训), each with its form, hours and teaching unit.
import type { MenuCourse } from './model';
import { personName } from './person-names';
import type { Random } from './random';

type CourseDef = Pick<MenuCourse, 'course' | 'category' | 'form' | 'hours'> & {
  /** Who teaches it; a teacher of this unit is named. */
  unit: string;
};

const course = (
  course: string,
  category: MenuCourse['category'],
  form: MenuCourse['form'],
  hours: number,
  unit: string,
): CourseDef => ({
  course,
  category,
  form,
  hours,
  unit,
});

/** The menu, by category; class titles are made from these names (`2024年城关镇柑橘栽培技术培训班`). */
export const MENU_COURSES: readonly CourseDef[] = [
  course('党的基本知识', '党的知识', '集中办班', 8, '县委党校'),
  course('入党积极分子培训', '党的知识', '集中办班', 24, '县委党校'),
  course('发展对象集中培训', '党的知识', '集中办班', 24, '县委党校'),
  course('党章党规学习', '党的知识', '送教下乡', 6, '县委党校'),
  course('宗旨观念教育', '宗旨教育', '集中办班', 8, '县委党校'),
  course('党员先锋模范作用', '宗旨教育', '经验交流', 6, '县委组织部'),
  course('柑橘栽培技术', '农村实用技术', '现场观摩', 12, '县农业农村局'),
  course('水稻高产栽培', '农村实用技术', '现场观摩', 8, '县农业农村局'),
  course('生猪养殖技术', '农村实用技术', '集中办班', 16, '县畜牧水产事务中心'),
  course('食用菌栽培技术', '农村实用技术', '现场观摩', 8, '县农业农村局'),
  course('大棚蔬菜技术', '农村实用技术', '送教下乡', 8, '县农业农村局'),
  course('油茶低改技术', '农村实用技术', '现场观摩', 8, '县林业局'),
  course('稻田养鱼技术', '农村实用技术', '结对帮带', 12, '县畜牧水产事务中心'),
  course('茶叶加工', '农产品加工', '集中办班', 16, '县农业农村局'),
  course('农产品初加工', '农产品加工', '集中办班', 12, '县农业农村局'),
  course('腊味加工', '农产品加工', '经验交流', 6, '县市场监管局'),
  course('农产品营销', '市场营销', '集中办班', 12, '县商务局'),
  course('农村电商', '市场营销', '集中办班', 24, '县商务局'),
  course('品牌营销', '市场营销', '经验交流', 6, '县商务局'),
  course('乡村旅游', '其他', '经验交流', 8, '县文旅广体局'),
  course('安全生产', '其他', '送教下乡', 4, '县应急管理局'),
  course('法律知识', '其他', '送教下乡', 4, '县司法局'),
];

const CAPACITY: Readonly<Record<string, readonly [number, number]>> = {
  集中办班: [12, 20],
  现场观摩: [6, 10],
  送教下乡: [8, 12],
  经验交流: [5, 8],
  结对帮带: [3, 5],
};

/** The menu's courses of a category. */
export const coursesIn = (category: string): readonly CourseDef[] =>
  MENU_COURSES.filter((c) => c.category === category);

/** `2024年城关镇入党积极分子培训班` for the course 入党积极分子培训. */
export const classTitle = (year: number, township: string, course: string): string =>
  `${year}年${township}${course.replace(/培训$/, '')}培训班`;

/** The menu with its teachers and capacities (in tens). */
export function trainingMenu(random: Random): MenuCourse[] {
  return MENU_COURSES.map(({ unit, ...c }) => {
    const [from, to] = CAPACITY[c.form]!;
    return {
      ...c,
      teacher: `${unit} ${personName(random, random.chance(0.6) ? '男' : '女')}`,
      capacity: random.int(from, to) * 10,
    };
  });
}
