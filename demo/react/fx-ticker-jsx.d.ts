// Types <fx-ticker> for React 19's JSX: its properties (React 19 sets them as properties on
// a defined custom element) and its events (React 19 listens for `on<event-name>` props on
// custom elements, under the exact event name). In an app, import the types from 'fx-ticker'.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FxTicker, FxTickerErrorDetail, FxTickerProperties, FxTickerUpdateDetail } from '../../src/index.js';

interface FxTickerEventProps {
  'onfx-ticker-update'?: (event: CustomEvent<FxTickerUpdateDetail>) => void;
  'onfx-ticker-error'?: (event: CustomEvent<FxTickerErrorDetail>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'fx-ticker': DetailedHTMLProps<HTMLAttributes<FxTicker>, FxTicker> & FxTickerProperties & FxTickerEventProps;
    }
  }
}
