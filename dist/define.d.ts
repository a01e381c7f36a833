import { FxTicker } from './fx-ticker.js';
export { FxTicker };
