// the page without the site's navbar and footer
const React = require('react');
module.exports = function Layout({ children }) {
  return React.createElement(React.Fragment, null, children);
};
