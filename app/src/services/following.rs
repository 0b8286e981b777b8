//! Following and tracking: groups and residents follow priorities, published SARA problems (their
//! public summary, stages and updates: a problem's actions are the team's working notes),
//! votes and whole neighbourhoods; a group also tracks the concerns it put forward. Each
//! tracked item has a timeline, oldest first, of every status change, reply, action and "you
//! said, we did" update on it, read from the tables those changes are written to. The group
//! dashboard, its CSV record and the alert emails all read these timelines.
//!
//! Kinds, statuses and events are kept as what they are, with only the data people wrote (and
//! a team's Welsh beside its English): each reader words them in their own language.

use crate::domain::concern::{close_reason_words_in, status_label_in, status_words_in};
use crate::domain::group::{Item, is_stale, item_kind_words};
use crate::domain::ids::ResidentId;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::domain::priority::status_in as priority_status_in;
pub use crate::i18n::Written;
use crate::i18n::{DATA, Language, StaffText};
use crate::services::clock::Clock;
use crate::services::priorities::priority_path;
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::votes::vote_path;
use crate::services::write::{Database, Write};
use crate::t_in;
use entity::community_group::{self, GroupStatus};
use entity::concern::{self, CloseReason, ConcernStatus};
use entity::concern_event::{self, EventKind};
use entity::follow::{self, ItemKind};
use entity::priority::PriorityStatus;
use entity::problem::{self, SaraStage};
use entity::{
    alert_sent, concern_category, neighbourhood, priority, priority_action, priority_status_change,
    team_update, update_link, vote, vote_option,
};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde::Serialize;

/// Who follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follower {
    Resident(ResidentId),
    Group(i32),
}

impl Follower {
    fn condition(self) -> Condition {
        match self {
            Follower::Resident(id) => Condition::all().add(follow::Column::ResidentId.eq(id)),
            Follower::Group(id) => Condition::all().add(follow::Column::GroupId.eq(id)),
        }
    }
}

/// Who changes what is followed: a resident for themselves, or a resident for a group they
/// organise (checked inside the change, under the group's lock, so someone stepping down as it
/// happens changes nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changer {
    Resident(ResidentId),
    Organiser {
        group_id: i32,
        resident_id: ResidentId,
    },
}

impl Changer {
    fn follower(self) -> Follower {
        match self {
            Changer::Resident(id) => Follower::Resident(id),
            Changer::Organiser { group_id, .. } => Follower::Group(group_id),
        }
    }

    /// Whether they may change what is followed now: always for themselves; for a group, while
    /// they organise it (after taking the group's lock).
    async fn may_change(self, txn: &Write) -> Result<bool, DbErr> {
        match self {
            Changer::Resident(_) => Ok(true),
            Changer::Organiser {
                group_id,
                resident_id,
            } => {
                crate::services::groups::lock_group(txn, group_id).await?;
                // A group closed meanwhile follows nothing new.
                let open = community_group::Entity::find_by_id(group_id)
                    .one(txn)
                    .await?
                    .is_some_and(|group| group.status != GroupStatus::Closed);
                let membership =
                    crate::services::groups::membership(txn, group_id, resident_id).await?;
                Ok(open
                    && membership
                        .as_ref()
                        .is_some_and(crate::policy::group::organises))
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Followed {
    Followed,
    AlreadyFollowing,
    /// Nothing public of that kind with that id.
    NoSuchItem,
    /// Only a group's organisers change what it follows.
    NotAnOrganiser,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unfollowed {
    Stopped,
    NotFollowing,
    /// Only a group's organisers change what it follows.
    NotAnOrganiser,
}

/// Whether an item exists and is public (a problem only once published).
pub async fn is_followable<C: ConnectionTrait>(conn: &C, item: Item) -> Result<bool, DbErr> {
    Ok(match item.kind {
        ItemKind::Priority => priority::Entity::find_by_id(item.id)
            .one(conn)
            .await?
            .is_some(),
        ItemKind::Problem => problem::Entity::find_by_id(item.id)
            .one(conn)
            .await?
            .is_some_and(|p| p.published),
        ItemKind::Vote => vote::Entity::find_by_id(item.id).one(conn).await?.is_some(),
        ItemKind::Neighbourhood => neighbourhood::Entity::find_by_id(item.id)
            .one(conn)
            .await?
            .is_some(),
    })
}

pub async fn follow(
    db: &Database,
    clock: &Clock,
    changer: Changer,
    item: Item,
) -> Result<Followed, DbErr> {
    let txn = db.write().await?;
    if !changer.may_change(&txn).await? {
        return Ok(Followed::NotAnOrganiser);
    }
    if !is_followable(&txn, item).await? {
        return Ok(Followed::NoSuchItem);
    }
    let (group_id, resident_id, conflict) = match changer.follower() {
        Follower::Resident(id) => (None, Some(id.get()), follow::Column::ResidentId),
        Follower::Group(id) => (Some(id), None, follow::Column::GroupId),
    };
    let inserted = follow::Entity::insert(follow::ActiveModel {
        id: NotSet,
        group_id: Set(group_id),
        resident_id: Set(resident_id),
        item_kind: Set(item.kind),
        item_id: Set(item.id),
        created_at: Set(clock.now()),
    })
    .on_conflict(
        OnConflict::columns([conflict, follow::Column::ItemKind, follow::Column::ItemId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(if inserted == 1 {
        Followed::Followed
    } else {
        Followed::AlreadyFollowing
    })
}

/// Stops following.
pub async fn unfollow(db: &Database, changer: Changer, item: Item) -> Result<Unfollowed, DbErr> {
    let txn = db.write().await?;
    if !changer.may_change(&txn).await? {
        return Ok(Unfollowed::NotAnOrganiser);
    }
    let removed = follow::Entity::delete_many()
        .filter(changer.follower().condition())
        .filter(follow::Column::ItemKind.eq(item.kind))
        .filter(follow::Column::ItemId.eq(item.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(if removed.rows_affected == 1 {
        Unfollowed::Stopped
    } else {
        Unfollowed::NotFollowing
    })
}

/// What a follower follows, oldest first.
pub async fn follows<C: ConnectionTrait>(
    conn: &C,
    follower: Follower,
) -> Result<Vec<follow::Model>, DbErr> {
    follow::Entity::find()
        .filter(follower.condition())
        .order_by_asc(follow::Column::CreatedAt)
        .order_by_asc(follow::Column::Id)
        .all(conn)
        .await
}

/// Whether `follower` follows `item`.
pub async fn is_following<C: ConnectionTrait>(
    conn: &C,
    follower: Follower,
    item: Item,
) -> Result<bool, DbErr> {
    Ok(follow::Entity::find()
        .filter(follower.condition())
        .filter(follow::Column::ItemKind.eq(item.kind))
        .filter(follow::Column::ItemId.eq(item.id))
        .one(conn)
        .await?
        .is_some())
}

/// Something tracked: an item followed, or a concern the group put forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tracked {
    Followed(Item),
    PutForward { concern_id: i32 },
}

/// What kind of thing happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Happening {
    Raised,
    Set,
    Opened,
    StatusChanged,
    Reply,
    GroupReply,
    /// A partner organisation the concern was passed to wrote.
    PartnerReply,
    Action,
    Update,
    Closed,
    Results,
}

impl Happening {
    /// What happened, in `language`: "Team reply".
    pub fn words(self, language: Language) -> String {
        language.text(match self {
            Happening::Raised => "group-event-raised",
            Happening::Set => "group-event-set",
            Happening::Opened => "group-event-opened",
            Happening::StatusChanged => "group-event-status-changed",
            Happening::Reply => "group-event-reply",
            Happening::GroupReply => "group-event-group-reply",
            Happening::PartnerReply => "group-event-partner-reply",
            Happening::Action => "group-event-action",
            Happening::Update => "group-event-update",
            Happening::Closed => "group-event-closed",
            Happening::Results => "group-event-results",
        })
    }

    /// Whether it is the team responding (what "last updated" counts), not the group.
    pub fn by_team(self) -> bool {
        !matches!(self, Happening::Raised | Happening::GroupReply)
    }
}

/// A sentence in a language, with what someone wrote in it where the message has `DATA`: kept
/// apart, so that a page can mark it `lang="en"` when it is the English on a page in another
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub words: String,
    pub written: Option<StaffText>,
}

impl Phrase {
    fn ours(words: String) -> Self {
        Phrase {
            words,
            written: None,
        }
    }

    /// `words` (a message given `DATA`) with `written`, as `language` shows it, in its place.
    fn with(words: String, written: &Written, language: Language) -> Self {
        Phrase {
            words,
            written: Some(written.chosen(language)),
        }
    }

    /// As plain text (an email, a download): what was written put in its place.
    pub fn plain(&self) -> String {
        match &self.written {
            Some(written) => self.words.replacen(DATA, &written.text, 1),
            None => self.words.clone(),
        }
    }
}

/// What kind of thing is tracked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrackedKind {
    Item(ItemKind),
    Concern { reference: String },
}

impl TrackedKind {
    /// In `language`: "Priority", "Concern NC-1234".
    pub fn words(&self, language: Language) -> String {
        match self {
            TrackedKind::Item(kind) => item_kind_words(*kind, language),
            TrackedKind::Concern { reference } => t_in!(
                language,
                "group-item-concern",
                reference = reference.as_str()
            ),
        }
    }
}

/// What a tracked item is called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrackedTitle {
    /// As its team wrote it (a priority's issue, a vote's question), or its group (a concern's
    /// category and place).
    Written(Written),
    /// A whole neighbourhood, named in the portal's words: "Harborne neighbourhood".
    Neighbourhood { name: String },
}

impl TrackedTitle {
    /// As a page or an email in `language` shows it.
    pub fn chosen(&self, language: Language) -> StaffText {
        match self {
            TrackedTitle::Written(written) => written.chosen(language),
            TrackedTitle::Neighbourhood { name } => StaffText {
                text: t_in!(
                    language,
                    "group-item-neighbourhood-title",
                    neighbourhood = name.as_str()
                ),
                lang: None,
            },
        }
    }
}

/// Where a tracked item has got to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrackedStatus {
    Priority(PriorityStatus),
    /// A problem's SARA stage.
    Problem(SaraStage),
    VoteOpenOrUpcoming,
    VoteResultsPublished,
    /// A whole neighbourhood: how many priorities it has that are not retired.
    Neighbourhood {
        current_priorities: usize,
    },
    Concern {
        status: ConcernStatus,
        /// Why it was closed, while it is.
        closed_because: Option<CloseReason>,
    },
}

impl TrackedStatus {
    /// In `language`: "Action under way", "Closed: action was taken".
    pub fn words(self, language: Language) -> String {
        match self {
            TrackedStatus::Priority(status) => priority_status_in(status, language),
            TrackedStatus::Problem(stage) => stage_in(stage, language),
            TrackedStatus::VoteOpenOrUpcoming => language.text("account-vote-open"),
            TrackedStatus::VoteResultsPublished => language.text("account-vote-results-published"),
            TrackedStatus::Neighbourhood { current_priorities } => t_in!(
                language,
                "account-neighbourhood-priorities",
                count = current_priorities
            ),
            TrackedStatus::Concern {
                status,
                closed_because: None,
            } => status_label_in(status, language),
            TrackedStatus::Concern {
                status,
                closed_because: Some(reason),
            } => t_in!(
                language,
                "concern-status-with-reason",
                status = status_label_in(status, language),
                reason = close_reason_words_in(reason, language)
            ),
        }
    }

    /// Resolved, retired, assessed, decided or closed: no longer waiting for the team.
    pub fn is_finished(self) -> bool {
        match self {
            TrackedStatus::Priority(status) => {
                matches!(status, PriorityStatus::Resolved | PriorityStatus::Retired)
            }
            TrackedStatus::Problem(stage) => stage == SaraStage::Assessment,
            TrackedStatus::VoteResultsPublished => true,
            TrackedStatus::VoteOpenOrUpcoming | TrackedStatus::Neighbourhood { .. } => false,
            TrackedStatus::Concern { status, .. } => status == ConcernStatus::Closed,
        }
    }
}

/// A SARA stage's name, in `language`.
fn stage_in(stage: SaraStage, language: Language) -> String {
    crate::domain::problem::stage_in(stage, language).0
}

/// What an event on a timeline says: the portal's words for it, and only the data they are
/// about (what staff, residents or groups wrote; times as UTC seconds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventText {
    /// What someone wrote, as it stands: an action, a reply, a problem's public summary.
    Written(Written),
    /// "Set as a local priority: Speeding"
    PrioritySet { issue: Written },
    /// "Now: Action under way"
    PriorityNow(PriorityStatus),
    /// "Moved on to Analysis"
    StageReached(SaraStage),
    /// "The team began work on: Litter" (a problem with no public summary)
    WorkBegun { title: Written },
    /// "Vote announced: open from … to …"
    VoteAnnounced { opens_at: i64, closes_at: i64 },
    /// "The results were published"
    ResultsPublished,
    /// "Made a local priority: Speeding" (an option of a vote followed)
    MadePriority { issue: Written },
    /// "New local priority: Speeding" (in a neighbourhood followed)
    NewPriority { issue: Written },
    /// "New vote: Which first?"
    NewVote { question: Written },
    /// "You said: … We did: … Next: …" (next steps only if the team gave them)
    Update {
        you_said: Written,
        we_did: Written,
        next_steps: Written,
    },
    /// What a group put forward, and whether it proposed it for the next priority vote.
    PutForward {
        description: Written,
        proposed_for_vote: bool,
    },
    /// A concern's status changed, with who it was passed to or the local problem it is part
    /// of (empty if neither): "Passed to a partner who can act on it: the council".
    ConcernStatusChanged {
        status: ConcernStatus,
        detail: Written,
    },
    /// A concern was closed, and why (with the concern it is the same as, for a duplicate).
    ConcernClosed {
        reason: CloseReason,
        duplicate_of: Option<String>,
    },
}

impl EventText {
    /// In `language`: one phrase, or one for each part of an update.
    pub fn phrases(&self, language: Language) -> Vec<Phrase> {
        let with = |words: String, written: &Written| Phrase::with(words, written, language);
        let phrase = match self {
            EventText::Written(text) => with(DATA.to_string(), text),
            EventText::PrioritySet { issue } => with(
                t_in!(language, "group-timeline-priority-set", issue = DATA),
                issue,
            ),
            EventText::PriorityNow(status) => Phrase::ours(t_in!(
                language,
                "group-timeline-priority-now",
                status = priority_status_in(*status, language)
            )),
            EventText::StageReached(stage) => Phrase::ours(t_in!(
                language,
                "group-timeline-stage-reached",
                stage = stage_in(*stage, language)
            )),
            EventText::WorkBegun { title } => with(
                t_in!(language, "group-timeline-work-begun", title = DATA),
                title,
            ),
            EventText::VoteAnnounced {
                opens_at,
                closes_at,
            } => Phrase::ours(t_in!(
                language,
                "group-timeline-vote-announced",
                opens = language.time(*opens_at),
                closes = language.time(*closes_at)
            )),
            EventText::ResultsPublished => {
                Phrase::ours(language.text("group-timeline-results-published"))
            }
            EventText::MadePriority { issue } => with(
                t_in!(language, "group-timeline-made-priority", issue = DATA),
                issue,
            ),
            EventText::NewPriority { issue } => with(
                t_in!(language, "group-timeline-new-priority", issue = DATA),
                issue,
            ),
            EventText::NewVote { question } => with(
                t_in!(language, "group-timeline-new-vote", question = DATA),
                question,
            ),
            EventText::Update {
                you_said,
                we_did,
                next_steps,
            } => {
                let mut phrases = vec![
                    with(
                        t_in!(language, "email-update-you-said", text = DATA),
                        you_said,
                    ),
                    with(t_in!(language, "email-update-we-did", text = DATA), we_did),
                ];
                // As the update's page and email do: by the words this reader gets.
                if !next_steps.chosen(language).text.is_empty() {
                    phrases.push(with(
                        t_in!(language, "group-timeline-next", text = DATA),
                        next_steps,
                    ));
                }
                return phrases;
            }
            EventText::PutForward {
                description,
                proposed_for_vote: true,
            } => with(
                t_in!(language, "group-timeline-proposed", description = DATA),
                description,
            ),
            EventText::PutForward {
                description,
                proposed_for_vote: false,
            } => with(DATA.to_string(), description),
            EventText::ConcernStatusChanged { status, detail } => {
                let words = status_words_in(*status, language);
                if detail.english.is_empty() {
                    Phrase::ours(words)
                } else {
                    with(
                        t_in!(
                            language,
                            "concern-status-with-reason",
                            status = words,
                            reason = DATA
                        ),
                        detail,
                    )
                }
            }
            EventText::ConcernClosed {
                reason,
                duplicate_of,
            } => Phrase::ours(t_in!(
                language,
                "concern-status-with-reason",
                status = status_words_in(ConcernStatus::Closed, language),
                reason = match duplicate_of {
                    Some(other) => t_in!(
                        language,
                        "concern-close-duplicate-of",
                        reference = other.as_str()
                    ),
                    None => close_reason_words_in(*reason, language),
                }
            )),
        };
        vec![phrase]
    }

    /// In `language`, as plain text (an email, a download).
    pub fn plain(&self, language: Language) -> String {
        self.phrases(language)
            .iter()
            .map(Phrase::plain)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    pub happening: Happening,
    pub text: EventText,
}

/// An item with its timeline, as a dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackedItem {
    pub tracked: Tracked,
    pub kind: TrackedKind,
    pub title: TrackedTitle,
    /// Its public page, if it has one the reader may open.
    pub link: Option<String>,
    pub neighbourhood: String,
    pub status: TrackedStatus,
    /// When tracking began (followed, or put forward).
    pub since: i64,
    /// Oldest first.
    pub events: Vec<Event>,
}

impl TrackedItem {
    /// An item with no timeline yet.
    fn new(
        tracked: Tracked,
        kind: TrackedKind,
        title: TrackedTitle,
        link: Option<String>,
        neighbourhood: &neighbourhood::Model,
        status: TrackedStatus,
    ) -> Self {
        TrackedItem {
            tracked,
            kind,
            title,
            link,
            neighbourhood: neighbourhood.name.clone(),
            status,
            since: 0,
            events: Vec::new(),
        }
    }

    /// The team's most recent response.
    pub fn last_response(&self) -> Option<&Event> {
        self.events.iter().rev().find(|e| e.happening.by_team())
    }

    /// When the team last touched it (or, if never, when it was first tracked or raised).
    pub fn last_team_update(&self) -> i64 {
        self.last_response()
            .map(|e| e.at)
            .or_else(|| self.events.first().map(|e| e.at))
            .unwrap_or(self.since)
    }

    /// No update from the team for three months.
    pub fn is_stale(&self, now: i64) -> bool {
        !self.status.is_finished() && is_stale(self.last_team_update(), now)
    }

    /// What the team did to it in `[from, to)`: what an alert tells.
    pub fn team_events_between(&self, from: i64, to: i64) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |e| e.happening.by_team() && e.at >= from && e.at < to)
    }
}

/// Everything a group tracks: what it follows and the concerns it put forward, each with its
/// timeline. Items no longer there (a deleted vote) are left out.
pub async fn for_group<C: ConnectionTrait>(
    conn: &C,
    group_id: i32,
) -> Result<Vec<TrackedItem>, DbErr> {
    let mut tracked = followed(conn, Follower::Group(group_id)).await?;
    tracked.extend(
        put_forward(conn, group_id)
            .await?
            .into_iter()
            .map(|c| (Tracked::PutForward { concern_id: c.id }, c.created_at)),
    );
    items(conn, tracked).await
}

/// What a follower follows, as tracked items with when they began following.
async fn followed<C: ConnectionTrait>(
    conn: &C,
    follower: Follower,
) -> Result<Vec<(Tracked, i64)>, DbErr> {
    Ok(follows(conn, follower)
        .await?
        .into_iter()
        .map(|f| {
            let item = Item {
                kind: f.item_kind,
                id: f.item_id,
            };
            (Tracked::Followed(item), f.created_at)
        })
        .collect())
}

/// The concerns a group put forward, oldest first.
pub async fn put_forward<C: ConnectionTrait>(
    conn: &C,
    group_id: i32,
) -> Result<Vec<concern::Model>, DbErr> {
    concern::Entity::find()
        .filter(concern::Column::GroupId.eq(group_id))
        .order_by_asc(concern::Column::CreatedAt)
        .order_by_asc(concern::Column::Id)
        .all(conn)
        .await
}

/// What a resident follows themselves.
pub async fn for_resident<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
) -> Result<Vec<TrackedItem>, DbErr> {
    let tracked = followed(conn, Follower::Resident(resident_id)).await?;
    items(conn, tracked).await
}

async fn items<C: ConnectionTrait>(
    conn: &C,
    tracked: Vec<(Tracked, i64)>,
) -> Result<Vec<TrackedItem>, DbErr> {
    let mut found = Vec::with_capacity(tracked.len());
    for (t, since) in tracked {
        if let Some(item) = item(conn, t, since).await? {
            found.push(item);
        }
    }
    Ok(found)
}

/// Updates ("you said, we did") linked to an item, as events.
async fn updates_answering<C: ConnectionTrait>(
    conn: &C,
    answers: update_link::Column,
    id: i32,
) -> Result<Vec<Event>, DbErr> {
    let ids: Vec<i32> = update_link::Entity::find()
        .filter(answers.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.update_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(team_update::Entity::find()
        .filter(team_update::Column::Id.is_in(ids))
        .filter(team_update::Column::WithdrawnAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(update_event)
        .collect())
}

fn update_event(u: team_update::Model) -> Event {
    Event {
        at: u.created_at,
        happening: Happening::Update,
        text: EventText::Update {
            you_said: Written {
                english: u.you_said,
                welsh: u.you_said_cy,
            },
            we_did: Written {
                english: u.we_did,
                welsh: u.we_did_cy,
            },
            next_steps: Written {
                english: u.next_steps,
                welsh: u.next_steps_cy,
            },
        },
    }
}

/// A priority's issue, with the team's Welsh.
fn issue(p: &priority::Model) -> Written {
    Written {
        english: p.issue.clone(),
        welsh: p.issue_cy.clone(),
    }
}

async fn item<C: ConnectionTrait>(
    conn: &C,
    tracked: Tracked,
    since: i64,
) -> Result<Option<TrackedItem>, DbErr> {
    let mut item = match tracked {
        Tracked::Followed(Item { kind, id }) => match kind {
            ItemKind::Priority => priority_item(conn, tracked, id).await?,
            ItemKind::Problem => problem_item(conn, tracked, id).await?,
            ItemKind::Vote => vote_item(conn, tracked, id).await?,
            ItemKind::Neighbourhood => neighbourhood_item(conn, tracked, id).await?,
        },
        Tracked::PutForward { concern_id } => concern_item(conn, tracked, concern_id).await?,
    };
    if let Some(item) = &mut item {
        item.since = since;
        item.events.sort_by_key(|e| e.at);
    }
    Ok(item)
}

async fn neighbourhood_of<C: ConnectionTrait>(
    conn: &C,
    id: i32,
) -> Result<Option<neighbourhood::Model>, DbErr> {
    neighbourhood::Entity::find_by_id(id).one(conn).await
}

async fn priority_item<C: ConnectionTrait>(
    conn: &C,
    tracked: Tracked,
    id: i32,
) -> Result<Option<TrackedItem>, DbErr> {
    let Some(p) = priority::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let Some(n) = neighbourhood_of(conn, p.neighbourhood_id).await? else {
        return Ok(None);
    };
    let mut item = TrackedItem::new(
        tracked,
        TrackedKind::Item(ItemKind::Priority),
        TrackedTitle::Written(issue(&p)),
        Some(priority_path(&n.code, id)),
        &n,
        TrackedStatus::Priority(p.status),
    );
    item.events.push(Event {
        at: p.created_at,
        happening: Happening::Set,
        text: EventText::PrioritySet { issue: issue(&p) },
    });
    item.events.extend(
        priority_action::Entity::find()
            .filter(priority_action::Column::PriorityId.eq(id))
            .all(conn)
            .await?
            .into_iter()
            .map(|a| Event {
                at: a.created_at,
                happening: Happening::Action,
                text: EventText::Written(Written {
                    english: a.action,
                    welsh: a.action_cy,
                }),
            }),
    );
    item.events.extend(
        priority_status_change::Entity::find()
            .filter(priority_status_change::Column::PriorityId.eq(id))
            .all(conn)
            .await?
            .into_iter()
            .map(|c| Event {
                at: c.at,
                happening: Happening::StatusChanged,
                text: EventText::PriorityNow(c.status),
            }),
    );
    item.events
        .extend(updates_answering(conn, update_link::Column::PriorityId, id).await?);
    Ok(Some(item))
}

fn stage_events(p: &problem::Model) -> Vec<Event> {
    [
        (p.analysis_at, SaraStage::Analysis),
        (p.response_at, SaraStage::Response),
        (p.assessment_at, SaraStage::Assessment),
    ]
    .into_iter()
    .filter_map(|(at, stage)| {
        at.map(|at| Event {
            at,
            happening: Happening::StatusChanged,
            text: EventText::StageReached(stage),
        })
    })
    .collect()
}

async fn problem_item<C: ConnectionTrait>(
    conn: &C,
    tracked: Tracked,
    id: i32,
) -> Result<Option<TrackedItem>, DbErr> {
    let Some(p) = problem::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    if !p.published {
        return Ok(None);
    }
    let Some(n) = neighbourhood_of(conn, p.neighbourhood_id).await? else {
        return Ok(None);
    };
    let mut item = TrackedItem::new(
        tracked,
        TrackedKind::Item(ItemKind::Problem),
        TrackedTitle::Written(Written {
            english: p.title.clone(),
            welsh: p.title_cy.clone(),
        }),
        Some(neighbourhood_path(&n.code)),
        &n,
        TrackedStatus::Problem(p.stage),
    );
    item.events.push(Event {
        at: p.created_at,
        happening: Happening::Opened,
        text: if p.public_summary.is_empty() {
            EventText::WorkBegun {
                title: Written {
                    english: p.title.clone(),
                    welsh: p.title_cy.clone(),
                },
            }
        } else {
            EventText::Written(Written {
                english: p.public_summary.clone(),
                welsh: p.public_summary_cy.clone(),
            })
        },
    });
    item.events.extend(stage_events(&p));
    item.events
        .extend(updates_answering(conn, update_link::Column::ProblemId, id).await?);
    Ok(Some(item))
}

async fn vote_item<C: ConnectionTrait>(
    conn: &C,
    tracked: Tracked,
    id: i32,
) -> Result<Option<TrackedItem>, DbErr> {
    let Some(v) = vote::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let Some(n) = neighbourhood_of(conn, v.neighbourhood_id).await? else {
        return Ok(None);
    };
    let mut item = TrackedItem::new(
        tracked,
        TrackedKind::Item(ItemKind::Vote),
        TrackedTitle::Written(Written {
            english: v.question.clone(),
            welsh: v.question_cy.clone(),
        }),
        Some(vote_path(id)),
        &n,
        match v.finalised_at {
            Some(_) => TrackedStatus::VoteResultsPublished,
            None => TrackedStatus::VoteOpenOrUpcoming,
        },
    );
    item.events.push(Event {
        at: v.created_at,
        happening: Happening::Opened,
        text: EventText::VoteAnnounced {
            opens_at: v.opens_at,
            closes_at: v.closes_at,
        },
    });
    if let Some(at) = v.finalised_at {
        item.events.push(Event {
            at,
            happening: Happening::Results,
            text: EventText::ResultsPublished,
        });
    }
    let options: Vec<i32> = vote_option::Entity::find()
        .filter(vote_option::Column::VoteId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    item.events.extend(
        priority::Entity::find()
            .filter(priority::Column::VoteOptionId.is_in(options))
            .all(conn)
            .await?
            .into_iter()
            .map(|p| Event {
                at: p.created_at,
                happening: Happening::Set,
                text: EventText::MadePriority { issue: issue(&p) },
            }),
    );
    item.events
        .extend(updates_answering(conn, update_link::Column::VoteId, id).await?);
    Ok(Some(item))
}

async fn neighbourhood_item<C: ConnectionTrait>(
    conn: &C,
    tracked: Tracked,
    id: i32,
) -> Result<Option<TrackedItem>, DbErr> {
    let Some(n) = neighbourhood_of(conn, id).await? else {
        return Ok(None);
    };
    let priorities = priority::Entity::find()
        .filter(priority::Column::NeighbourhoodId.eq(id))
        .all(conn)
        .await?;
    let current_priorities = priorities
        .iter()
        .filter(|p| p.status != PriorityStatus::Retired)
        .count();
    let mut item = TrackedItem::new(
        tracked,
        TrackedKind::Item(ItemKind::Neighbourhood),
        TrackedTitle::Neighbourhood {
            name: n.name.clone(),
        },
        Some(neighbourhood_path(&n.code)),
        &n,
        TrackedStatus::Neighbourhood { current_priorities },
    );
    item.events.extend(priorities.iter().map(|p| Event {
        at: p.created_at,
        happening: Happening::Set,
        text: EventText::NewPriority { issue: issue(p) },
    }));
    item.events.extend(
        vote::Entity::find()
            .filter(vote::Column::NeighbourhoodId.eq(id))
            .all(conn)
            .await?
            .into_iter()
            .map(|v| Event {
                at: v.created_at,
                happening: Happening::Opened,
                text: EventText::NewVote {
                    question: Written {
                        english: v.question,
                        welsh: v.question_cy,
                    },
                },
            }),
    );
    item.events.extend(
        team_update::Entity::find()
            .filter(team_update::Column::NeighbourhoodId.eq(id))
            .filter(team_update::Column::WithdrawnAt.is_null())
            .all(conn)
            .await?
            .into_iter()
            .map(update_event),
    );
    Ok(Some(item))
}

async fn concern_item<C: ConnectionTrait>(
    conn: &C,
    tracked: Tracked,
    id: i32,
) -> Result<Option<TrackedItem>, DbErr> {
    let Some(c) = concern::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let Some(n) = neighbourhood_of(conn, c.neighbourhood_id).await? else {
        return Ok(None);
    };
    let category = concern_category::Entity::find_by_id(c.category_id)
        .one(conn)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let mut item = TrackedItem::new(
        tracked,
        TrackedKind::Concern {
            reference: c.reference.clone(),
        },
        TrackedTitle::Written(format!("{category}: {}", c.location).into()),
        None,
        &n,
        TrackedStatus::Concern {
            status: c.status,
            closed_because: c.close_reason.filter(|_| c.status == ConcernStatus::Closed),
        },
    );
    item.events.push(Event {
        at: c.created_at,
        happening: Happening::Raised,
        text: EventText::PutForward {
            description: c.description.clone().into(),
            proposed_for_vote: c.proposed_for_vote,
        },
    });
    item.events.extend(
        concern_event::Entity::find()
            .filter(concern_event::Column::ConcernId.eq(id))
            .filter(concern_event::Column::Kind.ne(EventKind::Note))
            .order_by_asc(concern_event::Column::Id)
            .all(conn)
            .await?
            .into_iter()
            .map(|e| match e.kind {
                EventKind::TeamReply => Event {
                    at: e.at,
                    happening: Happening::Reply,
                    text: EventText::Written(e.body.into()),
                },
                EventKind::PartnerReply => Event {
                    at: e.at,
                    happening: Happening::PartnerReply,
                    text: EventText::Written(e.body.into()),
                },
                EventKind::ResidentReply | EventKind::Reopened => Event {
                    at: e.at,
                    happening: Happening::GroupReply,
                    text: EventText::Written(e.body.into()),
                },
                EventKind::StatusChanged | EventKind::Note => Event {
                    at: e.at,
                    happening: Happening::StatusChanged,
                    text: status_change(e.status, e.body),
                },
            }),
    );
    item.events
        .extend(updates_answering(conn, update_link::Column::ConcernId, id).await?);
    Ok(Some(item))
}

/// A concern's change of status, from the detail the change recorded: who it was passed to,
/// the local problem it is part of, or why it was closed.
fn status_change(status: Option<ConcernStatus>, detail: String) -> EventText {
    match status {
        None => EventText::Written(detail.into()),
        Some(status) => match closed_because(status, &detail) {
            Some((reason, duplicate_of)) => EventText::ConcernClosed {
                reason,
                duplicate_of,
            },
            None => EventText::ConcernStatusChanged {
                status,
                detail: detail.into(),
            },
        },
    }
}

/// Why a concern was closed, read from its change of status: `services::concerns` records the
/// reason's English words (and, for a duplicate, the other concern's reference after them).
fn closed_because(status: ConcernStatus, detail: &str) -> Option<(CloseReason, Option<String>)> {
    if status != ConcernStatus::Closed {
        return None;
    }
    crate::domain::concern::recorded_close_reason(detail)
}

/// Something the resident follows themselves, as the download shows it.
#[derive(Debug, serde::Serialize)]
struct FollowData {
    kind: String,
    title: String,
    neighbourhood: String,
    since: i64,
}

/// A period for which news of what they follow was looked for, and whether it was emailed.
#[derive(Debug, serde::Serialize)]
struct AlertData {
    period: String,
    sent_at: i64,
    emailed: bool,
}

/// What a resident follows, and when they were last sent news of it.
pub struct FollowRecords;

#[async_trait::async_trait]
impl ResidentRecords for FollowRecords {
    fn columns(&self) -> &'static [Column] {
        &[("follow", "resident_id"), ("alert_sent", "resident_id")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let following: Vec<FollowData> = for_resident(db, who.id)
            .await?
            .into_iter()
            // In English, as every download is.
            .map(|item| FollowData {
                kind: item.kind.words(Language::English),
                title: item.title.chosen(Language::English).text,
                neighbourhood: item.neighbourhood,
                since: item.since,
            })
            .collect();
        let alerts: Vec<AlertData> = alert_sent::Entity::find()
            .filter(alert_sent::Column::ResidentId.eq(who.id))
            .all(db)
            .await?
            .into_iter()
            .map(|sent| AlertData {
                period: sent.period,
                sent_at: sent.sent_at,
                emailed: sent.emailed,
            })
            .collect();
        Ok(vec![
            ("following", as_download(&following)?),
            ("alerts_sent", as_download(&alerts)?),
        ])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        follow::Entity::delete_many()
            .filter(follow::Column::ResidentId.eq(who.id))
            .exec(write)
            .await?;
        alert_sent::Entity::delete_many()
            .filter(alert_sent::Column::ResidentId.eq(who.id))
            .exec(write)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(english: &str, welsh: Option<&str>) -> Written {
        Written {
            english: english.into(),
            welsh: welsh.map(Into::into),
        }
    }

    #[test]
    fn an_event_is_worded_in_english_as_before_and_in_welsh() {
        let set = EventText::PrioritySet {
            issue: written("Speeding", None),
        };
        assert_eq!(
            set.plain(Language::English),
            "Set as a local priority: Speeding"
        );
        assert_eq!(
            set.plain(Language::Welsh),
            "Pennwyd yn flaenoriaeth leol: Speeding"
        );
        let now = EventText::PriorityNow(PriorityStatus::ActionUnderWay);
        assert_eq!(now.plain(Language::English), "Now: Action under way");
        assert_eq!(now.plain(Language::Welsh), "Nawr: Camau ar waith");
        assert_eq!(
            EventText::StageReached(SaraStage::Analysis).plain(Language::English),
            "Moved on to Analysis"
        );
        assert_eq!(
            EventText::ResultsPublished.plain(Language::Welsh),
            "Cyhoeddwyd y canlyniadau"
        );
    }

    #[test]
    fn what_someone_wrote_is_kept_apart_from_the_words_so_a_page_can_mark_it_english() {
        let [phrase] = &EventText::NewVote {
            question: written("Which first?", None),
        }
        .phrases(Language::Welsh)[..] else {
            panic!("one phrase");
        };
        assert_eq!(phrase.words, format!("Pleidlais newydd: {DATA}"));
        assert_eq!(
            phrase.written,
            Some(StaffText {
                text: "Which first?".into(),
                lang: Some("en"),
            })
        );
        // On an English page there is nothing to mark.
        let [phrase] =
            &EventText::Written(written("Speed checks", None)).phrases(Language::English)[..]
        else {
            panic!("one phrase");
        };
        assert_eq!(phrase.written.as_ref().unwrap().lang, None);
        assert_eq!(phrase.plain(), "Speed checks");
    }

    #[test]
    fn the_welsh_a_team_wrote_is_chosen_for_welsh_and_the_english_otherwise() {
        let action = EventText::Written(written("Speed checks", Some("Gwiriadau cyflymder")));
        let chosen = |language| action.phrases(language)[0].written.clone().unwrap();
        assert_eq!(
            chosen(Language::Welsh),
            StaffText {
                text: "Gwiriadau cyflymder".into(),
                lang: None,
            }
        );
        assert_eq!(
            chosen(Language::Polish),
            StaffText {
                text: "Speed checks".into(),
                lang: Some("en"),
            }
        );
        assert_eq!(chosen(Language::English).text, "Speed checks");
        let title = TrackedTitle::Written(written("Speeding", Some("Goryrru")));
        assert_eq!(title.chosen(Language::Welsh).text, "Goryrru");
        assert_eq!(title.chosen(Language::English).text, "Speeding");
    }

    #[test]
    fn an_update_reads_as_it_did_in_english_and_in_the_teams_welsh() {
        let update = |next_steps: &str| EventText::Update {
            you_said: written("Cars speed", Some("Mae ceir yn goryrru")),
            we_did: written("Speed checks", Some("Gwiriadau cyflymder")),
            next_steps: written(next_steps, None),
        };
        assert_eq!(
            update("More in May").plain(Language::English),
            "You said: Cars speed We did: Speed checks Next: More in May"
        );
        assert_eq!(
            update("").plain(Language::English),
            "You said: Cars speed We did: Speed checks"
        );
        assert_eq!(
            update("").plain(Language::Welsh),
            "Dywedoch chi: Mae ceir yn goryrru Gwnaethom ni: Gwiriadau cyflymder"
        );
    }

    #[test]
    fn every_language_keeps_what_someone_wrote_in_its_words() {
        let text = || written("Speeding", None);
        let texts = [
            EventText::PrioritySet { issue: text() },
            EventText::WorkBegun { title: text() },
            EventText::MadePriority { issue: text() },
            EventText::NewPriority { issue: text() },
            EventText::NewVote { question: text() },
            EventText::Update {
                you_said: text(),
                we_did: text(),
                next_steps: text(),
            },
            EventText::PutForward {
                description: text(),
                proposed_for_vote: true,
            },
            EventText::ConcernStatusChanged {
                status: ConcernStatus::PassedToPartner,
                detail: text(),
            },
        ];
        for language in Language::ALL {
            for text in &texts {
                for phrase in text.phrases(language) {
                    assert!(
                        phrase.words.contains(DATA),
                        "{language:?} {text:?}: {}",
                        phrase.words
                    );
                }
            }
        }
    }

    #[test]
    fn a_status_is_worded_in_welsh_and_in_english() {
        let cases = [
            (
                TrackedStatus::Priority(PriorityStatus::ActionUnderWay),
                "Action under way",
                "Camau ar waith",
            ),
            (
                TrackedStatus::VoteResultsPublished,
                "Results published",
                "Canlyniadau wedi'u cyhoeddi",
            ),
            (
                TrackedStatus::Problem(SaraStage::Analysis),
                "Analysis",
                "Dadansoddi",
            ),
            (
                TrackedStatus::Concern {
                    status: ConcernStatus::Closed,
                    closed_because: Some(CloseReason::ActionTaken),
                },
                "Closed: action was taken",
                "Wedi cau: cymerwyd camau",
            ),
        ];
        for (status, english, welsh) in cases {
            assert_eq!(status.words(Language::English), english);
            assert_eq!(status.words(Language::Welsh), welsh);
        }
        let neighbourhood =
            |current_priorities| TrackedStatus::Neighbourhood { current_priorities };
        assert_eq!(
            neighbourhood(1).words(Language::English),
            "1 current priority"
        );
        assert_eq!(
            neighbourhood(3).words(Language::English),
            "3 current priorities"
        );
    }

    #[test]
    fn a_concern_closed_says_why_in_the_readers_language() {
        let closed = status_change(
            Some(ConcernStatus::Closed),
            "the same as another concern, NC-12".into(),
        );
        assert_eq!(
            closed,
            EventText::ConcernClosed {
                reason: CloseReason::Duplicate,
                duplicate_of: Some("NC-12".into()),
            }
        );
        assert_eq!(
            closed.plain(Language::English),
            "Closed: the same as another concern, NC-12"
        );
        let action = status_change(Some(ConcernStatus::Closed), "action was taken".into());
        assert_eq!(action.plain(Language::Welsh), "Wedi cau: cymerwyd camau");
        // Who it was passed to is what the team wrote.
        let passed = status_change(Some(ConcernStatus::PassedToPartner), "the council".into());
        assert_eq!(
            passed.plain(Language::English),
            "Passed to a partner who can act on it: the council"
        );
        assert_eq!(
            passed.phrases(Language::Welsh)[0].written,
            Some(StaffText {
                text: "the council".into(),
                lang: Some("en"),
            })
        );
    }

    #[test]
    fn what_is_tracked_is_named_in_the_readers_language() {
        let concern = TrackedKind::Concern {
            reference: "NC-12".into(),
        };
        assert_eq!(concern.words(Language::English), "Concern NC-12");
        assert_eq!(concern.words(Language::Welsh), "Pryder NC-12");
        assert_eq!(
            TrackedKind::Item(ItemKind::Vote).words(Language::Welsh),
            "Pleidlais"
        );
        let place = TrackedTitle::Neighbourhood {
            name: "Harborne".into(),
        };
        assert_eq!(
            place.chosen(Language::English).text,
            "Harborne neighbourhood"
        );
        assert_eq!(place.chosen(Language::Welsh).lang, None);
    }
}
