//! Dates and times as GOV.UK writes them, in UK local time (Europe/London), in each language:
//! the words ("Saturday", "December", "am", "at") come from the language's `dates.ftl`.

use super::Language;
use chrono::{Datelike, Timelike};

fn london(unix_seconds: i64) -> chrono::DateTime<chrono_tz::Tz> {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::London)
}

impl Language {
    /// "Sunday 22 November 2026", with its weekday so nobody has to work it out.
    pub fn date(self, unix_seconds: i64) -> String {
        let local = london(unix_seconds);
        let weekday = t_in!(self, "weekday", day = local.weekday().number_from_monday());
        let month = t_in!(self, "month", month = local.month());
        t_in!(
            self,
            "date",
            weekday = weekday,
            day = local.day(),
            month = month,
            year = local.year().to_string()
        )
    }

    /// The time of day alone: "2:05pm", "9am", "midday", "midnight" (each language's way).
    pub fn time_of_day(self, unix_seconds: i64) -> String {
        let local = london(unix_seconds);
        let (hour, minute) = (local.hour(), local.minute());
        let period = match (hour, minute) {
            (0, 0) => "midnight",
            (12, 0) => "midday",
            (h, _) if h < 12 => "morning",
            _ => "afternoon",
        };
        let twelve = match hour % 12 {
            0 => 12,
            h => h,
        };
        let clock = if minute == 0 {
            twelve.to_string()
        } else {
            format!("{twelve}:{minute:02}")
        };
        t_in!(
            self,
            "time-of-day",
            period = period,
            clock = clock,
            clock24 = format!("{hour:02}:{minute:02}")
        )
    }

    /// "Sunday 22 November 2026 at 2:05pm".
    pub fn time(self, unix_seconds: i64) -> String {
        t_in!(
            self,
            "date-at-time",
            date = self.date(unix_seconds),
            time = self.time_of_day(unix_seconds)
        )
    }

    /// The times alone of a start and an end on the same day: "10am to 10:15am".
    pub fn times(self, starts_at: i64, ends_at: i64) -> String {
        t_in!(
            self,
            "time-range",
            start = self.time_of_day(starts_at),
            end = self.time_of_day(ends_at)
        )
    }

    /// From a start to an end on the same day: "Saturday 5 December 2026 at 10am to 10:15am".
    pub fn span(self, starts_at: i64, ends_at: i64) -> String {
        t_in!(
            self,
            "date-at-time",
            date = self.date(starts_at),
            time = self.times(starts_at, ends_at)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Saturday 5 December 2026 at 10:15am (GMT), and Wednesday 1 July 2026 at 2:30pm (BST).
    const WINTER_MORNING: i64 = 1_796_465_700;
    const SUMMER_AFTERNOON: i64 = 1_782_912_600;

    #[test]
    fn english_dates_are_as_gov_uk_writes_them() {
        assert_eq!(
            Language::English.time(WINTER_MORNING),
            "Saturday 5 December 2026 at 10:15am"
        );
        assert_eq!(
            Language::English.date(SUMMER_AFTERNOON),
            "Wednesday 1 July 2026"
        );
        assert_eq!(Language::English.time_of_day(SUMMER_AFTERNOON), "2:30pm");
    }

    #[test]
    fn welsh_dates_have_welsh_day_and_month_names_and_times() {
        assert_eq!(
            Language::Welsh.time(WINTER_MORNING),
            "Dydd Sadwrn 5 Rhagfyr 2026 am 10:15yb"
        );
        assert_eq!(
            Language::Welsh.date(SUMMER_AFTERNOON),
            "Dydd Mercher 1 Gorffennaf 2026"
        );
        assert_eq!(Language::Welsh.time_of_day(SUMMER_AFTERNOON), "2:30yh");
        assert_eq!(
            Language::Welsh.times(WINTER_MORNING, WINTER_MORNING + 900),
            "10:15yb i 10:30yb"
        );
    }

    #[test]
    fn welsh_midday_and_midnight_are_words() {
        let midday = 1_796_472_000; // Saturday 5 December 2026, 12:00 GMT
        assert_eq!(Language::Welsh.time_of_day(midday), "canol dydd");
        assert_eq!(
            Language::Welsh.time_of_day(midday + 12 * 3600),
            "hanner nos"
        );
    }

    #[test]
    fn polish_dates_use_the_genitive_month_and_the_24_hour_clock() {
        assert_eq!(
            Language::Polish.time(SUMMER_AFTERNOON),
            "środa, 1 lipca 2026 o 14:30"
        );
    }
}
