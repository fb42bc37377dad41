/**
 * The world under the places: Natural Earth's 1:110m countries (world-atlas), shipped with the
 * app and imported only by the map view's chunk, so nothing is fetched from another origin and
 * the first view does not grow. Land is drawn as one shape and the borders as one mesh (each
 * shared border once).
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';
import countries from 'world-atlas/countries-110m.json';

export interface Basemap {
  land: FeatureCollection;
  borders: MultiLineString;
}

let cached: Basemap | null = null;

export function basemap(): Basemap {
  if (cached) return cached;
  const topology = countries as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  cached = {
    land: feature(topology, topology.objects.land) as FeatureCollection,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  return cached;
}
