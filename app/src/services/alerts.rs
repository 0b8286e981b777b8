//! Alert emails about what residents and their groups follow: a weekly digest of what the
//! teams did in the last whole week, or an email as things happen. Nothing is sent when
//! nothing changed. Every instance runs the job; the database decides who sends:
//! - weekly, a row keyed by person and ISO week (`alert_sent`) is written in the same
//!   transaction as the email (or alone, when there was no news), so a second instance's insert
//!   fails and it sends nothing, and nobody's week is looked at twice;
//! - as things happen, the person's `alerted_until` moves forward only from the value read,
//!   so of two instances covering the same span only one update matches.

use crate::domain::group::{AlertWeek, last_whole_week};
use crate::domain::ids::ResidentId;
use crate::i18n::Language;
use crate::services::clock::Clock;
use crate::services::following::{self, TrackedItem};
use crate::services::messages::{self, EmailSite};
use crate::services::outbox;
use crate::services::rate_limit::BucketKeys;
use crate::services::write::Database;
use crate::t_in;
use entity::group_member::{self, MemberStatus};
use entity::resident::{self, FollowAlerts};
use entity::{alert_sent, follow};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, SqlErr,
};
use std::collections::HashSet;

/// Why a resident hears about an item: they follow it, or a group of theirs tracks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Through {
    Themselves,
    Group(String),
}

impl Through {
    /// In `language`: "You follow", or the group's name.
    fn words(&self, language: Language) -> String {
        match self {
            Through::Themselves => language.text("email-alert-you-follow"),
            Through::Group(name) => name.clone(),
        }
    }
}

/// Everything a resident hears about: what they follow, and what their groups track (the
/// same item once).
pub async fn tracked_for<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
) -> Result<Vec<(Through, TrackedItem)>, DbErr> {
    let mut seen = HashSet::new();
    let mut items = Vec::new();
    for item in following::for_resident(conn, resident_id).await? {
        seen.insert(item.tracked);
        items.push((Through::Themselves, item));
    }
    for (group, member) in crate::services::groups::of_resident(conn, resident_id).await? {
        // Only a verified group's members hear about what it tracks.
        if member.status != MemberStatus::Active || !group.is_public() {
            continue;
        }
        for item in following::for_group(conn, group.group.id).await? {
            if seen.insert(item.tracked) {
                items.push((Through::Group(group.group.name.clone()), item));
            }
        }
    }
    Ok(items)
}

/// The residents who want `alerts` and follow something, themselves or through a group (asked
/// of the database in one query, however many there are).
async fn candidates(
    db: &DatabaseConnection,
    alerts: FollowAlerts,
) -> Result<Vec<resident::Model>, DbErr> {
    use sea_orm::Condition;
    use sea_orm::sea_query::Query;
    let following = Query::select()
        .column(follow::Column::ResidentId)
        .from(follow::Entity)
        .and_where(follow::Column::ResidentId.is_not_null())
        .to_owned();
    let members = Query::select()
        .column(group_member::Column::ResidentId)
        .from(group_member::Entity)
        .and_where(group_member::Column::Status.eq(MemberStatus::Active))
        .to_owned();
    resident::Entity::find()
        .filter(resident::Column::FollowAlerts.eq(alerts))
        .filter(
            Condition::any()
                .add(resident::Column::Id.in_subquery(following))
                .add(resident::Column::Id.in_subquery(members)),
        )
        .all(db)
        .await
}

/// The lines of an alert, in `language`: each change, under the item it happened to.
fn lines(language: Language, items: &[(Through, TrackedItem)], from: i64, to: i64) -> Vec<String> {
    items
        .iter()
        .flat_map(|(through, item)| {
            item.team_events_between(from, to).map(move |event| {
                t_in!(
                    language,
                    "email-alert-line",
                    through = through.words(language),
                    kind = item.kind.words(language),
                    title = item.title.chosen(language).text,
                    neighbourhood = item.neighbourhood.as_str(),
                    what = event.happening.words(language),
                    when = language.time(event.at),
                    text = event.text.plain(language)
                )
            })
        })
        .collect()
}

/// Sends last week's digest to everyone who wants one and has news; returns how many were
/// sent by this instance.
pub async fn send_weekly(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
) -> Result<usize, DbErr> {
    let week = last_whole_week(clock.now());
    let mut sent = 0;
    for person in candidates(db, FollowAlerts::Weekly).await? {
        if already_sent(db, ResidentId::new(person.id), &week.key).await? {
            continue;
        }
        let items = tracked_for(db, ResidentId::new(person.id)).await?;
        let news = lines(
            site.language_of(&person),
            &items,
            week.starts_at,
            week.ends_at,
        );
        if send_once(db, clock, site, keys, &person, &week, &news).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

async fn already_sent(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    key: &str,
) -> Result<bool, DbErr> {
    Ok(
        alert_sent::Entity::find_by_id((resident_id.get(), key.to_string()))
            .one(db)
            .await?
            .is_some(),
    )
}

/// Claims the person's week and, if there is news, emails it in the same transaction; true if
/// this instance sent an email. A week with no news is claimed too: what happened in a past
/// week does not change, so it is not looked at again.
async fn send_once(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    person: &resident::Model,
    week: &AlertWeek,
    news: &[String],
) -> Result<bool, DbErr> {
    let txn = db.write().await?;
    let claimed = alert_sent::Entity::insert(alert_sent::ActiveModel {
        resident_id: Set(person.id),
        period: Set(week.key.clone()),
        sent_at: Set(clock.now()),
        emailed: Set(!news.is_empty()),
    })
    .exec_without_returning(&txn)
    .await;
    match claimed {
        Ok(_) => {}
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(false);
        }
        Err(error) => return Err(error),
    }
    if news.is_empty() {
        txn.commit().await?;
        return Ok(false);
    }
    let language = site.language_of(person);
    let heading = t_in!(
        language,
        "email-alert-week",
        from = language.date(week.starts_at),
        to = language.date(week.ends_at - 1)
    );
    outbox::enqueue(&txn, clock, alert_email(site, keys, person, &heading, news)).await?;
    txn.commit().await?;
    Ok(true)
}

fn alert_email(
    site: &EmailSite,
    keys: &BucketKeys,
    person: &resident::Model,
    heading: &str,
    news: &[String],
) -> outbox::OutgoingEmail {
    let unsubscribe = crate::services::updates::unsubscribe_link(
        site,
        keys,
        ResidentId::new(person.id),
        crate::services::resident_accounts::EmailList::Alerts,
    );
    messages::follow_alert(
        site.language_of(person),
        &person.email,
        &site.force_name,
        heading,
        news,
        &format!("{}/account", site.site_url),
        &unsubscribe,
    )
    .with_unsubscribe(crate::services::updates::one_click_link(
        site,
        keys,
        ResidentId::new(person.id),
        crate::services::resident_accounts::EmailList::Alerts,
    ))
}

/// Sends what happened since each person was last told, to those who want it at once.
pub async fn send_immediate(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
) -> Result<usize, DbErr> {
    let now = clock.now();
    let mut sent = 0;
    for person in candidates(db, FollowAlerts::Immediate).await? {
        // Someone just switched on: they hear about what happens from now.
        let from = person.alerted_until.unwrap_or(now);
        let items = tracked_for(db, ResidentId::new(person.id)).await?;
        let news = lines(site.language_of(&person), &items, from, now);
        // Nothing new: the mark stays, and the next look covers this span too (no write).
        if news.is_empty() && person.alerted_until.is_some() {
            continue;
        }
        let txn = db.write().await?;
        // Only forward: an instance whose clock is behind another's never moves it back.
        let mut advance = resident::Entity::update_many()
            .col_expr(resident::Column::AlertedUntil, Expr::value(now))
            .filter(resident::Column::Id.eq(person.id))
            .filter(resident::Column::FollowAlerts.eq(FollowAlerts::Immediate))
            .filter(
                resident::Column::AlertedUntil
                    .is_null()
                    .or(resident::Column::AlertedUntil.lt(now)),
            );
        advance = match person.alerted_until {
            Some(until) => advance.filter(resident::Column::AlertedUntil.eq(until)),
            None => advance.filter(resident::Column::AlertedUntil.is_null()),
        };
        if advance.exec(&txn).await?.rows_affected != 1 {
            // Another instance told them.
            continue;
        }
        if !news.is_empty() {
            let language = site.language_of(&person);
            let heading = t_in!(language, "email-alert-since", since = language.time(from));
            outbox::enqueue(
                &txn,
                clock,
                alert_email(site, keys, &person, &heading, &news),
            )
            .await?;
            sent += 1;
        }
        txn.commit().await?;
    }
    Ok(sent)
}

/// A resident's choice of alerts. Choosing "as things happen" starts from now.
pub async fn set_alerts(
    db: &DatabaseConnection,
    clock: &Clock,
    resident_id: ResidentId,
    alerts: FollowAlerts,
) -> Result<(), DbErr> {
    resident::Entity::update_many()
        .col_expr(resident::Column::FollowAlerts, Expr::value(alerts))
        .col_expr(resident::Column::AlertedUntil, Expr::value(clock.now()))
        .filter(resident::Column::Id.eq(resident_id))
        .filter(resident::Column::FollowAlerts.ne(alerts))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::group::Item;
    use crate::services::following::{
        Event, EventText, Happening, Tracked, TrackedKind, TrackedStatus, TrackedTitle, Written,
    };
    use entity::follow::ItemKind;
    use entity::priority::PriorityStatus;

    /// 22 November 2026 at midday UTC.
    const NOV_22: i64 = 1_795_348_800;

    fn speeding(through: Through) -> (Through, TrackedItem) {
        let written = |english: &str, welsh: &str| Written {
            english: english.into(),
            welsh: Some(welsh.into()),
        };
        let item = Item {
            kind: ItemKind::Priority,
            id: 7,
        };
        let tracked = TrackedItem {
            tracked: Tracked::Followed(item),
            kind: TrackedKind::Item(ItemKind::Priority),
            title: TrackedTitle::Written(written("Speeding", "Goryrru")),
            link: None,
            neighbourhood: "Harborne".into(),
            status: TrackedStatus::Priority(PriorityStatus::ActionUnderWay),
            since: 0,
            events: vec![Event {
                at: NOV_22,
                happening: Happening::Action,
                text: EventText::Written(written("Speed checks", "Gwiriadau cyflymder")),
            }],
        };
        (through, tracked)
    }

    #[test]
    fn an_alert_tells_of_each_change_in_the_residents_language() {
        let items = [speeding(Through::Themselves)];
        let english = lines(Language::English, &items, NOV_22, NOV_22 + 1);
        assert_eq!(
            english,
            [format!(
                "You follow: Priority – Speeding (Harborne): Action on {}: Speed checks",
                Language::English.time(NOV_22)
            )]
        );
        let welsh = lines(Language::Welsh, &items, NOV_22, NOV_22 + 1);
        assert_eq!(
            welsh,
            [format!(
                "Rydych chi'n dilyn: Blaenoriaeth – Goryrru (Harborne): Cam gweithredu, {}: \
                 Gwiriadau cyflymder",
                Language::Welsh.time(NOV_22)
            )]
        );
        // What a group tracks is told under the group's name; nothing outside the span.
        let items = [speeding(Through::Group("Calthorpe Residents".into()))];
        assert!(
            lines(Language::Polish, &items, NOV_22, NOV_22 + 1)[0]
                .starts_with("Calthorpe Residents: Priorytet – Speeding (Harborne)")
        );
        assert!(lines(Language::English, &items, NOV_22 + 1, NOV_22 + 60).is_empty());
    }
}
