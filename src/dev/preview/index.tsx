import { createRoot } from 'react-dom/client';
import { BUILT_IN_CAMPAIGN } from '../../forms/builtInCampaign';
import type { Campaign } from '../../forms/schema';
import { createCampaignStore } from '../../hosts/excel/campaignStore';
import { createExcelPort } from '../../hosts/excel/excelPort';
import { App } from '../../taskpane/App';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { WorkbookView } from './WorkbookView';

/**
 * The real task pane over an in-memory Excel, for `npm start` on machines
 * without Excel and for the browser tests. `?api=1.8` makes it an Excel 2019;
 * `?width=320` sets the pane's width in pixels (360 by default), as a user
 * dragging the task pane's edge in Excel would.
 */
declare global {
  interface Window {
    fakeExcel: FakeExcel;
    /** Closes the task pane and opens it again on the same workbook, as a user reopening it would. */
    reopenPane: () => void;
  }
}

const params = new URLSearchParams(window.location.search);
const api = Number(params.get('api') ?? '1.9');
const paneWidth = Number(params.get('width') ?? '360');
const excel = createFakeExcel({ apiVersion: api });
window.fakeExcel = excel;

const store = createCampaignStore(excel.run, excel.settings);
const portFor = (campaign: Campaign) => createExcelPort(campaign, excel.run, excel.requirements);

/** The page: the pane beside the workbook. `opening` changes when the pane is closed and opened again on the same workbook. */
function page(opening: number) {
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <div style={{ width: paneWidth, flex: 'none', borderRight: '1px solid #ccc', overflow: 'auto' }} data-testid="taskpane">
        <App key={opening} builtIn={BUILT_IN_CAMPAIGN} store={store} portFor={portFor} />
      </div>
      <div style={{ flex: 1, overflow: 'auto' }} data-testid="workbook">
        <WorkbookView excel={excel} />
      </div>
    </div>
  );
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  let openings = 0;
  root.render(page(openings));
  window.reopenPane = () => root.render(page((openings += 1)));
}
