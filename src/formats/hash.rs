//! FNV-1a, the one non-cryptographic hash of the crate: weight fingerprints, the digest of a
//! point set too large for a link, and the keys that tell a view whether its picture changed.
//! Over bytes it is the standard 64-bit FNV-1a; over 64-bit words it takes each word in one
//! step (xor, then multiply), which is faster and enough for change detection.

/// The 64-bit FNV offset basis, the state before anything is hashed.
pub const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
/// The 64-bit FNV prime.
const PRIME: u64 = 0x0100_0000_01b3;

/// A running FNV-1a hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Self::new()
    }
}

impl Fnv1a {
    /// The empty hash.
    pub const fn new() -> Self {
        Fnv1a(OFFSET_BASIS)
    }

    /// An empty hash made distinct by `salt` (xored into the offset basis).
    pub const fn salted(salt: u64) -> Self {
        Fnv1a(OFFSET_BASIS ^ salt)
    }

    /// Adds `bytes`, one step each.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(PRIME);
        }
        self
    }

    /// Adds `words`, one step each.
    pub fn words(&mut self, words: &[u64]) -> &mut Self {
        for &w in words {
            self.0 = (self.0 ^ w).wrapping_mul(PRIME);
        }
        self
    }

    /// The hash of everything added.
    pub const fn finish(&self) -> u64 {
        self.0
    }
}

/// The FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    Fnv1a::new().bytes(bytes).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_give_the_published_fnv1a_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_word_is_one_step() {
        let mut h = Fnv1a::salted(3);
        h.words(&[7, 9]);
        let step = |h: u64, w: u64| (h ^ w).wrapping_mul(PRIME);
        assert_eq!(h.finish(), step(step(OFFSET_BASIS ^ 3, 7), 9));
    }
}
