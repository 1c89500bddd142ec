import { BroadcastChannel } from 'node:worker_threads';
import { consolidate } from '../src/core/merge/consolidate';
import { createFakeExcel } from '../src/dev/fake-excel';
import { createExcelPort } from '../src/hosts/excel/excelPort';
import { BUILT_IN_CAMPAIGN as CAMPAIGN } from '../src/forms/builtInCampaign';
import { openBookSource } from '../src/taskpane/merge/openBookSource';
import { readSources } from '../src/taskpane/merge/readFiles';
import { describeWorkbook } from '../src/taskpane/openWorkbooks/describeWorkbook';
import { OpenWorkbooksHub } from '../src/taskpane/openWorkbooks/hub';
import type { Channel, OpenBook } from '../src/taskpane/openWorkbooks/protocol';
import { memoryRegistry } from '../src/taskpane/openWorkbooks/registry';
import type { UnitFile } from '../test/support/units';
import { line } from './line';

const READ_AT = '25/11/2026 09:00';

/**
 * "Sổ đang mở" with `files.length` units' workbooks open: each a simulated pane
 * (an in-memory Excel holding the unit's file, its port and its hub) on one
 * BroadcastChannel, and the province's pane. Timed from "Thêm tất cả" to the
 * summary written: every pane sends its file (getFileAsync in 1 MB slices, in
 * chunks over the channel), the province reads each as a picked file, merges
 * and writes. All panes share this one process, so the time is the sum of their
 * work; in Excel each pane has its own.
 */
export async function openWorkbooksBench(files: readonly UnitFile[]): Promise<void> {
  const name = `bench-${process.pid}-${Date.now()}`;
  const registry = memoryRegistry();
  const hubs: OpenWorkbooksHub[] = [];
  const hubOf = () => {
    const hub = new OpenWorkbooksHub({ channel: new BroadcastChannel(name) as unknown as Channel, registry, answerMs: 120_000 });
    hubs.push(hub);
    return hub;
  };
  try {
    for (const file of files) {
      const excel = createFakeExcel({ apiVersion: 1.9 });
      await excel.openXlsx(file.bytes, `C:\\Don vi\\${file.name}`);
      const port = createExcelPort(CAMPAIGN, excel.run, excel.requirements, { document: excel.document });
      hubOf().serve(() => describeWorkbook(port, CAMPAIGN, port.workbookName()), (readAt) => port.ownSource(readAt));
    }
    const excel = createFakeExcel({ apiVersion: 1.9 });
    const port = createExcelPort(CAMPAIGN, excel.run, excel.requirements, { document: excel.document });
    const hub = hubOf();
    const books = await new Promise<readonly OpenBook[]>((resolve) => {
      const stop = hub.subscribe((listed) => {
        if (listed.length === files.length) {
          queueMicrotask(() => stop());
          resolve(listed);
        }
      });
    });

    const started = performance.now();
    const reads = await readSources(port.readSourceFile, books.map((book) => openBookSource(hub, book, READ_AT)), READ_AT, () => undefined, new AbortController().signal);
    const received = performance.now();
    const consolidation = consolidate(CAMPAIGN, { reads, options: { includeUnitsWithErrors: false }, by: { unitName: 'Ban Dân vận Tỉnh ủy', unitType: 'tinh' }, roster: undefined, mergedAt: READ_AT });
    await port.writeConsolidation(consolidation, async () => true, () => undefined);
    const written = performance.now();
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    line(
      `Sổ đang mở: "Thêm tất cả" → summary written, ${files.length} open workbooks`,
      `${seconds(written - started)} (files sent and read ${seconds(received - started)}, merge and write ${seconds(written - received)}; ${consolidation.result.included.length} units; simulated panes in one process)`,
    );
  } finally {
    for (const hub of hubs) hub.close();
  }
}
