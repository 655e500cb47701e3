// a heading as the site renders it: <hN id>
const React = require('react');
module.exports = function Heading({ as, children, ...rest }) {
  return React.createElement(as, rest, children);
};
