export { t as FxTicker } from "./chunks/fx-ticker.js";
