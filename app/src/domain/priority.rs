//! Local priorities kept up to date: the Neighbourhood Policing Guarantee asks that they are
//! shown online and updated at least every three months. Server only.

use crate::domain::schedule::uk_local;
use chrono::Months;

/// Whether a priority last updated at `updated_at` is due an update at `now`: three calendar
/// months have passed (in UK dates) since its last update.
pub fn update_due(updated_at: i64, now: i64) -> bool {
    let updated = uk_local(updated_at).date();
    updated
        .checked_add_months(Months::new(3))
        .is_some_and(|due| uk_local(now).date() >= due)
}

/// The moment before which a last update makes a priority due at `now`: the start of the
/// first UK day whose update is not yet due. (`updated_at < due_before(now)` is
/// `update_due(updated_at, now)`, for a database to count.)
pub fn due_before(now: i64) -> i64 {
    use chrono::{Datelike, Days};
    let today = uk_local(now).date();
    // Adding months stops at a month's end (31 August and 30 August are both due on 30
    // November), so the first day not yet due is looked for near three months back.
    today
        .checked_sub_months(Months::new(3))
        .and_then(|near| near.checked_sub_days(Days::new(3)))
        .and_then(|from| {
            from.iter_days().take(8).find(|day| {
                day.checked_add_months(Months::new(3))
                    .is_none_or(|due| due > today)
            })
        })
        .and_then(|day| crate::services::clock::start_of_uk_day(day.year(), day.month(), day.day()))
        .unwrap_or(i64::MIN)
}

/// Whole UK days between two times.
pub fn days_between(earlier: i64, later: i64) -> i64 {
    (uk_local(later).date() - uk_local(earlier).date()).num_days()
}

/// "Last updated today", "last updated 1 day ago", "last updated 40 days ago".
pub fn last_updated_words(updated_at: i64, now: i64) -> String {
    last_updated_in(updated_at, now, crate::i18n::Language::English)
}

/// "Last updated 40 days ago" in `language`.
pub fn last_updated_in(updated_at: i64, now: i64, language: crate::i18n::Language) -> String {
    crate::t_in!(
        language,
        "priority-last-updated",
        days = days_between(updated_at, now)
    )
}

/// A priority's status as residents read it, in `language` (`label` is the staff's English).
pub fn status_in(
    status: entity::priority::PriorityStatus,
    language: crate::i18n::Language,
) -> String {
    use entity::priority::PriorityStatus;
    language.text(match status {
        PriorityStatus::Open => "priority-status-open",
        PriorityStatus::ActionUnderWay => "priority-status-action-under-way",
        PriorityStatus::Resolved => "priority-status-resolved",
        PriorityStatus::Retired => "priority-status-retired",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 22 November 2026 at midday UTC.
    const NOV_22: i64 = 1_795_348_800;
    const DAY: i64 = 86_400;

    #[test]
    fn a_priority_is_due_an_update_three_calendar_months_after_its_last() {
        // 22 November 2026 plus three months is 22 February 2027: 92 days later.
        assert!(!update_due(NOV_22, NOV_22 + 91 * DAY));
        assert!(update_due(NOV_22, NOV_22 + 92 * DAY));
        assert!(!update_due(NOV_22, NOV_22));
    }

    #[test]
    fn the_database_cut_off_agrees_with_the_rule_on_every_day_of_three_years() {
        // 1 January 2026 at midday UTC; each day's 00:30 and 23:30 UK time, and month ends.
        const JAN_1_2026: i64 = 1_767_268_800;
        for day in 0..3 * 366 {
            let now = JAN_1_2026 + day * DAY;
            let cut_off = due_before(now);
            for days_back in 85..=95 {
                for hour in [-11, 0, 11] {
                    let updated = now - days_back * DAY + hour * 3600 + 1800;
                    assert_eq!(
                        updated < cut_off,
                        update_due(updated, now),
                        "now {now}, updated {updated}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_last_update_is_counted_in_uk_days() {
        assert_eq!(
            last_updated_words(NOV_22, NOV_22 + 3600),
            "Last updated today"
        );
        assert_eq!(
            last_updated_words(NOV_22, NOV_22 + DAY),
            "Last updated 1 day ago"
        );
        assert_eq!(
            last_updated_words(NOV_22, NOV_22 + 40 * DAY),
            "Last updated 40 days ago"
        );
    }
}
