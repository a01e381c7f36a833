import type { ProviderName } from './types.js';
/** What `provider="auto"` recognises, in the words its error message uses. */
export declare const EXPECTED_SHAPES: string;
/**
 * Names the provider whose response `body` looks like, from its keys alone (values are
 * checked by the adapter, which then says precisely what is wrong). Undefined for none.
 */
export declare function detectProvider(body: unknown): ProviderName | undefined;
/**
 * Names the provider a URL obviously belongs to (its public host, or Frankfurter's
 * `/v2/rates` path on a self-hosted copy), so the right query can be sent on the first
 * request. Undefined when only the response can tell.
 */
export declare function detectProviderFromUrl(source: string): ProviderName | undefined;
