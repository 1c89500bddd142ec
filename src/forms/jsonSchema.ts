import { z } from 'zod';
import { campaignSchema } from './schema';

/** Where the JSON Schema is published: beside the campaign files, which name it in "$schema". */
export const JSON_SCHEMA_FILE = 'campaigns/tongket.schema.json';

/**
 * The campaign file format as a JSON Schema, for editors' completion and
 * checking while a clerk types. Generated from the zod schema (what the file
 * looks like before expressions are parsed); the cross-checks (a rule naming a
 * row that exists, unit types naming forms) are the loader's alone.
 */
export function campaignJsonSchemaText(): string {
  const schema = z.toJSONSchema(campaignSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Bộ biểu tongket (.tongket.json)' }, null, 2)}\n`;
}
