import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RatesBar } from './RatesBar.js';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <RatesBar source="/rates.json" />
  </StrictMode>,
);
