// Norway in a transverse Mercator centred on 15° E (as UTM zone 33, the national mapping standard), fitted to
// a width. A plain function so that server rendering, tests and the browser all agree.
import { geoTransverseMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

export function norwayProjection(width: number, extent: GeoPermissibleObjects): GeoProjection {
	return geoTransverseMercator().rotate([-15, 0]).fitWidth(width, extent);
}
