/**
 * A victim's photograph on the memorial page, with its alt text and credit. A photograph marked with
 * a content warning stays closed inside <details> until the visitor opens it, which works without
 * JavaScript.
 */
export function VictimPhoto({ url, altText, credit, contentWarning }: { url: string; altText: string; credit: string; contentWarning: boolean }) {
  // The media route serves the stored, checked bytes with a long cache; the image optimiser is not used.
  // Lazy only behind the warning: there it keeps a closed photograph from loading, elsewhere it would delay it.
  // eslint-disable-next-line @next/next/no-img-element
  const image = <img src={url} alt={altText} loading={contentWarning ? 'lazy' : undefined} decoding="async" className="h-auto max-h-[32rem] w-auto max-w-full" />;
  return (
    <figure className="max-w-md">
      {contentWarning ? (
        <details className="border border-rule bg-paper p-3">
          <summary className="cursor-pointer font-sans">Show the photograph (content warning)</summary>
          <div className="mt-3">{image}</div>
        </details>
      ) : (
        image
      )}
      <figcaption className="mt-2 font-sans text-sm text-muted">Photograph: {credit}</figcaption>
    </figure>
  );
}
