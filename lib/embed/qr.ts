import QRCode from 'qrcode';
import { escapeHtml } from '@/lib/embed/oembed';

/**
 * A QR code of a URL as an SVG element, generated on the server: it shows and prints without
 * JavaScript and scales without blurring. The SVG is announced as one image with the given label.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.trim().replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" `);
}
