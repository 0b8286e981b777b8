//! The time as the portal's rules see it. In service it is the system's clock; in tests (and the
//! browser tests' server) it is a fixed clock that stands at one instant and moves only when the
//! test moves it, so nothing depends on how long anything takes. Times are stored as UTC Unix
//! seconds and shown in UK local time.

use crate::i18n::Language;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

#[derive(Clone, Debug)]
pub struct Clock(Source);

#[derive(Clone, Debug)]
enum Source {
    System,
    /// Unix seconds, shared by every copy of the clock.
    Fixed(Arc<AtomicI64>),
}

impl Clock {
    /// The system's clock: what the portal runs on in service.
    pub fn system() -> Self {
        Self(Source::System)
    }

    /// A clock that stands at `unix_seconds` until `advance` moves it.
    pub fn fixed(unix_seconds: i64) -> Self {
        Self(Source::Fixed(Arc::new(AtomicI64::new(unix_seconds))))
    }

    /// Whole seconds since the Unix epoch (UTC).
    pub fn now(&self) -> i64 {
        match &self.0 {
            Source::System => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64),
            Source::Fixed(at) => at.load(Ordering::SeqCst),
        }
    }

    /// Whether this clock stands still until moved (tests), rather than following the system's.
    pub fn is_fixed(&self) -> bool {
        matches!(self.0, Source::Fixed(_))
    }

    /// Moves a fixed clock (and every copy of it) forward. The system's clock cannot be moved:
    /// asking is a mistake in the caller.
    pub fn advance(&self, seconds: i64) {
        match &self.0 {
            Source::Fixed(at) => {
                at.fetch_add(seconds, Ordering::SeqCst);
            }
            Source::System => panic!("only a fixed clock can be moved"),
        }
    }
}

/// A moment in UK local time as GOV.UK writes it in English: "Sunday 22 November 2026 at
/// 2:05pm", "at midday", "at midnight" (staff pages and logs; residents' pages use their
/// language's, `i18n::Language::time`).
pub fn format_time(unix_seconds: i64) -> String {
    Language::English.time(unix_seconds)
}

/// The time of day alone, in UK local time: "2:05pm", "9am", "midday".
pub fn format_time_of_day(unix_seconds: i64) -> String {
    Language::English.time_of_day(unix_seconds)
}

/// The times alone of a start and an end on the same day: "10am to 10:15am".
pub fn format_times(starts_at: i64, ends_at: i64) -> String {
    Language::English.times(starts_at, ends_at)
}

/// From a start to an end on the same day: "Saturday 5 December 2026 at 10am to 10:15am".
pub fn format_span(starts_at: i64, ends_at: i64) -> String {
    Language::English.span(starts_at, ends_at)
}

/// A date with its weekday, so nobody has to work it out: "Sunday 22 November 2026".
pub fn format_date(unix_seconds: i64) -> String {
    Language::English.date(unix_seconds)
}

/// The start of a day in the UK (its first moment in Europe/London), in Unix seconds; None if
/// there is no such date.
pub fn start_of_uk_day(year: i32, month: u32, day: u32) -> Option<i64> {
    start_of(chrono::NaiveDate::from_ymd_opt(year, month, day)?)
}

/// The start of the day after, so a range "to" a day includes all of it (UK days are 23 or 25
/// hours long when the clocks change).
pub fn end_of_uk_day(year: i32, month: u32, day: u32) -> Option<i64> {
    start_of(chrono::NaiveDate::from_ymd_opt(year, month, day)?.succ_opt()?)
}

fn start_of(date: chrono::NaiveDate) -> Option<i64> {
    use chrono::TimeZone;
    chrono_tz::Europe::London
        .from_local_datetime(&date.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|start| start.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_stands_still_until_moved_and_moving_it_moves_every_copy() {
        let clock = Clock::fixed(1_795_356_300);
        let copy = clock.clone();
        assert_eq!(copy.now(), 1_795_356_300);
        clock.advance(21 * 60);
        assert_eq!(copy.now(), 1_795_356_300 + 21 * 60);
        assert!(clock.is_fixed() && !Clock::system().is_fixed());
    }

    #[test]
    #[should_panic(expected = "only a fixed clock can be moved")]
    fn the_system_clock_cannot_be_moved() {
        Clock::system().advance(60);
    }

    #[test]
    fn times_are_shown_in_uk_time_as_gov_uk_writes_them() {
        // 22 November 2026 is in winter: UK time is UTC.
        assert_eq!(
            format_time(1_795_356_300),
            "Sunday 22 November 2026 at 2:05pm"
        );
        assert_eq!(
            format_time(1_795_305_600),
            "Sunday 22 November 2026 at midnight"
        );
        assert_eq!(
            format_time(1_795_348_800),
            "Sunday 22 November 2026 at midday"
        );
        assert_eq!(format_time(1_795_338_000), "Sunday 22 November 2026 at 9am");
        // 1 July 2026 13:30 UTC is 2:30pm British Summer Time.
        assert_eq!(
            format_time(1_782_912_600),
            "Wednesday 1 July 2026 at 2:30pm"
        );
        assert_eq!(format_date(1_782_912_600), "Wednesday 1 July 2026");
        assert_eq!(
            format_span(1_795_338_000, 1_795_338_900),
            "Sunday 22 November 2026 at 9am to 9:15am"
        );
        assert_eq!(format_times(1_795_338_000, 1_795_338_900), "9am to 9:15am");
    }

    #[test]
    fn a_uk_day_starts_at_local_midnight() {
        assert_eq!(start_of_uk_day(2026, 11, 22), Some(1_795_305_600));
        // In summer the day starts at 23:00 UTC the day before.
        assert_eq!(start_of_uk_day(2026, 7, 1), Some(1_782_860_400));
        assert_eq!(start_of_uk_day(2026, 2, 30), None);
        // 25 October 2026, when the clocks go back, is 25 hours long.
        assert_eq!(
            end_of_uk_day(2026, 10, 25).unwrap() - start_of_uk_day(2026, 10, 25).unwrap(),
            25 * 3600
        );
        assert_eq!(start_of_uk_day(2026, 13, 1), None);
    }
}
