/**
 * Loaded with --require before render.tsx: the data package is the one KZ_DATA_SRC names (a
 * contributor's copy, built with their records), and the few Docusaurus modules the page imports
 * are the plain stand-ins beside this file, which render what the site's would (a link as <a href>,
 * a heading as <hN id>, the layout as its children).
 */
const Module = require('node:module');
const path = require('node:path');

const standIn = (name) => path.join(__dirname, 'stand-ins', `${name}.js`);
const standIns = {
  '@docusaurus/Link': standIn('Link'),
  '@theme/Heading': standIn('Heading'),
  '@theme/Layout': standIn('Layout'),
  '@docusaurus/useBrokenLinks': standIn('useBrokenLinks'),
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@kzprotest/data' && process.env.KZ_DATA_SRC) return process.env.KZ_DATA_SRC;
  if (request in standIns) return standIns[request];
  if (request.endsWith('.module.css')) return standIn('styles');
  return resolve.call(this, request, ...rest);
};
