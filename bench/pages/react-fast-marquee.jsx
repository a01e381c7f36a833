import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import MarqueeModule from 'react-fast-marquee';
import { PREVIOUS, RATES, afterFirstItem } from './common.js';

// The package is CommonJS with its component on `default`.
const Marquee = MarqueeModule.default ?? MarqueeModule;

let setData;
function Ticker() {
  const [data, set] = useState({ rates: RATES, previous: PREVIOUS });
  setData = set;
  return (
    <Marquee speed={40} pauseOnHover>
      {Object.entries(data.rates).map(([code, rate]) => (
        <span className="item" key={code} style={{ padding: '0 16px', fontVariantNumeric: 'tabular-nums' }}>
          {code}/USD = {(1 / rate).toPrecision(4)} {((data.previous[code] / rate - 1) * 100).toFixed(2)}%
        </span>
      ))}
    </Marquee>
  );
}

createRoot(document.getElementById('root')).render(<Ticker />);
afterFirstItem();
window.strip = {
  items: () => [...document.querySelectorAll('.item')],
  // Rendered and committed at once (effects included), so an update's timing covers React's
  // work rather than ending before its scheduler runs it in a later task.
  update: (rates, previous) => flushSync(() => setData({ rates, previous })),
};
