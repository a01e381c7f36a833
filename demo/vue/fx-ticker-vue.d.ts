// Types <fx-ticker> in Vue SFC templates (checked by vue-tsc / Vue - Official): its
// properties as props and its events for `@fx-ticker-update` and `@fx-ticker-error`.
// In an app, import the types from 'fx-ticker'.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { FxTicker, FxTickerErrorDetail, FxTickerProperties, FxTickerUpdateDetail } from '../../src/index.js';

interface FxTickerEvents {
  'fx-ticker-update': CustomEvent<FxTickerUpdateDetail>;
  'fx-ticker-error': CustomEvent<FxTickerErrorDetail>;
}

/**
 * Vue reads a global component's props from `$props` and its events from `$emit`; neither
 * exists on the element, so both are marked deprecated to keep them out of code that holds
 * a template ref to it.
 */
type FxTickerInTemplates = new () => FxTicker & {
  /** @deprecated Template type checking only; not on the element. */
  $props: HTMLAttributes & FxTickerProperties & PublicProps;
  /** @deprecated Template type checking only; not on the element. */
  $emit: EmitFn<{ [Name in keyof FxTickerEvents]: (event: FxTickerEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'fx-ticker': FxTickerInTemplates;
  }
}
