//! "You said, we did": the update a team publishes, as its form is typed and once checked.

use crate::domain::concern::{plain_text, required_plain_text};
use crate::domain::forms::{FieldError, TypedDate};
use crate::domain::reference::is_reference;
use serde::{Deserialize, Serialize};

/// The longest "you said", "we did" or "next steps" may be.
pub const MOST_TEXT: usize = 2000;
/// The longest the outcome may be.
pub const MOST_OUTCOME: usize = 200;

/// What an update answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answers {
    Concern { reference: String },
    Priority { id: i32 },
    Vote { id: i32 },
    Problem { reference: String },
}

/// The update form's text, as typed. What it answers among the neighbourhood's priorities,
/// votes and problems comes from checkboxes beside it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UpdateForm {
    pub you_said: String,
    pub we_did: String,
    pub next_steps: String,
    pub outcome: String,
    pub published_on_day: String,
    pub published_on_month: String,
    pub published_on_year: String,
    /// Concern references, separated by commas, spaces or lines.
    pub concerns: String,
}

/// An update as the team writes it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateEntry {
    pub you_said: String,
    pub we_did: String,
    pub next_steps: String,
    pub outcome: String,
    /// The start of the UK day it is published for.
    pub published_on: i64,
    pub answers: Vec<Answers>,
}

impl UpdateForm {
    /// The update answering `chosen` and the concerns typed, published on the day typed or
    /// on `today` (the start of the UK day now); or a problem for each field that is wrong.
    pub fn parse(&self, today: i64, chosen: Vec<Answers>) -> Result<UpdateEntry, Vec<FieldError>> {
        use crate::services::clock::start_of_uk_day;
        let mut errors = Vec::new();
        let you_said = required_plain_text(
            "you_said",
            "You said",
            &self.you_said,
            "Write what residents said",
            MOST_TEXT,
            &mut errors,
        );
        let we_did = required_plain_text(
            "we_did",
            "We did",
            &self.we_did,
            "Write what the team did",
            MOST_TEXT,
            &mut errors,
        );
        let next_steps = plain_text(
            "next_steps",
            "What happens next",
            &self.next_steps,
            MOST_TEXT,
            &mut errors,
        );
        let outcome = plain_text(
            "outcome",
            "Outcome",
            &self.outcome,
            MOST_OUTCOME,
            &mut errors,
        );
        let date = TypedDate::typed(
            &self.published_on_day,
            &self.published_on_month,
            &self.published_on_year,
        );
        let published_on = match date.bound(start_of_uk_day) {
            Ok(Some(day)) => Some(day),
            Ok(None) => Some(today),
            Err(problem) => {
                errors.push(FieldError::new(
                    "published_on_day",
                    format!("The date {problem}"),
                ));
                None
            }
        };
        let mut answers = chosen;
        for reference in self
            .concerns
            .split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            if is_reference("NC", reference) {
                answers.push(Answers::Concern {
                    reference: reference.to_uppercase(),
                });
            } else {
                errors.push(FieldError::new(
                    "concerns",
                    format!("“{reference}” is not a concern reference, like NC-7K3M-Q9XD"),
                ));
            }
        }
        match published_on {
            Some(published_on) if errors.is_empty() => Ok(UpdateEntry {
                you_said,
                we_did,
                next_steps,
                outcome,
                published_on,
                answers,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_needs_what_was_said_and_done_and_reads_concern_references() {
        let form = |you_said: &str, concerns: &str| UpdateForm {
            you_said: you_said.into(),
            we_did: "Patrols after school".into(),
            concerns: concerns.into(),
            ..UpdateForm::default()
        };
        let chosen = vec![Answers::Priority { id: 4 }];
        let entry = form("Speeding on Court Oak Road", "nc-7k3m-q9xd, NC-2B4C-6D8F")
            .parse(1_000, chosen.clone())
            .unwrap();
        assert_eq!(entry.published_on, 1_000, "today when no date is typed");
        assert_eq!(entry.answers.len(), 3);
        assert_eq!(
            entry.answers[1],
            Answers::Concern {
                reference: "NC-7K3M-Q9XD".into()
            }
        );
        let fields: Vec<String> = form("", "NC-1")
            .parse(1_000, chosen)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["you_said", "concerns"]);
    }
}
