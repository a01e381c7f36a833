import { FxTicker } from './fx-ticker.js';

FxTicker.define();

export { FxTicker };
