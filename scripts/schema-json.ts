import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetFile } from '../src/lib/data/schema';

/** The JSON Schema text for data files; custom checks (EDTF, references) are the validator's. */
export function schemaJson(): string {
  const schema = toJsonSchema(DatasetFile, { errorMode: 'ignore' });
  return `${JSON.stringify({ ...schema, title: 'Peace-talks timeline dataset', description: 'Generated from src/lib/data/schema.ts by `npm run schema`. Dates (`when`) are EDTF; references between items are checked by `npm run validate`.' }, null, 2)}\n`;
}
