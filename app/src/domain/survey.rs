//! The confidence survey: the Crime Survey for England and Wales's questions on confidence in the
//! local police and feeling safe, asked of residents once a UK calendar quarter; its form, the
//! quarters, and each quarter's results as shares of the answers.

use chrono::Datelike;
use entity::survey_tally::SurveyQuestion;
use serde::{Deserialize, Serialize};

/// A quarter's results are shown only once this many residents of the neighbourhood answered.
pub const LEAST_ANSWERS: i64 = 10;

/// How far one agrees with a statement about the local police.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    StronglyAgree,
    TendToAgree,
    Neither,
    TendToDisagree,
    StronglyDisagree,
}

/// Every answer, in the order the form lists them.
pub const AGREEMENTS: [Agreement; 5] = [
    Agreement::StronglyAgree,
    Agreement::TendToAgree,
    Agreement::Neither,
    Agreement::TendToDisagree,
    Agreement::StronglyDisagree,
];

impl Agreement {
    /// The key of its words in residents' languages.
    pub fn key(self) -> &'static str {
        match self {
            Agreement::StronglyAgree => "survey-strongly-agree",
            Agreement::TendToAgree => "survey-tend-to-agree",
            Agreement::Neither => "survey-neither",
            Agreement::TendToDisagree => "survey-tend-to-disagree",
            Agreement::StronglyDisagree => "survey-strongly-disagree",
        }
    }

    fn agrees(self) -> bool {
        matches!(self, Agreement::StronglyAgree | Agreement::TendToAgree)
    }
}

/// How safe one feels walking alone in the area after dark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Safety {
    VerySafe,
    FairlySafe,
    ABitUnsafe,
    VeryUnsafe,
    /// They never walk alone after dark: not counted either way.
    NeverAlone,
}

/// Every answer, in the order the form lists them.
pub const SAFETIES: [Safety; 5] = [
    Safety::VerySafe,
    Safety::FairlySafe,
    Safety::ABitUnsafe,
    Safety::VeryUnsafe,
    Safety::NeverAlone,
];

impl Safety {
    /// The key of its words in residents' languages.
    pub fn key(self) -> &'static str {
        match self {
            Safety::VerySafe => "survey-very-safe",
            Safety::FairlySafe => "survey-fairly-safe",
            Safety::ABitUnsafe => "survey-a-bit-unsafe",
            Safety::VeryUnsafe => "survey-very-unsafe",
            Safety::NeverAlone => "survey-never-alone",
        }
    }
}

/// The three statements and the question, in the form's order: (question, the key of its
/// words, the key of the message when it is not answered).
pub const QUESTIONS: [(SurveyQuestion, &str, &str); 4] = [
    (
        SurveyQuestion::Understand,
        "survey-understand",
        "survey-understand-missing",
    ),
    (SurveyQuestion::Deal, "survey-deal", "survey-deal-missing"),
    (SurveyQuestion::Rely, "survey-rely", "survey-rely-missing"),
    (SurveyQuestion::Safe, "survey-safe", "survey-safe-missing"),
];

/// The name of a question's field in the form.
pub fn field(question: SurveyQuestion) -> &'static str {
    match question {
        SurveyQuestion::Understand => "understand",
        SurveyQuestion::Deal => "deal",
        SurveyQuestion::Rely => "rely",
        SurveyQuestion::Safe => "safe",
    }
}

/// A UK calendar quarter: January to March is the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
}

impl Quarter {
    /// The quarter the UK day of `unix_seconds` falls in.
    pub fn of(unix_seconds: i64) -> Self {
        let day = crate::domain::schedule::uk_local(unix_seconds).date();
        Self {
            year: day.year(),
            number: (day.month() - 1) / 3 + 1,
        }
    }

    /// As stored: `2026-Q4`.
    pub fn code(self) -> String {
        format!("{}-Q{}", self.year, self.number)
    }

    pub fn previous(self) -> Self {
        match self.number {
            1 => Self {
                year: self.year - 1,
                number: 4,
            },
            n => Self {
                year: self.year,
                number: n - 1,
            },
        }
    }

    pub fn next(self) -> Self {
        match self.number {
            4 => Self {
                year: self.year + 1,
                number: 1,
            },
            n => Self {
                year: self.year,
                number: n + 1,
            },
        }
    }

    /// This quarter and the `earlier` ones before it, newest first.
    pub fn and_earlier(self, earlier: usize) -> Vec<Self> {
        std::iter::successors(Some(self), |q| Some(q.previous()))
            .take(earlier + 1)
            .collect()
    }

    /// Its first and last months (1 to 12).
    pub fn months(self) -> (u32, u32) {
        let first = (self.number - 1) * 3 + 1;
        (first, first + 2)
    }
}

/// The survey form as sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SurveyForm {
    /// The neighbourhood's code.
    pub code: String,
    pub understand: Option<Agreement>,
    pub deal: Option<Agreement>,
    pub rely: Option<Agreement>,
    pub safe: Option<Safety>,
}

/// A resident's answers, all four given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SurveyAnswers {
    pub understand: Agreement,
    pub deal: Agreement,
    pub rely: Agreement,
    pub safe: Safety,
}

impl SurveyForm {
    /// The answers, or a problem (its message's key) for each question not answered.
    pub fn parse(&self) -> Result<SurveyAnswers, Vec<(&'static str, &'static str)>> {
        let missing: Vec<(&'static str, &'static str)> = QUESTIONS
            .iter()
            .filter(|(question, _, _)| match question {
                SurveyQuestion::Understand => self.understand.is_none(),
                SurveyQuestion::Deal => self.deal.is_none(),
                SurveyQuestion::Rely => self.rely.is_none(),
                SurveyQuestion::Safe => self.safe.is_none(),
            })
            .map(|(question, _, missing)| (field(*question), *missing))
            .collect();
        match (self.understand, self.deal, self.rely, self.safe) {
            (Some(understand), Some(deal), Some(rely), Some(safe)) => Ok(SurveyAnswers {
                understand,
                deal,
                rely,
                safe,
            }),
            _ => Err(missing),
        }
    }
}

impl SurveyAnswers {
    /// Each question with its answer as counted (the form's value).
    pub fn counted(&self) -> [(SurveyQuestion, String); 4] {
        use crate::domain::forms::form_value;
        [
            (SurveyQuestion::Understand, form_value(&self.understand)),
            (SurveyQuestion::Deal, form_value(&self.deal)),
            (SurveyQuestion::Rely, form_value(&self.rely)),
            (SurveyQuestion::Safe, form_value(&self.safe)),
        ]
    }
}

/// A quarter's results: how many answered, and once at least `LEAST_ANSWERS` did, the share
/// (whole per cent) who agreed with each statement and who feel safe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuarterResult {
    pub quarter: Quarter,
    pub answered: i64,
    /// The quarter is not over: its shares are not shown, so that nobody can tell one
    /// resident's answers from how they moved.
    pub current: bool,
    pub shares: Option<Shares>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shares {
    pub understand: i64,
    pub deal: i64,
    pub rely: i64,
    /// Of those who walk alone after dark (none if fewer than `LEAST_ANSWERS` of them).
    pub safe: Option<i64>,
}

/// What a quarter's results are made of: how many answered, how many agreed with each
/// statement, how many walk alone after dark and how many of them feel very or fairly safe.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub answered: i64,
    pub understand: i64,
    pub deal: i64,
    pub rely: i64,
    pub walk_alone: i64,
    pub feel_safe: i64,
}

impl Tally {
    /// From the counts of each answer to each question.
    pub fn of(counts: &[(SurveyQuestion, String, i64)]) -> Self {
        use crate::domain::forms::chosen_value;
        let mut tally = Tally::default();
        for (question, answer, n) in counts {
            let agrees = chosen_value::<Agreement>(answer).is_some_and(Agreement::agrees);
            match question {
                SurveyQuestion::Understand => {
                    tally.answered += n;
                    tally.understand += if agrees { *n } else { 0 };
                }
                SurveyQuestion::Deal => tally.deal += if agrees { *n } else { 0 },
                SurveyQuestion::Rely => tally.rely += if agrees { *n } else { 0 },
                SurveyQuestion::Safe => match chosen_value::<Safety>(answer) {
                    Some(Safety::NeverAlone) | None => {}
                    Some(safety) => {
                        tally.walk_alone += n;
                        if matches!(safety, Safety::VerySafe | Safety::FairlySafe) {
                            tally.feel_safe += n;
                        }
                    }
                },
            }
        }
        tally
    }
}

/// A quarter's results from its counts: (question, answer as counted, how many); `current`
/// if it is not over.
pub fn result(
    quarter: Quarter,
    current: bool,
    counts: &[(SurveyQuestion, String, i64)],
) -> QuarterResult {
    let tally = Tally::of(counts);
    let share = |part: i64, whole: i64| (part * 100 + whole / 2) / whole;
    let answered = tally.answered;
    let shares = (!current && answered >= LEAST_ANSWERS).then(|| Shares {
        understand: share(tally.understand, answered),
        deal: share(tally.deal, answered),
        rely: share(tally.rely, answered),
        safe: (tally.walk_alone >= LEAST_ANSWERS).then(|| share(tally.feel_safe, tally.walk_alone)),
    });
    QuarterResult {
        quarter,
        answered,
        current,
        shares,
    }
}

/// How many ended quarters the force's comparison and the open API give.
const ENDED_QUARTERS: usize = 4;

/// The ended quarters offered, newest first, at `now`.
pub fn ended_quarters(now: i64) -> Vec<Quarter> {
    Quarter::of(now).previous().and_earlier(ENDED_QUARTERS - 1)
}

/// The quarter asked for by its code (`2026-Q3`), if it is one offered; else the last ended.
pub fn chosen_quarter(now: i64, code: &str) -> Quarter {
    let offered = ended_quarters(now);
    offered
        .iter()
        .copied()
        .find(|q| q.code() == code)
        .unwrap_or(offered[0])
}

/// A quarter in words, in `language`: "July to September 2026".
pub fn quarter_name(quarter: Quarter, language: crate::i18n::Language) -> String {
    let (first, last) = quarter.months();
    crate::t_in!(
        language,
        "survey-quarter",
        first = crate::t_in!(language, "month", month = first),
        last = crate::t_in!(language, "month", month = last),
        year = quarter.year.to_string()
    )
}

/// A share as the staff dashboard and its CSV show it, or why there is none.
pub fn share_cell(
    result: &QuarterResult,
    share: impl Fn(&crate::domain::survey::Shares) -> Option<i64>,
) -> String {
    match result.shares.as_ref() {
        None => "Not enough answers".to_string(),
        Some(shares) => {
            share(shares).map_or_else(|| "Too few walk alone".to_string(), |p| format!("{p}%"))
        }
    }
}

/// Counts of several neighbourhoods added together, answer by answer, for an area's result.
pub fn add_counts(
    into: &mut Vec<(SurveyQuestion, String, i64)>,
    counts: &[(SurveyQuestion, String, i64)],
) {
    for (question, answer, n) in counts {
        match into
            .iter_mut()
            .find(|(q, a, _)| q == question && a == answer)
        {
            Some((_, _, total)) => *total += n,
            None => into.push((*question, answer.clone(), *n)),
        }
    }
}

/// The problems of a form not fully answered, in `language`.
#[cfg(feature = "ssr")]
pub fn problems(
    language: crate::i18n::Language,
    missing: &[(&'static str, &'static str)],
) -> Vec<crate::domain::forms::FieldError> {
    missing
        .iter()
        .map(|(field, key)| crate::domain::forms::FieldError::new(field, language.text(key)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_follow_the_uk_calendar() {
        // 31 December 2026, 11:30pm in the UK (GMT) is still the fourth quarter.
        let new_years_eve = chrono::NaiveDate::from_ymd_opt(2026, 12, 31)
            .unwrap()
            .and_hms_opt(23, 30, 0)
            .unwrap()
            .and_utc()
            .timestamp();
        let q4 = Quarter::of(new_years_eve);
        assert_eq!(q4.code(), "2026-Q4");
        assert_eq!(Quarter::of(new_years_eve + 3600).code(), "2027-Q1");
        assert_eq!(q4.next().code(), "2027-Q1");
        assert_eq!(q4.next().previous(), q4);
        assert_eq!(q4.months(), (10, 12));
        // 30 June 2026, 11:30pm UTC is 1 July, 12:30am in the UK (BST): the third quarter.
        let midsummer = chrono::NaiveDate::from_ymd_opt(2026, 6, 30)
            .unwrap()
            .and_hms_opt(23, 30, 0)
            .unwrap()
            .and_utc()
            .timestamp();
        assert_eq!(Quarter::of(midsummer).code(), "2026-Q3");
    }

    #[test]
    fn every_question_must_be_answered() {
        let missing = SurveyForm::default().parse().unwrap_err();
        assert_eq!(
            missing.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            ["understand", "deal", "rely", "safe"]
        );
        let form = SurveyForm {
            code: "BW003".into(),
            understand: Some(Agreement::TendToAgree),
            deal: Some(Agreement::Neither),
            rely: None,
            safe: Some(Safety::NeverAlone),
        };
        assert_eq!(
            form.parse().unwrap_err(),
            vec![("rely", "survey-rely-missing")]
        );
    }

    fn counts(answers: &[(SurveyQuestion, &str, i64)]) -> Vec<(SurveyQuestion, String, i64)> {
        answers
            .iter()
            .map(|(q, a, n)| (*q, a.to_string(), *n))
            .collect()
    }

    #[test]
    fn results_show_only_from_ten_answers_and_feeling_safe_only_from_ten_who_walk_alone() {
        let quarter = Quarter {
            year: 2026,
            number: 4,
        };
        let nine = counts(&[(SurveyQuestion::Understand, "strongly-agree", 9)]);
        assert_eq!(result(quarter, false, &nine).answered, 9);
        assert_eq!(result(quarter, false, &nine).shares, None);
        let ten = counts(&[
            (SurveyQuestion::Understand, "strongly-agree", 4),
            (SurveyQuestion::Understand, "tend-to-agree", 3),
            (SurveyQuestion::Understand, "tend-to-disagree", 3),
            (SurveyQuestion::Deal, "neither", 10),
            (SurveyQuestion::Rely, "tend-to-agree", 1),
            (SurveyQuestion::Rely, "strongly-disagree", 9),
            (SurveyQuestion::Safe, "very-safe", 2),
            (SurveyQuestion::Safe, "a-bit-unsafe", 1),
            (SurveyQuestion::Safe, "never-alone", 7),
        ]);
        assert_eq!(
            result(quarter, true, &ten).shares,
            None,
            "not while it lasts"
        );
        assert_eq!(
            result(quarter, false, &ten).shares,
            Some(Shares {
                understand: 70,
                deal: 0,
                rely: 10,
                safe: None,
            })
        );
    }
}
