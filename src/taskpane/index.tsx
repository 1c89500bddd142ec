import { createRoot } from 'react-dom/client';
import type { Campaign } from '../forms/schema';
import { BUILT_IN_CAMPAIGN } from '../forms/builtInCampaign';
import { createCampaignStore } from '../hosts/excel/campaignStore';
import { createExcelPort } from '../hosts/excel/excelPort';
import { App } from './App';

Office.onReady(() => {
  const root = document.getElementById('root');
  const portFor = (campaign: Campaign) => createExcelPort(campaign, Excel.run, Office.context.requirements, { document: Office.context.document });
  if (root) createRoot(root).render(<App builtIn={BUILT_IN_CAMPAIGN} store={createCampaignStore(Excel.run, Office.context.document.settings)} portFor={portFor} />);
});
