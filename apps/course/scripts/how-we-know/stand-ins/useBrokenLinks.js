// no link checker runs outside the site build
module.exports = function useBrokenLinks() {
  return { collectAnchor() {}, collectLink() {} };
};
