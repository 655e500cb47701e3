// a CSS module's class names, each its own name
module.exports = new Proxy({}, { get: (_, name) => (name === '__esModule' ? false : String(name)) });
