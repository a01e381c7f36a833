import { t as e } from "./chunks/fx-ticker.js";
// src/define.ts
e.define();
export { e as FxTicker };
