//! When a surgery happens: a first date, a start and end time in UK local time, and how it
//! repeats. Expanded into occurrences stored in UTC, so each keeps its local time across the
//! clock changes (a 10am surgery is at 10am in both March and November).

use crate::domain::forms::{FieldError, TypedDate, optional_text, required_text};
use crate::domain::surgery::{BookingChoice, BookingPlan, TimeOfDay};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Weekday};
use serde::{Deserialize, Serialize};

/// The most occurrences one schedule makes: a weekly surgery for two years.
pub const MOST_OCCURRENCES: usize = 104;

/// Which week of the month, for "the first Saturday" or "the last Tuesday".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeekOfMonth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

impl WeekOfMonth {
    pub const ALL: [WeekOfMonth; 5] = [
        WeekOfMonth::First,
        WeekOfMonth::Second,
        WeekOfMonth::Third,
        WeekOfMonth::Fourth,
        WeekOfMonth::Last,
    ];

    pub fn label(self) -> &'static str {
        match self {
            WeekOfMonth::First => "first",
            WeekOfMonth::Second => "second",
            WeekOfMonth::Third => "third",
            WeekOfMonth::Fourth => "fourth",
            WeekOfMonth::Last => "last",
        }
    }

    /// That weekday of the month, if the month has one (it always does).
    fn day_in(self, year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
        match self {
            WeekOfMonth::Last => {
                let next_month = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                let mut day = next_month.pred_opt()?;
                while day.weekday() != weekday {
                    day = day.pred_opt()?;
                }
                Some(day)
            }
            nth => {
                let n = match nth {
                    WeekOfMonth::First => 1,
                    WeekOfMonth::Second => 2,
                    WeekOfMonth::Third => 3,
                    _ => 4,
                };
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
            }
        }
    }
}

/// How a surgery repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Repeat {
    Once,
    /// Every `weeks` weeks on the first date's weekday (1 for weekly).
    Weekly {
        weeks: u32,
    },
    /// On this week of every month, on the first date's weekday.
    Monthly {
        week: WeekOfMonth,
    },
}

/// When a repeating surgery stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Until {
    /// The last date it may happen on.
    Date(NaiveDate),
    Occurrences(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub first: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub repeat: Repeat,
    pub until: Until,
}

/// One occurrence, in Unix seconds (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub starts_at: i64,
    pub ends_at: i64,
}

impl Schedule {
    /// The dates it happens on, at most `MOST_OCCURRENCES`.
    pub fn dates(&self) -> Vec<NaiveDate> {
        let limit = match self.until {
            Until::Occurrences(n) => (n as usize).min(MOST_OCCURRENCES),
            Until::Date(_) => MOST_OCCURRENCES,
        };
        let within = |date: NaiveDate| match self.until {
            Until::Date(last) => date <= last,
            Until::Occurrences(_) => true,
        };
        let mut dates = Vec::new();
        match self.repeat {
            Repeat::Once => dates.push(self.first),
            Repeat::Weekly { weeks } => {
                let step = Duration::weeks(i64::from(weeks.max(1)));
                let mut date = self.first;
                while dates.len() < limit && within(date) {
                    dates.push(date);
                    date += step;
                }
            }
            Repeat::Monthly { week } => {
                let weekday = self.first.weekday();
                let (mut year, mut month) = (self.first.year(), self.first.month());
                // Months with no such day cannot happen; the bound stops a bad start looping.
                for _ in 0..MOST_OCCURRENCES * 2 {
                    if dates.len() >= limit {
                        break;
                    }
                    if let Some(date) = week.day_in(year, month, weekday)
                        && date >= self.first
                    {
                        if !within(date) {
                            break;
                        }
                        dates.push(date);
                    }
                    (year, month) = if month == 12 {
                        (year + 1, 1)
                    } else {
                        (year, month + 1)
                    };
                }
            }
        }
        dates
    }

    /// Each occurrence's start and end in UTC.
    pub fn occurrences(&self) -> Vec<Occurrence> {
        self.dates()
            .into_iter()
            .filter_map(|date| {
                Some(Occurrence {
                    starts_at: uk_instant(date.and_time(self.start))?,
                    ends_at: uk_instant(date.and_time(self.end))?,
                })
            })
            .collect()
    }
}

/// A UK wall-clock time as a Unix time. A time the clocks skip in March (1:30am) is taken as
/// the hour after; a time they pass twice in October, as the first.
pub fn uk_instant(local: NaiveDateTime) -> Option<i64> {
    let london = chrono_tz::Europe::London;
    london
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            london
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
        })
        .map(|at| at.timestamp())
}

/// The UK date and time of a Unix time.
pub fn uk_local(unix_seconds: i64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::London)
        .naive_local()
}

/// How often, as the schedule form's radios send it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RepeatChoice {
    Once,
    Weekly,
    Monthly,
}

/// How a repeating surgery's end is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UntilChoice {
    Date,
    Count,
}

/// The most weeks between two occurrences of a repeating surgery.
pub const MOST_WEEKS_APART: u32 = 8;

/// How far ahead a surgery may be scheduled.
pub const MOST_DAYS_AHEAD: i64 = 2 * 366;

/// The schedule form's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleForm {
    pub date: TypedDate,
    pub start: String,
    pub end: String,
    pub repeat: Option<RepeatChoice>,
    pub weeks: String,
    pub week_of_month: Option<WeekOfMonth>,
    pub until: Option<UntilChoice>,
    pub until_date: TypedDate,
    pub count: String,
}

/// The form that schedules a surgery, as typed: the server function's argument, and what the
/// page shows again when something is wrong. Every limit is in [`SurgeryForm::parse`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SurgeryForm {
    pub venue_id: String,
    pub title: String,
    pub description: String,
    /// The title and description in Welsh, if the team gives them.
    pub title_cy: String,
    pub description_cy: String,
    pub date_day: String,
    pub date_month: String,
    pub date_year: String,
    pub start: String,
    pub end: String,
    pub booking: Option<BookingChoice>,
    pub expected: String,
    pub slot_minutes: String,
    pub places: String,
    pub repeat: Option<RepeatChoice>,
    pub weeks: String,
    pub week_of_month: Option<WeekOfMonth>,
    pub until: Option<UntilChoice>,
    pub until_date_day: String,
    pub until_date_month: String,
    pub until_date_year: String,
    pub count: String,
}

/// The longest title a surgery may have.
pub const MOST_TITLE: usize = 120;
/// The longest "what to expect" a surgery may have.
pub const MOST_DESCRIPTION: usize = 2000;

/// A surgery as a team entered it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleEntry {
    pub venue_id: i32,
    pub title: String,
    pub description: String,
    /// In Welsh, beside the English: empty when not given.
    pub title_cy: String,
    pub description_cy: String,
    pub plan: BookingPlan,
    pub schedule: Schedule,
}

impl SurgeryForm {
    /// The surgery, or a problem for each field that is wrong. `today` is the UK date now.
    pub fn parse(&self, today: NaiveDate) -> Result<ScheduleEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let venue_id = self.venue_id.trim().parse::<i32>().ok();
        if venue_id.is_none() {
            errors.push(FieldError::new(
                "venue_id",
                "Select where the surgery is held",
            ));
        }
        let title = required_text(
            "title",
            "Title",
            &self.title,
            "Enter a title, like PCSO surgery at the library",
            MOST_TITLE,
            &mut errors,
        );
        let description = optional_text(
            "description",
            "What to expect",
            &self.description,
            MOST_DESCRIPTION,
            &mut errors,
        );
        let title_cy = optional_text(
            "title_cy",
            "Title in Welsh",
            &self.title_cy,
            MOST_TITLE,
            &mut errors,
        );
        let description_cy = optional_text(
            "description_cy",
            "What to expect, in Welsh",
            &self.description_cy,
            MOST_DESCRIPTION,
            &mut errors,
        );
        let schedule = ScheduleForm {
            date: TypedDate::typed(&self.date_day, &self.date_month, &self.date_year),
            start: self.start.clone(),
            end: self.end.clone(),
            repeat: self.repeat,
            weeks: self.weeks.clone(),
            week_of_month: self.week_of_month,
            until: self.until,
            until_date: TypedDate::typed(
                &self.until_date_day,
                &self.until_date_month,
                &self.until_date_year,
            ),
            count: self.count.clone(),
        }
        .parse(today)
        .map_err(|problems| errors.extend(problems));
        let length = schedule
            .as_ref()
            .map_or(0, |s| (s.end - s.start).num_minutes().max(0) as u32);
        let plan = BookingPlan::parse(
            self.booking,
            &self.expected,
            &self.slot_minutes,
            &self.places,
            length,
        )
        .map_err(|problems| {
            errors.extend(
                problems
                    .into_iter()
                    .map(|(field, message)| FieldError::new(field, message)),
            )
        });
        match (venue_id, schedule, plan) {
            (Some(venue_id), Ok(schedule), Ok(plan)) if errors.is_empty() => Ok(ScheduleEntry {
                venue_id,
                title,
                description,
                title_cy,
                description_cy,
                plan,
                schedule,
            }),
            _ => Err(errors),
        }
    }
}

fn real_date(typed: &TypedDate, label: &str) -> Result<Option<NaiveDate>, String> {
    match typed.numbers() {
        Ok(None) => Ok(None),
        Ok(Some((year, month, day))) => NaiveDate::from_ymd_opt(year, month, day)
            .map(Some)
            .ok_or_else(|| format!("{label} must be a real date")),
        Err(problem) => Err(format!("{label} {problem}")),
    }
}

/// A surgery's date: a real date, today or later, within the next two years.
fn surgery_date(
    typed: &TypedDate,
    field: &str,
    today: NaiveDate,
    errors: &mut Vec<FieldError>,
) -> Option<NaiveDate> {
    match real_date(typed, "The date") {
        Ok(None) => {
            errors.push(FieldError::new(field, "Enter the date of the surgery"));
            None
        }
        Ok(Some(date)) if date < today => {
            errors.push(FieldError::new(
                field,
                "The date must be today or in the future",
            ));
            None
        }
        Ok(Some(date)) if (date - today).num_days() > MOST_DAYS_AHEAD => {
            errors.push(FieldError::new(
                field,
                "The date must be within the next 2 years",
            ));
            None
        }
        Ok(date) => date,
        Err(problem) => {
            errors.push(FieldError::new(field, problem));
            None
        }
    }
}

/// A time of day typed into `field`, or the problem with it.
fn time_of_day(
    field: &str,
    typed: &str,
    missing: &str,
    errors: &mut Vec<FieldError>,
) -> Option<NaiveTime> {
    if typed.trim().is_empty() {
        errors.push(FieldError::new(field, missing));
        return None;
    }
    match TimeOfDay::parse(typed) {
        Ok(t) => NaiveTime::from_hms_opt(t.hour, t.minute, 0),
        Err(problem) => {
            errors.push(FieldError::new(field, problem));
            None
        }
    }
}

/// Where a team moves one occurrence to: a new date and start time (it keeps its length).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveForm {
    pub date: TypedDate,
    pub start: String,
}

impl MoveForm {
    /// The new start in UTC, or a problem for each field that is wrong.
    pub fn parse(&self, today: NaiveDate) -> Result<i64, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = surgery_date(&self.date, "date_day", today, &mut errors);
        let start = time_of_day(
            "start",
            &self.start,
            "Enter the new start time",
            &mut errors,
        );
        match (date, start) {
            (Some(date), Some(start)) if errors.is_empty() => uk_instant(date.and_time(start))
                .ok_or_else(|| {
                    vec![FieldError::new(
                        "start",
                        "Enter a time that exists on that day",
                    )]
                }),
            _ => Err(errors),
        }
    }
}

impl ScheduleForm {
    /// The schedule, or a problem for each field that is wrong. `today` is the UK date now.
    pub fn parse(&self, today: NaiveDate) -> Result<Schedule, Vec<FieldError>> {
        let mut errors = Vec::new();
        let first = surgery_date(&self.date, "date_day", today, &mut errors);
        let start = time_of_day(
            "start",
            &self.start,
            "Enter the time the surgery starts",
            &mut errors,
        );
        let end = time_of_day(
            "end",
            &self.end,
            "Enter the time the surgery ends",
            &mut errors,
        );
        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            errors.push(FieldError::new(
                "end",
                "The end time must be after the start time, on the same day",
            ));
        }
        let repeat = match self.repeat {
            None => {
                errors.push(FieldError::new(
                    "repeat",
                    "Select how often the surgery happens",
                ));
                None
            }
            Some(RepeatChoice::Once) => Some(Repeat::Once),
            Some(RepeatChoice::Weekly) => match self.weeks.trim() {
                "" => Some(Repeat::Weekly { weeks: 1 }),
                typed => match typed.parse::<u32>() {
                    Ok(weeks) if (1..=MOST_WEEKS_APART).contains(&weeks) => {
                        Some(Repeat::Weekly { weeks })
                    }
                    _ => {
                        errors.push(FieldError::new(
                            "weeks",
                            format!("Enter how many weeks apart, from 1 to {MOST_WEEKS_APART}"),
                        ));
                        None
                    }
                },
            },
            Some(RepeatChoice::Monthly) => match self.week_of_month {
                Some(week) => Some(Repeat::Monthly { week }),
                None => {
                    errors.push(FieldError::new(
                        "week_of_month",
                        "Select which week of the month",
                    ));
                    None
                }
            },
        };
        // The end is checked whenever the surgery repeats, even if how often was mistyped.
        let until = match (self.repeat, self.until) {
            (Some(RepeatChoice::Once), _) => Some(Until::Occurrences(1)),
            (None, _) => None,
            (Some(_), None) => {
                errors.push(FieldError::new("until", "Select when the surgeries stop"));
                None
            }
            (Some(_), Some(UntilChoice::Count)) => match self.count.trim().parse::<u32>() {
                Ok(n) if (1..=MOST_OCCURRENCES as u32).contains(&n) => Some(Until::Occurrences(n)),
                _ => {
                    errors.push(FieldError::new(
                        "count",
                        format!("Enter how many surgeries, from 1 to {MOST_OCCURRENCES}"),
                    ));
                    None
                }
            },
            (Some(_), Some(UntilChoice::Date)) => {
                match real_date(&self.until_date, "The last date") {
                    Ok(Some(last)) if first.is_some_and(|first| last < first) => {
                        errors.push(FieldError::new(
                            "until_date_day",
                            "The last date must be on or after the first date",
                        ));
                        None
                    }
                    Ok(Some(last)) => Some(Until::Date(last)),
                    Ok(None) => {
                        errors.push(FieldError::new("until_date_day", "Enter the last date"));
                        None
                    }
                    Err(problem) => {
                        errors.push(FieldError::new("until_date_day", problem));
                        None
                    }
                }
            }
        };
        match (first, start, end, repeat, until) {
            (Some(first), Some(start), Some(end), Some(repeat), Some(until))
                if errors.is_empty() =>
            {
                Ok(Schedule {
                    first,
                    start,
                    end,
                    repeat,
                    until,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn schedule(first: NaiveDate, repeat: Repeat, until: Until) -> Schedule {
        Schedule {
            first,
            start: time(10, 0),
            end: time(12, 0),
            repeat,
            until,
        }
    }

    #[test]
    fn a_weekly_surgery_stays_at_ten_in_the_morning_across_both_clock_changes() {
        // Saturdays around 28 March 2026 (clocks forward) and 24 October 2026 (clocks back).
        for first in [date(2026, 3, 21), date(2026, 10, 17)] {
            let weekly = schedule(first, Repeat::Weekly { weeks: 1 }, Until::Occurrences(3));
            let occurrences = weekly.occurrences();
            assert_eq!(occurrences.len(), 3);
            for occurrence in occurrences {
                assert_eq!(uk_local(occurrence.starts_at).time(), time(10, 0));
                assert_eq!(occurrence.ends_at - occurrence.starts_at, 2 * 3600);
            }
        }
        // The clocks go forward on Sunday 29 March 2026, between these two Saturdays.
        let spring = schedule(
            date(2026, 3, 28),
            Repeat::Weekly { weeks: 1 },
            Until::Occurrences(2),
        )
        .occurrences();
        // 10am GMT is 10:00 UTC; 10am BST is 09:00 UTC: a week less an hour apart.
        assert_eq!(spring[1].starts_at - spring[0].starts_at, 7 * 86_400 - 3600);
    }

    #[test]
    fn every_other_week_until_a_date_includes_that_date() {
        let fortnightly = schedule(
            date(2026, 12, 5),
            Repeat::Weekly { weeks: 2 },
            Until::Date(date(2027, 1, 16)),
        );
        assert_eq!(
            fortnightly.dates(),
            vec![
                date(2026, 12, 5),
                date(2026, 12, 19),
                date(2027, 1, 2),
                date(2027, 1, 16)
            ]
        );
    }

    #[test]
    fn monthly_on_the_first_or_last_weekday_of_the_month() {
        // 5 December 2026 is the first Saturday of December.
        let first_saturday = schedule(
            date(2026, 12, 5),
            Repeat::Monthly {
                week: WeekOfMonth::First,
            },
            Until::Occurrences(3),
        );
        assert_eq!(
            first_saturday.dates(),
            vec![date(2026, 12, 5), date(2027, 1, 2), date(2027, 2, 6)]
        );
        let last_tuesday = schedule(
            date(2026, 12, 1),
            Repeat::Monthly {
                week: WeekOfMonth::Last,
            },
            Until::Date(date(2027, 3, 1)),
        );
        assert_eq!(
            last_tuesday.dates(),
            vec![date(2026, 12, 29), date(2027, 1, 26), date(2027, 2, 23)]
        );
    }

    #[test]
    fn a_schedule_never_makes_more_than_its_limit() {
        let forever = schedule(
            date(2026, 1, 1),
            Repeat::Weekly { weeks: 1 },
            Until::Date(date(2099, 1, 1)),
        );
        assert_eq!(forever.dates().len(), MOST_OCCURRENCES);
        let once = schedule(date(2026, 1, 1), Repeat::Once, Until::Occurrences(1));
        assert_eq!(once.dates(), vec![date(2026, 1, 1)]);
    }

    #[test]
    fn a_time_the_clocks_skip_is_taken_as_the_hour_after() {
        // 29 March 2026, 1:30am does not happen in the UK.
        let skipped = uk_instant(date(2026, 3, 29).and_time(time(1, 30))).unwrap();
        assert_eq!(uk_local(skipped).time(), time(2, 30));
        // 25 October 2026, 1:30am happens twice: the first (BST) is taken.
        let twice = uk_instant(date(2026, 10, 25).and_time(time(1, 30))).unwrap();
        assert_eq!(twice, 1_792_888_200);
    }

    fn form(day: &str, repeat: Option<RepeatChoice>) -> ScheduleForm {
        ScheduleForm {
            date: TypedDate {
                day: day.into(),
                month: "12".into(),
                year: "2026".into(),
            },
            start: "10am".into(),
            end: "11:30".into(),
            repeat,
            ..ScheduleForm::default()
        }
    }

    #[test]
    fn a_one_off_surgery_is_read_from_the_form() {
        let today = date(2026, 12, 2);
        let schedule = form("5", Some(RepeatChoice::Once)).parse(today).unwrap();
        assert_eq!(schedule.first, date(2026, 12, 5));
        assert_eq!((schedule.start, schedule.end), (time(10, 0), time(11, 30)));
        assert_eq!(schedule.until, Until::Occurrences(1));
    }

    #[test]
    fn the_schedule_form_names_every_field_that_is_wrong() {
        let today = date(2026, 12, 2);
        let mut wrong = form("1", None);
        wrong.end = "9am".into();
        let fields: Vec<_> = wrong
            .parse(today)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["date_day", "end", "repeat"]);

        let mut weekly = form("5", Some(RepeatChoice::Weekly));
        weekly.weeks = "9".into();
        weekly.until = Some(UntilChoice::Date);
        weekly.until_date = TypedDate {
            day: "1".into(),
            month: "12".into(),
            year: "2026".into(),
        };
        let fields: Vec<_> = weekly
            .parse(today)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["weeks", "until_date_day"]);
    }

    #[test]
    fn every_two_weeks_for_six_surgeries() {
        let mut fortnightly = form("5", Some(RepeatChoice::Weekly));
        fortnightly.weeks = "2".into();
        fortnightly.until = Some(UntilChoice::Count);
        fortnightly.count = "6".into();
        let schedule = fortnightly.parse(date(2026, 12, 2)).unwrap();
        assert_eq!(schedule.repeat, Repeat::Weekly { weeks: 2 });
        assert_eq!(schedule.dates().len(), 6);
    }
}
