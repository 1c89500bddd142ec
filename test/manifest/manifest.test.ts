import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * `office-addin-manifest validate` needs the network; this checks offline what
 * would break the add-in for a user: ids, URLs, icons, the requirement set and
 * the ribbon button that opens the pane.
 */

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, isArray: (name) => ['Image', 'Url', 'String', 'Set', 'Host', 'Control'].includes(name) });
const app = parser.parse(xml).OfficeApp;
const resources = app.VersionOverrides.Resources;
const urls = new Map<string, string>(resources.Urls.Url.map((u: { id: string; DefaultValue: string }) => [u.id, u.DefaultValue]));
const images = new Map<string, string>(resources.Images.Image.map((u: { id: string; DefaultValue: string }) => [u.id, u.DefaultValue]));
const shortStrings = new Map<string, string>(resources.ShortStrings.String.map((s: { id: string; DefaultValue: string }) => [s.id, s.DefaultValue]));
// Namespace URIs are names, not addresses; the app domain is checked on its own.
const everyUrl = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)]
  .map((m) => m[0])
  .filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u) && u !== app.AppDomains.AppDomain);

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('has a GUID id, a four-part version and Vietnamese names', () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe('vi-VN');
    expect(app.DisplayName.DefaultValue).toContain('Tổng kết');
    expect(app.Description.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('is released as version 1.0 or later, the version package.json names with a fourth part', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(app.Version).toBe(`${version}.0`);
    // Microsoft's online manifest validator refuses a version below 1.0.
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(1);
  });

  it('points every URL at the development server over HTTPS, on the app domain', () => {
    expect(everyUrl.length).toBeGreaterThan(5);
    for (const url of everyUrl) expect(url.startsWith('https://localhost:3000/')).toBe(true);
    expect(app.AppDomains.AppDomain).toBe('https://localhost:3000');
  });

  it('names only pages and icons that the build produces', () => {
    const pages = new Set(['taskpane.html', 'commands.html', 'help.html']);
    for (const url of everyUrl) {
      const path = url.replace('https://localhost:3000/', '');
      if (path.startsWith('assets/')) pngSize(join(root, path));
      else expect(pages.has(path)).toBe(true);
    }
    for (const page of pages) expect(readFileSync(join(root, 'src', 'pages', page), 'utf8')).toContain('<html lang="vi">');
  });

  it('declares icons whose files have the declared pixel sizes', () => {
    for (const [id, url] of images) {
      const size = Number(/(\d+)x\1/.exec(id)?.[1]);
      expect(pngSize(join(root, url.replace('https://localhost:3000/', '')))).toEqual({ width: size, height: size });
    }
    expect(pngSize(join(root, 'assets', 'icon-32.png')).width).toBe(32);
    expect(pngSize(join(root, 'assets', 'icon-64.png')).width).toBe(64);
  });

  it('requires ExcelApi 1.8 (Excel 2019 and later) and runs in Excel only', () => {
    expect(app.Hosts.Host.map((h: { Name: string }) => h.Name)).toEqual(['Workbook']);
    expect(app.Requirements.Sets.Set).toEqual([{ Name: 'ExcelApi', MinVersion: '1.8' }]);
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  it('puts a "Biểu số liệu" button in a "Tổng kết" group on the Home tab that opens the task pane', () => {
    const tab = app.VersionOverrides.Hosts.Host[0].DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab.id).toBe('TabHome');
    expect(shortStrings.get(tab.Group.Label.resid)).toBe('Tổng kết');
    const button = tab.Group.Control[0];
    expect(shortStrings.get(button.Label.resid)).toBe('Biểu số liệu');
    expect(button.Action.type).toBe('ShowTaskpane');
    expect(urls.get(button.Action.SourceLocation.resid)).toBe(app.DefaultSettings.SourceLocation.DefaultValue);
    expect(app.DefaultSettings.SourceLocation.DefaultValue).toBe('https://localhost:3000/taskpane.html');
  });
});
