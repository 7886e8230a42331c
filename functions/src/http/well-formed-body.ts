// JSON may escape unpaired surrogates (`"x\ud800y"`) that no UTF-8 text, and so no Firestore string, can hold.
import { maskIdNumbersIn } from '../core/id-number';
import { isWellFormed, toWellFormed } from '../core/names/well-formed';
import { BadRequestError } from './errors';

/** Throws our Chinese 400 for a string of the request that is not well-formed Unicode. */
export function refuseLoneSurrogates(text: string): void {
  if (isWellFormed(text)) return;
  const shown = maskIdNumbersIn([...toWellFormed(text)].slice(0, 20).join(''));
  throw new BadRequestError(
    `请求中「${shown}」含有无法识别的字符（不成对的 UTF-16 代理项，显示为 �），请在表格中删除该字符后重新同步`,
  );
}
