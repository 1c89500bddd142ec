import type { ColumnDef } from '../schema';

/** PERIODS: the two review periods, their total and a note (NQ25-FORMS.md, "Column sets"). */
export const PERIOD_COLUMNS: ColumnDef[] = [
  { key: 'p1', header: 'Giai đoạn 6/2013 – 12/2018', kind: 'input' },
  { key: 'p2', header: 'Giai đoạn 01/2019 – 6/2023', kind: 'input' },
  { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'p1 + p2' },
  { key: 'ghichu', header: 'Ghi chú', kind: 'note' },
];

/** STOCK: the figure at the start and at the end of the window, and the change. */
export const STOCK_COLUMNS: ColumnDef[] = [
  { key: 't2013', header: 'Thời điểm 6/2013', kind: 'input' },
  { key: 't2023', header: 'Thời điểm 6/2023', kind: 'input' },
  { key: 'tang', header: 'Tăng (+), giảm (–)', kind: 'formula', formula: 't2023 - t2013' },
  { key: 'ghichu', header: 'Ghi chú', kind: 'note' },
];
