/**
 * `npm run schema`: writes data/schema.json from the valibot schema, for editors'
 * autocompletion and validation while authoring. A test checks it is up to date.
 */
import fs from 'node:fs';
import { schemaJson } from './schema-json';

fs.writeFileSync('data/schema.json', schemaJson());
console.log('wrote data/schema.json');
