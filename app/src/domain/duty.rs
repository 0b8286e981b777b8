//! Time a team member records: hours in the community (patrol, a surgery, a school visit, a
//! meeting, and where), or hours taken away from neighbourhood duties with the reason. Server
//! only.

use crate::domain::concern::plain_text;
use crate::domain::forms::{FieldError, TypedDate};
use entity::duty_time::DutyKind;

/// How far back a record may be dated: a year, the dashboard's longest view.
const OLDEST_DAYS: i64 = 366;
const MOST_PLACE: usize = 200;

/// The form as sent.
pub struct DutyForm<'a> {
    pub kind: Option<DutyKind>,
    pub worked_on: &'a TypedDate,
    pub hours: &'a str,
    pub place: &'a str,
}

/// A record ready to be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DutyEntry {
    pub kind: DutyKind,
    /// The start of that UK day.
    pub worked_on: i64,
    pub minutes: i32,
    pub place: String,
}

/// Hours as typed ("2", "1.5", "0.25"), as whole minutes: from a quarter of an hour to a day.
pub fn parse_hours(typed: &str) -> Option<i32> {
    let hours: f64 = typed
        .trim()
        .trim_end_matches(['h', 'H'])
        .trim()
        .parse()
        .ok()?;
    if !hours.is_finite() {
        return None;
    }
    let minutes = (hours * 60.0).round();
    (15.0..=24.0 * 60.0)
        .contains(&minutes)
        .then_some(minutes as i32)
}

impl DutyForm<'_> {
    /// The entry, or every problem with it: a kind, a date in the last year and not in the future,
    /// hours from 0.25 to 24, and where for time in the community.
    pub fn parse(&self, now: i64) -> Result<DutyEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.kind.is_none() {
            errors.push(FieldError::new("kind", "Choose what the time was spent on"));
        }
        let worked_on = match self
            .worked_on
            .bound(crate::services::clock::start_of_uk_day)
        {
            Ok(Some(day)) if day > now => {
                errors.push(FieldError::new(
                    "worked_on_day",
                    "The date must be today or in the past",
                ));
                None
            }
            Ok(Some(day)) if day < now - OLDEST_DAYS * 86_400 => {
                errors.push(FieldError::new(
                    "worked_on_day",
                    "The date must be within the last year",
                ));
                None
            }
            Ok(Some(day)) => Some(day),
            Ok(None) => {
                errors.push(FieldError::new("worked_on_day", "Enter the date"));
                None
            }
            Err(problem) => {
                errors.push(FieldError::new(
                    "worked_on_day",
                    format!("The date {problem}"),
                ));
                None
            }
        };
        let minutes = parse_hours(self.hours);
        if minutes.is_none() {
            errors.push(FieldError::new(
                "hours",
                "Enter the hours as a number from 0.25 to 24, like 1.5",
            ));
        }
        let place = plain_text("place", "Where", self.place, MOST_PLACE, &mut errors);
        if self.kind.is_some_and(|k| !k.is_abstraction()) && place.is_empty() {
            errors.push(FieldError::new(
                "place",
                "Enter where the time was spent, like a street, a school or a library",
            ));
        }
        match (self.kind, worked_on, minutes) {
            (Some(kind), Some(worked_on), Some(minutes)) if errors.is_empty() => Ok(DutyEntry {
                kind,
                worked_on,
                minutes,
                place,
            }),
            _ => Err(errors),
        }
    }
}

/// "1 hour", "2.5 hours", "45 minutes", "0 hours".
pub fn hours_words(minutes: u64) -> String {
    if minutes == 0 {
        return "0 hours".to_string();
    }
    if minutes < 60 {
        return format!("{minutes} minutes");
    }
    let hours = minutes as f64 / 60.0;
    let written = format!("{hours:.2}");
    let written = written.trim_end_matches('0').trim_end_matches('.');
    format!("{written} hour{}", if written == "1" { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thursday 3 December 2026, 12:00 UK time.
    const NOW: i64 = 1_796_299_200;

    fn date(day: &str) -> TypedDate {
        TypedDate {
            day: day.into(),
            month: "12".into(),
            year: "2026".into(),
        }
    }

    #[test]
    fn hours_are_read_as_whole_minutes_from_a_quarter_of_an_hour_to_a_day() {
        assert_eq!(parse_hours("1.5"), Some(90));
        assert_eq!(parse_hours(" 2h "), Some(120));
        assert_eq!(parse_hours("0.25"), Some(15));
        assert_eq!(parse_hours("24"), Some(1440));
        for refused in ["0", "0.2", "-1", "25", "two", "", "NaN", "inf"] {
            assert_eq!(parse_hours(refused), None, "{refused}");
        }
    }

    #[test]
    fn time_in_the_community_needs_a_place_but_an_abstraction_does_not() {
        let today = date("3");
        let patrol = DutyForm {
            kind: Some(DutyKind::Patrol),
            worked_on: &today,
            hours: "3",
            place: " ",
        };
        let errors = patrol.parse(NOW).unwrap_err();
        assert_eq!(errors[0].field, "place");
        let court = DutyForm {
            kind: Some(DutyKind::Court),
            ..patrol
        };
        assert_eq!(
            court.parse(NOW),
            Ok(DutyEntry {
                kind: DutyKind::Court,
                worked_on: NOW - 12 * 3600,
                minutes: 180,
                place: String::new(),
            })
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let tomorrow = date("4");
        let errors = DutyForm {
            kind: None,
            worked_on: &tomorrow,
            hours: "30",
            place: "",
        }
        .parse(NOW)
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "worked_on_day", "hours"]);
    }

    #[test]
    fn hours_are_written_as_people_say_them() {
        assert_eq!(hours_words(0), "0 hours");
        assert_eq!(hours_words(45), "45 minutes");
        assert_eq!(hours_words(60), "1 hour");
        assert_eq!(hours_words(150), "2.5 hours");
        assert_eq!(hours_words(80), "1.33 hours");
    }
}
