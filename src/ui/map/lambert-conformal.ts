/**
 * Lambert conformal conic projection on a sphere, with the theatre map's local frame.
 * Pure arithmetic, shared by the map build script and the game, so that a point typed in
 * longitude and latitude lands where the shipped outlines put it.
 */

/** A longitude/latitude pair in degrees, east and north positive. */
export type LonLat = readonly [lonDeg: number, latDeg: number];

/** A point in the map's local frame: units to the right and down from the top-left corner. */
export type MapPoint = readonly [x: number, y: number];

/**
 * Everything needed to go between degrees and map units. Stored in the map asset so that the
 * game can place extra points exactly as the build script did.
 */
export interface LambertConformalParams {
  /** Always 'lambert-conformal-conic'; named so that a reader of the JSON knows the projection. */
  readonly type: 'lambert-conformal-conic';
  /** Central meridian, degrees east. */
  readonly lon0Deg: number;
  /** Latitude of the origin, degrees north. */
  readonly lat0Deg: number;
  /** First standard parallel (true scale), degrees north. */
  readonly lat1Deg: number;
  /** Second standard parallel (true scale), degrees north. */
  readonly lat2Deg: number;
  /** Radius of the sphere, km (the authalic radius of WGS 84). */
  readonly radiusKm: number;
  /** Projected easting of the frame's left edge, km. */
  readonly xMinKm: number;
  /** Projected northing of the frame's top edge, km. */
  readonly yMaxKm: number;
  /** Projected km per map unit; exact on the standard parallels, within about 1% elsewhere on the map. */
  readonly kmPerUnit: number;
}

/** Forward and inverse projection between degrees and the map's local frame. */
export interface MapProjection {
  /** Degrees to map units (x right, y down). */
  readonly toMap: (point: LonLat) => MapPoint;
  /** Map units back to degrees. */
  readonly toLonLat: (point: MapPoint) => LonLat;
  /** Degrees to projected km (x east, y north) before the frame's shift and scale. */
  readonly toKm: (point: LonLat) => MapPoint;
}

const RAD = Math.PI / 180;

/** Builds the projection for the given parameters. */
export function lambertConformal(params: LambertConformalParams): MapProjection {
  const phi1 = params.lat1Deg * RAD;
  const phi2 = params.lat2Deg * RAD;
  const t = (phi: number): number => Math.tan(Math.PI / 4 + phi / 2);
  const n =
    Math.abs(phi1 - phi2) < 1e-9
      ? Math.sin(phi1)
      : Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
  const f = (Math.cos(phi1) * Math.pow(t(phi1), n)) / n;
  const rho = (phi: number): number => (params.radiusKm * f) / Math.pow(t(phi), n);
  const rho0 = rho(params.lat0Deg * RAD);

  const toKm = ([lonDeg, latDeg]: LonLat): MapPoint => {
    let dLon = lonDeg - params.lon0Deg;
    if (dLon > 180) dLon -= 360;
    if (dLon < -180) dLon += 360;
    const theta = n * dLon * RAD;
    const r = rho(latDeg * RAD);
    return [r * Math.sin(theta), rho0 - r * Math.cos(theta)];
  };
  const toMap = (point: LonLat): MapPoint => {
    const [xKm, yKm] = toKm(point);
    return [(xKm - params.xMinKm) / params.kmPerUnit, (params.yMaxKm - yKm) / params.kmPerUnit];
  };
  const toLonLat = ([x, y]: MapPoint): LonLat => {
    const xKm = x * params.kmPerUnit + params.xMinKm;
    const yKm = params.yMaxKm - y * params.kmPerUnit;
    const dy = rho0 - yKm;
    const r = Math.sign(n) * Math.hypot(xKm, dy);
    const theta = Math.atan2(Math.sign(n) * xKm, Math.sign(n) * dy);
    const phi = 2 * Math.atan(Math.pow((params.radiusKm * f) / r, 1 / n)) - Math.PI / 2;
    return [params.lon0Deg + theta / n / RAD, phi / RAD];
  };
  return { toMap, toLonLat, toKm };
}
