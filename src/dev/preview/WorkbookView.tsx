import { useEffect, useState } from 'react';
import { cellAddress, parseRange } from '../../core/a1';
import type { FakeExcel } from '../fake-excel';

/**
 * The in-memory workbook drawn as a grid beside the pane, refreshed as it
 * changes, with a box to type into a cell the way a user would in Excel.
 */

function useTick(ms: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), ms);
    return () => clearInterval(id);
  }, [ms]);
  return tick;
}

function SheetGrid({ excel, name }: { excel: FakeExcel; name: string }) {
  const sheet = excel.sheet(name);
  let rows = 0;
  let columns = 0;
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of sheet.merges) {
    const m = parseRange(merge);
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r += 1) for (let c = m.left; c <= m.right; c += 1) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return (
    <table style={{ borderCollapse: 'collapse', fontFamily: 'Times New Roman, serif', fontSize: 13 }}>
      <tbody>
        {Array.from({ length: rows }, (_, r) =>
          sheet.hiddenRows.has(r) ? null : (
            <tr key={r}>
              <th style={{ color: '#888', fontWeight: 'normal', padding: '0 4px' }}>{r + 1}</th>
              {Array.from({ length: columns }, (_, c) => {
                if (covered.has(`${r},${c}`)) return null;
                const cell = sheet.cells.get(`${r},${c}`);
                const shown = cell?.formula !== undefined ? 'ƒ' : cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
                return (
                  <td
                    key={c}
                    data-address={cellAddress(r, c)}
                    {...spans.get(`${r},${c}`)}
                    title={cell?.formula ?? cellAddress(r, c)}
                    style={{
                      border: cell?.borders.EdgeTop ? '1px solid #444' : '1px solid #eee',
                      background: cell?.fill ?? 'white',
                      fontWeight: cell?.font.bold ? 'bold' : 'normal',
                      fontStyle: cell?.font.italic ? 'italic' : 'normal',
                      textAlign: (cell?.horizontalAlignment?.toLowerCase() as 'left' | 'center' | 'right' | undefined) ?? 'left',
                      color: cell?.formula !== undefined ? '#2b579a' : 'black',
                      padding: '1px 4px',
                      minWidth: 24,
                      maxWidth: 260,
                    }}
                  >
                    {shown}
                  </td>
                );
              })}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

export function WorkbookView({ excel }: { excel: FakeExcel }) {
  useTick(400);
  const names = excel.sheetNames();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const active = chosen && names.includes(chosen) ? chosen : (excel.activeSheet() ?? names[0]);
  const [address, setAddress] = useState('D11');
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState('');
  if (!active) return <p style={{ padding: 16, fontFamily: 'Segoe UI, sans-serif' }}>Sổ trống: hãy chèn biểu từ ngăn bên trái.</p>;
  const type = async () => {
    const edit = await excel.userType(active, address, text);
    setAnswer(edit.accepted ? `Đã gõ "${text}" vào ${address}` : `Excel từ chối: ${edit.message}`);
  };
  return (
    <div style={{ fontFamily: 'Segoe UI, sans-serif' }}>
      <nav aria-label="Các sheet" style={{ display: 'flex', gap: 4, padding: 4, background: '#f3f3f3' }}>
        {names.map((n) => (
          <button key={n} type="button" onClick={() => setChosen(n)} aria-pressed={n === active} style={{ fontWeight: n === active ? 'bold' : 'normal' }}>
            {n}
          </button>
        ))}
      </nav>
      <form
        aria-label="Gõ vào ô"
        style={{ display: 'flex', gap: 4, padding: 4 }}
        onSubmit={(e) => {
          e.preventDefault();
          void type();
        }}
      >
        <input aria-label="Ô" value={address} onChange={(e) => setAddress(e.target.value.toUpperCase())} size={6} />
        <input aria-label="Giá trị" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Gõ</button>
        <output aria-label="Kết quả gõ">{answer}</output>
      </form>
      <div style={{ overflow: 'auto', padding: 4 }}>
        <SheetGrid excel={excel} name={active} />
      </div>
    </div>
  );
}
