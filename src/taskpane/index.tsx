import { createRoot } from 'react-dom/client';
import { NQ25 } from '../forms/nq25';
import { createExcelPort } from '../hosts/excel/excelPort';
import { App } from './App';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App campaign={NQ25} port={createExcelPort(NQ25, Excel.run, Office.context.requirements)} />);
});
