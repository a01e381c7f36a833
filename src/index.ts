export { FxTicker, type FxTickerErrorDetail, type FxTickerProperties, type FxTickerUpdateDetail } from './fx-ticker.js';
export type { RatesSnapshot } from './snapshot.js';
