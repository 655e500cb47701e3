/**
 * Whose voice a claim is, from the names of its claimants (as `attributedTo` lists them, outermost
 * first), innermost speaker first and joined with `via`; `own` when there are none.
 * @example voiceText(['RSF', 'Kazakh authorities'], { via: ' via ', own: "the source's own voice" }) // "Kazakh authorities via RSF"
 */
export function voiceText(namesOutermostFirst: readonly string[], words: { via: string; own: string }): string {
  if (!namesOutermostFirst.length) return words.own;
  return [...namesOutermostFirst].reverse().join(words.via);
}

/**
 * The actor whose words a claim is: the innermost of `attributedTo`, or undefined for the source's own voice.
 * @example speakerOf({ attributedTo: ['rsf', 'kazakh-authorities'] }) // "kazakh-authorities"
 */
export const speakerOf = (claim: { readonly attributedTo: readonly string[] }): string | undefined => claim.attributedTo[claim.attributedTo.length - 1];
