//! What can come of a resident's "find your team" search.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FindOutcome {
    /// The postcode lies in this neighbourhood (its code within the force).
    Neighbourhood {
        code: String,
    },
    /// A postcode district on its own: the neighbourhoods it touches, to choose from.
    District {
        district: String,
        neighbourhoods: Vec<NeighbourhoodChoice>,
    },
    Problem(FindProblem),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeighbourhoodChoice {
    pub code: String,
    pub name: String,
    pub lpa: String,
}

/// Expected ways a search fails; each has its own message for the resident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FindProblem {
    NothingEntered,
    NotAPostcode,
    UnknownPostcode {
        postcode: String,
    },
    TerminatedPostcode {
        postcode: String,
    },
    /// Known and in the force's area, but in no neighbourhood whose boundary the portal holds.
    NoTeamFound {
        postcode: String,
        force: String,
    },
    UnknownDistrict {
        district: String,
    },
    OutsideForce {
        postcode: String,
        force: String,
    },
}

#[cfg(feature = "ssr")]
impl FindProblem {
    /// The message shown in the error summary and beside the field, in `language` (GOV.UK
    /// style: says what to do, not what went wrong in the system).
    pub fn message(&self, language: crate::i18n::Language) -> String {
        use crate::t_in;
        match self {
            Self::NothingEntered => t_in!(language, "find-nothing-entered"),
            Self::NotAPostcode => t_in!(language, "find-not-a-postcode"),
            Self::UnknownPostcode { postcode } => {
                t_in!(
                    language,
                    "find-unknown-postcode",
                    postcode = postcode.as_str()
                )
            }
            Self::TerminatedPostcode { postcode } => {
                t_in!(
                    language,
                    "find-terminated-postcode",
                    postcode = postcode.as_str()
                )
            }
            Self::NoTeamFound { postcode, force } => t_in!(
                language,
                "find-no-team",
                postcode = postcode.as_str(),
                force = force.as_str()
            ),
            Self::UnknownDistrict { district } => {
                t_in!(
                    language,
                    "find-unknown-district",
                    district = district.as_str()
                )
            }
            Self::OutsideForce { postcode, force } => t_in!(
                language,
                "find-outside-force",
                postcode = postcode.as_str(),
                force = force.as_str()
            ),
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn every_problem_has_a_distinct_message_naming_what_was_entered() {
        let problems = [
            FindProblem::NothingEntered,
            FindProblem::NotAPostcode,
            FindProblem::UnknownPostcode {
                postcode: "B15 9ZZ".into(),
            },
            FindProblem::UnknownDistrict {
                district: "B99".into(),
            },
            FindProblem::OutsideForce {
                postcode: "LS1 1AA".into(),
                force: "West Midlands Police".into(),
            },
        ];
        let messages: std::collections::HashSet<_> = problems
            .iter()
            .map(|p| p.message(Language::English))
            .collect();
        assert_eq!(messages.len(), problems.len());
        assert!(problems[2].message(Language::English).contains("B15 9ZZ"));
        assert!(
            problems[4]
                .message(Language::English)
                .contains("LS1 1AA is outside the West Midlands Police area")
        );
    }
}
