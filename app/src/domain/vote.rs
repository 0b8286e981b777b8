//! Votes on local priorities: what a team enters to open one, checking a resident's choices
//! against the limit, and counting (online and paper apart, ties shown as ties). Server only.

use crate::domain::forms::{FieldError, TypedDate, given, optional_text, required_text};
use crate::domain::schedule::uk_instant;
use crate::domain::surgery::TimeOfDay;
use entity::vote::Eligibility;
use serde::{Deserialize, Serialize};

pub const LEAST_OPTIONS: usize = 2;
pub const MOST_OPTIONS: usize = 12;
pub const MOST_OPTION_LENGTH: usize = 120;

/// One option as the team wrote it, with what it is linked to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionEntry {
    pub label: String,
    /// The label in Welsh, if the team gave it.
    pub label_cy: Option<String>,
    /// The concern it comes from, by reference (`NC-…`).
    pub concern: Option<String>,
    /// The SARA problem it comes from, by reference (`PRB-…`).
    pub problem: Option<String>,
}

/// The options, one a line; a line may end with the references it is linked to in square
/// brackets: `Speeding by the park [PRB-7K3M-Q9XD]`.
pub fn parse_options(typed: &str) -> Result<Vec<OptionEntry>, String> {
    use crate::domain::reference::is_reference;
    let mut options = Vec::new();
    let typed = crate::domain::forms::without_control_characters(typed);
    for line in typed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut label = line.to_string();
        let (mut concern, mut problem) = (None, None);
        while let Some(open) = label.rfind('[')
            && label.ends_with(']')
        {
            let reference = label[open + 1..label.len() - 1].trim().to_uppercase();
            if is_reference("NC", &reference) {
                concern = Some(reference);
            } else if is_reference("PRB", &reference) {
                problem = Some(reference);
            } else {
                return Err(format!(
                    "“{reference}” is not a concern or problem reference, like NC-7K3M-Q9XD or PRB-7K3M-Q9XD"
                ));
            }
            label = label[..open].trim_end().to_string();
        }
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        if label.is_empty() {
            return Err("Each option needs words before its references".into());
        }
        if label.chars().count() > MOST_OPTION_LENGTH {
            return Err(format!(
                "Each option must be {MOST_OPTION_LENGTH} characters or fewer"
            ));
        }
        if options
            .iter()
            .any(|o: &OptionEntry| o.label.eq_ignore_ascii_case(&label))
        {
            return Err(format!("“{label}” is there twice"));
        }
        options.push(OptionEntry {
            label,
            label_cy: None,
            concern,
            problem,
        });
    }
    match options.len() {
        n if n < LEAST_OPTIONS => Err(format!(
            "Enter at least {LEAST_OPTIONS} options, one on each line"
        )),
        n if n > MOST_OPTIONS => Err(format!("Enter at most {MOST_OPTIONS} options")),
        _ => Ok(options),
    }
}

/// The options in Welsh (`typed`, one a line, in the order of the English), put beside the
/// English options; nothing typed leaves them English only.
pub fn with_welsh_options(
    mut options: Vec<OptionEntry>,
    typed: &str,
) -> Result<Vec<OptionEntry>, String> {
    let typed = crate::domain::forms::without_control_characters(typed);
    let welsh: Vec<String> = typed
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    if welsh.is_empty() {
        return Ok(options);
    }
    if welsh.len() != options.len() {
        return Err(format!(
            "Enter one option in Welsh for each option in English ({}), in the same order",
            options.len()
        ));
    }
    if welsh.iter().any(|w| w.chars().count() > MOST_OPTION_LENGTH) {
        return Err(format!(
            "Each option must be {MOST_OPTION_LENGTH} characters or fewer"
        ));
    }
    for (option, welsh) in options.iter_mut().zip(welsh) {
        option.label_cy = Some(welsh);
    }
    Ok(options)
}

/// The open-a-vote form's fields, as typed: the server function's argument, and what the page
/// shows again when something is wrong.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VoteForm {
    pub question: String,
    pub options: String,
    /// The question and the options in Welsh, if the team gives them (asked only where the
    /// force offers Welsh).
    pub question_cy: String,
    pub options_cy: String,
    pub most_choices: String,
    pub opens_date_day: String,
    pub opens_date_month: String,
    pub opens_date_year: String,
    pub opens_time: String,
    pub closes_date_day: String,
    pub closes_date_month: String,
    pub closes_date_year: String,
    pub closes_time: String,
    pub eligibility: Option<Eligibility>,
    /// The checkbox: sent only when ticked.
    pub show_running_totals: Option<String>,
}

/// A vote as entered, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteEntry {
    pub question: String,
    pub question_cy: Option<String>,
    pub options: Vec<OptionEntry>,
    pub most_choices: i32,
    pub opens_at: i64,
    pub closes_at: i64,
    pub eligibility: Eligibility,
    pub show_running_totals: bool,
}

/// A date and time typed in two fields, as UTC; `what` names it in messages ("The opening").
pub(crate) fn moment(
    date: &TypedDate,
    time: &str,
    (date_field, time_field): (&str, &str),
    what: &str,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    let day = match date.numbers() {
        Ok(Some((year, month, day))) => chrono::NaiveDate::from_ymd_opt(year, month, day),
        Ok(None) => {
            errors.push(FieldError::new(
                date_field,
                format!("Enter the date of {what}"),
            ));
            return None;
        }
        Err(problem) => {
            errors.push(FieldError::new(date_field, format!("The date {problem}")));
            return None;
        }
    };
    let Some(day) = day else {
        errors.push(FieldError::new(date_field, "The date must be a real date"));
        return None;
    };
    let time = match TimeOfDay::parse(time) {
        Ok(t) => chrono::NaiveTime::from_hms_opt(t.hour, t.minute, 0)?,
        Err(problem) => {
            errors.push(FieldError::new(time_field, problem));
            return None;
        }
    };
    uk_instant(day.and_time(time))
}

impl VoteForm {
    /// The vote, or a problem for each field that is wrong. It must close after `now`.
    pub fn parse(&self, now: i64) -> Result<VoteEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let question = required_text(
            "question",
            "Question",
            &self.question,
            "Enter the question, like Which of these should the team work on first?",
            300,
            &mut errors,
        );
        let question_cy = given(optional_text(
            "question_cy",
            "Question in Welsh",
            &self.question_cy,
            300,
            &mut errors,
        ));
        let options = parse_options(&self.options)
            .map_err(|problem| errors.push(FieldError::new("options", problem)))
            .ok()
            .and_then(|options| {
                with_welsh_options(options, &self.options_cy)
                    .map_err(|problem| errors.push(FieldError::new("options_cy", problem)))
                    .ok()
            });
        let most_choices = match (self.most_choices.trim().parse::<usize>(), &options) {
            (Ok(n), Some(options)) if (1..=options.len()).contains(&n) => Some(n as i32),
            (Ok(_), None) => None,
            _ => {
                errors.push(FieldError::new(
                    "most_choices",
                    "Enter how many options each person may choose, from 1 to the number of options",
                ));
                None
            }
        };
        let opens_date = TypedDate::typed(
            &self.opens_date_day,
            &self.opens_date_month,
            &self.opens_date_year,
        );
        let closes_date = TypedDate::typed(
            &self.closes_date_day,
            &self.closes_date_month,
            &self.closes_date_year,
        );
        let opens_at = moment(
            &opens_date,
            &self.opens_time,
            ("opens_date_day", "opens_time"),
            "opening",
            &mut errors,
        );
        let closes_at = moment(
            &closes_date,
            &self.closes_time,
            ("closes_date_day", "closes_time"),
            "closing",
            &mut errors,
        );
        if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
            if closes <= opens {
                errors.push(FieldError::new(
                    "closes_date_day",
                    "The vote must close after it opens",
                ));
            } else if closes <= now {
                errors.push(FieldError::new(
                    "closes_date_day",
                    "The vote must close in the future",
                ));
            }
        }
        if self.eligibility.is_none() {
            errors.push(FieldError::new("eligibility", "Select who may vote"));
        }
        match (options, most_choices, opens_at, closes_at, self.eligibility) {
            (
                Some(options),
                Some(most_choices),
                Some(opens_at),
                Some(closes_at),
                Some(eligibility),
            ) if errors.is_empty() => Ok(VoteEntry {
                question,
                question_cy,
                options,
                most_choices,
                opens_at,
                closes_at,
                eligibility,
                show_running_totals: self.show_running_totals.is_some(),
            }),
            _ => Err(errors),
        }
    }
}

/// Why a ballot's choices are refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceProblem {
    /// Nothing chosen, where up to `most` may be.
    NoneChosen {
        most: usize,
    },
    TooMany {
        most: usize,
    },
    /// An option that is not this vote's.
    NotAnOption,
}

impl ChoiceProblem {
    pub fn message(&self) -> String {
        match self {
            ChoiceProblem::NoneChosen { most: 1 } => "Select one option".into(),
            ChoiceProblem::NoneChosen { .. } => "Select at least one option".into(),
            ChoiceProblem::TooMany { most: 1 } => "Select one option only".into(),
            ChoiceProblem::TooMany { most } => format!("Select up to {most} options"),
            ChoiceProblem::NotAnOption => "Select from the options shown".into(),
        }
    }

    /// The same message, in the resident's `language`.
    #[cfg(feature = "ssr")]
    pub fn message_in(&self, language: crate::i18n::Language) -> String {
        use crate::t_in;
        match self {
            ChoiceProblem::NoneChosen { most } => {
                t_in!(language, "vote-choose-none", count = *most)
            }
            ChoiceProblem::TooMany { most } => {
                t_in!(language, "vote-choose-too-many", count = *most)
            }
            ChoiceProblem::NotAnOption => t_in!(language, "vote-choose-not-an-option"),
        }
    }
}

/// The chosen options, each once, if they are the vote's and no more than `most`.
pub fn check_choices(
    chosen: &[i32],
    options: &[i32],
    most: usize,
) -> Result<Vec<i32>, ChoiceProblem> {
    let mut unique: Vec<i32> = Vec::with_capacity(chosen.len());
    for id in chosen {
        if !options.contains(id) {
            return Err(ChoiceProblem::NotAnOption);
        }
        if !unique.contains(id) {
            unique.push(*id);
        }
    }
    match unique.len() {
        0 => Err(ChoiceProblem::NoneChosen { most }),
        n if n > most => Err(ChoiceProblem::TooMany { most }),
        _ => Ok(unique),
    }
}

/// One option's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionResult {
    pub option_id: i32,
    pub label: String,
    pub online: u64,
    pub paper: u64,
    /// Its place: options with the same total share a place (a tie).
    pub rank: usize,
    pub tied: bool,
}

impl OptionResult {
    pub fn total(&self) -> u64 {
        self.online + self.paper
    }
}

/// Ranks the options by their totals (online and paper together), highest first; equal totals
/// share a rank and are marked tied. Options keep their order within a tie.
pub fn rank(
    options: &[(i32, String)],
    online: &[(i32, u64)],
    paper: &[(i32, u64)],
) -> Vec<OptionResult> {
    let count = |counts: &[(i32, u64)], id: i32| {
        counts
            .iter()
            .filter(|(option, _)| *option == id)
            .map(|(_, n)| n)
            .sum::<u64>()
    };
    let mut results: Vec<OptionResult> = options
        .iter()
        .map(|(id, label)| OptionResult {
            option_id: *id,
            label: label.clone(),
            online: count(online, *id),
            paper: count(paper, *id),
            rank: 0,
            tied: false,
        })
        .collect();
    results.sort_by_key(|result| std::cmp::Reverse(result.total()));
    let totals: Vec<u64> = results.iter().map(OptionResult::total).collect();
    for (i, result) in results.iter_mut().enumerate() {
        let first = totals.iter().position(|t| *t == totals[i]).unwrap_or(i);
        result.rank = first + 1;
        result.tied = totals.iter().filter(|t| **t == totals[i]).count() > 1;
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_one_a_line_with_their_links() {
        let options = parse_options(
            "Speeding by the park [PRB-7K3M-Q9XD]\n\n  Drug dealing  near the shops [nc-4hx2-pw8r]\nFly-tipping",
        )
        .unwrap();
        assert_eq!(options.len(), 3);
        assert_eq!(options[0].label, "Speeding by the park");
        assert_eq!(options[0].problem.as_deref(), Some("PRB-7K3M-Q9XD"));
        assert_eq!(options[1].label, "Drug dealing near the shops");
        assert_eq!(options[1].concern.as_deref(), Some("NC-4HX2-PW8R"));
        assert_eq!(options[2].concern, None);
    }

    #[test]
    fn too_few_too_many_repeated_or_mislinked_options_are_refused() {
        assert!(parse_options("Only one").is_err());
        assert!(
            parse_options(
                &(1..=13)
                    .map(|i| format!("Option {i}\n"))
                    .collect::<String>()
            )
            .is_err()
        );
        assert!(
            parse_options("Parking\nparking")
                .unwrap_err()
                .contains("twice")
        );
        assert!(
            parse_options("Parking [XYZ]\nSpeeding")
                .unwrap_err()
                .contains("not a concern")
        );
    }

    #[test]
    fn choices_are_checked_against_the_options_and_the_limit() {
        let options = [1, 2, 3];
        assert_eq!(check_choices(&[2, 3, 2], &options, 2), Ok(vec![2, 3]));
        assert_eq!(
            check_choices(&[], &options, 2),
            Err(ChoiceProblem::NoneChosen { most: 2 })
        );
        assert_eq!(
            ChoiceProblem::NoneChosen { most: 1 }.message(),
            "Select one option"
        );
        assert_eq!(
            check_choices(&[1, 2, 3], &options, 2),
            Err(ChoiceProblem::TooMany { most: 2 })
        );
        assert_eq!(
            check_choices(&[9], &options, 2),
            Err(ChoiceProblem::NotAnOption)
        );
        assert_eq!(
            ChoiceProblem::TooMany { most: 1 }.message(),
            "Select one option only"
        );
    }

    #[test]
    fn choice_problems_read_the_same_in_english_from_the_messages() {
        use crate::i18n::Language;
        for problem in [
            ChoiceProblem::NoneChosen { most: 1 },
            ChoiceProblem::NoneChosen { most: 3 },
            ChoiceProblem::TooMany { most: 1 },
            ChoiceProblem::TooMany { most: 2 },
            ChoiceProblem::NotAnOption,
        ] {
            assert_eq!(problem.message_in(Language::English), problem.message());
            assert_ne!(problem.message_in(Language::Welsh), problem.message());
        }
    }

    #[test]
    fn results_add_paper_to_online_and_show_ties_as_ties() {
        let options = [
            (1, "Speeding".to_string()),
            (2, "Parking".to_string()),
            (3, "Litter".to_string()),
            (4, "Noise".to_string()),
        ];
        let results = rank(&options, &[(1, 5), (2, 7), (3, 2)], &[(1, 2), (4, 1)]);
        let order: Vec<_> = results
            .iter()
            .map(|r| (r.label.as_str(), r.total(), r.rank, r.tied))
            .collect();
        assert_eq!(
            order,
            vec![
                ("Speeding", 7, 1, true),
                ("Parking", 7, 1, true),
                ("Litter", 2, 3, false),
                ("Noise", 1, 4, false)
            ]
        );
        assert_eq!(results[0].paper, 2);
    }

    fn form() -> VoteForm {
        VoteForm {
            question: "Which should the team work on first?".into(),
            options: "Speeding\nParking\nLitter".into(),
            most_choices: "2".into(),
            opens_date_day: "1".into(),
            opens_date_month: "12".into(),
            opens_date_year: "2026".into(),
            opens_time: "9am".into(),
            closes_date_day: "14".into(),
            closes_date_month: "12".into(),
            closes_date_year: "2026".into(),
            closes_time: "5pm".into(),
            eligibility: Some(Eligibility::AnyResident),
            show_running_totals: None,
            ..VoteForm::default()
        }
    }

    #[test]
    fn welsh_options_stand_beside_the_english_one_for_one_or_not_at_all() {
        let now = 1_796_000_000;
        let welsh = VoteForm {
            question_cy: " Ar beth ddylai'r tîm weithio gyntaf? ".into(),
            options_cy: "Goryrru\n\nParcio\nSbwriel\n".into(),
            ..form()
        }
        .parse(now)
        .unwrap();
        assert_eq!(
            welsh.question_cy.as_deref(),
            Some("Ar beth ddylai'r tîm weithio gyntaf?")
        );
        let labels: Vec<_> = welsh
            .options
            .iter()
            .map(|o| o.label_cy.as_deref())
            .collect();
        assert_eq!(labels, [Some("Goryrru"), Some("Parcio"), Some("Sbwriel")]);
        let english_only = form().parse(now).unwrap();
        assert!(english_only.question_cy.is_none());
        assert!(english_only.options.iter().all(|o| o.label_cy.is_none()));
        let short = VoteForm {
            options_cy: "Goryrru\nParcio".into(),
            ..form()
        };
        let fields: Vec<String> = short
            .parse(now)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["options_cy"]);
    }

    #[test]
    fn a_vote_opens_and_closes_at_uk_times_and_limits_choices_to_its_options() {
        // 1 December 2026, midday UTC.
        let now = 1_796_126_400;
        let vote = form().parse(now).unwrap();
        assert_eq!(vote.options.len(), 3);
        assert_eq!(vote.closes_at - vote.opens_at, 13 * 86_400 + 8 * 3600);
        let too_many = VoteForm {
            most_choices: "4".into(),
            ..form()
        };
        assert_eq!(too_many.parse(now).unwrap_err()[0].field, "most_choices");
        let backwards = VoteForm {
            closes_date_day: "1".into(),
            closes_time: "8am".into(),
            ..form()
        };
        assert_eq!(
            backwards.parse(now).unwrap_err()[0].message,
            "The vote must close after it opens"
        );
    }
}
