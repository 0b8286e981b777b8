//! Every known postcode in memory, sorted, with its neighbourhood resolved once when loaded: a
//! lookup is a binary search over packed keys, and a district is a contiguous range.

use crate::domain::postcode::{Outcode, Postcode};

/// A normalised postcode (`B15 2TT`) packed big-endian into eight bytes, zero padded. Integer
/// order is text order, so sorting keys sorts postcodes and a district's postcodes sit together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PostcodeKey(u64);

impl PostcodeKey {
    pub fn new(normalised: &str) -> Option<Self> {
        Self::from_parts(&[normalised.as_bytes()])
    }

    /// Built without allocating: lookups do this once each.
    pub fn of(postcode: &Postcode) -> Self {
        let parts = [
            postcode.outcode().as_str().as_bytes(),
            b" ",
            postcode.inward().as_bytes(),
        ];
        Self::from_parts(&parts).expect("a postcode is at most 8 characters")
    }

    fn from_parts(parts: &[&[u8]]) -> Option<Self> {
        let mut bytes = [0u8; 8];
        let mut at = 0;
        for part in parts {
            bytes.get_mut(at..at + part.len())?.copy_from_slice(part);
            at += part.len();
        }
        Some(Self(u64::from_be_bytes(bytes)))
    }

    pub fn text(&self) -> String {
        let bytes = self.0.to_be_bytes();
        let len = bytes.iter().position(|&b| b == 0).unwrap_or(8);
        String::from_utf8_lossy(&bytes[..len]).into_owned()
    }
}

/// Marks an entry that lies in no neighbourhood.
const NO_NEIGHBOURHOOD: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
pub struct PostcodeEntry {
    pub latitude: f64,
    pub longitude: f64,
    neighbourhood: u32,
    pub terminated: bool,
}

impl PostcodeEntry {
    pub fn new(
        latitude: f64,
        longitude: f64,
        neighbourhood: Option<usize>,
        terminated: bool,
    ) -> Self {
        Self {
            latitude,
            longitude,
            neighbourhood: neighbourhood
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(NO_NEIGHBOURHOOD),
            terminated,
        }
    }

    /// The neighbourhood's position in the gazetteer's neighbourhood index.
    pub fn neighbourhood(&self) -> Option<usize> {
        (self.neighbourhood != NO_NEIGHBOURHOOD).then_some(self.neighbourhood as usize)
    }
}

/// Keys per block of the sparse index.
const BLOCK: usize = 32;

/// Keys and entries in two parallel arrays. A search first finds the key's block in a sparse
/// index small enough to stay in the CPU cache, then searches that block alone: at national
/// scale this halves the cache misses of one binary search over millions of keys.
#[derive(Default)]
pub struct PostcodeDirectory {
    keys: Vec<PostcodeKey>,
    entries: Vec<PostcodeEntry>,
    /// The first key of every block of `BLOCK` keys.
    block_starts: Vec<PostcodeKey>,
}

impl PostcodeDirectory {
    /// Entries may come in any order; a later duplicate replaces an earlier one.
    pub fn build(mut entries: Vec<(PostcodeKey, PostcodeEntry)>) -> Self {
        entries.reverse();
        entries.sort_by_key(|(key, _)| *key);
        entries.dedup_by_key(|(key, _)| *key);
        let (keys, entries): (Vec<_>, Vec<_>) = entries.into_iter().unzip();
        let block_starts = keys.iter().step_by(BLOCK).copied().collect();
        Self {
            keys,
            entries,
            block_starts,
        }
    }

    pub fn get(&self, postcode: &Postcode) -> Option<&PostcodeEntry> {
        let key = PostcodeKey::of(postcode);
        let block = self
            .block_starts
            .partition_point(|start| *start <= key)
            .checked_sub(1)?;
        let start = block * BLOCK;
        let end = (start + BLOCK).min(self.keys.len());
        let within = self.keys[start..end].binary_search(&key).ok()?;
        Some(&self.entries[start + within])
    }

    /// Every postcode in the district (`B15` covers `B15 …` but not `B1 …`), with its key.
    pub fn in_district(&self, district: &Outcode) -> (&[PostcodeKey], &[PostcodeEntry]) {
        let prefix = [district.as_str().as_bytes(), b" "];
        let Some(PostcodeKey(first)) = PostcodeKey::from_parts(&prefix) else {
            return (&[], &[]);
        };
        let prefix_bits = 8 * (district.as_str().len() + 1) as u32;
        let last = first | (u64::MAX >> prefix_bits.min(63));
        let start = self.keys.partition_point(|k| k.0 < first);
        let end = self.keys.partition_point(|k| k.0 <= last);
        (&self.keys[start..end], &self.entries[start..end])
    }

    /// The first postcode (in order) that is in use and lies in a neighbourhood: an example.
    pub fn first_in_a_neighbourhood(&self) -> Option<String> {
        self.keys
            .iter()
            .zip(&self.entries)
            .find(|(_, entry)| !entry.terminated && entry.neighbourhood().is_some())
            .map(|(key, _)| key.text())
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str, neighbourhood: Option<usize>) -> (PostcodeKey, PostcodeEntry) {
        (
            PostcodeKey::new(text).unwrap(),
            PostcodeEntry::new(52.0, -1.9, neighbourhood, false),
        )
    }

    #[test]
    fn finds_a_postcode_and_its_neighbourhood() {
        let directory =
            PostcodeDirectory::build(vec![entry("B15 2TT", Some(3)), entry("B1 1AA", None)]);
        let found = directory.get(&Postcode::parse("b152tt").unwrap()).unwrap();
        assert_eq!(found.neighbourhood(), Some(3));
        assert!(
            directory
                .get(&Postcode::parse("B15 2TU").unwrap())
                .is_none()
        );
        assert!(
            directory
                .get(&Postcode::parse("B1 1AA").unwrap())
                .unwrap()
                .neighbourhood()
                .is_none()
        );
    }

    #[test]
    fn a_key_built_from_a_postcode_equals_one_built_from_its_text() {
        for text in ["B1 1AA", "B15 2TT", "EC1A 1BB", "GIR 0AA"] {
            let key = PostcodeKey::of(&Postcode::parse(text).unwrap());
            assert_eq!(key, PostcodeKey::new(text).unwrap());
            assert_eq!(key.text(), text);
        }
        assert!(PostcodeKey::new("TOO LONG1").is_none());
    }

    #[test]
    fn a_district_is_its_own_postcodes_only() {
        let directory = PostcodeDirectory::build(vec![
            entry("B15 2TT", None),
            entry("B1 1AA", None),
            entry("B15 1AA", None),
            entry("B16 0AA", None),
            entry("B1 9ZZ", None),
            entry("B10 0AA", None),
        ]);
        let keys = |d: &str| {
            directory
                .in_district(&Outcode::parse(d).unwrap())
                .0
                .iter()
                .map(PostcodeKey::text)
                .collect::<Vec<_>>()
        };
        assert_eq!(keys("B15"), ["B15 1AA", "B15 2TT"]);
        assert_eq!(keys("B1"), ["B1 1AA", "B1 9ZZ"]);
        assert!(keys("B2").is_empty());
    }

    #[test]
    fn every_postcode_is_found_across_many_blocks() {
        let texts: Vec<String> = (0..990)
            .map(|i| format!("B{} {}AA", i / 10 + 1, i % 10))
            .collect();
        let directory = PostcodeDirectory::build(texts.iter().map(|t| entry(t, Some(1))).collect());
        for text in &texts {
            assert!(
                directory.get(&Postcode::parse(text).unwrap()).is_some(),
                "{text}"
            );
        }
        for missing in ["A1 1AA", "B5 5AB", "WV99 9ZZ"] {
            assert!(
                directory.get(&Postcode::parse(missing).unwrap()).is_none(),
                "{missing}"
            );
        }
    }

    #[test]
    fn the_last_of_duplicate_entries_wins() {
        let directory =
            PostcodeDirectory::build(vec![entry("B15 2TT", Some(1)), entry("B15 2TT", Some(2))]);
        assert_eq!(directory.len(), 1);
        assert_eq!(
            directory
                .get(&Postcode::parse("B15 2TT").unwrap())
                .unwrap()
                .neighbourhood(),
            Some(2)
        );
    }
}
