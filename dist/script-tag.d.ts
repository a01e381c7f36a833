// Types of dist/fx-ticker.js: no exports; loading it registers <fx-ticker>.
import './define.js';
export {};
