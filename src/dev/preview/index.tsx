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
 * `?width=320` sets the pane's width in pixels (350 by default: the usual width of a task pane), as a user
 * dragging the task pane's edge in Excel would. `?book=<url>` opens that .xlsx
 * in the workbook first, as Excel opens a file (each preview page is one
 * workbook; the browser tests open units' files this way to see the panes of
 * several workbooks find each other, src/taskpane/openWorkbooks). `?web=1` is
 * Excel on the web as far as that goes: no compressed file of the workbook
 * (getFileAsync gives only Pdf there), so the pane sends its sheets' values.
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
const paneWidth = Number(params.get('width') ?? '350');
const book = params.get('book');
const excel = createFakeExcel({ apiVersion: api, requirementSets: params.get('web') === '1' ? { CompressedFile: '' } : {} });
window.fakeExcel = excel;

const store = createCampaignStore(excel.run, excel.settings);
const portFor = (campaign: Campaign) => createExcelPort(campaign, excel.run, excel.requirements, { document: excel.document });

/** The file `?book=` names, opened before the pane starts, as Excel opens a workbook before its pane loads. */
async function openBook(): Promise<void> {
  if (book === null) return;
  const response = await fetch(book);
  if (!response.ok) throw new Error(`?book=${book}: ${response.status} ${response.statusText}`);
  const url = new URL(book, window.location.href);
  await excel.openXlsx(new Uint8Array(await response.arrayBuffer()), url.href);
}

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
if (container) void openBook().then(start);

function start(): void {
  if (!container) return;
  const root = createRoot(container);
  let openings = 0;
  root.render(page(openings));
  window.reopenPane = () => root.render(page((openings += 1)));
}
