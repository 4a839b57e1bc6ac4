//! PNG files of 16-bit grey images (a heightmap), written without a compression library: the
//! zlib stream holds "stored" deflate blocks (no compression, at most 65,535 bytes each),
//! closed by its Adler-32; each chunk ends with its CRC-32. [`read_grey16`] reads such files
//! back (stored blocks only), for tests and for checking an export.

/// The eight bytes every PNG file starts with.
pub const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
/// Largest payload of one stored deflate block.
const STORED_MAX: usize = 65_535;

/// The CRC-32 (ISO 3309, polynomial 0xEDB88320 reflected) of `bytes`, as PNG chunks use.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

/// The Adler-32 checksum of `bytes` (RFC 1950), which closes a zlib stream.
pub fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in bytes.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65_521;
        b %= 65_521;
    }
    (b << 16) | a
}

/// `data` as a zlib stream of stored deflate blocks.
pub fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let blocks = data.len().div_ceil(STORED_MAX).max(1);
    let mut out = Vec::with_capacity(data.len() + 5 * blocks + 6);
    out.extend_from_slice(&[0x78, 0x01]);
    let mut chunks = data.chunks(STORED_MAX).peekable();
    if data.is_empty() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        let len = chunk.len() as u16;
        out.push(u8::from(last));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A PNG file of a `width` × `height` 16-bit grey image (`values` row-major, top row first).
///
/// ```
/// use nnplay::formats::png::{grey16, read_grey16};
/// let file = grey16(2, 1, &[0, 65_535]);
/// assert_eq!(read_grey16(&file), Ok((2, 1, vec![0, 65_535])));
/// ```
pub fn grey16(width: u32, height: u32, values: &[u16]) -> Vec<u8> {
    assert_eq!(
        values.len(),
        width as usize * height as usize,
        "one value a pixel"
    );
    let mut raw = Vec::with_capacity(values.len() * 2 + height as usize);
    for row in values.chunks(width.max(1) as usize) {
        raw.push(0); // filter: none
        for v in row {
            raw.extend_from_slice(&v.to_be_bytes());
        }
    }
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    // 16 bits, greyscale, deflate, filters of method 0, no interlace.
    header.extend_from_slice(&[16, 0, 0, 0, 0]);
    let mut out = SIGNATURE.to_vec();
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &zlib_stored(&raw));
    chunk(&mut out, b"IEND", &[]);
    out
}

/// Why [`read_grey16`] refused a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PngError {
    /// Not a PNG file, or cut short.
    NotPng,
    /// A chunk's CRC or the stream's Adler-32 does not match.
    Checksum,
    /// Not 16-bit grey, not stored blocks or a filter other than none.
    Unsupported,
}

/// Reads a 16-bit grey PNG whose pixels are in stored deflate blocks with no filter (what
/// [`grey16`] writes): (width, height, values).
pub fn read_grey16(file: &[u8]) -> Result<(u32, u32, Vec<u16>), PngError> {
    if file.len() < 8 || file[..8] != SIGNATURE {
        return Err(PngError::NotPng);
    }
    let (mut at, mut size, mut zlib) = (8, None, Vec::new());
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    loop {
        let head = file.get(at..at + 8).ok_or(PngError::NotPng)?;
        let len = be32(head) as usize;
        let body = file.get(at + 4..at + 8 + len).ok_or(PngError::NotPng)?;
        let crc = file
            .get(at + 8 + len..at + 12 + len)
            .ok_or(PngError::NotPng)?;
        if crc32(body) != be32(crc) {
            return Err(PngError::Checksum);
        }
        let data = &body[4..];
        match &body[..4] {
            b"IHDR" if data.len() == 13 => {
                if data[8..] != [16, 0, 0, 0, 0] {
                    return Err(PngError::Unsupported);
                }
                size = Some((be32(&data[0..4]), be32(&data[4..8])));
            }
            b"IDAT" => zlib.extend_from_slice(data),
            b"IEND" => break,
            _ => {}
        }
        at += 12 + len;
    }
    let (width, height) = size.ok_or(PngError::NotPng)?;
    let raw = inflate_stored(&zlib)?;
    let row = 1 + 2 * width as usize;
    if raw.len() != row * height as usize {
        return Err(PngError::NotPng);
    }
    let mut values = Vec::with_capacity(width as usize * height as usize);
    for line in raw.chunks(row) {
        if line[0] != 0 {
            return Err(PngError::Unsupported);
        }
        values.extend(
            line[1..]
                .chunks(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]])),
        );
    }
    Ok((width, height, values))
}

/// The data of a zlib stream made of stored blocks, its Adler-32 checked.
fn inflate_stored(z: &[u8]) -> Result<Vec<u8>, PngError> {
    if z.len() < 6 || (z[0] as u16 * 256 + z[1] as u16) % 31 != 0 || z[0] & 0x0f != 8 {
        return Err(PngError::NotPng);
    }
    let (mut at, mut out) = (2, Vec::new());
    loop {
        let head = *z.get(at).ok_or(PngError::NotPng)?;
        if head & 0b110 != 0 {
            return Err(PngError::Unsupported);
        }
        let len = z.get(at + 1..at + 3).ok_or(PngError::NotPng)?;
        let len = u16::from_le_bytes([len[0], len[1]]) as usize;
        out.extend_from_slice(z.get(at + 5..at + 5 + len).ok_or(PngError::NotPng)?);
        at += 5 + len;
        if head & 1 == 1 {
            break;
        }
    }
    let sum = z.get(at..at + 4).ok_or(PngError::NotPng)?;
    if adler32(&out) != u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]]) {
        return Err(PngError::Checksum);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_known_values() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
        assert_eq!(adler32(b"Wikipedia"), 0x11e6_0398);
    }

    #[test]
    fn a_large_image_round_trips_across_several_blocks() {
        let (w, h) = (300u32, 250u32);
        let values: Vec<u16> = (0..w * h)
            .map(|k| (k.wrapping_mul(2_654_435_761) >> 16) as u16)
            .collect();
        let file = grey16(w, h, &values);
        assert!(file.len() > 2 * STORED_MAX, "more than one stored block");
        assert_eq!(read_grey16(&file), Ok((w, h, values)));
        let mut broken = file.clone();
        broken[60] ^= 1;
        assert_eq!(read_grey16(&broken), Err(PngError::Checksum));
        assert_eq!(read_grey16(&file[..40]), Err(PngError::NotPng));
    }
}
