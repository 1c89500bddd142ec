import JSZip from 'jszip';
import { ADD_IN_ID, ADD_IN_VERSION } from './addInIdentity';

/**
 * The parts that make Excel open the add-in's pane with a workbook, added to a
 * file ExcelJS wrote (ExcelJS cannot write them). Microsoft Learn, "Automatically
 * open a task pane with a document", "Use Open XML to tag the document": a
 * webextension part whose property `Office.AutoShowTaskpaneWithDocument` is
 * "true" and whose reference names the add-in (id and version of the manifest,
 * a store type and store), and a taskpane part pointing at it; the manifest's
 * ShowTaskpane action with TaskpaneId `Office.AutoShowTaskpaneWithDocument` is
 * the pane opened.
 *
 * Store: `EXCatalog`, "the row to use for add-ins deployed with Centralized
 * Deployment in the Microsoft 365 admin center" (the same page's table), the
 * deployment docs/TRIEN-KHAI.md §5.1 describes. `visibility="1"`: the pane opens
 * the first time the file is opened ("0" would wait for the user to start the
 * add-in from the ribbon once), at the cost, the page says, of Office.js no
 * longer turning the feature off for that file.
 */

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const WEBEXTENSION_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
export const TASKPANES_PART = 'xl/webextensions/taskpanes.xml';
export const WEBEXTENSION_PART = 'xl/webextensions/webextension1.xml';
/** This part's own id (the page's examples give each webextension part a GUID of its own, apart from the add-in's). */
const INSTANCE_ID = '{8C1C7F4E-2B6A-4F0D-9E51-3A7B2D4C6E10}';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const webextension = () =>
  `${HEAD}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="${INSTANCE_ID}">` +
  `<we:reference id="${ADD_IN_ID}" version="${ADD_IN_VERSION}" store="EXCatalog" storeType="EXCatalog"/>` +
  '<we:alternateReferences/>' +
  '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>' +
  `<we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`;

const taskpanes = () =>
  `${HEAD}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
  `<wetp:taskpane dockstate="right" visibility="1" width="360" row="4"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane>` +
  '</wetp:taskpanes>';

const taskpanesRels = () =>
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${WEBEXTENSION_REL}" Target="webextension1.xml"/></Relationships>`;

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing from the workbook ExcelJS wrote`);
  return file.async('string');
}

/** `bytes` (an .xlsx) with the add-in's task pane parts; a file that has them already is returned as it is. */
export async function withTaskpaneParts(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  if (zip.file(TASKPANES_PART)) return bytes;
  const types = await text(zip, '[Content_Types].xml');
  const rels = await text(zip, '_rels/.rels');
  zip.file(WEBEXTENSION_PART, webextension());
  zip.file(TASKPANES_PART, taskpanes());
  zip.file('xl/webextensions/_rels/taskpanes.xml.rels', taskpanesRels());
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/${WEBEXTENSION_PART}" ContentType="application/vnd.ms-office.webextension+xml"/>` +
        `<Override PartName="/${TASKPANES_PART}" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/></Types>`,
    ),
  );
  zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rIdTongketTaskpanes" Type="${TASKPANES_REL}" Target="${TASKPANES_PART}"/></Relationships>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
