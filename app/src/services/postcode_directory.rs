//! Every known postcode in memory, sorted, with its neighbourhood resolved once when loaded: a
//! lookup is a binary search, and a district is a contiguous range.

use crate::domain::postcode::{Outcode, Postcode};

/// A normalised postcode (`B15 2TT`) packed into eight bytes, zero padded. Byte order is text
/// order, so sorting keys sorts postcodes and a district's postcodes sit together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PostcodeKey([u8; 8]);

impl PostcodeKey {
    pub fn new(normalised: &str) -> Option<Self> {
        let bytes = normalised.as_bytes();
        if bytes.len() > 8 {
            return None;
        }
        let mut key = [0u8; 8];
        key[..bytes.len()].copy_from_slice(bytes);
        Some(Self(key))
    }

    pub fn of(postcode: &Postcode) -> Self {
        Self::new(&postcode.to_string()).expect("a postcode is at most 8 characters")
    }

    pub fn as_str(&self) -> &str {
        let len = self.0.iter().position(|&b| b == 0).unwrap_or(8);
        std::str::from_utf8(&self.0[..len]).unwrap_or_default()
    }
}

/// Marks an entry that lies in no neighbourhood.
const NO_NEIGHBOURHOOD: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
pub struct PostcodeEntry {
    pub latitude: f64,
    pub longitude: f64,
    key: PostcodeKey,
    neighbourhood: u32,
    pub terminated: bool,
}

impl PostcodeEntry {
    pub fn new(
        key: PostcodeKey,
        latitude: f64,
        longitude: f64,
        neighbourhood: Option<usize>,
        terminated: bool,
    ) -> Self {
        Self {
            latitude,
            longitude,
            key,
            neighbourhood: neighbourhood
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(NO_NEIGHBOURHOOD),
            terminated,
        }
    }

    pub fn key(&self) -> PostcodeKey {
        self.key
    }

    /// The neighbourhood's position in the gazetteer's neighbourhood index.
    pub fn neighbourhood(&self) -> Option<usize> {
        (self.neighbourhood != NO_NEIGHBOURHOOD).then_some(self.neighbourhood as usize)
    }
}

#[derive(Default)]
pub struct PostcodeDirectory {
    entries: Vec<PostcodeEntry>,
}

impl PostcodeDirectory {
    /// Entries may come in any order; a later duplicate replaces an earlier one.
    pub fn build(mut entries: Vec<PostcodeEntry>) -> Self {
        entries.reverse();
        entries.sort_by_key(|e| e.key);
        entries.dedup_by_key(|e| e.key);
        entries.shrink_to_fit();
        Self { entries }
    }

    pub fn get(&self, postcode: &Postcode) -> Option<&PostcodeEntry> {
        let key = PostcodeKey::of(postcode);
        self.entries
            .binary_search_by_key(&key, |e| e.key)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// Every postcode in the district (`B15` covers `B15 …` but not `B1 …`).
    pub fn in_district(&self, district: &Outcode) -> &[PostcodeEntry] {
        let prefix = format!("{district} ");
        let start = self
            .entries
            .partition_point(|e| e.key.as_str() < prefix.as_str());
        let len = self.entries[start..].partition_point(|e| e.key.as_str().starts_with(&prefix));
        &self.entries[start..start + len]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str, neighbourhood: Option<usize>) -> PostcodeEntry {
        PostcodeEntry::new(
            PostcodeKey::new(text).unwrap(),
            52.0,
            -1.9,
            neighbourhood,
            false,
        )
    }

    #[test]
    fn finds_a_postcode_and_its_neighbourhood() {
        let directory =
            PostcodeDirectory::build(vec![entry("B15 2TT", Some(3)), entry("B1 1AA", None)]);
        let found = directory.get(&Postcode::parse("b152tt").unwrap()).unwrap();
        assert_eq!(found.neighbourhood(), Some(3));
        assert_eq!(found.key().as_str(), "B15 2TT");
        assert!(
            directory
                .get(&Postcode::parse("B15 2TU").unwrap())
                .is_none()
        );
    }

    #[test]
    fn a_district_is_its_own_postcodes_only() {
        let directory = PostcodeDirectory::build(vec![
            entry("B15 2TT", None),
            entry("B1 1AA", None),
            entry("B15 1AA", None),
            entry("B16 0AA", None),
            entry("B1 9ZZ", None),
        ]);
        let keys = |d: &str| {
            directory
                .in_district(&Outcode::parse(d).unwrap())
                .iter()
                .map(|e| e.key().as_str().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(keys("B15"), ["B15 1AA", "B15 2TT"]);
        assert_eq!(keys("B1"), ["B1 1AA", "B1 9ZZ"]);
        assert!(keys("B2").is_empty());
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
