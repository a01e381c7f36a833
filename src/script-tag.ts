// The self-contained script's entry. It registers <fx-ticker> itself rather than importing
// define.js, because the bundler drops side-effect imports of modules the package does not
// list as side-effectful; and it exports nothing, so the page gets no global of its own.
import { FxTicker } from './fx-ticker.js';

FxTicker.define();
