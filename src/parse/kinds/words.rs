//! Word sets for the kind rules: hashed with FxHash (a multiply and a rotate per eight bytes)
//! instead of the standard library's SipHash, which is built to resist hash flooding by remote
//! input and costs several times as much per short word. The sets are built once, from fixed
//! lists compiled into the binary, so flooding is not a concern.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hash of rustc's own interner (FxHasher), enough for short, fixed keys.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(tail) ^ rest.len() as u64);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;

/// A fixed set of words, matched exactly (case included).
#[derive(Debug, Default)]
pub struct WordSet {
    words: HashSet<&'static str, FxBuild>,
}

impl WordSet {
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        WordSet {
            words: words.into_iter().collect(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_holds_exactly_its_words() {
        let set = WordSet::new(["Mexico", "U.S.", "Mexico City", "São Paulo"]);
        for word in ["Mexico", "U.S.", "Mexico City", "São Paulo"] {
            assert!(set.contains(word), "{word}");
        }
        for word in ["mexico", "US", "Mexico Cit", "", "São Paulo "] {
            assert!(!set.contains(word), "{word}");
        }
    }

    #[test]
    fn words_that_differ_only_past_eight_bytes_hash_apart() {
        let hash = |w: &str| {
            let mut h = FxHasher::default();
            h.write(w.as_bytes());
            h.finish()
        };
        assert_ne!(hash("abcdefgh1"), hash("abcdefgh2"));
        assert_ne!(hash("abc"), hash("abc\0"));
    }
}
