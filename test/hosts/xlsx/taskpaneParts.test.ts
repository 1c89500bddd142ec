import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { ADD_IN_ID, ADD_IN_VERSION } from '../../../src/hosts/xlsx/addInIdentity';
import { readSourceFile } from '../../../src/hosts/xlsx/readSourceFile';
import { TASKPANES_PART, WEBEXTENSION_PART, withTaskpaneParts } from '../../../src/hosts/xlsx/taskpaneParts';
import { templateWorkbook } from '../../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from '../../support/campaigns';
import { cli } from '../../support/cli';
import { convert } from '../../support/libreoffice';

jest.setTimeout(240_000);

const root = join(__dirname, '..', '..', '..');
const manifest = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(readFileSync(join(root, 'manifest.xml'), 'utf8')).OfficeApp;
const REQUEST = { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1', 'B2'] };

let dir: string;
let written: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tongket-taskpane-'));
  const run = await cli('templates', '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--forms', 'B1,B2', '--out', join(dir, 'huyen.xlsx'));
  expect(run.code).toBe(0);
  written = new Uint8Array(readFileSync(join(dir, 'huyen.xlsx')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const part = async (bytes: Uint8Array, path: string) => (await JSZip.loadAsync(bytes)).file(path)?.async('string');

describe('the workbooks `tongket templates` writes', () => {
  it('name the add-in of manifest.xml, by its id and version, to open its pane with them', async () => {
    expect([ADD_IN_ID, ADD_IN_VERSION]).toEqual([manifest.Id, manifest.Version]);
    const webextension = await part(written, WEBEXTENSION_PART);
    expect(webextension).toContain(`<we:reference id="${manifest.Id}" version="${manifest.Version}" store="EXCatalog" storeType="EXCatalog"/>`);
    expect(webextension).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
    expect(await part(written, TASKPANES_PART)).toContain('visibility="1"');
    expect(await part(written, 'xl/webextensions/_rels/taskpanes.xml.rels')).toContain('Target="webextension1.xml"');
    expect(await part(written, '_rels/.rels')).toContain(`Target="${TASKPANES_PART}"`);
    const types = await part(written, '[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/${WEBEXTENSION_PART}" ContentType="application/vnd.ms-office.webextension+xml"/>`);
    expect(types).toContain(`<Override PartName="/${TASKPANES_PART}" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>`);
  });

  it('are opened by the manifest’s button pane, whose TaskpaneId is the one Office opens with a document', () => {
    const action = JSON.stringify(manifest.VersionOverrides);
    expect(action).toContain('"TaskpaneId":"Office.AutoShowTaskpaneWithDocument"');
  });

  it('read as the same forms as without the parts', async () => {
    const plain = new Uint8Array(await (await templateWorkbook(NQ25, REQUEST)).xlsx.writeBuffer());
    const [tagged, untagged] = await Promise.all([readSourceFile(NQ25, { name: 'a.xlsx', bytes: written, modified: undefined }, 'x'), readSourceFile(NQ25, { name: 'a.xlsx', bytes: plain, modified: undefined }, 'x')]);
    if (tagged.kind !== 'read' || untagged.kind !== 'read') throw new Error('both should read');
    expect(tagged.sheets).toEqual(untagged.sheets);
  });

  it('are tagged once, however many times the parts are added', async () => {
    expect(await withTaskpaneParts(written)).toBe(written);
  });

  it('open in LibreOffice', async () => {
    const [output] = await convert([join(dir, 'huyen.xlsx')], 'xlsx', join(dir, 'lo'));
    const read = await readSourceFile(NQ25, { name: 'lo.xlsx', bytes: new Uint8Array(readFileSync(output as string)), modified: undefined }, 'x');
    expect(read.kind === 'read' && read.sheets.map((s) => s.name)).toEqual(['Biểu 1', 'Biểu 2']);
  });
});
