/**
 * A value of the library's own constant data, built on the first call and kept:
 * the one kind of module-level state the library allows (decoding and indexing the
 * embedded O*NET® tables costs milliseconds, so it is done once, not at import and
 * not per call). Nothing built here depends on any caller's input.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
