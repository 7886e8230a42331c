// 乡镇设置 and 定性考评 name townships: a name that cannot be a document id or a file name is an error.
import { placeNameProblem } from '../names/place-name';
import { defineRule, errorAt } from './define-rule';

export const townshipNameRule = defineRule<{ township?: string | null }>({
  id: 'county.township-name',
  label: '名称含不允许的字符',
  uses: ['township'],
  check(record) {
    const problem = record.township ? placeNameProblem(record.township) : null;
    return problem ? [errorAt('township', problem)] : [];
  },
});
