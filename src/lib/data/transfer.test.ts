import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from './load';
import { datasetFromJson, datasetToJson } from './transfer';

describe('datasetToJson(dataset) / datasetFromJson(json)', () => {
  it.each(['data/peace-talks.json', 'tests/fixtures/mini.json', 'tests/fixtures/hostile.json'])('gives back an equal dataset for %s', (file) => {
    const { dataset } = loadDataset(JSON.parse(fs.readFileSync(file, 'utf8')));
    const back = datasetFromJson(datasetToJson(dataset));
    expect(back).toEqual(dataset);
    expect(back.actors).toBeInstanceOf(Map);
    expect([...back.events.map((e) => e.id)]).toEqual(dataset.events.map((e) => e.id));
  });
});
