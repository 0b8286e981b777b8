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

/// Counts by kind as the public sees them, none of which can be worked back from the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicBreakdown {
    /// "12 concerns", "fewer than 5 concerns", or "more than 10 concerns" when the total less
    /// the kinds shown exactly would be a count from 1 to 4.
    pub total: String,
    /// (kind, count): kinds counted 5 or more exactly; those counted 1 to 4 as "fewer than 5",
    /// gathered into one row of `others` when there are several.
    pub rows: Vec<(String, String)>,
}

/// `counts` by kind (most first), written for the public.
pub fn public_breakdown(
    counts: &[(String, u64)],
    one: &str,
    many: &str,
    others: &str,
) -> PublicBreakdown {
    let (exact, few): (Vec<_>, Vec<_>) = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .partition(|(_, n)| !is_few(*n));
    let shown: u64 = exact.iter().map(|(_, n)| n).sum();
    let rest: u64 = few.iter().map(|(_, n)| n).sum();
    let mut rows: Vec<(String, String)> = exact
        .iter()
        .map(|(kind, n)| (kind.clone(), n.to_string()))
        .collect();
    match few.as_slice() {
        [] => {}
        [(kind, n)] => rows.push((kind.clone(), public_count(*n))),
        _ => rows.push((others.to_string(), public_count(rest))),
    }
    let total = if is_few(rest) && shown > 0 {
        format!("more than {shown} {many}")
    } else {
        public_count_of(shown + rest, one, many)
    };
    PublicBreakdown { total, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_count_from_one_to_four_can_be_worked_back_from_a_breakdown() {
        let counts = |pairs: &[(&str, u64)]| -> Vec<(String, u64)> {
            pairs.iter().map(|(k, n)| (k.to_string(), *n)).collect()
        };
        let rows = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, n)| (k.to_string(), n.to_string()))
                .collect()
        };
        let written = |pairs| public_breakdown(&counts(pairs), "concern", "concerns", "Other");
        // 6 in all, one of them of a kind of its own: the total would give it away.
        let one_apart = written(&[("Speeding", 5), ("Parking", 1)]);
        assert_eq!(one_apart.total, "more than 5 concerns");
        assert_eq!(
            one_apart.rows,
            rows(&[("Speeding", "5"), ("Parking", "fewer than 5")])
        );
        // Small kinds together, 5 or more: shown, and so is the total.
        let gathered = written(&[("Speeding", 7), ("Parking", 3), ("Litter", 2)]);
        assert_eq!(gathered.total, "12 concerns");
        assert_eq!(gathered.rows, rows(&[("Speeding", "7"), ("Other", "5")]));
        // Small kinds together, still fewer than 5.
        let few = written(&[("Speeding", 9), ("Parking", 1), ("Litter", 2)]);
        assert_eq!(few.total, "more than 9 concerns");
        assert_eq!(
            few.rows,
            rows(&[("Speeding", "9"), ("Other", "fewer than 5")])
        );
        let one = written(&[("Parking", 1)]);
        assert_eq!(one.total, "fewer than 5 concerns");
        assert_eq!(written(&[("Speeding", 5)]).total, "5 concerns");
    }

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
