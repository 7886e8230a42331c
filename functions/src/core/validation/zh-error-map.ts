// Chinese wording for zod's built-in issues, so no English type name reaches a clerk.
import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  date: '日期',
  array: '列表',
  object: '对象',
  record: '对象',
  null: '空值',
  undefined: '空值',
};

const zhCN = z.locales.zhCN().localeError!;

/** Describes a value in words a clerk understands. */
function describeReceived(input: unknown): string {
  if (input === undefined || input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  return TYPE_NAMES[typeof input] ?? '其他内容';
}

/** zod error map with Chinese messages; issues that carry their own message never reach it. */
export const zhErrorMap: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必填，缺少此项';
      return `应为${TYPE_NAMES[issue.expected] ?? '正确格式'}，收到的是${describeReceived(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字符`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字符`;
      if (issue.origin === 'array') return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? '格式不正确' : `格式不正确（应为${issue.format}）`;
    case 'invalid_union':
      return '格式不正确';
    default: {
      const message = zhCN(issue);
      return typeof message === 'string' ? message : (message?.message ?? '内容无效');
    }
  }
};

/** Path of an issue as a readable label: `rows[3].cells`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>((label, part) => {
    if (typeof part === 'number') return `${label}[${part}]`;
    return label ? `${label}.${String(part)}` : String(part);
  }, '');
}

/** Every issue of a failed parse as `path：message` lines. */
export const formatZodError = (error: z.ZodError): string[] =>
  error.issues.map((issue) =>
    issue.path.length ? `${pathLabel(issue.path)}：${issue.message}` : issue.message,
  );
