/**
 * `compute` with its last `size` results remembered (the oldest is dropped
 * first). For keyed hashes asked for on every update: an HMAC per call showed
 * in profiles. The size bounds the memory: two short strings per entry.
 */
export function rememberLast(compute: (key: string) => string, size: number): (key: string) => string {
  const memo = new Map<string, string>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= size) memo.delete(memo.keys().next().value!);
      memo.set(key, value);
    }
    return value;
  };
}
