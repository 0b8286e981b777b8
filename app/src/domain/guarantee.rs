//! The Neighbourhood Policing Guarantee's commitments, measured: what each figure counts, over
//! which period, whether a neighbourhood meets each commitment, and how a figure is written
//! for the public (never revealing an individual) and for staff. The counts themselves come
//! from the database (`services::guarantee`); everything here is arithmetic on them, so the
//! public panel, the force's dashboard and its CSV say the same thing. Server only.

use crate::domain::schedule::uk_local;
use crate::domain::words::plural;
use crate::services::clock::{format_date, format_time, start_of_uk_day};
use chrono::{Datelike, Months};
use serde::{Deserialize, Serialize};

/// Counts from 1 to 4 are shown to the public as "fewer than 5" (`domain::disclosure`), and
/// shares of fewer than 5 are not shown, so no figure points to a person.
pub use crate::domain::disclosure::FEWEST_SHOWN;
use crate::domain::disclosure::{is_few, public_count};

/// Concerns are measured over the last 90 days.
pub const CONCERN_DAYS: i64 = 90;

/// The share of concerns answered within 72 hours a team must reach to meet the commitment.
pub const TARGET_PERCENT: u64 = 90;

/// The periods the figures cover, all ending at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Periods {
    pub now: i64,
    /// 90 days ago: concerns raised since then are measured.
    pub concerns_from: i64,
    /// The start of the UK day three calendar months ago: meetings, surgeries and updates.
    pub three_months_from: i64,
    /// The start of the UK day a year ago: residents' answers to "has it improved?".
    pub year_from: i64,
}

impl Periods {
    pub fn at(now: i64) -> Self {
        let months_ago = |months: u32| {
            let today = uk_local(now).date();
            today
                .checked_sub_months(Months::new(months))
                .and_then(|day| start_of_uk_day(day.year(), day.month(), day.day()))
                .unwrap_or(i64::MIN)
        };
        Periods {
            now,
            concerns_from: now - CONCERN_DAYS * 86_400,
            three_months_from: months_ago(3),
            year_from: months_ago(12),
        }
    }
}

/// What the database counted for one neighbourhood (or added up for an area).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Neighbourhoods counted (1 for a neighbourhood's own figures).
    pub neighbourhoods: u64,
    /// A named contact officer is published on the neighbourhood page.
    pub contact_officers: u64,
    /// The team's email address or telephone number is published.
    pub contactable: u64,
    /// Concerns raised in the last 90 days and first answered within 72 hours.
    pub answered_in_time: u64,
    /// … first answered after their 72 hours.
    pub answered_late: u64,
    /// … not answered, with their 72 hours passed.
    pub open_past_due: u64,
    /// Current priorities (not retired).
    pub priorities: u64,
    /// The current priority updated longest ago: when.
    pub oldest_priority_update: Option<i64>,
    /// Current priorities not updated for three calendar months.
    pub priorities_due: u64,
    /// Surgeries held (not cancelled) in the last three months.
    pub surgeries_held: u64,
    /// Meetings the team recorded with community groups in the last three months.
    pub group_meetings: u64,
    /// The next surgery not cancelled.
    pub next_surgery: Option<i64>,
    /// Places booked at the surgeries held.
    pub places_booked: u64,
    /// Bookings at the surgeries held whose attendance the team recorded: attended, and not.
    pub attended: u64,
    pub did_not_attend: u64,
    /// "You said, we did" updates published in the last three months.
    pub updates: u64,
    /// Answers to "has it improved?" given in the last year.
    pub improved_yes: u64,
    pub improved_no: u64,
    pub improved_not_sure: u64,
    /// Neighbourhoods meeting each commitment, in `Commitment::ALL` order (set by `add`, for
    /// an area's totals).
    pub meeting: [u64; 4],
}

impl Counts {
    /// Concerns whose 72 hours have passed or that were answered: those the commitment counts.
    pub fn concerns_due(&self) -> u64 {
        self.answered_in_time + self.answered_late + self.open_past_due
    }

    pub fn held(&self) -> u64 {
        self.surgeries_held + self.group_meetings
    }

    pub fn improved_answers(&self) -> u64 {
        self.improved_yes + self.improved_no + self.improved_not_sure
    }

    /// Adds a neighbourhood's counts into an area's.
    pub fn add(&mut self, other: &Counts) {
        self.neighbourhoods += other.neighbourhoods;
        self.contact_officers += other.contact_officers;
        self.contactable += other.contactable;
        self.answered_in_time += other.answered_in_time;
        self.answered_late += other.answered_late;
        self.open_past_due += other.open_past_due;
        self.priorities += other.priorities;
        self.priorities_due += other.priorities_due;
        self.oldest_priority_update =
            earliest(self.oldest_priority_update, other.oldest_priority_update);
        self.surgeries_held += other.surgeries_held;
        self.group_meetings += other.group_meetings;
        self.next_surgery = earliest(self.next_surgery, other.next_surgery);
        self.places_booked += other.places_booked;
        self.attended += other.attended;
        self.did_not_attend += other.did_not_attend;
        self.updates += other.updates;
        self.improved_yes += other.improved_yes;
        self.improved_no += other.improved_no;
        self.improved_not_sure += other.improved_not_sure;
        for (i, commitment) in Commitment::ALL.into_iter().enumerate() {
            self.meeting[i] += if other.neighbourhoods == 1 {
                u64::from(commitment.met(other))
            } else {
                other.meeting[i]
            };
        }
    }

    /// The commitments a single neighbourhood is not meeting.
    pub fn missing(&self) -> Vec<Commitment> {
        Commitment::ALL
            .into_iter()
            .filter(|c| !c.met(self))
            .collect()
    }
}

fn earliest(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The Guarantee's four commitments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Commitment {
    ContactOfficer,
    #[serde(rename = "answer-within-72-hours")]
    AnswerWithin72Hours,
    PrioritiesUpToDate,
    RegularMeetings,
}

impl Commitment {
    pub const ALL: [Commitment; 4] = [
        Commitment::ContactOfficer,
        Commitment::AnswerWithin72Hours,
        Commitment::PrioritiesUpToDate,
        Commitment::RegularMeetings,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Commitment::ContactOfficer => "Named contact officer",
            Commitment::AnswerWithin72Hours => "Answered within 72 hours",
            Commitment::PrioritiesUpToDate => "Priorities up to date",
            Commitment::RegularMeetings => "Regular public meetings",
        }
    }

    /// Whether one neighbourhood's counts (taken at one moment) meet the commitment.
    pub fn met(self, counts: &Counts) -> bool {
        match self {
            Commitment::ContactOfficer => counts.contact_officers > 0 && counts.contactable > 0,
            // Nothing due means nothing was missed.
            Commitment::AnswerWithin72Hours => {
                counts.answered_in_time * 100 >= TARGET_PERCENT * counts.concerns_due()
            }
            Commitment::PrioritiesUpToDate => counts.priorities > 0 && counts.priorities_due == 0,
            Commitment::RegularMeetings => counts.held() > 0,
        }
    }
}

/// Who a figure is written for: the public never sees a count from 1 to 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Public,
    Staff,
}

/// A count as written for `audience`: "fewer than 5" for the public when it is from 1 to 4.
pub fn count_words(count: u64, audience: Audience) -> String {
    match audience {
        Audience::Public => public_count(count),
        Audience::Staff => count.to_string(),
    }
}

/// `part` of `whole` as a whole percentage, rounded down (so a share shown as 90% is at least
/// 90%, as the commitment asks); none when there is nothing to share, or (for the public)
/// fewer than 5 to share.
pub fn percent(part: u64, whole: u64, audience: Audience) -> Option<u64> {
    if whole == 0 || (audience == Audience::Public && whole < FEWEST_SHOWN) {
        return None;
    }
    Some(part * 100 / whole)
}

/// A share of residents' own answers or attendance: for the public, also none when the part
/// or the rest is from 1 to 4, since "1 of 6 said no" could point to a neighbour. (The
/// team's figures, such as concerns answered in time, are about the team, not residents.)
pub fn residents_percent(part: u64, whole: u64, audience: Audience) -> Option<u64> {
    if audience == Audience::Public && (is_few(part) || is_few(whole - part)) {
        return None;
    }
    percent(part, whole, audience)
}

fn percent_words(share: Option<u64>, whole: u64) -> String {
    match share {
        Some(share) => format!("{share}%"),
        None if whole == 0 => "none to count".to_string(),
        None => "too few to show".to_string(),
    }
}

/// One measured figure as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measure {
    pub title: &'static str,
    /// The figure in a few words ("92%", "Yes", "4 priorities").
    pub figure: String,
    /// The counts behind it.
    pub detail: String,
    /// What is counted.
    pub definition: &'static str,
    /// The period it covers.
    pub period: String,
    /// Met or not, for the four commitments.
    pub met: Option<bool>,
}

/// Every figure for one neighbourhood, in the order pages list them.
pub fn measures(counts: &Counts, periods: &Periods, audience: Audience) -> Vec<Measure> {
    let now = periods.now;
    let count = |n: u64| count_words(n, audience);
    let met = |c: Commitment| Some(c.met(counts));
    let last_90_days = format!(
        "{} to {}",
        format_date(periods.concerns_from),
        format_date(now)
    );
    let last_3_months = format!(
        "{} to {}",
        format_date(periods.three_months_from),
        format_date(now)
    );
    let attendance_recorded = counts.attended + counts.did_not_attend;
    vec![
        Measure {
            title: Commitment::ContactOfficer.label(),
            figure: if counts.contact_officers > 0 { "Yes" } else { "No" }.to_string(),
            detail: match (counts.contact_officers > 0, counts.contactable > 0) {
                (true, true) => "A named contact officer and the team's contact details are published.",
                (true, false) => "A named contact officer is published, but no email address or telephone number for the team.",
                (false, _) => "No named contact officer is published yet.",
            }
            .to_string(),
            definition: "A named officer residents can contact is published on this page, with the team's email address or telephone number.",
            period: "Now".to_string(),
            met: met(Commitment::ContactOfficer),
        },
        Measure {
            title: Commitment::AnswerWithin72Hours.label(),
            figure: percent_words(
                percent(counts.answered_in_time, counts.concerns_due(), audience),
                counts.concerns_due(),
            ),
            detail: format!(
                "{} answered within 72 hours, {} answered later, {} still waiting after 72 hours.",
                count(counts.answered_in_time),
                count(counts.answered_late),
                count(counts.open_past_due)
            ),
            definition: "Of the concerns raised in the last 90 days whose 72 hours have passed, the share the team first answered (or closed) within 72 hours, rounded down. The commitment is met at 90% or more.",
            period: last_90_days,
            met: met(Commitment::AnswerWithin72Hours),
        },
        Measure {
            title: Commitment::PrioritiesUpToDate.label(),
            figure: match counts.priorities {
                0 => "None published".to_string(),
                1 => "1 priority".to_string(),
                n => format!("{n} priorities"),
            },
            detail: match (counts.oldest_priority_update, counts.priorities_due) {
                (None, _) => "The team has not published its priorities.".to_string(),
                (Some(oldest), 0) => format!(
                    "Every priority was updated in the last 3 months. The oldest update was {} days ago.",
                    crate::domain::priority::days_between(oldest, now)
                ),
                (Some(oldest), due) => format!(
                    "{} not updated for 3 months. The oldest update was {} days ago.",
                    if due == 1 { "1 priority was".to_string() } else { format!("{due} priorities were") },
                    crate::domain::priority::days_between(oldest, now)
                ),
            },
            definition: "The local priorities published now, and whether each was updated in the last 3 calendar months.",
            period: "Now".to_string(),
            met: met(Commitment::PrioritiesUpToDate),
        },
        Measure {
            title: Commitment::RegularMeetings.label(),
            figure: format!("{} held", counts.held()),
            detail: format!(
                "{} and {} with community groups. {} Places booked: {}. Attendance: {}.",
                plural(counts.surgeries_held, "surgery", "surgeries"),
                plural(counts.group_meetings, "meeting", "meetings"),
                match counts.next_surgery {
                    Some(at) => format!("The next surgery is on {}.", format_time(at)),
                    None => "No surgery is arranged yet.".to_string(),
                },
                count(counts.places_booked),
                match residents_percent(counts.attended, attendance_recorded, audience) {
                    Some(share) => format!("{share}% of the bookings whose attendance was recorded"),
                    None if attendance_recorded == 0 => "not recorded".to_string(),
                    None => "too few recorded to show".to_string(),
                }
            ),
            definition: "Surgeries held (not cancelled) and meetings the team recorded with community groups in the last 3 months. The commitment is met when at least one was held.",
            period: last_3_months.clone(),
            met: met(Commitment::RegularMeetings),
        },
        Measure {
            title: "You said, we did",
            figure: format!("{} published", counts.updates),
            detail: "Updates telling residents what the team did about what they raised.".to_string(),
            definition: "\"You said, we did\" updates published in the last 3 months.",
            period: last_3_months,
            met: None,
        },
        Measure {
            title: "Has it improved?",
            figure: if counts.improved_answers() == 0 {
                "No answers yet".to_string()
            } else {
                format!("{} answers", count(counts.improved_answers()))
            },
            detail: {
                let answers = counts.improved_answers();
                let share = |part| percent_words(residents_percent(part, answers, audience), answers);
                format!(
                    "Yes: {}. No: {}. Not sure: {}.",
                    share(counts.improved_yes),
                    share(counts.improved_no),
                    share(counts.improved_not_sure)
                )
            },
            definition: "Residents' answers, once their concern was closed, to \"has it improved?\", given in the last 12 months. Shares are rounded down, and a share is not shown when it, or the rest, is fewer than 5 answers.",
            period: format!("{} to {}", format_date(periods.year_from), format_date(now)),
            met: None,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thursday 3 December 2026, 12:00 UK time (GMT).
    const NOW: i64 = 1_796_299_200;

    fn one() -> Counts {
        Counts {
            neighbourhoods: 1,
            ..Counts::default()
        }
    }

    #[test]
    fn periods_end_now_and_start_at_the_uk_day_three_and_twelve_months_back() {
        let periods = Periods::at(NOW);
        assert_eq!(periods.concerns_from, NOW - 90 * 86_400);
        assert_eq!(
            format_time(periods.three_months_from),
            "Thursday 3 September 2026 at midnight"
        );
        assert_eq!(
            format_time(periods.year_from),
            "Wednesday 3 December 2025 at midnight"
        );
    }

    #[test]
    fn counts_from_one_to_four_are_written_as_fewer_than_five_for_the_public_only() {
        assert_eq!(count_words(0, Audience::Public), "0");
        assert_eq!(count_words(1, Audience::Public), "fewer than 5");
        assert_eq!(count_words(4, Audience::Public), "fewer than 5");
        assert_eq!(count_words(5, Audience::Public), "5");
        assert_eq!(count_words(3, Audience::Staff), "3");
    }

    #[test]
    fn a_share_of_fewer_than_five_is_not_shown_to_the_public() {
        assert_eq!(percent(3, 4, Audience::Public), None);
        assert_eq!(percent(3, 4, Audience::Staff), Some(75));
        assert_eq!(percent(2, 3, Audience::Staff), Some(66));
        assert_eq!(percent(89, 100, Audience::Public), Some(89));
        assert_eq!(
            percent(899, 1000, Audience::Public),
            Some(89),
            "never 90% when short of it"
        );
        assert_eq!(percent(0, 0, Audience::Staff), None);
    }

    #[test]
    fn the_contact_officer_commitment_needs_an_officer_and_a_way_to_reach_the_team() {
        let mut counts = one();
        counts.contact_officers = 1;
        assert!(!Commitment::ContactOfficer.met(&counts));
        counts.contactable = 1;
        assert!(Commitment::ContactOfficer.met(&counts));
    }

    #[test]
    fn answering_nine_in_ten_within_72_hours_meets_the_commitment() {
        let mut counts = one();
        assert!(Commitment::AnswerWithin72Hours.met(&counts), "nothing due");
        counts.answered_in_time = 9;
        counts.answered_late = 1;
        assert!(Commitment::AnswerWithin72Hours.met(&counts));
        counts.open_past_due = 1;
        assert!(!Commitment::AnswerWithin72Hours.met(&counts));
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Public)[1];
        assert_eq!(measure.figure, "81%");
        assert_eq!(
            measure.detail,
            "9 answered within 72 hours, fewer than 5 answered later, fewer than 5 still waiting after 72 hours."
        );
        assert_eq!(measure.met, Some(false));
    }

    #[test]
    fn priorities_are_up_to_date_when_every_one_was_updated_in_three_months() {
        let mut counts = one();
        assert!(
            !Commitment::PrioritiesUpToDate.met(&counts),
            "none published"
        );
        counts.priorities = 2;
        counts.oldest_priority_update = Some(NOW - 80 * 86_400);
        assert!(Commitment::PrioritiesUpToDate.met(&counts));
        counts.oldest_priority_update = Some(NOW - 100 * 86_400);
        counts.priorities_due = 1;
        assert!(!Commitment::PrioritiesUpToDate.met(&counts));
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Public)[2];
        assert_eq!(
            measure.detail,
            "1 priority was not updated for 3 months. The oldest update was 100 days ago."
        );
    }

    #[test]
    fn a_surgery_or_a_group_meeting_held_meets_the_meetings_commitment() {
        let mut counts = one();
        assert!(!Commitment::RegularMeetings.met(&counts));
        counts.group_meetings = 1;
        assert!(Commitment::RegularMeetings.met(&counts));
        counts.surgeries_held = 2;
        counts.places_booked = 20;
        counts.attended = 15;
        counts.did_not_attend = 5;
        counts.next_surgery = Some(NOW + 86_400);
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Public)[3];
        assert_eq!(measure.figure, "3 held");
        assert_eq!(
            measure.detail,
            "2 surgeries and 1 meeting with community groups. The next surgery is on Friday 4 December 2026 at midday. Places booked: 20. Attendance: 75% of the bookings whose attendance was recorded."
        );
    }

    #[test]
    fn improved_answers_are_shared_only_from_five() {
        let mut counts = one();
        counts.improved_yes = 3;
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Public)[5];
        assert_eq!(measure.figure, "fewer than 5 answers");
        assert_eq!(
            measure.detail,
            "Yes: too few to show. No: too few to show. Not sure: too few to show."
        );
        counts.improved_no = 1;
        counts.improved_not_sure = 4;
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Public)[5];
        assert_eq!(
            measure.detail, "Yes: too few to show. No: too few to show. Not sure: too few to show.",
            "each share, or the rest of the answers, is from 1 to 4"
        );
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Staff)[5];
        assert_eq!(measure.detail, "Yes: 37%. No: 12%. Not sure: 50%.");
        counts.improved_yes = 10;
        counts.improved_no = 0;
        counts.improved_not_sure = 5;
        let measure = &measures(&counts, &Periods::at(NOW), Audience::Public)[5];
        assert_eq!(measure.detail, "Yes: 66%. No: 0%. Not sure: 33%.");
    }

    #[test]
    fn an_area_adds_its_neighbourhoods_and_counts_those_meeting_each_commitment() {
        let mut meeting_all = one();
        meeting_all.contact_officers = 1;
        meeting_all.contactable = 1;
        meeting_all.priorities = 1;
        meeting_all.oldest_priority_update = Some(NOW - 86_400);
        meeting_all.surgeries_held = 1;
        meeting_all.next_surgery = Some(NOW + 7 * 86_400);
        let mut meeting_one = one();
        meeting_one.answered_late = 1;
        meeting_one.next_surgery = Some(NOW + 86_400);
        assert_eq!(
            meeting_one.missing(),
            vec![
                Commitment::ContactOfficer,
                Commitment::AnswerWithin72Hours,
                Commitment::PrioritiesUpToDate,
                Commitment::RegularMeetings
            ]
        );
        let mut area = Counts::default();
        area.add(&meeting_all);
        area.add(&meeting_one);
        assert_eq!(area.neighbourhoods, 2);
        assert_eq!(area.meeting, [1, 1, 1, 1]);
        assert_eq!(area.next_surgery, Some(NOW + 86_400));
        assert_eq!(area.answered_late, 1);
        let mut force = Counts::default();
        force.add(&area);
        assert_eq!(force.meeting, [1, 1, 1, 1]);
    }
}
