import { describe, expect, it } from 'vitest';
import { paragraphsOf, visibleText } from '../../scripts/lib/bare-next';

// The bare Next app that bench:load measures the origin against is only a fair peer if its pages
// carry as much text as the memorial's (scripts/lib/bare-next.ts).
describe('the bare Next peer of bench:load', () => {
  it('takes a page’s visible text: no scripts, styles, tags or entities, whitespace collapsed', () => {
    const html =
      '<html><head><style>body{color:red}</style><script>self.__next_f.push([1,"x"])</script></head>' +
      '<body><h1>Black   January</h1>\n<p>20&nbsp;January <a href="/en/timeline">1990</a></p><script src="/a.js"></script></body></html>';
    expect(visibleText(html)).toBe('Black January 20 January 1990');
  });

  it('cuts paragraphs of at most 400 characters that hold exactly the length asked for', () => {
    const text = 'abcdefghij'.repeat(95); // 950 characters
    const paragraphs = paragraphsOf(text, 2_345);
    expect(paragraphs.join('').length).toBe(2_345);
    expect(Math.max(...paragraphs.map((paragraph) => paragraph.length))).toBeLessThanOrEqual(400);
    // The text is taken in order and starts again from its beginning when it runs out.
    expect(paragraphs.join('').startsWith(text)).toBe(true);
  });

  it('repeats a short text, and has words of its own for a page without text', () => {
    expect(paragraphsOf('In memory.', 25).join('')).toBe('In memory.In memory.In me');
    expect(paragraphsOf('', 10).join('').length).toBe(10);
  });
});
