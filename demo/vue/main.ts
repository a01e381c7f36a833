import { mountRatesBar } from './RatesBar.js';

mountRatesBar(document.getElementById('app')!, { source: '/rates.json' });
