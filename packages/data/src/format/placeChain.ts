/**
 * A place and then each place it lies in, nearest first, stopping at a place with no parent, one
 * `parentOf` cannot find, or a cycle. The query indexes, the exports' location columns and the
 * course's "within" filters all walk a place's parents through here.
 * @example placeChain(get('zhanaozen'), (p) => p.partOf ? get(p.partOf) : undefined).map((p) => p.id) // ["zhanaozen", "mangystau", "kazakhstan"]
 */
export function placeChain<P extends { readonly id: string; readonly partOf?: string | undefined }>(place: P | undefined, parentOf: (place: P) => P | undefined): P[] {
  const chain: P[] = [];
  const seen = new Set<string>();
  for (let current = place; current && !seen.has(current.id); current = parentOf(current)) {
    seen.add(current.id);
    chain.push(current);
  }
  return chain;
}
