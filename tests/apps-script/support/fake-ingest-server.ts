// A stand-in for `ingest` in the vm tests: the real row validation, an in-memory store, and switchable outages.
import { ledgerById } from '../../../functions/src/core/ledgers';
import { headerIssues, mapHeaders, validateRow } from '../../../functions/src/core/validation';
import type { FetchAnswer, FetchRequest } from '../fakes/fake-url-fetch';

interface Stored {
  revision: number;
  content: string;
  deleted: boolean;
}

interface Body {
  ledger: string;
  headers?: string[];
  rows: {
    key: string;
    revision: number;
    row?: number;
    cells: Record<string, string | number | boolean | null>;
  }[];
  liveKeys?: string[];
}

const json = (status: number, body: unknown): FetchAnswer => ({ status, body: JSON.stringify(body) });

export class FakeIngestServer {
  readonly store = new Map<string, Stored>();
  /** Answer every request with this status instead (503, 429, …). */
  outage: number | null = null;
  today = '2026-11-25';
  /** Ledger id → the `choices` its answers carry (as the real server lists a county tab's entries). */
  readonly choices: Record<string, Record<string, string[]>> = {};
  readonly assessed: unknown[] = [];

  readonly handle = (request: FetchRequest): FetchAnswer => {
    if (!request.headers.Authorization?.startsWith('Bearer ')) {
      return json(401, { error: { code: 'TOKEN_MISSING', message: '缺少身份令牌' } });
    }
    if (this.outage) {
      return json(this.outage, {
        error: { code: 'UNAVAILABLE', message: '数据库暂时无法连接，本次同步未完成，请稍后重新同步' },
      });
    }
    if (request.url.endsWith('/assessNow')) {
      this.assessed.push(JSON.parse(request.payload));
      return json(200, { year: 2026, message: '已计算 2 个乡镇' });
    }
    const body = JSON.parse(request.payload) as Body;
    const ledger = ledgerById(body.ledger)!;
    const issues = headerIssues(ledger, mapHeaders(ledger, body.headers ?? []));
    if (issues.errors.length && body.rows.length) {
      const message = issues.errors.join('\n');
      return json(422, {
        error: { code: 'SHEET_UNREADABLE', message, details: { sheetErrors: issues.errors } },
      });
    }
    const rows = body.rows.map((row) => {
      const id = `${body.ledger}/${row.key}`;
      const old = this.store.get(id);
      const v = validateRow(ledger, row.cells, { today: this.today });
      const strip = (x: { ruleId: string; field: string; column: string; message: string }) => ({
        ruleId: x.ruleId,
        field: x.field,
        column: x.column,
        message: x.message,
      });
      const status = v.errors.length ? 'error' : v.warnings.length ? 'warning' : 'ok';
      const outcome = {
        key: row.key,
        row: row.row ?? null,
        status,
        errors: v.errors.map(strip),
        warnings: v.warnings.map(strip),
      };
      if (old && !old.deleted && row.revision < old.revision) return { ...outcome, result: 'stale' };
      const content = JSON.stringify([row.row, row.cells]);
      const same = old && !old.deleted && old.content === content;
      this.store.set(id, { revision: Math.max(row.revision, old?.revision ?? 0), content, deleted: false });
      return { ...outcome, result: same ? 'unchanged' : old && !old.deleted ? 'updated' : 'created' };
    });
    let deleted = 0;
    if (body.liveKeys) {
      const live = new Set([...body.liveKeys, ...body.rows.map((r) => r.key)]);
      for (const [id, stored] of this.store) {
        const [ledgerId, key] = id.split('/') as [string, string];
        if (ledgerId === body.ledger && !stored.deleted && !live.has(key)) {
          stored.deleted = true;
          deleted++;
        }
      }
    }
    const choices = this.choices[body.ledger];
    return json(200, {
      sheetWarnings: issues.warnings,
      rows,
      counts: { received: rows.length, deleted },
      ...(choices ? { choices } : {}),
    });
  };

  /** Keys stored and not deleted, for one ledger. */
  liveKeys(ledger: string): string[] {
    return [...this.store]
      .filter(([id, s]) => id.startsWith(`${ledger}/`) && !s.deleted)
      .map(([id]) => id.slice(ledger.length + 1));
  }
}
