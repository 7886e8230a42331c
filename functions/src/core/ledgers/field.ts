// Field definitions: one column of a ledger — key, Chinese header, kind, whether required, options.

interface FieldBase<K extends string, H extends string, R extends boolean> {
  key: K;
  header: H;
  required: R;
  /** A short Chinese hint shown as the header's note in templates. */
  hint?: string;
  /** Other headers clerks use for this column (身份证号码 for 身份证号), read as this field. */
  aliases?: readonly string[];
}

export type FieldDef<
  K extends string = string,
  H extends string = string,
  R extends boolean = boolean,
> = FieldBase<K, H, R> &
  (
    | { kind: 'text'; maxLength: number }
    | { kind: 'personName' }
    | { kind: 'idNumber' }
    | { kind: 'date' /** a plan may lie in the future */; future?: boolean }
    | { kind: 'count'; max: number }
    | { kind: 'amount'; max: number }
    | { kind: 'year' }
    | { kind: 'yesNo' }
    | { kind: 'phone' }
    | {
        kind: 'choice';
        options: readonly string[];
        /** Other names accepted for an option (`大学本科` → `本科`); the dropdown lists only the options. */
        canonical?: (typed: string) => string | null;
      }
  );

export type FieldKind = FieldDef['kind'];

/** The clean value a field holds once parsed. */
export type FieldValue<F extends FieldDef> = F extends { kind: 'choice'; options: readonly (infer O)[] }
  ? O
  : F extends { kind: 'count' | 'amount' | 'year' }
    ? number
    : F extends { kind: 'yesNo' }
      ? boolean
      : string;

interface Options<R extends boolean> {
  required?: R;
  hint?: string;
  aliases?: readonly string[];
}

const base = <const K extends string, const H extends string, const R extends boolean = false>(
  key: K,
  header: H,
  options: Options<R>,
) => ({
  key,
  header,
  required: (options.required ?? false) as R,
  ...(options.hint ? { hint: options.hint } : {}),
  ...(options.aliases ? { aliases: options.aliases } : {}),
});

/** Builders for each kind of column; keys and headers keep their literal types. */
export const field = {
  text: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> & { maxLength?: number } = {},
  ) => ({ ...base(key, header, options), kind: 'text' as const, maxLength: options.maxLength ?? 200 }),
  personName: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> = {},
  ) => ({ ...base(key, header, options), kind: 'personName' as const }),
  idNumber: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> = {},
  ) => ({ ...base(key, header, options), kind: 'idNumber' as const }),
  date: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> & { future?: boolean } = {},
  ) => ({ ...base(key, header, options), kind: 'date' as const, future: options.future ?? false }),
  count: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> & { max?: number } = {},
  ) => ({ ...base(key, header, options), kind: 'count' as const, max: options.max ?? 1_000_000 }),
  amount: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> & { max?: number } = {},
  ) => ({ ...base(key, header, options), kind: 'amount' as const, max: options.max ?? 1_000_000_000 }),
  year: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> = {},
  ) => ({ ...base(key, header, options), kind: 'year' as const }),
  yesNo: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> = {},
  ) => ({ ...base(key, header, options), kind: 'yesNo' as const }),
  phone: <const K extends string, const H extends string, const R extends boolean = false>(
    key: K,
    header: H,
    options: Options<R> = {},
  ) => ({ ...base(key, header, options), kind: 'phone' as const }),
  choice: <
    const K extends string,
    const H extends string,
    const O extends readonly string[],
    const R extends boolean = false,
  >(
    key: K,
    header: H,
    options: O,
    extra: Options<R> & { canonical?: (typed: string) => O[number] | null } = {},
  ) => ({
    ...base(key, header, extra),
    kind: 'choice' as const,
    options,
    ...(extra.canonical ? { canonical: extra.canonical } : {}),
  }),
};
