/** A search hit as the plugin's worker returns it (its SearchResult), as far as the results page reads it. */
export interface SearchDocument {
  i: number;
  /** The title, heading or text that matched. */
  t: string;
  /** The page's address. */
  u: string;
  /** The section's anchor, for a heading or a section's text. */
  h?: string;
  /** The title of the section or page the text is in. */
  s?: string;
  /** The page's breadcrumb. */
  b?: string[];
}

export interface SearchHit {
  document: SearchDocument;
  /** 0 title, 1 heading, 2 description, 3 keywords, 4 text (the plugin's SearchDocumentType). */
  type: number;
  page: SearchDocument | undefined | false;
  tokens: string[];
  metadata: unknown;
}
