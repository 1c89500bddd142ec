import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaignJsonSchemaText, JSON_SCHEMA_FILE } from '../src/forms/jsonSchema';

/** `npm run campaign-schema`: writes the JSON Schema of campaign files; a test fails while the committed one differs. */
writeFileSync(join(__dirname, '..', JSON_SCHEMA_FILE), campaignJsonSchemaText());
