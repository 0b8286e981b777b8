//! Counts in words, as GOV.UK writes them.

/// "1 surgery", "2 surgeries", "0 surgeries".
pub fn plural(count: u64, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "surgery", "surgeries"), "1 surgery");
        assert_eq!(plural(0, "surgery", "surgeries"), "0 surgeries");
        assert_eq!(plural(12, "place", "places"), "12 places");
    }
}
