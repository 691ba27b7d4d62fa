import { describe, expect, it } from 'vitest';
import { plainTextParagraphs, renderMarkdown, sanitizeRichText } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, headings below the page title, and superscripts', () => {
    const html = renderMarkdown('# Title\n\n**30<sup>th</sup> Anniversary** and *words*');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>30<sup>th</sup> Anniversary</strong>');
    expect(html).toContain('<em>words</em>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1)) <a href="https://ok.example" onclick="x()">ok</a>');
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:|<img/i);
    expect(html).toContain('href="https://ok.example"');
  });

  it('marks links as external and unfollowed', () => {
    expect(renderMarkdown('[site](http://sarajevo.mfa.gov.az)')).toContain('rel="noopener noreferrer nofollow"');
  });
});

describe('sanitizeRichText', () => {
  it('drops styles and iframes', () => {
    expect(sanitizeRichText('<p style="color:red">a</p><iframe src="https://x"></iframe>')).toBe('<p>a</p>');
  });
});

describe('plainTextParagraphs', () => {
  it('splits at blank lines and keeps a short letterhead’s line breaks', () => {
    expect(plainTextParagraphs('Press release, 20 January 2022\nThirty second anniversary\n\nBody.')).toEqual([
      ['Press release, 20 January 2022', 'Thirty second anniversary'],
      ['Body.'],
    ]);
  });

  it('joins lines wrapped at a fixed width', () => {
    const wrapped =
      'At the end of the 1980’s the people of Azerbaijan filled the streets and squares of Baku and other cities to\n' +
      'protest illegal territorial claims of neighboring Armenia, killings, persecution and forced mass expulsion\n' +
      'of their lands.';
    expect(plainTextParagraphs(wrapped)).toEqual([[wrapped.replace(/\n/g, ' ')]]);
  });
});
