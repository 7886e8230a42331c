// The columns 农民党员 and 乡土人才 both hold about a person, defined once (the person rules they share are in
// person-rules.ts).
import { educationLevelOf } from './education-levels';
import { EDUCATION_LEVELS, SEXES } from './enumerations';
import { field } from './field';

export const personNameField = field.personName('name', '姓名', { required: true });

export const idNumberField = field.idNumber('idNumber', '身份证号', {
  required: true,
  hint: '18位居民身份证号码',
  aliases: ['身份证号码', '公民身份号码', '身份证'],
});

export const sexField = field.choice('sex', '性别', SEXES, { hint: '可不填，按身份证号判断' });

export const educationField = field.choice('education', '文化程度', EDUCATION_LEVELS, {
  canonical: educationLevelOf,
  hint: '可填 大学本科、大学专科、中专、职业高中、技工学校、普通高中 等，按对应文化程度统计',
  aliases: ['学历'],
});

export const villageField = field.text('village', '所在村(社区)', {
  required: true,
  maxLength: 50,
  aliases: ['所在村', '所在村社区', '村(社区)', '所在村(居)', '村别'],
});
