// Reading a picture the student chose: the file is checked (size), decoded by the browser
// (createImageBitmap: no network, nothing leaves the device), checked again (pixels) and
// drawn into a small canvas, whose RGBA bytes go to the wasm handle, which crops and
// resamples them to the training size. Each refusal is an UploadError with a string key.

/** Largest file accepted, in megabytes. */
export const MAX_FILE_MB = 20;
/** Most decoded pixels accepted (the Rust core's limit, 4096 × 4096). */
export const MAX_PIXELS = 4096 * 4096;
/** The longer side of the copy handed to the wasm (it can resample to at most 128). */
const SHRINK_TO = 256;

/** Why a file was refused: `key` names the message in the `fit.upload` strings, `vars` fills
 * it. */
export class UploadError extends Error {
  constructor(key, vars = {}) {
    super(key);
    this.key = key;
    this.vars = vars;
  }
}

/** The picture in `file` as `{ width, height, data, original: [w, h] }` (RGBA bytes at most
 * 256 pixels a side, aspect kept), or an UploadError. */
export async function readPicture(file) {
  if (file.size > MAX_FILE_MB * 1024 * 1024) {
    throw new UploadError('tooBig', { mb: (file.size / 1024 / 1024).toFixed(1), limit: MAX_FILE_MB });
  }
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new UploadError('unreadable', { name: file.name });
  }
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) throw new UploadError('empty');
    if (width * height > MAX_PIXELS) throw new UploadError('tooManyPixels', { width, height });
    const scale = Math.min(1, SHRINK_TO / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, w, h);
    const data = new Uint8Array(ctx.getImageData(0, 0, w, h).data.buffer);
    return { width: w, height: h, data, original: [width, height] };
  } finally {
    bitmap.close();
  }
}
