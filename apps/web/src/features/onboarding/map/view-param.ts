/** The map page's view is kept in its address: `/karta?visa=tabell` or `?visa=karta`. */
export const mapViewParam = 'visa';
export const mapTableValue = 'tabell';
export const mapGraphValue = 'karta';

/** The layers the drawing shows, also in the address: `?lager=natverk,funktioner`. */
export const mapLayersParam = 'lager';

export interface MapLayers {
  showNetworks: boolean;
  showPosts: boolean;
}

/** Networks on, posts off: the whole network fits legibly; posts are a layer to zoom into. */
export const defaultLayers: MapLayers = { showNetworks: true, showPosts: false };

const layerNames: Record<keyof MapLayers, string> = {
  showNetworks: 'natverk',
  showPosts: 'funktioner',
};
const layerKeys = Object.keys(layerNames) as (keyof MapLayers)[];

/** The layers named in the address; the default when it names none (`lager=` hides them all). */
export function readLayers(value: string | null): MapLayers {
  if (value === null) return defaultLayers;
  const named = new Set(value.split(','));
  return {
    showNetworks: named.has(layerNames.showNetworks),
    showPosts: named.has(layerNames.showPosts),
  };
}

export function layersValue(layers: MapLayers): string {
  return layerKeys
    .filter((key) => layers[key])
    .map((key) => layerNames[key])
    .join(',');
}
