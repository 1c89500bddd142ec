import { createRoot } from 'react-dom/client';
import { BUILT_IN_CAMPAIGN } from '../../forms/builtInCampaign';
import { createExcelPort } from '../../hosts/excel/excelPort';
import { App } from '../../taskpane/App';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { WorkbookView } from './WorkbookView';

/**
 * The real task pane over an in-memory Excel, for `npm start` on machines
 * without Excel and for the browser tests. `?api=1.8` makes it an Excel 2019.
 */
declare global {
  interface Window {
    fakeExcel: FakeExcel;
  }
}

const api = Number(new URLSearchParams(window.location.search).get('api') ?? '1.9');
const excel = createFakeExcel({ apiVersion: api });
window.fakeExcel = excel;

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <div style={{ display: 'flex', height: '100vh' }}>
      <div style={{ width: 360, flex: 'none', borderRight: '1px solid #ccc', overflow: 'auto' }} data-testid="taskpane">
        <App campaign={BUILT_IN_CAMPAIGN} port={createExcelPort(BUILT_IN_CAMPAIGN, excel.run, excel.requirements)} />
      </div>
      <div style={{ flex: 1, overflow: 'auto' }} data-testid="workbook">
        <WorkbookView excel={excel} />
      </div>
    </div>,
  );
