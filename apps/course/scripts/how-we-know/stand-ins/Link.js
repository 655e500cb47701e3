// a link as the site renders it: an <a> to its address
const React = require('react');
module.exports = function Link({ to, href, children, ...rest }) {
  return React.createElement('a', { ...rest, href: to ?? href }, children);
};
