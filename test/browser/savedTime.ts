import JSZip from 'jszip';

/**
 * A unit's file as a tool that keeps no save time writes it: its document
 * properties (docProps/core.xml) without `dcterms:modified` nor the name of
 * who saved it. ExcelJS, which makes the test files, always writes both.
 */
export async function withoutSaveTime<T extends { readonly bytes: Uint8Array }>(file: T): Promise<T> {
  const zip = await JSZip.loadAsync(file.bytes);
  const core = zip.file('docProps/core.xml');
  if (!core) return file;
  const xml = (await core.async('string')).replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, '').replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, '');
  zip.file('docProps/core.xml', xml);
  return { ...file, bytes: await zip.generateAsync({ type: 'uint8array' }) };
}
