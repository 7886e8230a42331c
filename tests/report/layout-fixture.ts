// The fixture county assessed with every 定性考评 entered, and how the layout tests read cells.
import { assessFixture, qualitative } from '../fixtures/assessment-county';

// Every township has its 定性考评 (青山乡 scored 0), so the ranking is final and marks are given (issue 14).
export const entered = {
  year: 2026,
  township: '青山乡',
  score: 0,
  bonus: null,
  penalty: null,
  remarks: '未报送材料',
};
export const result = assessFixture({ qualitative: [...qualitative, entered] });
export const computedAt = new Date('2026-11-24T22:00:00Z'); // 06:00 in Asia/Shanghai
export const plain = (cell: unknown) =>
  cell && typeof cell === 'object' && 'value' in cell ? (cell as { value: number }).value : cell;
export const INFO = '计算时间：2026-11-25 06:00　考评年度：2026';
