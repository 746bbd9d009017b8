// The comment form's text conventions become the allowed HTML subset, with everything escaped.
import { describe, expect, it } from 'vitest';
import { textToHtml, visibleLength } from './format';

describe('textToHtml', () => {
  it('makes paragraphs, line breaks, bold, italic and lists', () => {
    expect(textToHtml('Hej **alla**\nrad två\n\nNytt *stycke*')).toBe(
      '<p>Hej <strong>alla</strong><br>rad två</p><p>Nytt <em>stycke</em></p>',
    );
    expect(textToHtml('- ett\n- två')).toBe('<ul><li>ett</li><li>två</li></ul>');
    expect(textToHtml('1. ett\n2. två')).toBe('<ol><li>ett</li><li>två</li></ol>');
  });

  it('links web addresses and escapes markup the person typed', () => {
    expect(textToHtml('Se https://kommun.se/plan.')).toBe(
      '<p>Se <a href="https://kommun.se/plan">https://kommun.se/plan</a>.</p>',
    );
    expect(textToHtml('<script>alert(1)</script> & "x"')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>',
    );
    expect(textToHtml('javascript:alert(1)')).toBe('<p>javascript:alert(1)</p>');
  });

  it('counts the text a reader sees', () => {
    expect(visibleLength('**fet**')).toBe(3);
    expect(visibleLength('  \n ')).toBe(0);
  });
});
