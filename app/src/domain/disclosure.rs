//! What the public is told of counts about residents' own actions (concerns raised, answers
//! given, bookings made): a count from 1 to 4 is written "fewer than 5", so no figure on a
//! public page, feed or file points to a person. The one rule every public count follows.

/// The smallest count shown exactly to the public.
pub const FEWEST_SHOWN: u64 = 5;

/// Whether a count is too small to show the public exactly (from 1 to 4; none is none).
pub fn is_few(count: u64) -> bool {
    (1..FEWEST_SHOWN).contains(&count)
}

/// A count as the public sees it: "fewer than 5" from 1 to 4, the number otherwise.
pub fn public_count(count: u64) -> String {
    if is_few(count) {
        format!("fewer than {FEWEST_SHOWN}")
    } else {
        count.to_string()
    }
}

/// A count of things as the public sees it: "fewer than 5 concerns", "12 concerns", "1" never.
pub fn public_count_of(count: u64, one: &str, many: &str) -> String {
    let noun = if count == 1 && !is_few(count) {
        one
    } else {
        many
    };
    format!("{} {noun}", public_count(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_from_one_to_four_are_never_shown_exactly() {
        assert_eq!(public_count(0), "0");
        assert_eq!(public_count(1), "fewer than 5");
        assert_eq!(public_count(4), "fewer than 5");
        assert_eq!(public_count(5), "5");
        assert_eq!(
            public_count_of(1, "concern", "concerns"),
            "fewer than 5 concerns"
        );
        assert_eq!(public_count_of(12, "concern", "concerns"), "12 concerns");
    }
}
