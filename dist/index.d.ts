export { FxTicker, type FxTickerErrorDetail, type FxTickerUpdateDetail } from './fx-ticker.js';
export type { RatesSnapshot } from './snapshot.js';
