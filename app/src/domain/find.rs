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

impl FindProblem {
    /// The message shown in the error summary and beside the field (GOV.UK style: says what to
    /// do, not what went wrong in the system).
    pub fn message(&self) -> String {
        match self {
            Self::NothingEntered => "Enter a postcode".into(),
            Self::NotAPostcode => {
                "Enter a full UK postcode, like B15 2TT, or the first part, like B15".into()
            }
            Self::UnknownPostcode { postcode } => {
                format!(
                    "We could not find the postcode {postcode}. Check it and try again, or enter the first part, like B15"
                )
            }
            Self::TerminatedPostcode { postcode } => {
                format!(
                    "{postcode} is no longer in use. Enter your current postcode, or the first part, like B15"
                )
            }
            Self::NoTeamFound { postcode, force } => {
                format!(
                    "We cannot match {postcode} to a neighbourhood team yet. Call 101 and {force} will put you through to your local team"
                )
            }
            Self::UnknownDistrict { district } => {
                format!(
                    "We have no neighbourhoods for {district}. Check it, or enter your full postcode"
                )
            }
            Self::OutsideForce { postcode, force } => {
                format!(
                    "{postcode} is outside the {force} area. Contact the police force for that area, or call 101"
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let messages: std::collections::HashSet<_> =
            problems.iter().map(FindProblem::message).collect();
        assert_eq!(messages.len(), problems.len());
        assert!(problems[2].message().contains("B15 9ZZ"));
        assert!(
            problems[4]
                .message()
                .contains("LS1 1AA is outside the West Midlands Police area")
        );
    }
}
