//! The demo's history: four of the demo force's neighbourhoods as a few months of use would
//! leave them, so a newcomer sees every feature at work. Residents raise concerns that their
//! team answers (most within 72 hours, some not), moderators approve public summaries, a SARA
//! problem is worked and published, a vote closes with its results (online and on paper) and
//! becomes a priority, another vote is open, priorities get actions, "you said, we did" updates
//! answer them, a community group is verified and follows priorities, surgeries are held with
//! attendance recorded, a coming one has bookings and a waiting list, and team members record
//! their time.
//!
//! | neighbourhood | what the Guarantee's figures show |
//! | --- | --- |
//! | Edgbaston (BW003, postcode B15 2TT) | every commitment met; the community group and the waiting list |
//! | City Centre (BW001) | half the concerns answered within 72 hours: not met |
//! | Foleshill (CV002) | a priority not updated for four months: not up to date |
//! | Stourbridge (DY005) | no surgery or group meeting held in three months: not met |
//!
//! Everything is written through the app's own services, as the staff and resident pages write
//! it (audit entries, emails in the outbox, the public pages' revision), each at the moment it
//! happens in the story: the services are given a clock standing at that moment. The steps of
//! all four neighbourhoods run in the order they happened. Every person is fictional, with an
//! address at example.org or example.com; the demo's team members get staff accounts (at
//! police.example.org, with a random password nobody knows) to act through, and a moderator
//! approves the summaries.
//!
//! Each service writes its own transaction, so the history is not loaded in one: if loading
//! fails part-way, start again from a fresh database.

use app::domain::concern::{ConcernEntry, StatusChange};
use app::domain::duty::DutyEntry;
use app::domain::email_address::EmailAddress;
use app::domain::geometry::Position;
use app::domain::group::{GroupEntry, Item, MeetingEntry};
use app::domain::ids::ResidentId;
use app::domain::partner::{AreaChoice, PartnerEntry};
use app::domain::problem::ActionEntry;
use app::domain::schedule::{Repeat, Schedule, ScheduleEntry, Until, uk_local};
use app::domain::staff::{Role, StaffMember};
use app::domain::surgery::BookingPlan;
use app::domain::survey::{Agreement, Quarter, Safety, SurveyAnswers};
use app::domain::team_message::MessageEntry;
use app::domain::update::{Answers, UpdateEntry, WelshUpdate};
use app::domain::vote::{OptionEntry, VoteEntry};
use app::policy::{self, Moderation, Permit};
use app::services::clock::{Clock, start_of_uk_day};
use app::services::messages::EmailSite;
use app::services::rate_limit::{BucketKeys, Limit};
use app::services::write::Database;
use app::services::{
    bookings, concerns, duty_time, following, group_meetings, groups, message_delivery,
    message_replies, moderation, occurrences, partners, priorities, problems, referrals,
    resident_accounts, staff, staff_members, surgeries, survey, team_messages, updates, votes,
};
use chrono::{Datelike, Duration, NaiveTime, Weekday};
use entity::booking::{Attendance, BookingStatus};
use entity::community_group::GroupKind;
use entity::concern::{CloseReason, Improved};
use entity::duty_time::DutyKind;
use entity::follow::ItemKind;
use entity::partner_organisation::PartnerKind;
use entity::surgery::SurgeryStatus;
use entity::team_message::MessageKind;
use entity::vote::Eligibility;
use entity::{
    booking, community_group, concern, concern_category, force, message_thread, neighbourhood,
    priority, staff_account, surgery, surgery_series, surgery_slot, team_message, team_update,
    venue, vote, vote_option,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;

const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;

/// Where the links in the emails the history causes lead (the site's address), and the
/// secret their unsubscribe links are signed with (`PORTAL_SECRET`, or the one kept in the
/// database when none is set).
#[derive(Clone, Copy, Debug)]
pub struct DemoSite<'a> {
    pub site_url: &'a str,
    pub secret: Option<&'a str>,
}

/// What the history holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityCounts {
    pub neighbourhoods: usize,
    pub staff_accounts: usize,
    pub residents: usize,
    pub concerns: usize,
    pub summaries_approved: usize,
    pub problems: usize,
    pub votes: usize,
    pub ballots: usize,
    pub priorities: usize,
    pub priority_actions: usize,
    pub updates: usize,
    pub messages: usize,
    pub groups: usize,
    pub surgeries_held: usize,
    pub bookings: usize,
    pub waiting: usize,
    pub time_records: usize,
    pub survey_answers: usize,
    pub partner_organisations: usize,
}

impl std::fmt::Display for ActivityCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "in {} neighbourhoods, {} residents raised {} concerns ({} summaries approved) and cast \
             {} ballots in {} votes; the teams ({} staff accounts) worked {} problem with {} \
             partner organisations, set {} \
             priorities with {} actions, published {} \"you said, we did\" updates, sent {} \
             messages to residents, held {} \
             surgeries, took {} bookings with {} on a waiting list and kept {} time records; {} \
             community groups registered; {} residents answered the confidence survey",
            self.neighbourhoods,
            self.residents,
            self.concerns,
            self.summaries_approved,
            self.ballots,
            self.votes,
            self.staff_accounts,
            self.problems,
            self.partner_organisations,
            self.priorities,
            self.priority_actions,
            self.updates,
            self.messages,
            self.surgeries_held,
            self.bookings,
            self.waiting,
            self.time_records,
            self.groups,
            self.survey_answers,
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActivityOutcome {
    Seeded(ActivityCounts),
    /// The demo force's neighbourhoods are not there (no force, or a real one): the history
    /// belongs to the demo alone.
    NoDemoForce,
    /// The history is there already.
    AlreadyHasActivity,
}

// ---------------------------------------------------------------------------------------------
// The story, as data. Times are seconds before (or, for a vote, after) the moment of loading.

struct Place {
    code: &'static str,
    /// The demo's address for the team (`server/demo/west-midlands.json`): how a demo
    /// neighbourhood is told from a real one.
    team_email: &'static str,
    /// The team member (from the demo's team list) who acts for the team, and their address.
    officer: (&'static str, &'static str),
    residents: [(&'static str, &'static str); 6],
    /// How many residents answered the confidence survey for the neighbourhood in the last
    /// quarter that has ended (fictional, with no names): 10 or more show its results.
    surveyed: usize,
    concerns: &'static [Concern],
    problem: Option<Problem>,
    priorities: &'static [Priority],
    closed_vote: Vote,
    open_vote: Vote,
    updates: &'static [Update],
    /// Messages the team sent to the residents who follow the neighbourhood.
    messages: &'static [TeamMessage],
    group: Option<Group>,
    pending_group: Option<PendingGroup>,
    surgeries_held: bool,
    waiting_list: bool,
}

struct Concern {
    /// Which of the place's residents raised it.
    by: usize,
    category: &'static str,
    location: &'static str,
    description: &'static str,
    when: &'static str,
    raised_ago: i64,
    /// How long after it was raised the team first replied, and what it wrote.
    reply: Option<(i64, &'static str)>,
    then: Then,
    /// The public summary a moderator approved, if the resident agreed to one.
    summary: Option<&'static str>,
    /// The resident's answer to "has it improved?" once it was closed.
    improved: Option<Improved>,
    /// Put forward for the place's community group by its organiser.
    for_group: bool,
}

/// What became of a concern after the team's reply (two days after it).
enum Then {
    StaysOpen,
    /// Put into the place's SARA problem (an hour after the reply).
    Problem,
    Partner(&'static str),
    /// Passed to one of `PARTNERS`; a day later the resident lets it see their name and email
    /// address, and its person writes to them.
    PassedOn {
        partner: usize,
        reply: &'static str,
    },
    Closed(CloseReason),
}

struct Problem {
    title: &'static str,
    scanning: &'static str,
    opened_ago: i64,
    /// Written five days after opening: causes, victims, offenders, locations.
    analysis: [&'static str; 4],
    actions: &'static [ProblemAction],
    published_ago: i64,
    summary: &'static str,
}

struct ProblemAction {
    ago: i64,
    description: &'static str,
    owner: &'static str,
    by: ActionBy,
}

/// Who records a problem's action.
enum ActionBy {
    /// The team, naming the partner it worked with as the form's text does ("" for none).
    Team { partner: &'static str },
    /// One of `PARTNERS`, on the problem the team shared with it, credited to it.
    Partner(usize),
}

/// A partner organisation working a problem with a demo team, and the one of its people who
/// records what it does (with a password nobody knows, as the demo's staff have).
struct DemoPartner {
    name: &'static str,
    kind: PartnerKind,
    /// Where it works, as the registration form offers it (`lpa:CODE`, `neighbourhood:CODE`).
    area: &'static str,
    person: (&'static str, &'static str),
}

const PARTNERS: [DemoPartner; 2] = [
    DemoPartner {
        name: "Birmingham City Council",
        kind: PartnerKind::Council,
        area: "lpa:birmingham",
        person: ("Dana Whitfield", "dana.whitfield@council.example.org"),
    },
    DemoPartner {
        name: "University of Birmingham",
        kind: PartnerKind::Education,
        area: "neighbourhood:BW003",
        person: ("Marcus Obi", "marcus.obi@university.example.org"),
    },
];

struct Priority {
    source: Source,
    set_ago: i64,
    /// (when, what the team did)
    actions: &'static [(i64, &'static str)],
}

enum Source {
    Direct {
        issue: &'static str,
        raised_ago: i64,
    },
    /// The closed vote's winning option.
    ClosedVote,
    /// The place's SARA problem.
    Problem,
}

struct Vote {
    question: &'static str,
    options: &'static [&'static str],
    most_choices: i32,
    /// When it opens and closes, from the moment of loading (negative: before it).
    opens: i64,
    closes: i64,
    eligibility: Eligibility,
    /// (resident, options chosen), cast nine hours apart from the opening.
    ballots: &'static [(usize, &'static [usize])],
    /// Paper ballots from a meeting, recorded three days before it closes.
    paper: Option<Paper>,
}

struct Paper {
    label: &'static str,
    ballots: i32,
    /// How many ballots chose each option, in order.
    counts: &'static [i32],
}

/// A message the team sent: its kind, words, when it went, and how many days after that it
/// applied (a warning's last day).
struct TeamMessage {
    kind: MessageKind,
    title: &'static str,
    body: &'static str,
    sent_ago: i64,
    lasts_days: Option<i64>,
    /// A follower writes back a day after it went, and the team answers the day after.
    reply: Option<MessageReply>,
}

struct MessageReply {
    /// Which of the place's residents (one who follows the neighbourhood).
    by: usize,
    text: &'static str,
    answer: &'static str,
}

struct Update {
    published_ago: i64,
    you_said: &'static str,
    we_did: &'static str,
    next_steps: &'static str,
    outcome: &'static str,
    answers: &'static [Link],
}

enum Link {
    Priority(usize),
    ClosedVote,
    Problem,
    Concern(usize),
}

struct Group {
    name: &'static str,
    kind: GroupKind,
    description: &'static str,
    organiser: usize,
    /// Verified a day later; its members join ten days later.
    registered_ago: i64,
    members: &'static [usize],
    /// (priority, when it started following it)
    follows: &'static [(usize, i64)],
    meeting: Option<Meeting>,
}

struct Meeting {
    ago: i64,
    attendees: i32,
    notes: &'static str,
    priorities: &'static [usize],
}

/// A group registered lately, waiting for the team to verify it.
struct PendingGroup {
    name: &'static str,
    kind: GroupKind,
    description: &'static str,
    organiser: usize,
    registered_ago: i64,
}

const PLACES: [Place; 4] = [
    Place {
        code: "BW003",
        surveyed: 14,
        team_email: "edgbaston.npt@west-midlands.police.example",
        officer: ("Chloe Bennett", "chloe.bennett@police.example.org"),
        residents: [
            ("Pat Example", "pat.example@example.org"),
            ("Sam Example", "sam.example@example.com"),
            ("Alex Sample", "alex.sample@example.org"),
            ("Jo Sample", "jo.sample@example.com"),
            ("Chris Example", "chris.example@example.org"),
            ("Kim Sample", "kim.sample@example.com"),
        ],
        concerns: &[
            Concern {
                by: 0,
                category: "Vehicles and speeding",
                location: "The road outside the primary school",
                description: "Cars go far too fast past the school at drop-off time. Someone will get hurt.",
                when: "Weekday mornings, 8 to 9am",
                raised_ago: 48 * DAY,
                reply: Some((
                    20 * HOUR,
                    "Thank you. We will put speeding near the schools to residents in our next priority vote, and do speed checks at drop-off in the meantime.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some("Cars speeding past a primary school at drop-off time."),
                improved: Some(Improved::Yes),
                for_group: false,
            },
            Concern {
                by: 1,
                category: "Theft and burglary",
                location: "The cycle racks by the community library",
                description: "My bike was taken from the racks by the library in the evening. The lock was cut.",
                when: "Evenings",
                raised_ago: 52 * DAY,
                reply: Some((
                    6 * HOUR,
                    "Sorry to hear this. Yours is one of several bikes taken near the library and the university hall: we are working on it as a problem with the university.",
                )),
                then: Then::Problem,
                summary: Some("A bike stolen from the racks by the library, its lock cut."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 2,
                category: "Theft and burglary",
                location: "Behind the university community hall",
                description: "Two bikes have been stolen from behind the hall this month.",
                when: "During the day",
                raised_ago: 47 * DAY,
                reply: Some((
                    30 * HOUR,
                    "Thank you. We have added your report to the problem we are working on with the university's security team.",
                )),
                then: Then::Problem,
                summary: Some("Bikes stolen from behind a community hall."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 3,
                category: "Anti-social behaviour",
                location: "The park by the reservoir path",
                description: "Groups gather in the park late and leave broken glass where children play.",
                when: "Friday and Saturday nights",
                raised_ago: 26 * DAY,
                reply: Some((
                    40 * HOUR,
                    "We have added the park to our Friday and Saturday evening patrols, and asked the council to clear the glass.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some("Groups leaving broken glass in the park at weekends."),
                improved: Some(Improved::NotSure),
                for_group: false,
            },
            Concern {
                by: 4,
                category: "Other",
                location: "Near the shops on the main road",
                description: "Where can my elderly mother get advice on keeping her home secure?",
                when: "",
                raised_ago: 15 * DAY,
                reply: Some((
                    4 * HOUR,
                    "We can help: come to our Saturday surgery at Edgbaston Community Library, or we can visit her at home. Reply here to arrange a visit.",
                )),
                then: Then::Closed(CloseReason::NoFurtherAction),
                summary: None,
                improved: None,
                for_group: false,
            },
            Concern {
                by: 5,
                category: "Vehicles and speeding",
                location: "A dropped kerb on a side street near the university",
                description: "Cars are parked across the dropped kerb, so I cannot get my wheelchair onto the pavement.",
                when: "Most weekdays",
                raised_ago: 8 * DAY,
                reply: Some((
                    10 * HOUR,
                    "Thank you. Parking across a dropped kerb is for the council's parking enforcement team, who can ticket these cars: we have passed it on.",
                )),
                then: Then::PassedOn {
                    partner: 0,
                    reply: "Our civil enforcement officers will patrol the street on weekdays for the next month and ticket cars parked across the dropped kerb.",
                },
                summary: Some("Cars parked across a dropped kerb, blocking wheelchair access."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 0,
                category: "Feeling unsafe",
                location: "The footpath between the park and the shops",
                description: "Our members say the footpath is unlit and they avoid it after dark.",
                when: "After dark",
                raised_ago: 20 * DAY,
                reply: Some((
                    26 * HOUR,
                    "Thank you for raising this for the group. We have asked the council about lighting and will walk the path on our evening patrols.",
                )),
                then: Then::StaysOpen,
                summary: Some("An unlit footpath that residents avoid after dark."),
                improved: None,
                for_group: true,
            },
            Concern {
                by: 1,
                category: "Criminal damage and graffiti",
                location: "The underpass by the main road",
                description: "New graffiti has appeared all along the underpass.",
                when: "",
                raised_ago: 10 * HOUR,
                reply: None,
                then: Then::StaysOpen,
                summary: None,
                improved: None,
                for_group: false,
            },
        ],
        problem: Some(Problem {
            title: "Cycle thefts near the library and the university hall",
            scanning: "Residents and students have reported bikes stolen from the racks by Edgbaston Community Library and behind University Community Hall since September, most in the evening, locks cut.",
            opened_ago: 55 * DAY,
            analysis: [
                "Old racks with a single bar, which a bike can only be locked to by its wheel; little lighting after 6pm.",
                "Students and commuters who leave their bikes all day.",
                "Probably the same two or three people, using bolt cutters.",
                "The racks beside the library and behind the hall.",
            ],
            actions: &[
                ProblemAction {
                    ago: 40 * DAY,
                    description: "Free cycle marking day at the library, with the police",
                    owner: "Campus security team",
                    by: ActionBy::Partner(1),
                },
                ProblemAction {
                    ago: 30 * DAY,
                    description: "Asked the council to replace the racks with stands a frame can be locked to, and to light them",
                    owner: "Sergeant Rebecca Hughes",
                    by: ActionBy::Team {
                        partner: "Birmingham City Council",
                    },
                },
                ProblemAction {
                    ago: 12 * DAY,
                    description: "Replaced the racks by the library with stands a frame can be locked to, and lit them",
                    owner: "Highways, Edgbaston ward",
                    by: ActionBy::Partner(0),
                },
            ],
            published_ago: 38 * DAY,
            summary: "Bikes are being stolen from the racks by the library and the university hall. We are marking bikes for free and working with the council on better stands and lighting.",
        }),
        priorities: &[
            Priority {
                source: Source::ClosedVote,
                set_ago: 17 * DAY,
                actions: &[
                    (
                        12 * DAY,
                        "Speed checks with volunteers outside both primary schools at drop-off: 31 drivers warned.",
                    ),
                    (
                        3 * DAY,
                        "Asked the council to repaint the 20mph signs and road markings near the schools.",
                    ),
                ],
            },
            Priority {
                source: Source::Problem,
                set_ago: 37 * DAY,
                actions: &[
                    (
                        35 * DAY,
                        "Free cycle marking day at Edgbaston Community Library: 46 bikes marked.",
                    ),
                    (
                        9 * DAY,
                        "The council has agreed new cycle stands and a light by the library, to be fitted next month.",
                    ),
                ],
            },
        ],
        closed_vote: Vote {
            question: "Which issues should the Edgbaston team focus on this winter?",
            options: &[
                "Speeding near the primary schools",
                "Anti-social behaviour in the park after dark",
                "Parking on pavements and across dropped kerbs",
            ],
            most_choices: 2,
            opens: -40 * DAY,
            closes: -19 * DAY,
            eligibility: Eligibility::PostcodeInNeighbourhood,
            ballots: &[
                (0, &[0, 2]),
                (1, &[0]),
                (2, &[1, 0]),
                (3, &[2]),
                (4, &[0, 1]),
                (5, &[2]),
            ],
            paper: Some(Paper {
                label: "Residents' meeting at Edgbaston Community Library",
                ballots: 9,
                counts: &[6, 4, 3],
            }),
        },
        open_vote: Vote {
            question: "What should be our next priority, in the spring?",
            options: &[
                "Drug dealing around the bus stops",
                "Litter and graffiti in the underpass",
                "Noise from parties late at night",
            ],
            most_choices: 1,
            opens: -4 * DAY,
            closes: 10 * DAY,
            eligibility: Eligibility::AnyResident,
            ballots: &[(0, &[2]), (1, &[0]), (3, &[2]), (5, &[1])],
            paper: None,
        },
        updates: &[
            Update {
                published_ago: 10 * DAY,
                you_said: "Speeding near the primary schools was your first choice in our winter vote.",
                we_did: "We held speed checks with local volunteers outside both schools at drop-off time and warned 31 drivers.",
                next_steps: "We have asked the council to repaint the 20mph signs, and we will check again every fortnight.",
                outcome: "Fewer drivers were speeding at the second check than at the first.",
                answers: &[Link::ClosedVote, Link::Priority(0)],
            },
            Update {
                published_ago: 5 * DAY,
                you_said: "You told us bikes were being stolen from the racks by the library and the university hall.",
                we_did: "We marked 46 bikes for free with the university's security team, and the council has agreed to fit new cycle stands and a light.",
                next_steps: "The new stands go in next month. Until then, lock the frame, not just a wheel.",
                outcome: "One bike has been reported stolen there since the marking day, down from five the month before.",
                answers: &[Link::Problem, Link::Priority(1), Link::Concern(1)],
            },
        ],
        messages: &[
            TeamMessage {
                kind: MessageKind::Appeal,
                title: "Bike thefts near the university: did you see anything?",
                body: "Several bikes have been taken from racks near Edgbaston Community Library and the university hall, most in the early evening.\n\nIf you saw anyone using bolt croppers near the racks, or were offered a cheap bike, call 101 or tell us at our Saturday surgery. You can stay anonymous through Crimestoppers: https://crimestoppers-uk.org",
                sent_ago: 40 * DAY,
                lasts_days: None,
                reply: Some(MessageReply {
                    by: 2,
                    text: "I saw two men with a van by the library racks on a Tuesday around 6pm. One had a long bag. I did not get the registration.",
                    answer: "Thank you: that matches another report. We have asked for the library's camera footage and will patrol the racks in the early evening.",
                }),
            },
            TeamMessage {
                kind: MessageKind::Advice,
                title: "Dark evenings: keep your home looking lived in",
                body: "Burglaries rise when the clocks go back. Use a timer switch for a lamp, lock doors and windows even when you are in, and keep keys away from the letterbox.\n\nOur free home security checks are booked at any surgery.",
                sent_ago: 20 * DAY,
                lasts_days: None,
                reply: None,
            },
            TeamMessage {
                kind: MessageKind::Warning,
                title: "Courier fraud calls in Edgbaston",
                body: "Older residents have had calls from people claiming to be police officers or bank staff, asking them to hand over cards or cash to a courier.\n\nThe police and your bank will never ask for your PIN, your card or cash. Hang up, wait five minutes and call 101 from another phone.",
                sent_ago: 2 * DAY,
                lasts_days: Some(14),
                reply: None,
            },
        ],
        group: Some(Group {
            name: "Reservoir Walk Neighbourhood Watch",
            kind: GroupKind::NeighbourhoodWatch,
            description: "Neighbours around the reservoir path looking out for each other and passing on the team's advice. (A fictional group in the demo data.)",
            organiser: 0,
            registered_ago: 80 * DAY,
            members: &[3, 4],
            follows: &[(1, 36 * DAY), (0, 16 * DAY)],
            meeting: Some(Meeting {
                ago: 22 * DAY,
                attendees: 14,
                notes: "Talked about the cycle thefts, the marking day and the coming priority vote. Members asked for patrols on the footpath to the shops.",
                priorities: &[1],
            }),
        }),
        pending_group: None,
        surgeries_held: true,
        waiting_list: true,
    },
    Place {
        code: "BW001",
        surveyed: 12,
        team_email: "citycentre.npt@west-midlands.police.example",
        officer: ("Grace Mensah", "grace.mensah@police.example.org"),
        residents: [
            ("Robin Example", "robin.example@example.org"),
            ("Lee Example", "lee.example@example.com"),
            ("Ash Sample", "ash.sample@example.org"),
            ("Charlie Sample", "charlie.sample@example.com"),
            ("Morgan Example", "morgan.example@example.org"),
            ("Jamie Sample", "jamie.sample@example.com"),
        ],
        concerns: &[
            Concern {
                by: 0,
                category: "Anti-social behaviour",
                location: "Shop doorways on the main shopping street",
                description: "Groups at night bother the people sleeping in the shop doorways, shouting and kicking their things.",
                when: "Late at night, most nights",
                raised_ago: 60 * DAY,
                reply: Some((
                    20 * HOUR,
                    "Thank you for telling us. We have added the doorways to our night patrols and told the outreach team, who visit every evening.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some("People sleeping in shop doorways being harassed at night."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 1,
                category: "Theft and burglary",
                location: "A shop near the markets",
                description: "Shoplifting happens every day at the shop where I work, often by the same people.",
                when: "Every day, mostly in the afternoon",
                raised_ago: 55 * DAY,
                reply: Some((
                    80 * HOUR,
                    "Sorry for our slow reply. We are working with the shops on repeat shoplifters: please report each one, with the time, so we can use your footage.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some("Daily shoplifting at a shop near the markets."),
                improved: Some(Improved::Yes),
                for_group: false,
            },
            Concern {
                by: 2,
                category: "Vehicles and speeding",
                location: "The pavements around the station",
                description: "E-scooters are ridden fast along the pavement outside the station and nearly hit people.",
                when: "Rush hours",
                raised_ago: 40 * DAY,
                reply: Some((
                    100 * HOUR,
                    "Sorry this took us longer than it should have. Officers will stop riders they see, and pavement riding is an option in our next priority vote.",
                )),
                then: Then::StaysOpen,
                summary: Some("E-scooters ridden fast on the pavements outside the station."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 3,
                category: "Drugs",
                location: "An alleyway off the high street",
                description: "Drug dealing in the alley most afternoons, with people coming and going.",
                when: "Most afternoons",
                raised_ago: 25 * DAY,
                reply: Some((
                    48 * HOUR,
                    "Thank you. We have passed this to our local intelligence team and will patrol the alley.",
                )),
                then: Then::StaysOpen,
                summary: Some("Drug dealing in an alleyway off the high street most afternoons."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 4,
                category: "Criminal damage and graffiti",
                location: "The bus shelters near Digbeth Community Hub",
                description: "The glass in the bus shelter has been smashed again.",
                when: "Weekends",
                raised_ago: 12 * DAY,
                reply: Some((
                    60 * HOUR,
                    "We have told the company that looks after the shelters, who will replace the glass, and we will look at their camera footage.",
                )),
                then: Then::Partner("The company that maintains the bus shelters"),
                summary: None,
                improved: None,
                for_group: false,
            },
            Concern {
                by: 5,
                category: "Feeling unsafe",
                location: "The walk home from the station",
                description: "I don't feel safe walking home from the station late at night. Is anything planned?",
                when: "After 11pm",
                raised_ago: 6 * DAY,
                reply: None,
                then: Then::StaysOpen,
                summary: Some("Feeling unsafe walking home from the station late at night."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 0,
                category: "Anti-social behaviour",
                location: "The steps of the central library",
                description: "Loud music and shouting on the library steps in the evenings.",
                when: "Evenings",
                raised_ago: 20 * HOUR,
                reply: None,
                then: Then::StaysOpen,
                summary: None,
                improved: None,
                for_group: false,
            },
        ],
        problem: None,
        priorities: &[
            Priority {
                source: Source::Direct {
                    issue: "Shoplifting from shops on the main shopping streets",
                    raised_ago: 70 * DAY,
                },
                set_ago: 68 * DAY,
                actions: &[
                    (
                        60 * DAY,
                        "Saturday patrols with the city centre's business wardens.",
                    ),
                    (
                        20 * DAY,
                        "Three repeat shoplifters banned from the centre by court orders, after shops gave us their footage.",
                    ),
                ],
            },
            Priority {
                source: Source::ClosedVote,
                set_ago: 28 * DAY,
                actions: &[
                    (
                        26 * DAY,
                        "Friday and Saturday night patrols with the council's licensing officers.",
                    ),
                    (
                        8 * DAY,
                        "Two late bars warned about serving people who were already drunk.",
                    ),
                ],
            },
        ],
        closed_vote: Vote {
            question: "Which issue should the city centre team take on next?",
            options: &[
                "Drinking and rowdiness on the main streets at night",
                "Cycling and e-scooters on busy pavements",
                "Keeping people who sleep rough safe",
            ],
            most_choices: 1,
            opens: -50 * DAY,
            closes: -30 * DAY,
            eligibility: Eligibility::PostcodeInNeighbourhood,
            ballots: &[
                (0, &[0]),
                (1, &[1]),
                (2, &[0]),
                (3, &[2]),
                (4, &[0]),
                (5, &[1]),
            ],
            paper: Some(Paper {
                label: "Street meeting at Digbeth Community Hub",
                ballots: 7,
                counts: &[4, 2, 1],
            }),
        },
        open_vote: Vote {
            question: "Which of these should the team look at in the spring?",
            options: &[
                "Phones snatched by people on bikes",
                "Graffiti along the canal towpaths",
                "Parking on the pavement near the coach station",
            ],
            most_choices: 2,
            opens: -3 * DAY,
            closes: 12 * DAY,
            eligibility: Eligibility::AnyResident,
            ballots: &[(0, &[0, 1]), (2, &[0]), (4, &[2])],
            paper: None,
        },
        updates: &[
            Update {
                published_ago: 25 * DAY,
                you_said: "In our autumn vote you chose drinking and rowdiness on the main streets at night as our next priority.",
                we_did: "Since then we have patrolled the main streets every Friday and Saturday night with the council's licensing officers.",
                next_steps: "We will visit the late bars together in the coming weeks and report back here.",
                outcome: "",
                answers: &[Link::ClosedVote, Link::Priority(1)],
            },
            Update {
                published_ago: 15 * DAY,
                you_said: "Shop staff told us the same people were shoplifting every day.",
                we_did: "Shops gave us their footage, and three repeat shoplifters are now banned from the centre by court orders.",
                next_steps: "We will keep patrolling with the business wardens on Saturdays.",
                outcome: "Shops report fewer thefts since the orders were made.",
                answers: &[Link::Priority(0), Link::Concern(1)],
            },
        ],
        messages: &[
            TeamMessage {
                kind: MessageKind::Event,
                title: "Meet the team at the Bullring on Saturday",
                body: "The City Centre team will be at the Bullring's St Martin's entrance from 11am to 2pm this Saturday, with free bike marking and advice on keeping phones safe.",
                sent_ago: 9 * DAY,
                lasts_days: Some(5),
                reply: None,
            },
            TeamMessage {
                kind: MessageKind::News,
                title: "More patrols on Broad Street at weekends",
                body: "From this month two more officers patrol Broad Street on Friday and Saturday nights, working with the street pastors and the venues' door staff.",
                sent_ago: 4 * DAY,
                lasts_days: None,
                reply: None,
            },
        ],
        group: None,
        pending_group: Some(PendingGroup {
            name: "Canal Side Traders",
            kind: GroupKind::BusinessAssociation,
            description: "Small businesses along the canal, working together on safety and litter. (A fictional group in the demo data.)",
            organiser: 2,
            registered_ago: 3 * DAY,
        }),
        surgeries_held: true,
        waiting_list: false,
    },
    Place {
        code: "CV002",
        surveyed: 11,
        team_email: "foleshill.npt@west-midlands.police.example",
        officer: ("Laura Kowalski", "laura.kowalski@police.example.org"),
        residents: [
            ("Taylor Example", "taylor.example@example.org"),
            ("Casey Sample", "casey.sample@example.com"),
            ("Drew Example", "drew.example@example.org"),
            ("Frankie Sample", "frankie.sample@example.com"),
            ("Jesse Example", "jesse.example@example.org"),
            ("Riley Sample", "riley.sample@example.com"),
        ],
        concerns: &[
            Concern {
                by: 0,
                category: "Vehicles and speeding",
                location: "The main road at night",
                description: "Cars race and rev up and down the main road after midnight, every weekend.",
                when: "Friday and Saturday nights",
                raised_ago: 40 * DAY,
                reply: Some((
                    12 * HOUR,
                    "Thank you. Car cruising is in our vote for the next priority, and we are planning an operation with the roads policing team.",
                )),
                then: Then::StaysOpen,
                summary: Some("Cars racing on the main road after midnight at weekends."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 1,
                category: "Theft and burglary",
                location: "Garages behind the terraced houses",
                description: "Someone broke into three garages on our row and took tools.",
                when: "Overnight",
                raised_ago: 33 * DAY,
                reply: Some((
                    24 * HOUR,
                    "Sorry to hear this. An officer will visit to give security advice, and we have asked neighbours for doorbell footage.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some("Break-ins to garages behind a row of houses; tools taken."),
                improved: Some(Improved::No),
                for_group: false,
            },
            Concern {
                by: 2,
                category: "Anti-social behaviour",
                location: "The park near the community centre",
                description: "Motorbikes are ridden across the park where children play.",
                when: "After school",
                raised_ago: 21 * DAY,
                reply: Some((
                    50 * HOUR,
                    "We have seized one motorbike and will patrol the park after school.",
                )),
                then: Then::StaysOpen,
                summary: Some("Motorbikes ridden across the park where children play."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 3,
                category: "Other",
                location: "The back alley behind the shops",
                description: "Piles of rubbish have been dumped in the alley again.",
                when: "",
                raised_ago: 14 * DAY,
                reply: Some((
                    30 * HOUR,
                    "We have passed this to the council's waste team, who clear fly-tipping and can fine the people who do it.",
                )),
                then: Then::Partner("The city council's waste team"),
                summary: Some("Rubbish dumped in a back alley again."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 4,
                category: "Drugs",
                location: "Outside the takeaway on the high street",
                description: "A smell of cannabis, and what looks like dealing, outside the takeaway in the evenings.",
                when: "Evenings",
                raised_ago: 9 * DAY,
                reply: Some((
                    20 * HOUR,
                    "Thank you. We have shared this with our local intelligence team and will visit in the evenings.",
                )),
                then: Then::StaysOpen,
                summary: None,
                improved: None,
                for_group: false,
            },
            Concern {
                by: 5,
                category: "Feeling unsafe",
                location: "The subway under the ring road",
                description: "The subway is dark and I don't feel safe using it.",
                when: "After dark",
                raised_ago: DAY,
                reply: None,
                then: Then::StaysOpen,
                summary: None,
                improved: None,
                for_group: false,
            },
        ],
        problem: None,
        priorities: &[
            Priority {
                source: Source::Direct {
                    issue: "Fly-tipping in the back alleys",
                    raised_ago: 150 * DAY,
                },
                set_ago: 148 * DAY,
                actions: &[(
                    120 * DAY,
                    "Reported twelve fly-tipping sites to the council, which fined two people.",
                )],
            },
            Priority {
                source: Source::ClosedVote,
                set_ago: 23 * DAY,
                actions: &[
                    (
                        21 * DAY,
                        "Two evening operations with the roads policing team: 14 drivers stopped and one car seized.",
                    ),
                    (
                        6 * DAY,
                        "The council has agreed to look at noise cameras on the main road.",
                    ),
                ],
            },
        ],
        closed_vote: Vote {
            question: "Which issues should we tackle first in Foleshill?",
            options: &[
                "Car cruising and loud exhausts at night",
                "Break-ins to sheds and garages",
                "Dog fouling in the park",
            ],
            most_choices: 2,
            opens: -45 * DAY,
            closes: -25 * DAY,
            eligibility: Eligibility::PostcodeInNeighbourhood,
            ballots: &[
                (0, &[0, 1]),
                (1, &[1]),
                (2, &[0]),
                (3, &[0, 2]),
                (4, &[0]),
                (5, &[1, 0]),
            ],
            paper: Some(Paper {
                label: "Residents' meeting at Foleshill Community Centre",
                ballots: 11,
                counts: &[7, 5, 2],
            }),
        },
        open_vote: Vote {
            question: "What should the team look at next?",
            options: &[
                "Speeding on the main road",
                "Thefts from parked cars",
                "Graffiti on the canal towpath",
            ],
            most_choices: 1,
            opens: -3 * DAY,
            closes: 13 * DAY,
            eligibility: Eligibility::AnyResident,
            ballots: &[(0, &[1]), (2, &[0])],
            paper: None,
        },
        updates: &[
            Update {
                published_ago: 20 * DAY,
                you_said: "You voted car cruising and loud exhausts at night as the issue to tackle first.",
                we_did: "We ran two evening operations with the roads policing team: 14 drivers were stopped and one car was seized.",
                next_steps: "The council is looking at noise cameras on the main road.",
                outcome: "",
                answers: &[Link::ClosedVote, Link::Priority(1)],
            },
            Update {
                published_ago: 7 * DAY,
                you_said: "You told us sheds and garages were being broken into.",
                we_did: "We held a security advice morning at Foleshill Community Centre and gave out 40 shed alarms.",
                next_steps: "We will hold another in the spring.",
                outcome: "No garage break-ins have been reported in the last fortnight.",
                answers: &[Link::Concern(1)],
            },
        ],
        messages: &[TeamMessage {
            kind: MessageKind::Advice,
            title: "Protect your catalytic converter",
            body: "Thefts of catalytic converters are rising in Foleshill. Park in a garage or close to a wall, and ask your garage about a marking kit or a guard.",
            sent_ago: 30 * DAY,
            lasts_days: None,
            reply: None,
        }],
        group: None,
        pending_group: None,
        surgeries_held: true,
        waiting_list: false,
    },
    Place {
        code: "DY005",
        surveyed: 6,
        team_email: "stourbridge.npt@west-midlands.police.example",
        officer: ("Sophie Turner", "sophie.turner@police.example.org"),
        residents: [
            ("Sky Example", "sky.example@example.org"),
            ("Quinn Sample", "quinn.sample@example.com"),
            ("Reese Example", "reese.example@example.org"),
            ("Avery Sample", "avery.sample@example.com"),
            ("Rowan Example", "rowan.example@example.org"),
            ("Harper Sample", "harper.sample@example.com"),
        ],
        concerns: &[
            Concern {
                by: 0,
                category: "Other",
                location: "A street near the high street",
                description: "A man called at my elderly neighbour's door saying her roof needed urgent repairs, and asked for cash.",
                when: "Weekday mornings",
                raised_ago: 42 * DAY,
                reply: Some((
                    8 * HOUR,
                    "Thank you for looking out for your neighbour. We have visited her and passed the details to trading standards.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some(
                    "A cold caller asking an elderly resident for cash for roof repairs.",
                ),
                improved: Some(Improved::Yes),
                for_group: false,
            },
            Concern {
                by: 1,
                category: "Theft and burglary",
                location: "The multi-storey car park",
                description: "My car window was smashed and my bag taken.",
                when: "During the day",
                raised_ago: 30 * DAY,
                reply: Some((
                    16 * HOUR,
                    "Sorry this happened. Thefts from cars in the town centre are one of our priorities, and the car park's CCTV is being checked.",
                )),
                then: Then::Closed(CloseReason::ActionTaken),
                summary: Some("A car window smashed and a bag taken in a town centre car park."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 2,
                category: "Anti-social behaviour",
                location: "The canal towpath by the bridge",
                description: "Teenagers drinking on the towpath and throwing bottles into the canal.",
                when: "Weekend evenings",
                raised_ago: 19 * DAY,
                reply: Some((
                    36 * HOUR,
                    "We will patrol the towpath on weekend evenings, and we have told the youth service.",
                )),
                then: Then::StaysOpen,
                summary: Some(
                    "Young people drinking on the towpath and throwing bottles into the canal.",
                ),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 3,
                category: "Vehicles and speeding",
                location: "The ring road near the college",
                description: "Cars go far over the limit on the ring road near the college.",
                when: "Evenings",
                raised_ago: 11 * DAY,
                reply: Some((
                    44 * HOUR,
                    "We have asked the roads policing team for speed checks on the ring road.",
                )),
                then: Then::StaysOpen,
                summary: None,
                improved: None,
                for_group: false,
            },
            Concern {
                by: 4,
                category: "Criminal damage and graffiti",
                location: "The bus station",
                description: "There is graffiti all over the shelters at the bus station.",
                when: "",
                raised_ago: 6 * DAY,
                reply: Some((
                    70 * HOUR,
                    "We have reported it to the bus station's owners, who will clean it.",
                )),
                then: Then::Partner("The bus station's owners"),
                summary: Some("Graffiti on the shelters at the bus station."),
                improved: None,
                for_group: false,
            },
            Concern {
                by: 5,
                category: "Feeling unsafe",
                location: "The alley from the high street to the car park",
                description: "The alley is dark and people hang around in it at night.",
                when: "At night",
                raised_ago: 30 * HOUR,
                reply: None,
                then: Then::StaysOpen,
                summary: None,
                improved: None,
                for_group: false,
            },
        ],
        problem: None,
        priorities: &[
            Priority {
                source: Source::Direct {
                    issue: "Thefts from cars in the town centre car parks",
                    raised_ago: 60 * DAY,
                },
                set_ago: 58 * DAY,
                actions: &[
                    (
                        50 * DAY,
                        "Leaflets on windscreens in both town centre car parks about locking cars and hiding valuables.",
                    ),
                    (
                        14 * DAY,
                        "A man arrested for thefts from cars after the car park's CCTV identified him.",
                    ),
                ],
            },
            Priority {
                source: Source::ClosedVote,
                set_ago: 13 * DAY,
                actions: &[(
                    11 * DAY,
                    "Visited 60 older residents' homes with trading standards to warn about doorstep scams.",
                )],
            },
        ],
        closed_vote: Vote {
            question: "Which of these should be our next priority?",
            options: &[
                "Cold callers and doorstep scams",
                "Underage drinking by the canal",
                "Speeding on the ring road",
            ],
            most_choices: 1,
            opens: -35 * DAY,
            closes: -15 * DAY,
            eligibility: Eligibility::AnyResident,
            ballots: &[
                (0, &[0]),
                (1, &[0]),
                (2, &[1]),
                (3, &[0]),
                (4, &[2]),
                (5, &[0]),
            ],
            paper: None,
        },
        open_vote: Vote {
            question: "Which should we look at after doorstep scams?",
            options: &[
                "Parking outside the schools",
                "Litter and graffiti at the bus station",
                "Noise from the late bars",
            ],
            most_choices: 1,
            opens: -3 * DAY,
            closes: 11 * DAY,
            eligibility: Eligibility::AnyResident,
            ballots: &[(0, &[0]), (3, &[2]), (5, &[0])],
            paper: None,
        },
        updates: &[
            Update {
                published_ago: 12 * DAY,
                you_said: "Most of you chose cold callers and doorstep scams as our next priority.",
                we_did: "With trading standards we visited 60 older residents at home to warn them about doorstep scams.",
                next_steps: "We will give a talk on scams at Stourbridge Library next month.",
                outcome: "",
                answers: &[Link::ClosedVote, Link::Priority(1)],
            },
            Update {
                published_ago: 6 * DAY,
                you_said: "You told us cars were being broken into in the town centre car parks.",
                we_did: "The car park's CCTV identified a man, who was arrested and charged with six thefts from cars.",
                next_steps: "We will keep leafleting the car parks about hiding valuables.",
                outcome: "No thefts from cars have been reported in the car parks since the arrest.",
                answers: &[Link::Priority(0), Link::Concern(1)],
            },
        ],
        messages: &[TeamMessage {
            kind: MessageKind::Warning,
            title: "Doorstep traders in Stourbridge",
            body: "People are going door to door offering roof and driveway repairs and asking for cash up front. Do not agree to work on the doorstep, and never go to a cash machine with a trader.\n\nIf someone will not leave, call 999.",
            sent_ago: DAY,
            lasts_days: Some(10),
            reply: None,
        }],
        group: None,
        pending_group: None,
        surgeries_held: false,
        waiting_list: false,
    },
];

/// The moderator who approves the public summaries.
const MODERATOR: (&str, &str) = ("Jordan Example", "jordan.example@police.example.org");

/// What residents came to talk about at surgeries.
const TOPICS: [&str; 6] = [
    "Parking outside my house",
    "Noise from a neighbour late at night",
    "Advice after a break-in",
    "A scam phone call",
    "Speeding on our road",
    "Feeling safe walking home",
];

/// The surgeries held in the past, at each place's first venue: every other Saturday morning,
/// four times, from about nine weeks before loading.
const HELD_TITLE: &str = "Saturday street surgery";
const HELD_OCCURRENCES: u32 = 4;
/// Residents booked at each held surgery, one a slot: the last of them did not come, nor, at
/// every other surgery, the one before.
const BOOKED_PER_HELD: usize = 6;

// ---------------------------------------------------------------------------------------------
// The steps, in the order they happened.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Which {
    Closed,
    Open,
}

#[derive(Clone, Debug)]
enum Step {
    Raise(usize),
    Reply(usize),
    Moderate(usize),
    LinkToProblem(usize),
    Conclude(usize),
    /// The resident agrees that the partner sees their details, and the partner replies.
    PartnerReply(usize),
    AnswerImproved(usize),
    OpenProblem,
    Analyse,
    /// With one of `PARTNERS`.
    ShareProblem(usize),
    ProblemAction(usize),
    PublishProblem,
    OpenVote {
        which: Which,
        opens_at: i64,
        closes_at: i64,
    },
    Ballot(Which, usize),
    Paper(Which),
    Finalise,
    SetPriority {
        index: usize,
        /// When residents raised it (a direct priority or a problem's); a vote's is its close.
        issue_date: i64,
    },
    PriorityAction(usize, usize),
    Publish(usize),
    /// A resident follows the place's neighbourhood.
    FollowNeighbourhood(usize),
    SendMessage(usize),
    ReplyToMessage(usize),
    AnswerReply(usize),
    RegisterGroup,
    VerifyGroup,
    JoinGroup(usize),
    Follow(usize),
    GroupMeeting,
    RegisterPendingGroup,
    ScheduleHeld,
    BookHeld {
        occurrence: usize,
        slot: usize,
    },
    WalkInHeld,
    RecordAttendance(usize),
    BookAhead(usize),
    WaitAhead,
    WalkInAhead,
    Duty(DutyEntry),
    /// One of the place's survey respondents answers, in the last quarter that ended.
    AnswerSurvey(usize),
}

/// Survey respondent `r`'s answers, of `of` in the place: mostly agreeing, some not, and a few
/// who never walk alone after dark, differing from place to place.
fn survey_answers(of: usize, r: usize) -> SurveyAnswers {
    use Agreement::{Neither, StronglyAgree, StronglyDisagree, TendToAgree, TendToDisagree};
    let understand = [
        StronglyAgree,
        TendToAgree,
        TendToAgree,
        Neither,
        TendToDisagree,
    ];
    let deal = [
        TendToAgree,
        TendToAgree,
        Neither,
        StronglyAgree,
        TendToDisagree,
    ];
    let rely = [
        TendToAgree,
        Neither,
        TendToDisagree,
        TendToAgree,
        StronglyDisagree,
    ];
    let safe = [
        Safety::FairlySafe,
        Safety::VerySafe,
        Safety::ABitUnsafe,
        Safety::FairlySafe,
        Safety::NeverAlone,
        Safety::FairlySafe,
    ];
    SurveyAnswers {
        understand: understand[(r + of) % understand.len()],
        deal: deal[(2 * r + of) % deal.len()],
        rely: rely[(r + 2 * of) % rely.len()],
        safe: safe[(r + of) % safe.len()],
    }
}

/// The held surgeries' schedule, as the team typed it (70 days before loading).
fn held_schedule(now: i64) -> Schedule {
    let mut first = uk_local(now).date() - Duration::days(63);
    while first.weekday() != Weekday::Sat {
        first += Duration::days(1);
    }
    Schedule {
        first,
        start: NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
        end: NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default(),
        repeat: Repeat::Weekly { weeks: 2 },
        until: Until::Occurrences(HELD_OCCURRENCES),
    }
}

/// Welsh the demo's teams wrote beside some of their English, so a resident reading in Welsh
/// sees both kinds: what was given in Welsh, and the English where it was not.
const IN_WELSH: &[(&str, &str)] = &[
    (
        "Cycle thefts near the library and the university hall",
        "Dwyn beiciau ger y llyfrgell a neuadd y brifysgol",
    ),
    (
        "Bikes are being stolen from the racks by the library and the university hall. We are marking bikes for free and working with the council on better stands and lighting.",
        "Mae beiciau'n cael eu dwyn o'r raciau ger y llyfrgell a neuadd y brifysgol. Rydym yn marcio beiciau am ddim ac yn gweithio gyda'r cyngor ar standiau a goleuadau gwell.",
    ),
    (
        "Which issues should the Edgbaston team focus on this winter?",
        "Pa faterion ddylai tîm Edgbaston ganolbwyntio arnynt y gaeaf hwn?",
    ),
    (
        "Speeding near the primary schools",
        "Goryrru ger yr ysgolion cynradd",
    ),
    (
        "Anti-social behaviour in the park after dark",
        "Ymddygiad gwrthgymdeithasol yn y parc ar ôl iddi dywyllu",
    ),
    (
        "Parking on pavements and across dropped kerbs",
        "Parcio ar balmentydd ac ar draws cyrbau isel",
    ),
    (
        "Speed checks with volunteers outside both primary schools at drop-off: 31 drivers warned.",
        "Gwiriadau cyflymder gyda gwirfoddolwyr y tu allan i'r ddwy ysgol gynradd amser gollwng: rhybuddiwyd 31 o yrwyr.",
    ),
    (
        "Asked the council to repaint the 20mph signs and road markings near the schools.",
        "Gofyn i'r cyngor ail-baentio'r arwyddion 20mya a'r marciau ffordd ger yr ysgolion.",
    ),
    (
        "Speeding near the primary schools was your first choice in our winter vote.",
        "Goryrru ger yr ysgolion cynradd oedd eich dewis cyntaf yn ein pleidlais y gaeaf.",
    ),
    (
        "We held speed checks with local volunteers outside both schools at drop-off time and warned 31 drivers.",
        "Cynhaliwyd gwiriadau cyflymder gyda gwirfoddolwyr lleol y tu allan i'r ddwy ysgol amser gollwng, a rhybuddiwyd 31 o yrwyr.",
    ),
    (
        "We have asked the council to repaint the 20mph signs, and we will check again every fortnight.",
        "Rydym wedi gofyn i'r cyngor ail-baentio'r arwyddion 20mya, a byddwn yn gwirio eto bob pythefnos.",
    ),
    (
        "Fewer drivers were speeding at the second check than at the first.",
        "Roedd llai o yrwyr yn goryrru yn yr ail wiriad nag yn y cyntaf.",
    ),
];

/// The Welsh the demo gives beside `english`, if any.
fn in_welsh(english: &str) -> Option<String> {
    IN_WELSH
        .iter()
        .find(|(given, _)| *given == english)
        .map(|(_, welsh)| welsh.to_string())
}

/// The start of the UK day `at` falls in.
fn day_start(at: i64) -> anyhow::Result<i64> {
    let day = uk_local(at).date();
    start_of_uk_day(day.year(), day.month(), day.day())
        .ok_or_else(|| anyhow::anyhow!("no start of the UK day {day}"))
}

/// The moment `ago` seconds before `now`. Three days ago or more, it is moved into that day's
/// working hours (9am to 6pm in the UK), spread by `salt`, so the history happens when people
/// are up whatever the time of loading; nearer, it is kept as it is, before `now`.
fn working_time(now: i64, ago: i64, salt: usize) -> anyhow::Result<i64> {
    let moment = now - ago;
    if ago < 3 * DAY {
        return Ok(moment);
    }
    Ok(day_start(moment)? + 9 * HOUR + (salt as i64 * 47 * 60) % (9 * HOUR))
}

/// 6pm (UK time) on the day `from_now` seconds from now (before it, if negative).
fn six_pm(now: i64, from_now: i64) -> anyhow::Result<i64> {
    Ok(day_start(now + from_now)? + 18 * HOUR)
}

/// Every step of one place (whose neighbourhood is `name`), each with when it happened.
fn steps(place: &Place, name: &str, now: i64) -> anyhow::Result<Vec<(i64, Step)>> {
    let mut steps = Vec::new();
    for (i, c) in place.concerns.iter().enumerate() {
        let raised = working_time(now, c.raised_ago, i)?;
        steps.push((raised, Step::Raise(i)));
        if c.summary.is_some() {
            steps.push((raised + 20 * HOUR, Step::Moderate(i)));
        }
        let Some((after, _)) = c.reply else {
            continue;
        };
        let replied = raised + after;
        steps.push((replied, Step::Reply(i)));
        match c.then {
            Then::StaysOpen => {}
            Then::Problem => steps.push((replied + HOUR, Step::LinkToProblem(i))),
            Then::Partner(_) | Then::PassedOn { .. } | Then::Closed(_) => {
                let concluded = replied + 2 * DAY;
                steps.push((concluded, Step::Conclude(i)));
                if let Then::PassedOn { .. } = c.then {
                    steps.push((concluded + DAY, Step::PartnerReply(i)));
                }
                if c.improved.is_some() {
                    steps.push((concluded + DAY, Step::AnswerImproved(i)));
                }
            }
        }
    }
    let mut problem_opened = None;
    if let Some(problem) = &place.problem {
        let opened = working_time(now, problem.opened_ago, 0)?;
        problem_opened = Some(opened);
        steps.push((opened, Step::OpenProblem));
        steps.push((opened + 5 * DAY, Step::Analyse));
        // The team shares it, once analysed, with each partner that then records an action.
        let mut sharing: Vec<usize> = problem
            .actions
            .iter()
            .filter_map(|action| match action.by {
                ActionBy::Partner(p) => Some(p),
                ActionBy::Team { .. } => None,
            })
            .collect();
        sharing.sort_unstable();
        sharing.dedup();
        for p in sharing {
            steps.push((opened + 6 * DAY, Step::ShareProblem(p)));
        }
        for (i, action) in problem.actions.iter().enumerate() {
            steps.push((
                working_time(now, action.ago, 2 + i)?,
                Step::ProblemAction(i),
            ));
        }
        steps.push((
            working_time(now, problem.published_ago, 4)?,
            Step::PublishProblem,
        ));
    }
    for (which, vote) in [
        (Which::Closed, &place.closed_vote),
        (Which::Open, &place.open_vote),
    ] {
        let opens_at = working_time(now, -vote.opens, 0)?;
        let closes_at = six_pm(now, vote.closes)?;
        // Written two days before it opens.
        steps.push((
            opens_at - 2 * DAY,
            Step::OpenVote {
                which,
                opens_at,
                closes_at,
            },
        ));
        // Ballots spread over the time it has been open.
        let open_for = closes_at.min(now) - opens_at;
        let ballots = vote.ballots.len() as i64;
        for (i, _) in vote.ballots.iter().enumerate() {
            let cast = opens_at + open_for * (i as i64 + 1) / (ballots + 1);
            steps.push((cast, Step::Ballot(which, i)));
        }
        if vote.paper.is_some() {
            steps.push((closes_at - 3 * DAY, Step::Paper(which)));
        }
        if which == Which::Closed {
            // As the job that makes results final would, within minutes of the close.
            steps.push((closes_at + 5 * 60, Step::Finalise));
        }
    }
    for (index, p) in place.priorities.iter().enumerate() {
        let issue_date = match p.source {
            Source::Direct { raised_ago, .. } => day_start(now - raised_ago)?,
            Source::Problem => day_start(
                problem_opened.ok_or_else(|| anyhow::anyhow!("{} has no problem", place.code))?,
            )?,
            Source::ClosedVote => 0,
        };
        steps.push((
            working_time(now, p.set_ago, 3 + index)?,
            Step::SetPriority { index, issue_date },
        ));
        for (a, (ago, _)) in p.actions.iter().enumerate() {
            steps.push((
                working_time(now, *ago, 5 + a)?,
                Step::PriorityAction(index, a),
            ));
        }
    }
    for (i, u) in place.updates.iter().enumerate() {
        steps.push((working_time(now, u.published_ago, 8 + i)?, Step::Publish(i)));
    }
    // Residents answered the confidence survey over the last weeks of the last quarter that ended.
    let last_quarter = Quarter::of(now).previous();
    let mut in_last_quarter = now;
    while Quarter::of(in_last_quarter) != last_quarter {
        in_last_quarter -= DAY;
    }
    for r in 0..place.surveyed {
        let answered = in_last_quarter - r as i64 * DAY - 3 * HOUR;
        steps.push((answered, Step::AnswerSurvey(r)));
    }
    // Half the residents follow the neighbourhood, long before its first message.
    for resident in [0, 2, 4] {
        steps.push((
            working_time(now, 90 * DAY, resident)?,
            Step::FollowNeighbourhood(resident),
        ));
    }
    for (i, m) in place.messages.iter().enumerate() {
        steps.push((working_time(now, m.sent_ago, 3 + i)?, Step::SendMessage(i)));
        if m.reply.is_some() {
            let replied = working_time(now, m.sent_ago - DAY, 4 + i)?;
            steps.push((replied, Step::ReplyToMessage(i)));
            steps.push((replied + DAY, Step::AnswerReply(i)));
        }
    }
    if let Some(group) = &place.group {
        let registered = working_time(now, group.registered_ago, 6)?;
        steps.push((registered, Step::RegisterGroup));
        steps.push((registered + DAY, Step::VerifyGroup));
        for &member in group.members {
            steps.push((registered + 10 * DAY, Step::JoinGroup(member)));
        }
        for (i, (_, ago)) in group.follows.iter().enumerate() {
            steps.push((working_time(now, *ago, 10 + i)?, Step::Follow(i)));
        }
        if let Some(meeting) = &group.meeting {
            steps.push((working_time(now, meeting.ago, 9)?, Step::GroupMeeting));
        }
    }
    if let Some(pending) = &place.pending_group {
        steps.push((
            working_time(now, pending.registered_ago, 7)?,
            Step::RegisterPendingGroup,
        ));
    }
    if place.surgeries_held {
        steps.push((working_time(now, 70 * DAY, 1)?, Step::ScheduleHeld));
        for (k, held) in held_schedule(now).occurrences().into_iter().enumerate() {
            for j in 0..BOOKED_PER_HELD {
                let booked = held.starts_at - 2 * DAY + j as i64 * HOUR;
                steps.push((
                    booked,
                    Step::BookHeld {
                        occurrence: k,
                        slot: j,
                    },
                ));
            }
            if k == 0 {
                steps.push((held.starts_at + 30 * 60, Step::WalkInHeld));
            }
            steps.push((held.ends_at + 30 * 60, Step::RecordAttendance(k)));
            steps.push((
                held.ends_at + HOUR,
                Step::Duty(DutyEntry {
                    kind: DutyKind::Surgery,
                    worked_on: day_start(held.starts_at)?,
                    minutes: 150,
                    place: "Saturday street surgery".into(),
                }),
            ));
        }
    }
    if place.waiting_list {
        for j in 0..3 {
            steps.push((now - 2 * HOUR + j * 10 * 60, Step::BookAhead(j as usize)));
        }
        steps.push((now - HOUR, Step::WaitAhead));
        steps.push((now - 30 * 60, Step::WalkInAhead));
    }
    // Four weeks of the officer's days: patrols, a school visit on Tuesdays, covering the
    // response team on Thursdays (time taken away from the neighbourhood), training once.
    for days_ago in 1..=28 {
        let day = now - days_ago * DAY;
        let worked_on = day_start(day)?;
        let weekday = uk_local(day).date().weekday();
        if matches!(weekday, Weekday::Sat | Weekday::Sun) {
            continue;
        }
        let mut work = vec![(
            DutyKind::Patrol,
            180 + 30 * (days_ago % 3) as i32,
            format!("Foot patrol around {name}"),
        )];
        match weekday {
            Weekday::Tue => work.push((
                DutyKind::SchoolVisit,
                60,
                "Assembly on staying safe at a primary school".to_string(),
            )),
            Weekday::Thu => work.push((
                DutyKind::ResponseCover,
                240,
                "Covering the response team's shift".to_string(),
            )),
            Weekday::Wed if (8..=14).contains(&days_ago) => {
                work.push((DutyKind::Training, 180, "First aid refresher".to_string()))
            }
            _ => {}
        }
        for (kind, minutes, place) in work {
            steps.push((
                worked_on + 17 * HOUR,
                Step::Duty(DutyEntry {
                    kind,
                    worked_on,
                    minutes,
                    place,
                }),
            ));
        }
    }
    if let Some((at, step)) = steps.iter().find(|(at, _)| *at >= now) {
        anyhow::bail!(
            "the demo's {step:?} in {} would happen at {at}, not before now ({now})",
            place.code
        );
    }
    Ok(steps)
}

// ---------------------------------------------------------------------------------------------
// Doing the steps through the services.

/// What every place's steps share.
struct Shared {
    db: Database,
    site: EmailSite,
    keys: BucketKeys,
    categories: HashMap<String, i32>,
    moderator: Permit<Moderation>,
    /// Each of `PARTNERS`, registered: its id, and its person.
    partners: Vec<(i32, StaffMember)>,
}

/// One place as its story goes on: what its steps have made so far.
struct Run {
    place: &'static Place,
    n: neighbourhood::Model,
    permit: Permit<neighbourhood::Model>,
    member: StaffMember,
    residents: Vec<ResidentId>,
    /// Residents who only answered the confidence survey.
    respondents: Vec<ResidentId>,
    /// (reference, id) of each concern once raised.
    concerns: Vec<Option<(String, i32)>>,
    problem: Option<(String, i32)>,
    /// Each vote's id and its options' ids, in order.
    votes: HashMap<Which, (i32, Vec<i32>)>,
    priorities: Vec<Option<i32>>,
    group: Option<String>,
    /// The reference of each message once sent.
    messages: Vec<Option<String>>,
    /// The held surgeries, in order.
    held: Vec<i32>,
    /// The coming surgery with a waiting list, and its slots.
    ahead: Option<(i32, Vec<i32>)>,
}

impl Place {
    fn vote(&self, which: Which) -> &Vote {
        match which {
            Which::Closed => &self.closed_vote,
            Which::Open => &self.open_vote,
        }
    }
}

/// A clock standing at `moment`, for a service to act then.
fn at(moment: i64) -> Clock {
    Clock::fixed(moment)
}

fn random_password() -> anyhow::Result<String> {
    let mut random = [0u8; 24];
    getrandom::fill(&mut random)?;
    Ok(random.iter().map(|b| format!("{b:02x}")).collect())
}

fn email_address(email: &str) -> anyhow::Result<EmailAddress> {
    EmailAddress::parse(email).map_err(|problem| anyhow::anyhow!("{email}: {problem}"))
}

fn refused(what: &'static str) -> impl FnOnce(policy::Denied) -> anyhow::Error {
    move |denied| anyhow::anyhow!("the demo's {what} was refused: {denied:?}")
}

/// A staff account (a partner's, with its organisation) with a password nobody knows, as the
/// member it makes.
async fn create_staff(
    db: &Database,
    clock: &Clock,
    (name, email): (&str, &str),
    role: Role,
    neighbourhood_ids: Vec<i32>,
    partner_organisation_id: Option<i32>,
) -> anyhow::Result<StaffMember> {
    let new = staff::NewStaff {
        email: email_address(email)?,
        name: name.to_string(),
        role,
        first_password: staff::FirstPassword::Given(random_password()?),
        neighbourhood_ids,
        partner_organisation_id,
    };
    let staff::CreateStaff::Created { id } = staff::create_by_operator(db, clock, new).await?
    else {
        anyhow::bail!("a staff account already has the address {email}");
    };
    staff_members::member(db, id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the staff account {email} just made"))
}

/// Registers `PARTNERS`, each with its person.
async fn register_partners(
    db: &Database,
    clock: &Clock,
) -> anyhow::Result<Vec<(i32, StaffMember)>> {
    let choices = partners::area_choices(db).await?;
    let mut registered = Vec::new();
    for partner in &PARTNERS {
        let neighbourhood_ids = AreaChoice::parse(partner.area, &choices.areas())
            .map_err(|problem| anyhow::anyhow!("{}: {problem}", partner.area))?;
        let entry = PartnerEntry {
            name: partner.name.into(),
            kind: partner.kind,
            neighbourhood_ids,
        };
        let partners::Registered::Registered { id } =
            partners::register_by_operator(db, clock, &entry).await?
        else {
            anyhow::bail!("a partner organisation is already called {}", partner.name);
        };
        let member = create_staff(
            db,
            clock,
            partner.person,
            Role::Partner,
            Vec::new(),
            Some(id),
        )
        .await?;
        registered.push((id, member));
    }
    Ok(registered)
}

/// The demo force's neighbourhoods that have a history (known by code and the demo's team
/// address), or None if the database does not hold them.
async fn demo_neighbourhoods(
    db: &DatabaseConnection,
) -> anyhow::Result<Option<Vec<neighbourhood::Model>>> {
    if force::Entity::find_by_id("west-midlands")
        .one(db)
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let mut found = Vec::new();
    for place in &PLACES {
        let n = neighbourhood::Entity::find()
            .filter(neighbourhood::Column::Code.eq(place.code))
            .one(db)
            .await?;
        match n {
            Some(n) if n.contact_email.as_deref() == Some(place.team_email) => found.push(n),
            _ => return Ok(None),
        }
    }
    Ok(Some(found))
}

/// Whether any of the history is there already.
async fn has_activity(db: &DatabaseConnection, ids: &[i32]) -> anyhow::Result<bool> {
    let emails = PLACES.iter().map(|p| p.officer.1).chain([MODERATOR.1]);
    let ids = || ids.iter().copied();
    let found = staff_account::Entity::find()
        .filter(staff_account::Column::Email.is_in(emails))
        .count(db)
        .await?
        + priority::Entity::find()
            .filter(priority::Column::NeighbourhoodId.is_in(ids()))
            .count(db)
            .await?
        + vote::Entity::find()
            .filter(vote::Column::NeighbourhoodId.is_in(ids()))
            .count(db)
            .await?
        + concern::Entity::find()
            .filter(concern::Column::NeighbourhoodId.is_in(ids()))
            .count(db)
            .await?
        + team_update::Entity::find()
            .filter(team_update::Column::NeighbourhoodId.is_in(ids()))
            .count(db)
            .await?
        + community_group::Entity::find()
            .filter(community_group::Column::IdempotencyKey.like("demo-%"))
            .count(db)
            .await?;
    Ok(found > 0)
}

/// Loads the history onto the demo force (`demo::seed` first), as at `clock`'s time, unless it
/// is there already.
pub async fn seed(
    db: &DatabaseConnection,
    clock: &Clock,
    site: DemoSite<'_>,
) -> anyhow::Result<ActivityOutcome> {
    let Some(neighbourhoods) = demo_neighbourhoods(db).await? else {
        return Ok(ActivityOutcome::NoDemoForce);
    };
    let ids: Vec<i32> = neighbourhoods.iter().map(|n| n.id).collect();
    if has_activity(db, &ids).await? {
        return Ok(ActivityOutcome::AlreadyHasActivity);
    }
    let now = clock.now();
    // The whole story, in the order it happened, before anything is written.
    let mut timeline = Vec::new();
    for (index, (place, n)) in PLACES.iter().zip(&neighbourhoods).enumerate() {
        timeline.extend(
            steps(place, &n.name, now)?
                .into_iter()
                .map(|(moment, step)| (moment, index, step)),
        );
    }
    // A stable sort: steps of one place at one moment keep the order they were listed in.
    timeline.sort_by_key(|(moment, index, _)| (*moment, *index));

    let force_name = force::Entity::find_by_id("west-midlands")
        .one(db)
        .await?
        .map(|f| f.name)
        .unwrap_or_default();
    let secret = crate::secret::site_secret(db, site.secret).await?;
    let database = Database::standalone(db.clone());
    let began = at(now - 180 * DAY);
    let moderator = create_staff(
        &database,
        &began,
        MODERATOR,
        Role::Moderator,
        Vec::new(),
        None,
    )
    .await?;
    let shared = Shared {
        site: EmailSite {
            force_name,
            languages: app::i18n::Languages::default(),
            site_url: site.site_url.trim_end_matches('/').to_string(),
        },
        keys: BucketKeys::new(&secret),
        categories: concern_category::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.name, c.id))
            .collect(),
        moderator: policy::moderate(moderator).map_err(refused("moderator"))?,
        partners: register_partners(&database, &began).await?,
        db: database,
    };
    let mut counts = ActivityCounts {
        staff_accounts: 1 + PARTNERS.len(),
        partner_organisations: PARTNERS.len(),
        ..ActivityCounts::default()
    };

    let mut runs = Vec::new();
    for (place, n) in PLACES.iter().zip(neighbourhoods) {
        let member = create_staff(
            &shared.db,
            &began,
            place.officer,
            Role::TeamMember,
            vec![n.id],
            None,
        )
        .await?;
        counts.staff_accounts += 1;
        let permit = policy::neighbourhood::manage(member.clone(), n.clone())
            .map_err(refused("team member"))?;
        let mut residents = Vec::new();
        let txn = shared.db.write().await?;
        for (name, email) in place.residents {
            let account = resident_accounts::find_or_create(
                &txn,
                &email_address(email)?,
                name,
                now - 150 * DAY,
            )
            .await?;
            residents.push(ResidentId::new(account.id));
        }
        let mut respondents = Vec::new();
        for r in 0..place.surveyed {
            let email = format!("survey{r}.{}@example.org", place.code.to_lowercase());
            let account = resident_accounts::find_or_create(
                &txn,
                &email_address(&email)?,
                "",
                now - 150 * DAY,
            )
            .await?;
            respondents.push(ResidentId::new(account.id));
        }
        txn.commit().await?;
        counts.residents += residents.len() + respondents.len();
        runs.push(Run {
            place,
            permit,
            member,
            residents,
            respondents,
            concerns: vec![None; place.concerns.len()],
            problem: None,
            votes: HashMap::new(),
            priorities: vec![None; place.priorities.len()],
            group: None,
            messages: vec![None; place.messages.len()],
            held: Vec::new(),
            ahead: None,
            n,
        });
    }
    counts.neighbourhoods = runs.len();
    for (moment, index, step) in timeline {
        let run = &mut runs[index];
        run.step(&shared, &mut counts, &at(moment), &step)
            .await
            .map_err(|e| e.context(format!("the demo's {step:?} in {}", run.place.code)))?;
    }
    Ok(ActivityOutcome::Seeded(counts))
}

/// Registers a group working in one neighbourhood for `organiser`; its reference.
async fn register_group(
    shared: &Shared,
    clock: &Clock,
    organiser: ResidentId,
    (name, kind, description): (&str, GroupKind, &str),
    neighbourhood_id: i32,
    idempotency_key: &str,
) -> anyhow::Result<String> {
    let entry = GroupEntry {
        name: name.into(),
        kind,
        neighbourhood_ids: vec![neighbourhood_id],
        description: description.into(),
    };
    let registered = groups::register(
        &shared.db,
        clock,
        &shared.site,
        &shared.keys,
        organiser,
        &entry,
        idempotency_key,
    )
    .await?;
    let groups::Registered::Registered { reference } = registered else {
        anyhow::bail!("not registered: {registered:?}");
    };
    Ok(reference)
}

/// An occurrence's slots, in order.
async fn slots_of(db: &DatabaseConnection, surgery_id: i32) -> anyhow::Result<Vec<i32>> {
    Ok(surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .order_by_asc(surgery_slot::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect())
}

/// The neighbourhood's next booked surgery (the demo force's weekly Saturday one) and its slots.
async fn next_booked_surgery(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    now: i64,
) -> anyhow::Result<Option<(i32, Vec<i32>)>> {
    let coming = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.gt(now))
        .order_by_asc(surgery::Column::StartsAt)
        .all(db)
        .await?;
    for occurrence in coming {
        let slots = slots_of(db, occurrence.id).await?;
        if slots.len() >= 3 {
            return Ok(Some((occurrence.id, slots)));
        }
    }
    Ok(None)
}

impl Run {
    fn concern(&self, i: usize) -> anyhow::Result<&(String, i32)> {
        self.concerns[i]
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("concern {i} is not raised yet"))
    }

    fn vote(&self, which: Which) -> anyhow::Result<&(i32, Vec<i32>)> {
        self.votes
            .get(&which)
            .ok_or_else(|| anyhow::anyhow!("the {which:?} vote is not open yet"))
    }

    fn priority(&self, i: usize) -> anyhow::Result<i32> {
        self.priorities[i].ok_or_else(|| anyhow::anyhow!("priority {i} is not set yet"))
    }

    fn problem(&self) -> anyhow::Result<&(String, i32)> {
        self.problem
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("the problem is not open yet"))
    }

    fn problem_plan(&self) -> anyhow::Result<&'static Problem> {
        self.place
            .problem
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("{} has no problem", self.place.code))
    }

    fn reply_plan(&self, message: usize) -> anyhow::Result<&'static MessageReply> {
        self.place.messages[message]
            .reply
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("no reply to message {message}"))
    }

    /// The reference of the place's message `index`, once sent.
    fn message(&self, index: usize) -> anyhow::Result<&str> {
        self.messages[index]
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("message {index} is not sent yet"))
    }

    fn group_plan(&self) -> anyhow::Result<&'static Group> {
        self.place
            .group
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("{} has no group", self.place.code))
    }

    async fn group(&self, db: &DatabaseConnection) -> anyhow::Result<groups::Group> {
        let reference = self
            .group
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("the group is not registered yet"))?;
        groups::by_reference(db, reference)
            .await?
            .ok_or_else(|| anyhow::anyhow!("the group {reference}"))
    }

    /// Leave for the team member to act for the group, as the staff group page asks.
    async fn group_permit(&self, db: &DatabaseConnection) -> anyhow::Result<Permit<groups::Group>> {
        let group = self.group(db).await?;
        let ids = group.neighbourhood_ids();
        policy::group::act_for(self.member.clone(), group, &ids).map_err(refused("group"))
    }

    /// The coming surgery with the waiting list, found the first time it is asked for; none
    /// if the demo force's surgeries are all over (its places were loaded long before).
    async fn ahead(
        &mut self,
        db: &DatabaseConnection,
        now: i64,
    ) -> anyhow::Result<Option<(i32, Vec<i32>)>> {
        if self.ahead.is_none() {
            self.ahead = next_booked_surgery(db, self.n.id, now).await?;
        }
        Ok(self.ahead.clone())
    }

    /// Someone without an account booked by the team into `(surgery_id, slot_id)`.
    async fn walk_in(
        &self,
        shared: &Shared,
        clock: &Clock,
        (surgery_id, slot_id): (i32, i32),
        name: &str,
        topic: &str,
    ) -> anyhow::Result<()> {
        let request = bookings::WalkInRequest {
            surgery_id,
            slot_id,
            name: name.into(),
            email: None,
            topic: topic.into(),
        };
        let booked =
            bookings::book_walk_in(&shared.db, clock, &shared.site, &self.permit, &request).await?;
        anyhow::ensure!(
            matches!(booked, bookings::WalkInBooked::Booked { .. }),
            "{booked:?}"
        );
        Ok(())
    }

    /// Where a concern was: near the neighbourhood's centre.
    fn position(&self, i: usize) -> Option<Position> {
        let (latitude, longitude) = self.n.centre_latitude.zip(self.n.centre_longitude)?;
        Some(Position {
            latitude: latitude + ((i % 3) as f64 - 1.0) * 0.0015,
            longitude: longitude + ((i / 3 % 3) as f64 - 1.0) * 0.002,
        })
    }

    /// Does one step, through the service a page would call, at `clock`'s time.
    async fn step(
        &mut self,
        shared: &Shared,
        counts: &mut ActivityCounts,
        clock: &Clock,
        step: &Step,
    ) -> anyhow::Result<()> {
        let place = self.place;
        let db = &shared.db;
        let site = &shared.site;
        let now = clock.now();
        match step {
            Step::Raise(i) => {
                let c = &place.concerns[*i];
                let category_id = *shared
                    .categories
                    .get(c.category)
                    .ok_or_else(|| anyhow::anyhow!("no kind of concern {:?}", c.category))?;
                let entry = ConcernEntry {
                    location: c.location.into(),
                    postcode: None,
                    category_id,
                    description: c.description.into(),
                    when_happens: c.when.into(),
                    public_summary: c.summary.is_some(),
                    pin: None,
                };
                let group = if c.for_group {
                    Some(concerns::OnBehalf {
                        id: self.group(db).await?.group.id,
                        propose_for_vote: true,
                    })
                } else {
                    None
                };
                let raised = concerns::raise(
                    db,
                    clock,
                    site,
                    &shared.keys,
                    Limit {
                        attempts: 1_000,
                        window_seconds: DAY,
                    },
                    concerns::RaiseRequest {
                        neighbourhood: &self.n,
                        resident_id: self.residents[c.by],
                        entry: &entry,
                        position: self.position(*i),
                        idempotency_key: &format!("demo-{}-concern-{i}", place.code),
                        group,
                    },
                )
                .await?;
                let concerns::Raised::Raised { reference } = raised else {
                    anyhow::bail!("not raised: {raised:?}");
                };
                let id = concern::Entity::find()
                    .filter(concern::Column::Reference.eq(&reference))
                    .one(&**db)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the concern {reference}"))?
                    .id;
                self.concerns[*i] = Some((reference, id));
                counts.concerns += 1;
            }
            Step::Reply(i) => {
                let text = place.concerns[*i]
                    .reply
                    .map(|(_, text)| text)
                    .unwrap_or_default();
                let (reference, _) = self.concern(*i)?;
                let done =
                    concerns::team_reply(db, clock, site, &self.permit, reference, text).await?;
                anyhow::ensure!(done == concerns::TeamAction::Done, "{done:?}");
            }
            Step::Moderate(i) => {
                let summary = place.concerns[*i].summary.unwrap_or_default().to_string();
                let (_, id) = self.concern(*i)?;
                let done = moderation::decide(
                    db,
                    clock,
                    &shared.moderator,
                    *id,
                    &moderation::Decision::Approve { summary },
                )
                .await?;
                anyhow::ensure!(done == moderation::Moderated::Done, "{done:?}");
                counts.summaries_approved += 1;
            }
            Step::LinkToProblem(i) => {
                let (_, problem_id) = self.problem()?;
                let (reference, _) = self.concern(*i)?;
                let done = concerns::link_to_problem(
                    db,
                    clock,
                    site,
                    &self.permit,
                    reference,
                    *problem_id,
                )
                .await?;
                anyhow::ensure!(done == concerns::StatusChanged::Changed, "{done:?}");
            }
            Step::Conclude(i) => {
                let (reference, _) = self.concern(*i)?;
                let change = match place.concerns[*i].then {
                    Then::Partner(partner) => StatusChange::PassedToPartner {
                        partner: partner.into(),
                    },
                    Then::PassedOn { partner, .. } => {
                        let (organisation, _) = &shared.partners[partner];
                        let done = referrals::refer(
                            db,
                            clock,
                            site,
                            &self.permit,
                            reference,
                            *organisation,
                        )
                        .await?;
                        anyhow::ensure!(done == referrals::Referred::Referred, "{done:?}");
                        return Ok(());
                    }
                    Then::Closed(reason) => StatusChange::Closed {
                        reason,
                        duplicate_of: None,
                    },
                    Then::StaysOpen | Then::Problem => anyhow::bail!("nothing to conclude"),
                };
                let done =
                    concerns::change_status(db, clock, site, &self.permit, reference, &change)
                        .await?;
                anyhow::ensure!(done == concerns::StatusChanged::Changed, "{done:?}");
            }
            Step::PartnerReply(i) => {
                let c = &place.concerns[*i];
                let Then::PassedOn { partner, reply } = c.then else {
                    anyhow::bail!("concern {i} was not passed on");
                };
                let (reference, _) = self.concern(*i)?;
                let (organisation, person) = &shared.partners[partner];
                let agreed = referrals::answer_consent(
                    db,
                    clock,
                    self.residents[c.by],
                    reference,
                    *organisation,
                    true,
                )
                .await?;
                anyhow::ensure!(agreed, "the resident's answer on {reference}");
                let found = referrals::referred_concern(&**db, reference)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the concern {reference}"))?;
                let permit = policy::partner::work_on_referred(person.clone(), found)
                    .map_err(refused("partner"))?;
                let done = referrals::reply(db, clock, site, &permit, reply).await?;
                anyhow::ensure!(done == referrals::PartnerReplied::Sent, "{done:?}");
            }
            Step::AnswerImproved(i) => {
                let c = &place.concerns[*i];
                let answer = c.improved.unwrap_or(Improved::NotSure);
                let (reference, _) = self.concern(*i)?;
                let done =
                    concerns::answer_improved(db, clock, self.residents[c.by], reference, answer)
                        .await?;
                anyhow::ensure!(done == concerns::ResidentAction::Done, "{done:?}");
            }
            Step::OpenProblem => {
                let problem = self.problem_plan()?;
                let reference =
                    problems::open(db, clock, &self.permit, problem.title, problem.scanning)
                        .await?;
                let id = problems::detail(&**db, &self.n, &reference)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the problem {reference}"))?
                    .problem
                    .id;
                self.problem = Some((reference, id));
                counts.problems += 1;
            }
            Step::Analyse => {
                let [causes, victims, offenders, locations] =
                    self.problem_plan()?.analysis.map(String::from);
                let (reference, _) = self.problem()?;
                let done = problems::write_stage(
                    db,
                    clock,
                    &self.permit,
                    reference,
                    problems::StageWriting::Analysis {
                        causes,
                        victims,
                        offenders,
                        locations,
                    },
                )
                .await?;
                anyhow::ensure!(done == problems::ProblemChanged::Changed, "{done:?}");
            }
            Step::ShareProblem(p) => {
                let (reference, _) = self.problem()?;
                let (organisation, _) = &shared.partners[*p];
                let done = partners::share_problem(
                    db,
                    clock,
                    &self.permit,
                    reference,
                    *organisation,
                    true,
                )
                .await?;
                anyhow::ensure!(done == partners::Shared::Shared, "{done:?}");
            }
            Step::ProblemAction(a) => {
                let action = &self.problem_plan()?.actions[*a];
                let (reference, _) = self.problem()?;
                let mut entry = ActionEntry {
                    description: action.description.into(),
                    owner: action.owner.into(),
                    partner: String::new(),
                    on: day_start(now)?,
                };
                match action.by {
                    ActionBy::Team { partner } => {
                        entry.partner = partner.into();
                        let done = problems::add_action(db, clock, &self.permit, reference, &entry)
                            .await?;
                        anyhow::ensure!(done == problems::ProblemChanged::Changed, "{done:?}");
                    }
                    ActionBy::Partner(p) => {
                        let (_, person) = &shared.partners[p];
                        let found = partners::shared_problem(&**db, reference)
                            .await?
                            .ok_or_else(|| anyhow::anyhow!("the problem {reference}"))?;
                        let permit = policy::partner::work_on_shared(person.clone(), found)
                            .map_err(refused("partner"))?;
                        let added = partners::add_action(db, clock, &permit, &entry).await?;
                        anyhow::ensure!(added, "the partner's action on {reference}");
                    }
                }
            }
            Step::PublishProblem => {
                let plan = self.problem_plan()?;
                let (title_cy, summary_cy) = (in_welsh(plan.title), in_welsh(plan.summary));
                let words = problems::PublicWords {
                    summary: plan.summary,
                    title_cy: title_cy.as_deref(),
                    summary_cy: summary_cy.as_deref(),
                };
                let (reference, _) = self.problem()?;
                let done =
                    problems::publish(db, clock, &self.permit, reference, Some(words)).await?;
                anyhow::ensure!(done == problems::ProblemChanged::Changed, "{done:?}");
            }
            Step::OpenVote {
                which,
                opens_at,
                closes_at,
            } => {
                let vote = place.vote(*which);
                // Options are in Welsh all together, or not at all.
                let all_in_welsh = vote.options.iter().all(|label| in_welsh(label).is_some());
                let entry = VoteEntry {
                    question: vote.question.into(),
                    question_cy: in_welsh(vote.question),
                    options: vote
                        .options
                        .iter()
                        .map(|label| OptionEntry {
                            label: label.to_string(),
                            label_cy: in_welsh(label).filter(|_| all_in_welsh),
                            concern: None,
                            problem: None,
                        })
                        .collect(),
                    most_choices: vote.most_choices,
                    opens_at: *opens_at,
                    closes_at: *closes_at,
                    eligibility: vote.eligibility,
                    show_running_totals: true,
                };
                let saved = votes::open(db, clock, &self.permit, &entry).await?;
                let votes::OptionsSaved::Saved { vote_id } = saved else {
                    anyhow::bail!("not opened: {saved:?}");
                };
                let options = vote_option::Entity::find()
                    .filter(vote_option::Column::VoteId.eq(vote_id))
                    .order_by_asc(vote_option::Column::Position)
                    .all(&**db)
                    .await?
                    .into_iter()
                    .map(|o| o.id)
                    .collect();
                self.votes.insert(*which, (vote_id, options));
                counts.votes += 1;
            }
            Step::Ballot(which, b) => {
                let (resident, chosen) = place.vote(*which).ballots[*b];
                let (vote_id, options) = self.vote(*which)?;
                let request = votes::BallotRequest {
                    vote_id: *vote_id,
                    resident_id: self.residents[resident],
                    choices: chosen.iter().map(|&o| options[o]).collect(),
                    postcode_confirmed: true,
                };
                let voted = votes::cast(db, clock, &request).await?;
                anyhow::ensure!(matches!(voted, votes::Voted::Counted), "{voted:?}");
                counts.ballots += 1;
            }
            Step::Paper(which) => {
                let paper = place
                    .vote(*which)
                    .paper
                    .as_ref()
                    .ok_or_else(|| anyhow::anyhow!("no paper ballots"))?;
                let (vote_id, options) = self.vote(*which)?;
                let by_option: Vec<(i32, i32)> = options
                    .iter()
                    .copied()
                    .zip(paper.counts.iter().copied())
                    .collect();
                let recorded = votes::record_paper(
                    db,
                    clock,
                    &self.permit,
                    *vote_id,
                    &votes::PaperBallots {
                        label: paper.label,
                        ballots: paper.ballots,
                        counts: &by_option,
                    },
                )
                .await?;
                anyhow::ensure!(recorded == votes::PaperRecorded::Recorded, "{recorded:?}");
            }
            Step::Finalise => {
                votes::finalise_closed(db, clock).await?;
            }
            Step::SetPriority { index, issue_date } => {
                let source = match place.priorities[*index].source {
                    Source::Direct { issue, .. } => priorities::PrioritySource::Direct {
                        issue: issue.into(),
                        issue_date: *issue_date,
                    },
                    Source::ClosedVote => {
                        let (vote_id, _) = self.vote(Which::Closed)?;
                        let detail = votes::detail(&**db, *vote_id)
                            .await?
                            .ok_or_else(|| anyhow::anyhow!("the closed vote"))?;
                        let results = votes::results(&**db, &detail).await?;
                        let winner = results
                            .ranked
                            .first()
                            .ok_or_else(|| anyhow::anyhow!("the closed vote has no options"))?;
                        priorities::PrioritySource::VoteOption {
                            option_id: winner.option_id,
                        }
                    }
                    Source::Problem => priorities::PrioritySource::Problem {
                        problem_id: self.problem()?.1,
                        issue_date: *issue_date,
                    },
                };
                // A priority from a vote's option takes the option's Welsh with it.
                let set = priorities::set(db, clock, &self.permit, source, None).await?;
                let priorities::PrioritySet::Set { id } = set else {
                    anyhow::bail!("not set: {set:?}");
                };
                self.priorities[*index] = Some(id);
                counts.priorities += 1;
            }
            Step::PriorityAction(i, a) => {
                let (_, action) = place.priorities[*i].actions[*a];
                let id = self.priority(*i)?;
                let welsh = in_welsh(action);
                let done = priorities::add_action(
                    db,
                    clock,
                    &self.permit,
                    id,
                    action,
                    welsh.as_deref(),
                    day_start(now)?,
                )
                .await?;
                anyhow::ensure!(done == priorities::PriorityChanged::Changed, "{done:?}");
                counts.priority_actions += 1;
            }
            Step::Publish(u) => {
                let update = &place.updates[*u];
                let mut answers = Vec::new();
                for link in update.answers {
                    answers.push(match link {
                        Link::Priority(p) => Answers::Priority {
                            id: self.priority(*p)?,
                        },
                        Link::ClosedVote => Answers::Vote {
                            id: self.vote(Which::Closed)?.0,
                        },
                        Link::Problem => Answers::Problem {
                            reference: self.problem()?.0.clone(),
                        },
                        Link::Concern(c) => Answers::Concern {
                            reference: self.concern(*c)?.0.clone(),
                        },
                    });
                }
                let entry = UpdateEntry {
                    you_said: update.you_said.into(),
                    we_did: update.we_did.into(),
                    next_steps: update.next_steps.into(),
                    outcome: update.outcome.into(),
                    welsh: WelshUpdate {
                        you_said: in_welsh(update.you_said),
                        we_did: in_welsh(update.we_did),
                        next_steps: in_welsh(update.next_steps),
                        outcome: in_welsh(update.outcome),
                    },
                    published_on: day_start(now)?,
                    answers,
                };
                let published =
                    updates::publish(db, clock, site, &shared.keys, &self.permit, &entry).await?;
                anyhow::ensure!(
                    matches!(published, updates::Published::Published { .. }),
                    "{published:?}"
                );
                counts.updates += 1;
            }
            Step::AnswerSurvey(r) => {
                let answered = survey::answer(
                    db,
                    clock,
                    self.respondents[*r],
                    self.n.id,
                    &survey_answers(place.surveyed, *r),
                )
                .await?;
                anyhow::ensure!(answered == survey::Answered::Counted, "{answered:?}");
                counts.survey_answers += 1;
            }
            Step::FollowNeighbourhood(r) => {
                let item = Item {
                    kind: ItemKind::Neighbourhood,
                    id: self.n.id,
                };
                let changer = following::Changer::Resident(self.residents[*r]);
                let followed = following::follow(db, clock, changer, item).await?;
                anyhow::ensure!(followed == following::Followed::Followed, "{followed:?}");
            }
            Step::SendMessage(m) => {
                let message = &place.messages[*m];
                let entry = MessageEntry {
                    kind: message.kind,
                    title: message.title.into(),
                    body: message.body.into(),
                    expires_at: message
                        .lasts_days
                        .map(|days| day_start(now + (days + 1) * DAY))
                        .transpose()?,
                };
                let reference = team_messages::draft(db, clock, &self.permit, &entry).await?;
                let author = team_messages::Author::Team(&self.permit);
                let sent = team_messages::send(db, clock, author, &reference, now).await?;
                anyhow::ensure!(sent == team_messages::Step::Done, "{sent:?}");
                message_delivery::queue_due(db, clock).await?;
                while message_delivery::hand_out(db, clock, site, &shared.keys, 500).await? > 0 {}
                self.messages[*m] = Some(reference);
                counts.messages += 1;
            }
            Step::ReplyToMessage(m) => {
                let reply = self.reply_plan(*m)?;
                let reference = self.message(*m)?;
                let replied = message_replies::reply(
                    db,
                    clock,
                    self.residents[reply.by],
                    reference,
                    reply.text,
                )
                .await?;
                anyhow::ensure!(replied == message_replies::Replied::Sent, "{replied:?}");
            }
            Step::AnswerReply(m) => {
                let reply = self.reply_plan(*m)?;
                let reference = self.message(*m)?;
                let message = team_message::Entity::find()
                    .filter(team_message::Column::Reference.eq(reference))
                    .one(&**db)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the message {reference}"))?;
                let thread = message_thread::Entity::find()
                    .filter(message_thread::Column::MessageId.eq(message.id))
                    .filter(message_thread::Column::ResidentId.eq(self.residents[reply.by].get()))
                    .one(&**db)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the reply to {reference}"))?
                    .reference;
                let answered = message_replies::answer(
                    db,
                    clock,
                    site,
                    &self.permit,
                    &thread,
                    // The team has read everything the resident wrote.
                    i32::MAX,
                    reply.answer,
                )
                .await?;
                anyhow::ensure!(answered == message_replies::Answered::Sent, "{answered:?}");
            }
            Step::RegisterGroup => {
                let plan = self.group_plan()?;
                let organiser = self.residents[plan.organiser];
                let reference = register_group(
                    shared,
                    clock,
                    organiser,
                    (plan.name, plan.kind, plan.description),
                    self.n.id,
                    &format!("demo-{}-group", place.code),
                )
                .await?;
                self.group = Some(reference);
                let group_id = self.group(db).await?.group.id;
                groups::set_show_name(db, organiser, group_id, true).await?;
                counts.groups += 1;
            }
            Step::VerifyGroup => {
                let permit = self.group_permit(db).await?;
                let decided =
                    groups::decide(db, clock, site, &permit, &groups::Decision::Verify).await?;
                anyhow::ensure!(decided == groups::Decided::Decided, "{decided:?}");
            }
            Step::JoinGroup(r) => {
                // Asked to join, and approved by the organiser an hour later.
                let group = self.group(db).await?;
                let organiser = self.residents[self.group_plan()?.organiser];
                let resident = self.residents[*r];
                let asked = groups::request_to_join(db, clock, site, resident, &group).await?;
                anyhow::ensure!(asked == groups::Requested::Requested, "{asked:?}");
                let membership = groups::membership(&**db, group.group.id, resident)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the request to join"))?;
                let approved = groups::change_member(
                    db,
                    &at(now + HOUR),
                    site,
                    organiser,
                    &group,
                    membership.id,
                    groups::MemberChange::Approve,
                )
                .await?;
                anyhow::ensure!(approved == groups::MemberChanged::Changed, "{approved:?}");
                groups::set_show_name(db, resident, group.group.id, true).await?;
            }
            Step::Follow(f) => {
                let (p, _) = self.group_plan()?.follows[*f];
                let group_id = self.group(db).await?.group.id;
                let item = Item {
                    kind: ItemKind::Priority,
                    id: self.priority(p)?,
                };
                let changer = following::Changer::Organiser {
                    group_id,
                    resident_id: self.residents[self.group_plan()?.organiser],
                };
                let followed = following::follow(db, clock, changer, item).await?;
                anyhow::ensure!(followed == following::Followed::Followed, "{followed:?}");
            }
            Step::GroupMeeting => {
                let meeting = self
                    .group_plan()?
                    .meeting
                    .as_ref()
                    .ok_or_else(|| anyhow::anyhow!("no meeting"))?;
                let mut priority_ids = Vec::new();
                for &p in meeting.priorities {
                    priority_ids.push(self.priority(p)?);
                }
                let permit = self.group_permit(db).await?;
                let entry = MeetingEntry {
                    neighbourhood_id: self.n.id,
                    met_on: day_start(now)?,
                    attendees: meeting.attendees,
                    notes: meeting.notes.into(),
                    priority_ids,
                };
                group_meetings::record(db, clock, &permit, &entry).await?;
            }
            Step::RegisterPendingGroup => {
                let plan = place
                    .pending_group
                    .as_ref()
                    .ok_or_else(|| anyhow::anyhow!("no group waiting"))?;
                register_group(
                    shared,
                    clock,
                    self.residents[plan.organiser],
                    (plan.name, plan.kind, plan.description),
                    self.n.id,
                    &format!("demo-{}-pending-group", place.code),
                )
                .await?;
                counts.groups += 1;
            }
            Step::ScheduleHeld => {
                let venue = venue::Entity::find()
                    .filter(venue::Column::NeighbourhoodId.eq(self.n.id))
                    .order_by_asc(venue::Column::Id)
                    .one(&**db)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("no venue"))?;
                let entry = ScheduleEntry {
                    venue_id: venue.id,
                    title: HELD_TITLE.into(),
                    description: format!(
                        "Meet the team at {} every other Saturday morning: book a 20-minute slot to talk about anything that worries you locally.",
                        venue.name
                    ),
                    title_cy: String::new(),
                    description_cy: String::new(),
                    plan: BookingPlan::Slots {
                        minutes: 20,
                        places: 2,
                    },
                    schedule: held_schedule(now + 70 * DAY),
                };
                let scheduled = surgeries::schedule(db, clock, &self.permit, entry).await?;
                let surgeries::Scheduled::Scheduled { occurrences, .. } = scheduled else {
                    anyhow::bail!("not scheduled: {scheduled:?}");
                };
                let series = surgery_series::Entity::find()
                    .filter(surgery_series::Column::NeighbourhoodId.eq(self.n.id))
                    .filter(surgery_series::Column::Title.eq(HELD_TITLE))
                    .one(&**db)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the series just scheduled"))?;
                self.held = surgery::Entity::find()
                    .filter(surgery::Column::SeriesId.eq(series.id))
                    .order_by_asc(surgery::Column::StartsAt)
                    .all(&**db)
                    .await?
                    .into_iter()
                    .map(|s| s.id)
                    .collect();
                anyhow::ensure!(self.held.len() == occurrences, "{occurrences} scheduled");
                counts.surgeries_held += occurrences;
            }
            Step::BookHeld {
                occurrence,
                slot: j,
            } => {
                let surgery_id = self.held[*occurrence];
                let slots = slots_of(db, surgery_id).await?;
                let resident = (occurrence + j) % self.residents.len();
                let request = bookings::BookingRequest {
                    surgery_id,
                    slot_id: slots[*j],
                    resident_id: self.residents[resident],
                    topic: TOPICS[resident].into(),
                    adjustments: String::new(),
                    idempotency_key: format!("demo-{}-held-{occurrence}-{j}", place.code),
                    wait_if_full: false,
                };
                let booked = bookings::book(db, clock, site, &request).await?;
                anyhow::ensure!(
                    matches!(booked, bookings::Booked::Booked { .. }),
                    "{booked:?}"
                );
                counts.bookings += 1;
            }
            Step::WalkInHeld => {
                // Someone who walked in half an hour into the first surgery, booked by the team.
                let surgery_id = self.held[0];
                let slots = slots_of(db, surgery_id).await?;
                let (name, topic) = ("Dee Example", "Walked in: advice about a scam phone call");
                self.walk_in(shared, clock, (surgery_id, slots[4]), name, topic)
                    .await?;
                counts.bookings += 1;
            }
            Step::RecordAttendance(k) => {
                let booked = booking::Entity::find()
                    .filter(booking::Column::SurgeryId.eq(self.held[*k]))
                    .filter(booking::Column::Status.eq(BookingStatus::Booked))
                    .order_by_asc(booking::Column::Id)
                    .all(&**db)
                    .await?;
                for (j, b) in booked.iter().enumerate() {
                    // The last resident who booked online did not come, nor, every other
                    // time, the one before; everyone else did (the walk-in too).
                    let missed =
                        j + 1 == BOOKED_PER_HELD || (k % 2 == 1 && j + 2 == BOOKED_PER_HELD);
                    let attendance = if missed {
                        Attendance::DidNotAttend
                    } else {
                        Attendance::Attended
                    };
                    let recorded =
                        occurrences::record_attendance(db, clock, &self.permit, b.id, attendance)
                            .await?;
                    anyhow::ensure!(
                        recorded == occurrences::AttendanceOutcome::Recorded,
                        "{recorded:?}"
                    );
                }
            }
            Step::BookAhead(j) => {
                // Two residents fill the first slot; a third has the second.
                let Some((surgery_id, slots)) = self.ahead(db, now).await? else {
                    return Ok(());
                };
                let request = bookings::BookingRequest {
                    surgery_id,
                    slot_id: slots[if *j < 2 { 0 } else { 1 }],
                    resident_id: self.residents[*j],
                    topic: TOPICS[*j].into(),
                    adjustments: if *j == 1 {
                        "I use a wheelchair".into()
                    } else {
                        String::new()
                    },
                    idempotency_key: format!("demo-{}-ahead-{j}", place.code),
                    wait_if_full: false,
                };
                let booked = bookings::book(db, clock, site, &request).await?;
                anyhow::ensure!(
                    matches!(booked, bookings::Booked::Booked { .. }),
                    "{booked:?}"
                );
                counts.bookings += 1;
            }
            Step::WaitAhead => {
                // The first slot is full: the next resident joins its waiting list.
                let Some((surgery_id, slots)) = self.ahead(db, now).await? else {
                    return Ok(());
                };
                let request = bookings::BookingRequest {
                    surgery_id,
                    slot_id: slots[0],
                    resident_id: self.residents[3],
                    topic: TOPICS[3].into(),
                    adjustments: String::new(),
                    idempotency_key: format!("demo-{}-ahead-waiting", place.code),
                    wait_if_full: true,
                };
                let booked = bookings::book(db, clock, site, &request).await?;
                anyhow::ensure!(booked == bookings::Booked::Waiting, "{booked:?}");
                counts.waiting += 1;
            }
            Step::WalkInAhead => {
                // Booked by the team for someone who telephoned (assisted digital).
                let Some((surgery_id, slots)) = self.ahead(db, now).await? else {
                    return Ok(());
                };
                let topic = "Booked by telephone: a neighbour's dog barking at night";
                self.walk_in(shared, clock, (surgery_id, slots[2]), "Lou Example", topic)
                    .await?;
                counts.bookings += 1;
            }
            Step::Duty(entry) => {
                let kept = duty_time::record(db, clock, &self.permit, entry).await?;
                anyhow::ensure!(kept == duty_time::Recording::Kept, "{kept:?}");
                counts.time_records += 1;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// When the first step matching `found` happens.
    fn when(steps: &[(i64, Step)], found: impl Fn(&Step) -> bool) -> i64 {
        steps
            .iter()
            .find(|(_, step)| found(step))
            .map(|(at, _)| *at)
            .unwrap_or_else(|| panic!("no such step"))
    }

    /// The story holds whatever the moment it is loaded at: every hour of the day, every day
    /// of the week, both clock changes. Every step happens before loading, and each happens
    /// after what it needs.
    #[test]
    fn every_step_happens_before_loading_and_after_what_it_needs_at_any_time_of_year() {
        let new_year_2026 = 1_767_225_600;
        for n in 0..(366 * 24 / 7) {
            let now = new_year_2026 + n * 7 * HOUR + 13 * 60;
            for place in &PLACES {
                let steps = steps(place, "Somewhere", now).unwrap_or_else(|e| panic!("{e}"));
                let before = |a: i64, b: i64, what: &str| {
                    assert!(a < b, "{what} in {} when loaded at {now}", place.code);
                };
                for (index, p) in place.priorities.iter().enumerate() {
                    let set = when(
                        &steps,
                        |s| matches!(s, Step::SetPriority { index: i, .. } if *i == index),
                    );
                    for a in 0..p.actions.len() {
                        let acted = when(
                            &steps,
                            |s| matches!(s, Step::PriorityAction(i, b) if (*i, *b) == (index, a)),
                        );
                        before(set, acted, "a priority's action");
                    }
                    match p.source {
                        Source::ClosedVote => before(
                            when(&steps, |s| matches!(s, Step::Finalise)),
                            set,
                            "the vote's close",
                        ),
                        Source::Problem => before(
                            when(&steps, |s| matches!(s, Step::OpenProblem)),
                            set,
                            "the problem",
                        ),
                        Source::Direct { .. } => {}
                    }
                    for (u, update) in place.updates.iter().enumerate() {
                        if update
                            .answers
                            .iter()
                            .any(|l| matches!(l, Link::Priority(i) if *i == index))
                        {
                            before(
                                set,
                                when(&steps, |s| matches!(s, Step::Publish(x) if *x == u)),
                                "an update answering a priority",
                            );
                        }
                    }
                }
                for (i, c) in place.concerns.iter().enumerate() {
                    let raised = when(&steps, |s| matches!(s, Step::Raise(x) if *x == i));
                    if matches!(c.then, Then::Problem) {
                        before(
                            when(&steps, |s| matches!(s, Step::OpenProblem)),
                            when(&steps, |s| matches!(s, Step::LinkToProblem(x) if *x == i)),
                            "the problem a concern joins",
                        );
                    }
                    if c.for_group {
                        before(
                            when(&steps, |s| matches!(s, Step::VerifyGroup)),
                            raised,
                            "the group a concern is put forward for",
                        );
                    }
                    for (u, update) in place.updates.iter().enumerate() {
                        if update
                            .answers
                            .iter()
                            .any(|l| matches!(l, Link::Concern(x) if *x == i))
                        {
                            before(
                                raised,
                                when(&steps, |s| matches!(s, Step::Publish(x) if *x == u)),
                                "an update answering a concern",
                            );
                        }
                    }
                }
                if let Some(group) = &place.group {
                    for (f, (p, _)) in group.follows.iter().enumerate() {
                        before(
                            when(
                                &steps,
                                |s| matches!(s, Step::SetPriority { index, .. } if index == p),
                            ),
                            when(&steps, |s| matches!(s, Step::Follow(x) if *x == f)),
                            "a priority the group follows",
                        );
                    }
                    for p in group.meeting.iter().flat_map(|m| m.priorities) {
                        before(
                            when(
                                &steps,
                                |s| matches!(s, Step::SetPriority { index, .. } if index == p),
                            ),
                            when(&steps, |s| matches!(s, Step::GroupMeeting)),
                            "a priority discussed at the meeting",
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn each_place_has_a_vote_open_when_loaded_and_one_closed_with_ballots() {
        for place in &PLACES {
            assert!(place.open_vote.opens < 0 && place.open_vote.closes > 0);
            assert!(place.closed_vote.closes < 0);
            assert!(!place.closed_vote.ballots.is_empty() && !place.open_vote.ballots.is_empty());
            for vote in [&place.closed_vote, &place.open_vote] {
                for (_, chosen) in vote.ballots {
                    assert!(chosen.len() <= vote.most_choices as usize);
                    assert!(chosen.iter().all(|o| *o < vote.options.len()));
                }
                if let Some(paper) = &vote.paper {
                    let chosen: i32 = paper.counts.iter().sum();
                    assert!(chosen <= paper.ballots * vote.most_choices);
                }
            }
        }
    }
}
