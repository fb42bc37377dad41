/**
 * What the Export menu does, one function per format, reading the view state the reader sees:
 * the chart on screen (SVG, PNG), framed with its title, filters, key, credit and date
 * (export-frame.ts), or the filtered events (CSV, JSON). File names start with the
 * dataset id so exports from different datasets do not collide.
 */
import type { ViewState } from '../state/view-state.svelte';
import { download } from './download';
import { eventsToCsv, eventsToDatasetFile } from './export-data';
import { findChartSvg, standaloneSvg, svgToPng, type ExportedSvg } from './svg-export';
import { withHandout } from './printing.svelte';
import { framedSvg, frameText, type FrameText } from './export-frame';
import { shownPhrase } from './shown-phrase';
import { sidesIn } from '../timeline/shown';
import { eventsExtent } from '../data/summary';
import { firstFamily } from './font-faces';

export type ExportFormat = 'svg' | 'png' | 'csv' | 'json';

const base = (app: ViewState) => app.dataset?.meta.id ?? 'events';

/** A colour as the page resolves it (tokens are light-dark() pairs; a file needs one value). */
function resolved(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** What the frame around an exported chart says, in the reader's language. */
function frameOf(app: ViewState, svg: SVGSVGElement): FrameText {
  const dataset = app.dataset!;
  const extent = eventsExtent(dataset.events);
  const root = getComputedStyle(document.documentElement);
  return {
    title: app.text(dataset.meta.title).text,
    shown: `${shownPhrase(app)} · ${app.plural('count.events', app.filtered.length)}`,
    // The mini-timeline (views without a chart) draws every event alike; the charts colour by side.
    key: svg.hasAttribute('data-mini-timeline')
      ? [{ label: app.t('present.export.keyEvent'), colour: resolved('var(--text)') }]
      : sidesIn(app.subset ?? { dataset, index: new Uint32Array(0) }).map((side) => ({ label: app.sideName(side), colour: resolved(app.sideColour(side)) })),
    credit: dataset.meta.credit ? app.text(dataset.meta.credit).text : '',
    date: extent ? app.t('present.export.dataDate', { date: app.formatDate(extent[1] - 86_400_000, 'd MMMM yyyy') }) : '',
    dir: app.dir,
    lang: app.language,
    font: firstFamily(root.fontFamily),
    colour: root.color,
    background: root.backgroundColor,
  };
}

/** How long an export waits for a chart whose code is still on its way. */
const CHART_WAIT_MS = 5000;

/**
 * The chart on the page, once there is one: just after the first view, the view's chart or the
 * handout (whose code is fetched then, and on demand) may still be on its way, and an Export
 * clicked then waits for it rather than failing.
 */
async function chartSvg(): Promise<SVGSVGElement | null> {
  for (const until = performance.now() + CHART_WAIT_MS; ; ) {
    const svg = findChartSvg();
    if (svg || performance.now() > until) return svg;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function chart(app: ViewState): Promise<ExportedSvg> {
  // The handout (with its mini-timeline, the fallback picture) is only built on demand.
  return withHandout(async () => {
    const svg = await chartSvg();
    if (!svg) throw new Error('no chart on the page');
    const frame = frameOf(app, svg);
    return framedSvg(await standaloneSvg(svg, 2, frameText(frame)), frame);
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
      blob = new Blob([(await chart(app)).text], { type: 'image/svg+xml' });
      break;
    case 'png':
      blob = await svgToPng(await chart(app), 2);
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
