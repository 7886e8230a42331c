// Columns the system adds to every ledger tab besides the ledger's own fields.

/** First column, hidden and protected: the stable key of the row, written by the script. */
export const ROW_KEY_HEADER = '行键';
/** Second column, hidden and protected: the row's revision, bumped by the script on every edit. */
export const ROW_REVISION_HEADER = '行版本';
/** Last column, visible: 已同步 / 有错误 / 有提示 / 待同步. */
export const SYNC_STATUS_HEADER = '同步状态';
export const SYNC_STATUSES = {
  synced: '已同步',
  error: '有错误',
  warning: '有提示',
  pending: '待同步',
} as const;
