/**
 * What the Export menu does, one function per format, reading the view state the reader sees:
 * the chart on screen (SVG, PNG) or the filtered events (CSV, JSON). File names start with the
 * dataset id so exports from different datasets do not collide.
 */
import type { ViewState } from '../state/view-state.svelte';
import { download } from './download';
import { eventsToCsv, eventsToDatasetFile } from './export-data';
import { findChartSvg, standaloneSvg, svgToPng } from './svg-export';
import { withHandout } from './printing.svelte';

export type ExportFormat = 'svg' | 'png' | 'csv' | 'json';

const base = (app: ViewState) => app.dataset?.meta.id ?? 'events';

function chart(): Promise<Awaited<ReturnType<typeof standaloneSvg>>> {
  // The handout (with its mini-timeline, the fallback picture) is only built on demand.
  return withHandout(async () => {
    const svg = findChartSvg();
    if (!svg) throw new Error('no chart on the page');
    return standaloneSvg(svg);
  });
}

/** Saves the export; returns the file name. */
export async function exportAs(format: ExportFormat, app: ViewState): Promise<string> {
  const dataset = app.dataset;
  if (!dataset) throw new Error('no data loaded');
  const view = app.mode === 'present' ? 'presentation' : app.view;
  const name = format === 'svg' || format === 'png' ? `${base(app)}-${view}.${format}` : `${base(app)}-events.${format}`;
  let blob: Blob;
  switch (format) {
    case 'svg':
      blob = new Blob([(await chart()).text], { type: 'image/svg+xml' });
      break;
    case 'png':
      blob = await svgToPng(await chart(), 2);
      break;
    case 'csv':
      // The byte order mark makes spreadsheet programs read the file as UTF-8 (Arabic text).
      blob = new Blob(['\uFEFF', eventsToCsv(app.filtered, dataset, app.dateOptions)], { type: 'text/csv;charset=utf-8' });
      break;
    case 'json':
      blob = new Blob([JSON.stringify(eventsToDatasetFile(app.filtered, dataset), null, 2)], { type: 'application/json' });
      break;
  }
  download(blob, name);
  return name;
}
