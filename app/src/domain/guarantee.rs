//! The Neighbourhood Policing Guarantee's commitments, measured: what each figure counts, over
//! which period, whether a neighbourhood meets each commitment, and how a figure is written
//! for the public (never revealing an individual) and for staff. The counts themselves come
//! from the database (`services::guarantee`); everything here is arithmetic on them, so the
//! public panel, the force's dashboard and its CSV say the same thing. Server only.

use crate::domain::schedule::uk_local;
use crate::i18n::Language;
use crate::services::clock::start_of_uk_day;
use crate::t_in;
use chrono::{Datelike, Months};
use serde::{Deserialize, Serialize};

/// Counts from 1 to 4 are shown to the public as "fewer than 5" (`domain::disclosure`), and
/// shares of fewer than 5 are not shown, so no figure points to a person.
pub use crate::domain::disclosure::FEWEST_SHOWN;
use crate::domain::disclosure::{PublicCount, is_few, public_count_in};

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
    /// Messages from the team (or the force) sent to its followers in the last three months.
    pub messages_sent: u64,
    /// Answers to "Was this useful?" about them, from residents it reached through the
    /// neighbourhood: yes, and no.
    pub messages_useful: u64,
    pub messages_not_useful: u64,
    /// Problems a partner organisation recorded an action on in the last year: worked with
    /// partners.
    pub problems_with_partners: u64,
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
        self.messages_sent += other.messages_sent;
        self.messages_useful += other.messages_useful;
        self.messages_not_useful += other.messages_not_useful;
        self.problems_with_partners += other.problems_with_partners;
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
    count_in(count, audience, Language::English)
}

/// A count as written for `audience` in `language`.
pub fn count_in(count: u64, audience: Audience, language: Language) -> String {
    match audience {
        Audience::Public => public_count_in(count, language),
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

fn percent_words(share: Option<u64>, whole: u64, language: Language) -> String {
    match share {
        Some(share) => t_in!(language, "guarantee-share", share = share),
        None if whole == 0 => language.text("guarantee-none-to-count"),
        None => language.text("guarantee-too-few"),
    }
}

/// One measured figure as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measure {
    pub title: String,
    /// The figure in a few words ("92%", "Yes", "4 priorities").
    pub figure: String,
    /// The counts behind it.
    pub detail: String,
    /// What is counted.
    pub definition: String,
    /// The period it covers.
    pub period: String,
    /// Met or not, for the four commitments.
    pub met: Option<bool>,
}

impl Commitment {
    /// The commitment's name in `language` (`label` is the English the open data uses).
    pub fn title(self, language: Language) -> String {
        language.text(match self {
            Commitment::ContactOfficer => "guarantee-contact-officer",
            Commitment::AnswerWithin72Hours => "guarantee-answered",
            Commitment::PrioritiesUpToDate => "guarantee-priorities",
            Commitment::RegularMeetings => "guarantee-meetings",
        })
    }
}

/// Every figure for one neighbourhood, in the order pages list them, in `language`.
pub fn measures(
    counts: &Counts,
    periods: &Periods,
    audience: Audience,
    language: Language,
) -> Vec<Measure> {
    let now = periods.now;
    let count = |n: u64| count_in(n, audience, language);
    let met = |c: Commitment| Some(c.met(counts));
    let from_to = |from: i64| {
        t_in!(
            language,
            "guarantee-from-to",
            from = language.date(from),
            to = language.date(now)
        )
    };
    let attendance_recorded = counts.attended + counts.did_not_attend;
    let oldest_days = |oldest: i64| crate::domain::priority::days_between(oldest, now);
    vec![
        Measure {
            title: Commitment::ContactOfficer.title(language),
            figure: language.text(if counts.contact_officers > 0 {
                "guarantee-yes"
            } else {
                "guarantee-no"
            }),
            detail: language.text(
                match (counts.contact_officers > 0, counts.contactable > 0) {
                    (true, true) => "guarantee-contact-both",
                    (true, false) => "guarantee-contact-no-details",
                    (false, _) => "guarantee-contact-none",
                },
            ),
            definition: language.text("guarantee-contact-definition"),
            period: language.text("guarantee-now"),
            met: met(Commitment::ContactOfficer),
        },
        Measure {
            title: Commitment::AnswerWithin72Hours.title(language),
            figure: percent_words(
                percent(counts.answered_in_time, counts.concerns_due(), audience),
                counts.concerns_due(),
                language,
            ),
            detail: t_in!(
                language,
                "guarantee-answered-detail",
                in_time = count(counts.answered_in_time),
                late = count(counts.answered_late),
                waiting = count(counts.open_past_due)
            ),
            definition: language.text("guarantee-answered-definition"),
            period: from_to(periods.concerns_from),
            met: met(Commitment::AnswerWithin72Hours),
        },
        Measure {
            title: Commitment::PrioritiesUpToDate.title(language),
            figure: t_in!(
                language,
                "guarantee-priorities-figure",
                count = counts.priorities
            ),
            detail: match (counts.oldest_priority_update, counts.priorities_due) {
                (None, _) => language.text("guarantee-priorities-none"),
                (Some(oldest), 0) => t_in!(
                    language,
                    "guarantee-priorities-updated",
                    days = oldest_days(oldest)
                ),
                (Some(oldest), due) => t_in!(
                    language,
                    "guarantee-priorities-due",
                    due = due,
                    days = oldest_days(oldest)
                ),
            },
            definition: language.text("guarantee-priorities-definition"),
            period: language.text("guarantee-now"),
            met: met(Commitment::PrioritiesUpToDate),
        },
        Measure {
            title: Commitment::RegularMeetings.title(language),
            figure: t_in!(language, "guarantee-meetings-figure", count = counts.held()),
            detail: t_in!(
                language,
                "guarantee-meetings-detail",
                surgeries = counts.surgeries_held,
                meetings = counts.group_meetings,
                next = match counts.next_surgery {
                    Some(at) => t_in!(language, "guarantee-next-surgery", time = language.time(at)),
                    None => language.text("guarantee-no-next-surgery"),
                },
                booked = count(counts.places_booked),
                attendance = match residents_percent(counts.attended, attendance_recorded, audience)
                {
                    Some(share) => t_in!(language, "guarantee-attendance-share", share = share),
                    None if attendance_recorded == 0 => language.text("guarantee-attendance-none"),
                    None => language.text("guarantee-attendance-few"),
                }
            ),
            definition: language.text("guarantee-meetings-definition"),
            period: from_to(periods.three_months_from),
            met: met(Commitment::RegularMeetings),
        },
        Measure {
            title: language.text("guarantee-updates"),
            figure: t_in!(language, "guarantee-updates-figure", count = counts.updates),
            detail: language.text("guarantee-updates-detail"),
            definition: language.text("guarantee-updates-definition"),
            period: from_to(periods.three_months_from),
            met: None,
        },
        Measure {
            title: language.text("guarantee-improved"),
            figure: match counts.improved_answers() {
                0 => language.text("guarantee-improved-none"),
                answers => t_in!(
                    language,
                    "guarantee-improved-answers",
                    answers = count(answers),
                    count = match audience {
                        Audience::Public => PublicCount::of(answers).number(),
                        Audience::Staff => answers,
                    }
                ),
            },
            detail: {
                let answers = counts.improved_answers();
                let share = |part| {
                    percent_words(
                        residents_percent(part, answers, audience),
                        answers,
                        language,
                    )
                };
                t_in!(
                    language,
                    "guarantee-improved-detail",
                    yes = share(counts.improved_yes),
                    no = share(counts.improved_no),
                    not_sure = share(counts.improved_not_sure)
                )
            },
            definition: language.text("guarantee-improved-definition"),
            period: from_to(periods.year_from),
            met: None,
        },
        Measure {
            title: language.text("guarantee-messages"),
            figure: t_in!(
                language,
                "guarantee-messages-figure",
                count = counts.messages_sent
            ),
            detail: {
                let answers = counts.messages_useful + counts.messages_not_useful;
                t_in!(
                    language,
                    "guarantee-messages-detail",
                    useful = percent_words(
                        residents_percent(counts.messages_useful, answers, audience),
                        answers,
                        language,
                    )
                )
            },
            definition: language.text("guarantee-messages-definition"),
            period: from_to(periods.three_months_from),
            met: None,
        },
        Measure {
            title: language.text("guarantee-partners"),
            figure: t_in!(
                language,
                "guarantee-partners-figure",
                count = counts.problems_with_partners
            ),
            detail: language.text("guarantee-partners-detail"),
            definition: language.text("guarantee-partners-definition"),
            period: from_to(periods.year_from),
            met: None,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::clock::format_time;

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
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::English,
        )[1];
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
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::English,
        )[2];
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
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::English,
        )[3];
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
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::English,
        )[5];
        assert_eq!(measure.figure, "fewer than 5 answers");
        assert_eq!(
            measure.detail,
            "Yes: too few to show. No: too few to show. Not sure: too few to show."
        );
        counts.improved_no = 1;
        counts.improved_not_sure = 4;
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::English,
        )[5];
        assert_eq!(
            measure.detail, "Yes: too few to show. No: too few to show. Not sure: too few to show.",
            "each share, or the rest of the answers, is from 1 to 4"
        );
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Staff,
            Language::English,
        )[5];
        assert_eq!(measure.detail, "Yes: 37%. No: 12%. Not sure: 50%.");
        counts.improved_yes = 10;
        counts.improved_no = 0;
        counts.improved_not_sure = 5;
        let measure = &measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::English,
        )[5];
        assert_eq!(measure.detail, "Yes: 66%. No: 0%. Not sure: 33%.");
    }

    #[test]
    fn the_figures_are_written_in_the_pages_language() {
        let mut counts = one();
        counts.answered_in_time = 9;
        counts.answered_late = 1;
        counts.improved_yes = 3;
        let welsh = measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::Welsh,
        );
        assert_eq!(welsh[0].title, "Swyddog cyswllt penodol");
        assert!(welsh[1].detail.contains("llai na 5"), "{}", welsh[1].detail);
        assert_eq!(welsh[5].figure, "llai na 5 ateb");
        let polish = measures(
            &counts,
            &Periods::at(NOW),
            Audience::Public,
            Language::Polish,
        );
        assert_eq!(polish[2].figure, "Brak opublikowanych");
        assert_eq!(polish[5].figure, "mniej niż 5 odpowiedzi");
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
