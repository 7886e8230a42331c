// Row keys are stored in the index, audit entries and snapshot traces: none may carry an ID number.
import { containsIdNumber } from '../core/id-number';
import { BadRequestError } from '../http/errors';

interface KeyedRequest {
  rows: readonly { key: string; row?: number | null }[];
  liveKeys?: readonly string[] | undefined;
}

/** Refuses (400, nothing written) a request whose row keys hold anything shaped like an ID number. */
export function refuseIdNumberKeys(request: KeyedRequest): void {
  const row = request.rows.find((r) => containsIdNumber(r.key));
  const live = request.liveKeys?.some(containsIdNumber);
  if (!row && !live) return;
  const where = row?.row ? `第${row.row}行的` : '';
  throw new BadRequestError(
    `${where}行键像身份证号码：行键会被保存和显示，不能含身份证号码，请清空「行键」列后全量同步`,
  );
}
