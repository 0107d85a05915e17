import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml } from '../../../src/publish/html/escape-html.js';

describe('escapeHtml and the html template', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes every value put into the template, in text and attributes, lists included', () => {
    const name = '<script>alert(1)</script> & Co';
    expect(html`<td title="${name}">${name}</td>`.markup).toBe(
      '<td title="&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</td>',
    );
    expect(html`<ul>${['<b>', 'a"b'].map((x) => html`<li>${x}</li>`)}</ul>`.markup).toBe(
      '<ul><li>&lt;b&gt;</li><li>a&quot;b</li></ul>',
    );
  });

  it('writes nothing for null, undefined and false, and numbers as text', () => {
    expect(html`[${null}${undefined}${false}${0}${-3.5}]`.markup).toBe('[0-3.5]');
  });

  it('keeps markup it made, or was told to trust, as it is', () => {
    expect(html`<p>${html`<b>${'<i>'}</b>`}${trustedHtml('<svg></svg>')}</p>`.markup).toBe(
      '<p><b>&lt;i&gt;</b><svg></svg></p>',
    );
  });
});
