import { createApp, defineComponent, ref, type App, type PropType } from 'vue';
// In an app: import 'fx-ticker/define.js'; and the types from 'fx-ticker'.
import '../../src/define.js';
import type { FxTickerUpdateDetail, RatesSnapshot } from '../../src/index.js';

/**
 * Tells Vue's template compiler that <fx-ticker> is a custom element, not a Vue component
 * to resolve. Compiling in the browser, Vue also finds tags already registered; compiling
 * ahead of time (SFCs with Vite) it cannot, so there the same function goes in vite.config:
 * `vue({ template: { compilerOptions: { isCustomElement } } })`.
 */
export const isCustomElement = (tag: string): boolean => tag === 'fx-ticker';

/** A dark rates strip with the date of the rates under it, as a Vue 3 component. */
export const RatesBar = defineComponent({
  name: 'RatesBar',
  props: {
    /** URL of the rates; the ticker's default public source when left out. */
    source: String,
    /** Rates to show without a request (with `source="none"`), in the feed format. */
    rates: Object as PropType<RatesSnapshot>,
    symbols: { type: String, default: 'KZT UZS KGS' },
  },
  emits: {
    update: (detail: FxTickerUpdateDetail) => detail.snapshot !== undefined,
  },
  setup(_props, { emit }) {
    const asOf = ref<string>();
    const onUpdate = (event: CustomEvent<FxTickerUpdateDetail>): void => {
      asOf.value = event.detail.snapshot.asOf;
      emit('update', event.detail);
    };
    return { asOf, onUpdate };
  },
  // The template an SFC would hold. `.prop` passes an object as a property.
  template: `
    <section class="rates-bar">
      <fx-ticker
        :source="source"
        :rates.prop="rates"
        :symbols="symbols"
        theme="dark"
        label="Exchange rates against the US dollar"
        @fx-ticker-update="onUpdate"
      ></fx-ticker>
      <p class="rates-date">{{ asOf ? 'Rates as of ' + asOf : 'Loading rates…' }}</p>
    </section>
  `,
});

/** Mounts a RatesBar app on `target`, with the compiler told about <fx-ticker>. */
export function mountRatesBar(
  target: Element,
  props: { source?: string; rates?: RatesSnapshot; symbols?: string; onUpdate?: (detail: FxTickerUpdateDetail) => void } = {},
): App {
  const app = createApp(RatesBar, props);
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(target);
  return app;
}
