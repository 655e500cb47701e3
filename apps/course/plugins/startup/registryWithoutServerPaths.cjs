/**
 * A loader for the client's copy of Docusaurus's chunk registry (`.docusaurus/registry.js`).
 * Each entry is `[loader, module path, module id]`; the module path is read only while the
 * server renders (react-loadable reports it to `Loadable.Capture` to list a page's chunks), and
 * in the browser it is a few hundred long strings in main.js that nothing reads. The client's
 * copy keeps the entry's shape with 0 in its place. An entry of another shape stops the build,
 * so that an upgrade of Docusaurus cannot silently change what the registry holds.
 */

// "0036c4f9": [() => import(/* webpackChunkName: "0036c4f9" */ "PATH"), "PATH", require.resolveWeak("PATH")],
// (the last entry is followed by the closing "};" on the same line)
const ENTRY = /^( {2}"[^"]+": \[\(\) => import\(\/\* webpackChunkName: "[^"]+" \*\/ ("(?:[^"\\]|\\.)*")\), )("(?:[^"\\]|\\.)*")(, require\.resolveWeak\(("(?:[^"\\]|\\.)*")\)\],?(?:\};)?)$/;

/** The registry's source with each entry's module path replaced by 0; throws on any entry it does not recognise. */
function rewrite(source) {
  const lines = source.split('\n');
  let entries = 0;
  const out = lines.map((line) => {
    if (line === 'export default {' || line === '};' || line === '}' || line === '') return line;
    const m = ENTRY.exec(line);
    if (!m || m[2] !== m[3] || m[3] !== m[5]) {
      throw new Error(`plugins/startup/registryWithoutServerPaths.cjs: a registry entry of an unknown shape: ${line.slice(0, 200)}`);
    }
    entries++;
    return `${m[1]}0${m[4]}`;
  });
  if (!entries) throw new Error('plugins/startup/registryWithoutServerPaths.cjs: no entry found in the registry');
  return out.join('\n');
}

module.exports = function registryWithoutServerPaths(source) {
  return rewrite(source);
};
module.exports.rewrite = rewrite;
/** The file this loader rewrites, as a rule's `test`. */
module.exports.test = /[\\/]\.docusaurus[\\/]registry\.js$/;
