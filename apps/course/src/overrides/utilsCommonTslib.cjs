/**
 * Stands in for tslib in the browser's copy of @docusaurus/utils-common (docusaurus.config.ts,
 * tslibHelper): that module, which Link and the theme use on every page, calls tslib's
 * `__importDefault` and nothing else, and its CommonJS `require("tslib")` put all of tslib's
 * helpers in main.js. The helper below is tslib's own (2.x, `tslib.es6.mjs`).
 */
exports.__importDefault = function (mod) {
  return mod && mod.__esModule ? mod : { default: mod };
};
