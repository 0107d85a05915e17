/** The self-contained HTML report. */
export { escapeHtml, html, trustedHtml, Html, type HtmlValue } from './escape-html.js';
export { CONTENT_SECURITY_POLICY } from './html-page.js';
