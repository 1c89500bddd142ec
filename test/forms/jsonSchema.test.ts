import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { campaignFileText } from '../../src/forms/defineForm';
import { campaignJsonSchemaText, JSON_SCHEMA_FILE } from '../../src/forms/jsonSchema';
import { CAMPAIGNS, NQ25 } from '../support/campaigns';

/** The JSON Schema editors use to complete and check a campaign file while a clerk types. */

const published = readFileSync(join(__dirname, '../..', JSON_SCHEMA_FILE), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(published));

describe('the published JSON Schema of campaign files', () => {
  it('is the one the zod schema generates (run `npm run campaign-schema` after changing the schema)', () => {
    expect(published).toBe(campaignJsonSchemaText());
  });

  it.each(CAMPAIGNS.map((c) => [c.key, c] as const))('accepts the campaign file %s', (_key, campaign) => {
    expect(validate(JSON.parse(campaignFileText(campaign))) ? [] : validate.errors).toEqual([]);
  });

  it('points an editor at the misspelt field, as the loader does', () => {
    const file = JSON.parse(campaignFileText(NQ25));
    file.forms[0].rows[1].valueKnd = file.forms[0].rows[1].valueKind;
    expect(validate(file)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.startsWith('/forms/0/rows/1'))).toBe(true);
  });

  it('describes the fields in Vietnamese, for the editor’s hints', () => {
    expect(published).toContain('Số thứ tự in ở cột STT');
  });
});
