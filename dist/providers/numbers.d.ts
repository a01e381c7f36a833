/**
 * Reads a number that a provider may send as a JSON number or as text, such as "139.40",
 * "75,5273" or "12 194,21". Where both a comma and a dot appear, the last one is the
 * decimal separator and the other groups digits; a lone comma is a decimal comma, because
 * that is how the central banks here write it. Anything else is undefined, never NaN.
 */
export declare function readNumber(value: unknown): number | undefined;
/** A number fit to be a rate or a nominal: finite and positive. */
export declare function readPositive(value: unknown): number | undefined;
