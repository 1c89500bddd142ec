import { createRoot } from 'react-dom/client';
import { BUILT_IN_CAMPAIGN } from '../forms/builtInCampaign';
import { createExcelPort } from '../hosts/excel/excelPort';
import { App } from './App';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App campaign={BUILT_IN_CAMPAIGN} port={createExcelPort(BUILT_IN_CAMPAIGN, Excel.run, Office.context.requirements)} />);
});
