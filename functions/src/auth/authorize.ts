// Who may write what: a clerk their own township's ledgers, a county leader the county's own tabs, an admin all.

import { ForbiddenError } from '../core/domain-errors';
import type { LedgerDef } from '../core/ledgers';

export type Role = 'clerk' | 'leader' | 'admin';
export const ROLES: readonly Role[] = ['clerk', 'leader', 'admin'];

export interface User {
  email: string;
  role: Role;
  county: string;
  /** Set for clerks: the one township they keep. */
  township: string | null;
}

/** Port: the users collection. */
export type FindUser = (email: string) => Promise<User | null>;

export interface WriteTarget {
  county: string;
  township: string | null;
  ledger: LedgerDef;
}

export function authorizeWrite(user: User | null, target: WriteTarget): User {
  if (!user) throw new ForbiddenError('此账号未登记为本系统用户，请联系县委组织部管理员开通', 'USER_UNKNOWN');
  if (user.role === 'admin') return user;
  if (user.county !== target.county) {
    throw new ForbiddenError(`此账号属于${user.county}，不能写入${target.county}的台账`, 'WRONG_COUNTY');
  }
  if (target.ledger.scope === 'county') {
    if (user.role !== 'leader') {
      throw new ForbiddenError(
        `「${target.ledger.tab}」由县委组织部填写，乡镇账号不能修改`,
        'COUNTY_TAB_ONLY_LEADER',
      );
    }
    return user;
  }
  if (user.role !== 'clerk') {
    throw new ForbiddenError(
      '县级账号只能查看乡镇台账，修改请由乡镇组织委员在本乡镇表格中进行',
      'LEADER_READ_ONLY',
    );
  }
  if (user.township !== target.township) {
    throw new ForbiddenError(
      `此账号只能写入${user.township}的台账，不能写入${target.township ?? '县级表格'}`,
      'WRONG_TOWNSHIP',
    );
  }
  return user;
}

/** Who may start an assessment by hand: a leader of the county, or an admin. */
export function authorizeAssess(user: User | null, county: string): User {
  if (!user) throw new ForbiddenError('此账号未登记为本系统用户，请联系县委组织部管理员开通', 'USER_UNKNOWN');
  if (user.role === 'admin' || (user.role === 'leader' && user.county === county)) return user;
  throw new ForbiddenError('只有县委组织部账号可以重新考评', 'ASSESS_ONLY_LEADER');
}
