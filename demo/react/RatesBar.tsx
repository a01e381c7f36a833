import { useState } from 'react';
// In an app: import 'fx-ticker/define.js'; and the types from 'fx-ticker'.
import '../../src/define.js';
import type { FxTickerUpdateDetail, RatesSnapshot } from '../../src/index.js';

export interface RatesBarProps {
  /** URL of the rates; the ticker's default public source when left out. */
  source?: string;
  /** Rates to show without a request (with `source="none"`), in the feed format. */
  rates?: RatesSnapshot;
  symbols?: string;
  onUpdate?: (detail: FxTickerUpdateDetail) => void;
}

/** A dark rates strip with the date of the rates under it, as a React 19 component. */
export function RatesBar({ source, rates, symbols = 'KZT UZS KGS', onUpdate }: RatesBarProps) {
  const [asOf, setAsOf] = useState<string>();
  return (
    <section className="rates-bar">
      <fx-ticker
        source={source}
        rates={rates}
        symbols={symbols}
        theme="dark"
        label="Exchange rates against the US dollar"
        onfx-ticker-update={(event) => {
          setAsOf(event.detail.snapshot.asOf);
          onUpdate?.(event.detail);
        }}
      />
      <p className="rates-date">{asOf ? `Rates as of ${asOf}` : 'Loading rates…'}</p>
    </section>
  );
}
