import { type LoadedRates } from './providers/index.js';
/**
 * Stored values are read as untrusted input (another script or an older version may have
 * written them): anything missing, malformed or invalid (`toSnapshot` throws) reads as nothing.
 */
export declare function readCachedRates(key: string): LoadedRates | undefined;
export declare function writeCachedRates(key: string, rates: LoadedRates): void;
