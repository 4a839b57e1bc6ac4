// Reading a picture the student chose: the file is checked (size) and decoded by the browser
// straight to a small copy (createImageBitmap with a resize and the camera's orientation: no
// network, nothing leaves the device, and no full-size copy is ever made, so a 48-megapixel
// phone photo reads like any other). Its RGBA bytes go to the wasm handle, which crops the
// centre square and resamples it to the training size. Each refusal is an UploadError with a
// string key (the image and segment modes word them in their strings).

/** Largest file accepted, in megabytes. */
export const MAX_FILE_MB = 20;
/** The shorter side of the copy handed to the wasm (it trains at most 256 pixels a side). */
const SHRINK_TO = 256;
/** The longer side of that copy at most (a panorama keeps its shape up to 16:1). */
const LONGEST = SHRINK_TO * 16;

/** Why a file was refused: `key` names the message in the `fit.upload` strings, `vars` fills
 * it. */
export class UploadError extends Error {
  constructor(key, vars = {}) {
    super(key);
    this.key = key;
    this.vars = vars;
  }
}

/** The picture in `file` as `{ width, height, data, original }`: RGBA bytes with the shorter
 * side at most 256 pixels (aspect kept, upright as the camera took it), and the picture's own
 * `[width, height]` (upright too), or null when its header is of a kind not read here. Or
 * an UploadError. */
export async function readPicture(file) {
  if (file.size > MAX_FILE_MB * 1024 * 1024) {
    throw new UploadError('tooBig', { mb: (file.size / 1024 / 1024).toFixed(1), limit: MAX_FILE_MB });
  }
  let header = null;
  try {
    header = headerSize(new DataView(await file.slice(0, 256 * 1024).arrayBuffer()));
  } catch {
    header = null;
  }
  if (header && (header[0] === 0 || header[1] === 0)) throw new UploadError('empty');
  // The first copy has the shorter side of a portrait (or a square) at SHRINK_TO; a landscape
  // is decoded again with its height at SHRINK_TO. A picture already small enough is decoded
  // as it is. Only one side is ever given, so the browser keeps the aspect, whichever way the
  // camera's orientation turns the picture.
  const small = header && Math.min(...header) <= SHRINK_TO && Math.max(...header) <= LONGEST;
  let bitmap = await decode(file, small ? {} : { resizeWidth: SHRINK_TO });
  if (!small && bitmap.width > bitmap.height) {
    const height = Math.max(1, Math.min(SHRINK_TO, Math.floor((LONGEST * bitmap.height) / bitmap.width)));
    bitmap.close();
    bitmap = await decode(file, { resizeHeight: height });
  }
  try {
    const { width: w, height: h } = bitmap;
    if (w === 0 || h === 0) throw new UploadError('empty');
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(bitmap, 0, 0);
    const data = new Uint8Array(ctx.getImageData(0, 0, w, h).data.buffer);
    // The header gives the stored size; a camera that turned the picture a quarter stores
    // it sideways.
    const original = header && (header[0] > header[1]) !== (w > h) && w !== h ? [header[1], header[0]] : header;
    return { width: w, height: h, data, original };
  } finally {
    bitmap.close();
  }
}

/** `file` decoded by the browser with `resize` options, upright; 'unreadable' if it cannot. */
async function decode(file, resize) {
  try {
    return await createImageBitmap(file, { ...resize, resizeQuality: 'high', imageOrientation: 'from-image' });
  } catch {
    throw new UploadError('unreadable', { name: file.name });
  }
}

/** [width, height] as stored in the header of a PNG, GIF, BMP, WebP or JPEG file, or null. */
export function headerSize(v) {
  const u8 = (k) => v.getUint8(k);
  const ascii = (k, n) => String.fromCharCode(...Array.from({ length: n }, (_, i) => u8(k + i)));
  if (v.byteLength >= 24 && u8(0) === 0x89 && ascii(1, 3) === 'PNG') return [v.getUint32(16), v.getUint32(20)];
  if (v.byteLength >= 10 && ascii(0, 3) === 'GIF') return [v.getUint16(6, true), v.getUint16(8, true)];
  if (v.byteLength >= 26 && ascii(0, 2) === 'BM') return [Math.abs(v.getInt32(18, true)), Math.abs(v.getInt32(22, true))];
  if (v.byteLength >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return [v.getUint16(26, true) & 0x3fff, v.getUint16(28, true) & 0x3fff];
    if (chunk === 'VP8L') {
      const b = v.getUint32(21, true);
      return [(b & 0x3fff) + 1, ((b >> 14) & 0x3fff) + 1];
    }
    if (chunk === 'VP8X') {
      const three = (k) => u8(k) | (u8(k + 1) << 8) | (u8(k + 2) << 16);
      return [three(24) + 1, three(27) + 1];
    }
    return null;
  }
  if (v.byteLength >= 4 && u8(0) === 0xff && u8(1) === 0xd8) {
    // Segments up to a start-of-frame (SOF0–SOF15 but DHT, JPG and DAC), whose height and
    // width follow its precision byte.
    let k = 2;
    while (k + 9 < v.byteLength) {
      if (u8(k) !== 0xff) return null;
      const marker = u8(k + 1);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return [v.getUint16(k + 7), v.getUint16(k + 5)];
      }
      k += 2 + v.getUint16(k + 2);
    }
  }
  return null;
}
