import { describe, expect, it } from 'vitest';
import { fileNamePart, placeNameProblem } from '../../../functions/src/core/names/place-name';
import { isWellFormed, toWellFormed } from '../../../functions/src/core/names/well-formed';

describe('well-formed text', () => {
  it('finds unpaired surrogates, high or low, and keeps pairs', () => {
    expect(['城关镇', '😀', 'x\ud800y', 'x\udc00y', '\ud83d', '😀'.slice(1)].map(isWellFormed)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(toWellFormed('a\ud800b😀\udc00')).toBe('a\ufffdb😀\ufffd');
  });
});

describe('file name parts', () => {
  it('turns separators, invisible characters, lone surrogates and leading dots into _', () => {
    expect(['城关镇', 'sub/dir\\evil', '..', '.hidden', 'a\u202eb', 'x\ud800', ''].map(fileNamePart)).toEqual(
      ['城关镇', 'sub_dir_evil', '__', '_hidden', 'a_b', 'x_', '_'],
    );
  });

  it('accepts every name placeNameProblem accepts unchanged', () => {
    for (const name of ['城关镇', 'A镇.新区', '城关镇（老）', '河口乡 二村'])
      expect([placeNameProblem(name), fileNamePart(name)]).toEqual([null, name]);
  });
});
