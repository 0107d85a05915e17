// The page around the sections: a strict Content-Security-Policy (no script, no fetch, styles
// inline only), the stylesheet, and nothing that loads from anywhere.
import { html, trustedHtml, type Html } from './escape-html.js';
import { REPORT_CSS } from './report-css.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function htmlPage(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
${body}
</body>
</html>
`.markup;
}
