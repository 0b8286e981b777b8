//! What the public is told of counts about residents' own actions (concerns raised, answers
//! given, bookings made): a count from 1 to 4 is written "fewer than 5", so no figure on a
//! public page, feed or file points to a person. The one rule every public count follows.
//!
//! A vote's ballots are the one exception, as an election's are: its turnout and totals are
//! exact, so anyone can check who won. The secret there is each ballot, which no page shows.

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

/// A count as the public may see it: exactly, or "fewer than 5" (from 1 to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicCount {
    Exactly(u64),
    Few,
}

impl PublicCount {
    pub fn of(count: u64) -> Self {
        if is_few(count) {
            PublicCount::Few
        } else {
            PublicCount::Exactly(count)
        }
    }

    /// The number a sentence's plural agrees with: the count, or 5 for "fewer than 5".
    pub fn number(self) -> u64 {
        match self {
            PublicCount::Exactly(count) => count,
            PublicCount::Few => FEWEST_SHOWN,
        }
    }

    /// "12", or "fewer than 5" in `language`.
    #[cfg(feature = "ssr")]
    pub fn words(self, language: crate::i18n::Language) -> String {
        match self {
            PublicCount::Exactly(count) => count.to_string(),
            PublicCount::Few => {
                crate::t_in!(language, "guarantee-fewer-than", count = FEWEST_SHOWN)
            }
        }
    }
}

/// A public count in `language`: "fewer than 5" from 1 to 4, the number otherwise.
#[cfg(feature = "ssr")]
pub fn public_count_in(count: u64, language: crate::i18n::Language) -> String {
    PublicCount::of(count).words(language)
}

/// The total of a breakdown as the public may see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicTotal {
    /// The total, or "fewer than 5".
    Counted(PublicCount),
    /// "More than" the kinds shown exactly, when the rest is from 1 to 4.
    MoreThan(u64),
}

/// Counts by kind as the public may see them, for a page to write in its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakdown {
    pub total: PublicTotal,
    /// (kind, count) most first: `None` is the row of other kinds, each counted 1 to 4.
    pub rows: Vec<(Option<String>, PublicCount)>,
}

/// `counts` by kind (most first), as the public may see them: kinds counted 5 or more exactly;
/// those counted 1 to 4 as "fewer than 5", gathered into one row of other kinds when there
/// are several; and a total that none of them can be worked back from.
pub fn breakdown(counts: &[(String, u64)]) -> Breakdown {
    let (exact, few): (Vec<_>, Vec<_>) = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .partition(|(_, n)| !is_few(*n));
    let shown: u64 = exact.iter().map(|(_, n)| n).sum();
    let rest: u64 = few.iter().map(|(_, n)| n).sum();
    let mut rows: Vec<(Option<String>, PublicCount)> = exact
        .iter()
        .map(|(kind, n)| (Some(kind.clone()), PublicCount::Exactly(*n)))
        .collect();
    match few.as_slice() {
        [] => {}
        [(kind, n)] => rows.push((Some(kind.clone()), PublicCount::of(*n))),
        _ => rows.push((None, PublicCount::of(rest))),
    }
    let total = if is_few(rest) && shown > 0 {
        PublicTotal::MoreThan(shown)
    } else {
        PublicTotal::Counted(PublicCount::of(shown + rest))
    };
    Breakdown { total, rows }
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
    let Breakdown { total, rows } = breakdown(counts);
    let rows = rows
        .into_iter()
        .map(|(kind, n)| {
            let words = match n {
                PublicCount::Exactly(n) => public_count(n),
                PublicCount::Few => public_count(1),
            };
            (kind.unwrap_or_else(|| others.to_string()), words)
        })
        .collect();
    let total = match total {
        PublicTotal::MoreThan(shown) => format!("more than {shown} {many}"),
        PublicTotal::Counted(PublicCount::Exactly(n)) => public_count_of(n, one, many),
        PublicTotal::Counted(PublicCount::Few) => public_count_of(1, one, many),
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
    fn a_breakdown_names_the_row_of_small_kinds_gathered_together() {
        let counts = vec![
            ("Speeding".to_string(), 9),
            ("Parking".to_string(), 1),
            ("Litter".to_string(), 2),
        ];
        let Breakdown { total, rows } = breakdown(&counts);
        assert_eq!(total, PublicTotal::MoreThan(9));
        assert_eq!(
            rows,
            vec![
                (Some("Speeding".to_string()), PublicCount::Exactly(9)),
                (None, PublicCount::Few)
            ]
        );
        assert_eq!(PublicCount::Few.number(), FEWEST_SHOWN);
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
