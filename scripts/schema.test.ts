import { expect, it } from 'vitest';
import fs from 'node:fs';
import { schemaJson } from './schema-json';

it('data/schema.json is generated from the TypeScript schema and up to date (run `npm run schema`)', () => {
  expect(fs.readFileSync('data/schema.json', 'utf8')).toBe(schemaJson());
  const schema = JSON.parse(schemaJson());
  expect(schema.properties.events.items.properties.type.enum).toContain('talks-round');
});
