//! Following and tracking: groups and residents follow priorities, published SARA problems (their
//! public summary, stages and updates: a problem's actions are the team's working notes),
//! votes and whole neighbourhoods; a group also tracks the concerns it put forward. Each
//! tracked item has a timeline, oldest first, of every status change, reply, action and "you
//! said, we did" update on it, read from the tables those changes are written to. The group
//! dashboard, its CSV record and the alert emails all read these timelines.

use crate::domain::concern::{close_reason_words, status_label as concern_status_label};
use crate::domain::group::{Item, is_stale};
use crate::domain::ids::ResidentId;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::services::clock::Clock;
use crate::services::priorities::priority_path;
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::votes::vote_path;
use entity::concern::{self, ConcernStatus};
use entity::concern_event::{self, EventKind};
use entity::follow::{self, ItemKind};
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Followed {
    Followed,
    AlreadyFollowing,
    /// Nothing public of that kind with that id.
    NoSuchItem,
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
    db: &DatabaseConnection,
    clock: &Clock,
    follower: Follower,
    item: Item,
) -> Result<Followed, DbErr> {
    if !is_followable(db, item).await? {
        return Ok(Followed::NoSuchItem);
    }
    let (group_id, resident_id, conflict) = match follower {
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
    .exec_without_returning(db)
    .await?;
    Ok(if inserted == 1 {
        Followed::Followed
    } else {
        Followed::AlreadyFollowing
    })
}

/// Stops following; false if it was not followed.
pub async fn unfollow(
    db: &DatabaseConnection,
    follower: Follower,
    item: Item,
) -> Result<bool, DbErr> {
    let removed = follow::Entity::delete_many()
        .filter(follower.condition())
        .filter(follow::Column::ItemKind.eq(item.kind))
        .filter(follow::Column::ItemId.eq(item.id))
        .exec(db)
        .await?;
    Ok(removed.rows_affected == 1)
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
    Action,
    Update,
    Closed,
    Results,
}

impl Happening {
    pub fn label(self) -> &'static str {
        match self {
            Happening::Raised => "Put forward",
            Happening::Set => "Set",
            Happening::Opened => "Opened",
            Happening::StatusChanged => "Status changed",
            Happening::Reply => "Team reply",
            Happening::GroupReply => "The group wrote",
            Happening::Action => "Action",
            Happening::Update => "You said, we did",
            Happening::Closed => "Voting closed",
            Happening::Results => "Results",
        }
    }

    /// Whether it is the team responding (what "last updated" counts), not the group.
    pub fn by_team(self) -> bool {
        !matches!(self, Happening::Raised | Happening::GroupReply)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Event {
    pub at: i64,
    pub happening: Happening,
    pub text: String,
}

/// An item with its timeline, as a dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackedItem {
    pub tracked: Tracked,
    /// "Priority", "Concern NC-…", …
    pub kind_label: String,
    pub title: String,
    /// Its public page, if it has one the reader may open.
    pub link: Option<String>,
    pub neighbourhood: String,
    pub status: String,
    /// When tracking began (followed, or put forward).
    pub since: i64,
    /// Resolved, retired, decided or closed: no longer waiting for the team.
    pub finished: bool,
    /// Oldest first.
    pub events: Vec<Event>,
}

impl TrackedItem {
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
        !self.finished && is_stale(self.last_team_update(), now)
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
    let mut text = format!("You said: {} We did: {}", u.you_said, u.we_did);
    if !u.next_steps.is_empty() {
        text.push_str(&format!(" Next: {}", u.next_steps));
    }
    Event {
        at: u.created_at,
        happening: Happening::Update,
        text,
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

fn blank(tracked: Tracked, kind_label: &str, title: String, neighbourhood: String) -> TrackedItem {
    TrackedItem {
        tracked,
        kind_label: kind_label.to_string(),
        title,
        link: None,
        neighbourhood,
        status: String::new(),
        since: 0,
        finished: false,
        events: Vec::new(),
    }
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
    let mut item = blank(tracked, "Priority", p.issue.clone(), n.name.clone());
    item.link = Some(priority_path(&n.code, id));
    item.status = p.status.label().to_string();
    item.finished = matches!(
        p.status,
        entity::priority::PriorityStatus::Resolved | entity::priority::PriorityStatus::Retired
    );
    item.events.push(Event {
        at: p.created_at,
        happening: Happening::Set,
        text: format!("Set as a local priority: {}", p.issue),
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
                text: a.action,
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
                text: format!("Now: {}", c.status.label()),
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
            text: format!("Moved on to {}", stage.label()),
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
    let mut item = blank(tracked, "Problem", p.title.clone(), n.name.clone());
    item.link = Some(neighbourhood_path(&n.code));
    item.status = p.stage.label().to_string();
    item.finished = p.stage == SaraStage::Assessment;
    item.events.push(Event {
        at: p.created_at,
        happening: Happening::Opened,
        text: if p.public_summary.is_empty() {
            format!("The team began work on: {}", p.title)
        } else {
            p.public_summary.clone()
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
    let mut item = blank(tracked, "Vote", v.question.clone(), n.name.clone());
    item.link = Some(vote_path(id));
    item.status = match v.finalised_at {
        Some(_) => "Results published",
        None => "Open or upcoming",
    }
    .to_string();
    item.events.push(Event {
        at: v.created_at,
        happening: Happening::Opened,
        text: format!(
            "Vote announced: open from {} to {}",
            crate::services::clock::format_time(v.opens_at),
            crate::services::clock::format_time(v.closes_at)
        ),
    });
    if let Some(at) = v.finalised_at {
        item.events.push(Event {
            at,
            happening: Happening::Results,
            text: "The results were published".into(),
        });
        item.status = "Results published".into();
        item.finished = true;
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
                text: format!("Made a local priority: {}", p.issue),
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
    let mut item = blank(
        tracked,
        "Neighbourhood",
        format!("{} neighbourhood", n.name),
        n.name.clone(),
    );
    item.link = Some(neighbourhood_path(&n.code));
    let priorities = priority::Entity::find()
        .filter(priority::Column::NeighbourhoodId.eq(id))
        .all(conn)
        .await?;
    let current = priorities
        .iter()
        .filter(|p| p.status != entity::priority::PriorityStatus::Retired)
        .count();
    item.status = match current {
        1 => "1 current priority".to_string(),
        count => format!("{count} current priorities"),
    };
    item.events.extend(priorities.into_iter().map(|p| Event {
        at: p.created_at,
        happening: Happening::Set,
        text: format!("New local priority: {}", p.issue),
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
                text: format!("New vote: {}", v.question),
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
    let mut item = blank(
        tracked,
        &format!("Concern {}", c.reference),
        format!("{category}: {}", c.location),
        n.name.clone(),
    );
    item.status = concern_status_label(c.status).to_string();
    item.finished = c.status == ConcernStatus::Closed;
    item.events.push(Event {
        at: c.created_at,
        happening: Happening::Raised,
        text: if c.proposed_for_vote {
            format!("{} (proposed for the next priority vote)", c.description)
        } else {
            c.description.clone()
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
                    text: e.body,
                },
                EventKind::ResidentReply | EventKind::Reopened => Event {
                    at: e.at,
                    happening: Happening::GroupReply,
                    text: e.body,
                },
                EventKind::StatusChanged | EventKind::Note => Event {
                    at: e.at,
                    happening: Happening::StatusChanged,
                    text: concern_status_text(e.status, &e.body),
                },
            }),
    );
    if c.status == ConcernStatus::Closed
        && let Some(reason) = c.close_reason
    {
        item.status = format!("Closed: {}", close_reason_words(reason));
    }
    item.events
        .extend(updates_answering(conn, update_link::Column::ConcernId, id).await?);
    Ok(Some(item))
}

fn concern_status_text(status: Option<ConcernStatus>, detail: &str) -> String {
    let words = status
        .map(crate::domain::concern::status_words)
        .unwrap_or_default();
    match (words.is_empty(), detail.is_empty()) {
        (true, _) => detail.to_string(),
        (false, true) => words.to_string(),
        (false, false) => format!("{words}: {detail}"),
    }
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
            .map(|item| FollowData {
                kind: item.kind_label,
                title: item.title,
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
