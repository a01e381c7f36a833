import { type LoadedRates } from './providers/index.js';
export declare function readCachedRates(key: string): LoadedRates | undefined;
export declare function writeCachedRates(key: string, rates: LoadedRates): void;
