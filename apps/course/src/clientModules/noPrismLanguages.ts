/**
 * Stands in for the classic theme's prism-include-languages client module (see
 * docusaurus.config.ts, withoutPrism), which imports the Prism highlighter into every page's
 * main bundle even on a site that shows no code.
 */
export {};
