//! The Guarantee's figures, counted by the database: one `GROUP BY` per table over the period,
//! for one neighbourhood, an LPA or the whole force, so a force of 5,000 neighbourhoods and a
//! year of activity is counted without reading its rows into the server. The public panel, the
//! force's dashboard and its CSV all take their counts from `figures`.
//!
//! Every value put into the SQL here is an integer the server computed (a time, an id), never
//! text from a request.

use crate::domain::forms::{chosen_value, form_value};
use crate::domain::guarantee::{Commitment, Counts, Periods};
use entity::duty_time::DutyKind;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, QueryResult, Statement};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Which neighbourhoods are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Force,
    Lpa(i32),
    Neighbourhood(i32),
}

impl Scope {
    /// The condition on a `neighbourhood_id` column.
    fn on(self, column: &str) -> String {
        match self {
            Scope::Force => "1 = 1".to_string(),
            Scope::Lpa(lpa) => {
                format!("{column} IN (SELECT id FROM neighbourhood WHERE lpa_id = {lpa})")
            }
            Scope::Neighbourhood(id) => format!("{column} = {id}"),
        }
    }
}

/// A neighbourhood as the dashboard lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub lpa_id: i32,
    pub lpa: String,
    pub centre: Option<(f64, f64)>,
}

/// A neighbourhood and its counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub place: Place,
    pub counts: Counts,
}

/// When a concern was first answered: the team's first reply or, if the team closed it
/// without one, its closing (the resident is told either way). The 72-hour measures count it.
const ANSWERED_AT: &str = "COALESCE(first_reply_at, closed_at)";

async fn rows(db: &DatabaseConnection, sql: String) -> Result<Vec<QueryResult>, DbErr> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
}

fn count(row: &QueryResult, column: &str) -> Result<u64, DbErr> {
    Ok(row.try_get::<Option<i64>>("", column)?.unwrap_or(0).max(0) as u64)
}

/// Rows of `neighbourhood_id` and counts, by neighbourhood.
async fn by_neighbourhood(
    db: &DatabaseConnection,
    sql: String,
) -> Result<HashMap<i32, QueryResult>, DbErr> {
    let mut found = HashMap::new();
    for row in rows(db, sql).await? {
        found.insert(row.try_get::<i32>("", "neighbourhood_id")?, row);
    }
    Ok(found)
}

/// The neighbourhoods in `scope`, by LPA and name.
pub async fn places(db: &DatabaseConnection, scope: Scope) -> Result<Vec<Place>, DbErr> {
    rows(
        db,
        format!(
            "SELECT n.id, n.code, n.name, n.lpa_id, l.name AS lpa, \
             n.centre_latitude, n.centre_longitude \
             FROM neighbourhood n JOIN local_policing_area l ON l.id = n.lpa_id \
             WHERE {} ORDER BY l.name, n.name",
            scope.on("n.id")
        ),
    )
    .await?
    .iter()
    .map(|row| {
        let latitude: Option<f64> = row.try_get("", "centre_latitude")?;
        let longitude: Option<f64> = row.try_get("", "centre_longitude")?;
        Ok(Place {
            id: row.try_get("", "id")?,
            code: row.try_get("", "code")?,
            name: row.try_get("", "name")?,
            lpa_id: row.try_get("", "lpa_id")?,
            lpa: row.try_get("", "lpa")?,
            centre: latitude.zip(longitude),
        })
    })
    .collect()
}

/// Every neighbourhood in `scope` with its Guarantee counts at `now`.
pub async fn figures(
    db: &DatabaseConnection,
    now: i64,
    scope: Scope,
) -> Result<Vec<Figures>, DbErr> {
    let p = Periods::at(now);
    let due_before = crate::domain::priority::due_before(now);
    let (
        places,
        contact,
        concerns,
        improved,
        priorities,
        surgeries,
        slots,
        attendance,
        meetings,
        updates,
        messages,
        ratings,
        partnered,
    ) = tokio::try_join!(
        places(db, scope),
        by_neighbourhood(
            db,
            format!(
                "SELECT n.id AS neighbourhood_id, \
                     (SELECT COUNT(*) FROM team_member t WHERE t.neighbourhood_id = n.id AND t.is_contact_officer) AS officers, \
                     CAST(CASE WHEN COALESCE(n.contact_email, '') <> '' OR COALESCE(n.contact_telephone, '') <> '' THEN 1 ELSE 0 END AS BIGINT) AS contactable \
                     FROM neighbourhood n WHERE {}",
                scope.on("n.id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT neighbourhood_id, \
                     SUM(CASE WHEN {ANSWERED_AT} <= due_at THEN 1 ELSE 0 END) AS in_time, \
                     SUM(CASE WHEN {ANSWERED_AT} > due_at THEN 1 ELSE 0 END) AS late, \
                     SUM(CASE WHEN {ANSWERED_AT} IS NULL AND due_at <= {now} THEN 1 ELSE 0 END) AS past_due \
                     FROM concern WHERE created_at >= {} AND created_at <= {now} AND {} \
                     GROUP BY neighbourhood_id",
                p.concerns_from,
                scope.on("neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT neighbourhood_id, \
                     SUM(CASE WHEN improved = 'yes' THEN 1 ELSE 0 END) AS yes, \
                     SUM(CASE WHEN improved = 'no' THEN 1 ELSE 0 END) AS no, \
                     SUM(CASE WHEN improved = 'not-sure' THEN 1 ELSE 0 END) AS not_sure \
                     FROM concern WHERE improved_at >= {} AND improved_at <= {now} AND {} \
                     GROUP BY neighbourhood_id",
                p.year_from,
                scope.on("neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT neighbourhood_id, COUNT(*) AS current, MIN(updated_at) AS oldest, \
                     SUM(CASE WHEN updated_at < {due_before} THEN 1 ELSE 0 END) AS due \
                     FROM priority WHERE status <> 'retired' AND {} GROUP BY neighbourhood_id",
                scope.on("neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT neighbourhood_id, \
                     SUM(CASE WHEN starts_at < {now} THEN 1 ELSE 0 END) AS held, \
                     MIN(CASE WHEN starts_at >= {now} THEN starts_at END) AS next \
                     FROM surgery WHERE status = 'scheduled' AND starts_at >= {} AND {} \
                     GROUP BY neighbourhood_id",
                p.three_months_from,
                scope.on("neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT s.neighbourhood_id, SUM(sl.booked) AS booked \
                     FROM surgery_slot sl JOIN surgery s ON s.id = sl.surgery_id \
                     WHERE s.status = 'scheduled' AND s.starts_at >= {} AND s.starts_at < {now} AND {} \
                     GROUP BY s.neighbourhood_id",
                p.three_months_from,
                scope.on("s.neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT s.neighbourhood_id, \
                     SUM(CASE WHEN b.attendance = 'attended' THEN 1 ELSE 0 END) AS attended, \
                     SUM(CASE WHEN b.attendance = 'did-not-attend' THEN 1 ELSE 0 END) AS missed \
                     FROM booking b JOIN surgery s ON s.id = b.surgery_id \
                     WHERE b.status = 'booked' AND s.status = 'scheduled' \
                     AND s.starts_at >= {} AND s.starts_at < {now} AND {} \
                     GROUP BY s.neighbourhood_id",
                p.three_months_from,
                scope.on("s.neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT neighbourhood_id, COUNT(*) AS held FROM group_meeting \
                     WHERE met_on >= {} AND met_on <= {now} AND {} GROUP BY neighbourhood_id",
                p.three_months_from,
                scope.on("neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT neighbourhood_id, COUNT(*) AS published FROM team_update \
                     WHERE published_on >= {} AND published_on <= {now} \
                     AND withdrawn_at IS NULL AND {} \
                     GROUP BY neighbourhood_id",
                p.three_months_from,
                scope.on("neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT a.neighbourhood_id, COUNT(*) AS sent \
                     FROM team_message m JOIN team_message_area a ON a.message_id = m.id \
                     WHERE m.status IN ('sending', 'sent') AND m.send_at >= {} \
                     AND m.send_at <= {now} AND {} \
                     GROUP BY a.neighbourhood_id",
                p.three_months_from,
                scope.on("a.neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT d.neighbourhood_id, \
                     SUM(CASE WHEN r.useful THEN 1 ELSE 0 END) AS useful, \
                     SUM(CASE WHEN r.useful THEN 0 ELSE 1 END) AS not_useful \
                     FROM message_rating r \
                     JOIN message_delivery d ON d.message_id = r.message_id AND d.resident_id = r.resident_id \
                     JOIN team_message m ON m.id = r.message_id \
                     WHERE m.send_at >= {} AND m.send_at <= {now} AND {} \
                     GROUP BY d.neighbourhood_id",
                p.three_months_from,
                scope.on("d.neighbourhood_id")
            )
        ),
        by_neighbourhood(
            db,
            format!(
                "SELECT p.neighbourhood_id, COUNT(DISTINCT p.id) AS worked \
                     FROM problem p JOIN problem_action a ON a.problem_id = p.id \
                     WHERE a.partner_organisation_id IS NOT NULL \
                     AND a.created_at >= {} AND a.created_at <= {now} AND {} \
                     GROUP BY p.neighbourhood_id",
                p.year_from,
                scope.on("p.neighbourhood_id")
            )
        ),
    )?;
    places
        .into_iter()
        .map(|place| {
            let id = place.id;
            let mut counts = Counts {
                neighbourhoods: 1,
                ..Counts::default()
            };
            if let Some(row) = contact.get(&id) {
                counts.contact_officers = count(row, "officers")?;
                counts.contactable = count(row, "contactable")?;
            }
            if let Some(row) = concerns.get(&id) {
                counts.answered_in_time = count(row, "in_time")?;
                counts.answered_late = count(row, "late")?;
                counts.open_past_due = count(row, "past_due")?;
            }
            if let Some(row) = improved.get(&id) {
                counts.improved_yes = count(row, "yes")?;
                counts.improved_no = count(row, "no")?;
                counts.improved_not_sure = count(row, "not_sure")?;
            }
            if let Some(row) = priorities.get(&id) {
                counts.priorities = count(row, "current")?;
                counts.priorities_due = count(row, "due")?;
                counts.oldest_priority_update = row.try_get("", "oldest")?;
            }
            if let Some(row) = surgeries.get(&id) {
                counts.surgeries_held = count(row, "held")?;
                counts.next_surgery = row.try_get("", "next")?;
            }
            if let Some(row) = slots.get(&id) {
                counts.places_booked = count(row, "booked")?;
            }
            if let Some(row) = attendance.get(&id) {
                counts.attended = count(row, "attended")?;
                counts.did_not_attend = count(row, "missed")?;
            }
            if let Some(row) = meetings.get(&id) {
                counts.group_meetings = count(row, "held")?;
            }
            if let Some(row) = updates.get(&id) {
                counts.updates = count(row, "published")?;
            }
            if let Some(row) = messages.get(&id) {
                counts.messages_sent = count(row, "sent")?;
            }
            if let Some(row) = ratings.get(&id) {
                counts.messages_useful = count(row, "useful")?;
                counts.messages_not_useful = count(row, "not_useful")?;
            }
            if let Some(row) = partnered.get(&id) {
                counts.problems_with_partners = count(row, "worked")?;
            }
            Ok(Figures { place, counts })
        })
        .collect()
}

/// One neighbourhood's counts.
pub async fn for_neighbourhood(
    db: &DatabaseConnection,
    now: i64,
    neighbourhood_id: i32,
) -> Result<Counts, DbErr> {
    Ok(figures(db, now, Scope::Neighbourhood(neighbourhood_id))
        .await?
        .into_iter()
        .next()
        .map(|f| f.counts)
        .unwrap_or_default())
}

/// Weeks or calendar months, for trends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Bucketing {
    Week,
    #[default]
    Month,
}

/// One week's or month's activity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trend {
    pub starts_at: i64,
    pub concerns: u64,
    pub answered_in_time: u64,
    /// Answered late, or still waiting past their 72 hours.
    pub not_in_time: u64,
    pub surgeries_held: u64,
    pub group_meetings: u64,
    pub updates: u64,
    pub visible_minutes: u64,
    pub abstracted_minutes: u64,
}

/// Where each week (from Monday) or calendar month of the last year starts, UK time, oldest
/// first: the last one is the week or month `now` is in.
pub fn bucket_starts(now: i64, by: Bucketing) -> Vec<i64> {
    use crate::domain::schedule::uk_local;
    use crate::services::clock::start_of_uk_day;
    use chrono::{Datelike, Days, Months, NaiveDate};
    let today = uk_local(now).date();
    let days: Vec<NaiveDate> = match by {
        Bucketing::Week => {
            let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
            (0..52u64)
                .rev()
                .map(|weeks| monday - Days::new(weeks * 7))
                .collect()
        }
        Bucketing::Month => {
            let first = today.with_day(1).unwrap_or(today);
            (0..12u32)
                .rev()
                .filter_map(|months| first.checked_sub_months(Months::new(months)))
                .collect()
        }
    };
    days.into_iter()
        .filter_map(|day| start_of_uk_day(day.year(), day.month(), day.day()))
        .collect()
}

/// The index of the bucket a time column falls in, as SQL (NULL before the first).
fn bucket_of(column: &str, starts: &[i64]) -> String {
    let mut sql = String::from("CAST(CASE");
    for (i, start) in starts.iter().enumerate().rev() {
        sql.push_str(&format!(" WHEN {column} >= {start} THEN {i}"));
    }
    sql.push_str(" END AS BIGINT)");
    sql
}

/// The last year's activity in `scope`, by week or month.
pub async fn trends(
    db: &DatabaseConnection,
    now: i64,
    scope: Scope,
    by: Bucketing,
) -> Result<Vec<Trend>, DbErr> {
    let starts = bucket_starts(now, by);
    let from = starts.first().copied().unwrap_or(now);
    let grouped = |table: &str, column: &str, sums: &str, condition: &str| {
        format!(
            "SELECT {bucket} AS bucket, {sums} FROM {table} \
             WHERE {column} >= {from} AND {column} <= {now} AND {condition} AND {scope} \
             GROUP BY {bucket}",
            bucket = bucket_of(column, &starts),
            scope = scope.on("neighbourhood_id"),
        )
    };
    let abstraction_kinds = DutyKind::ALL
        .into_iter()
        .filter(|k| k.is_abstraction())
        .map(|k| format!("'{}'", sea_orm::ActiveEnum::to_value(&k)))
        .collect::<Vec<_>>()
        .join(", ");
    let (concerns, surgeries, meetings, updates, duty) = tokio::try_join!(
        rows(
            db,
            grouped(
                "concern",
                "created_at",
                &format!(
                    "COUNT(*) AS raised, \
                     SUM(CASE WHEN {ANSWERED_AT} <= due_at THEN 1 ELSE 0 END) AS in_time, \
                     SUM(CASE WHEN {ANSWERED_AT} > due_at OR ({ANSWERED_AT} IS NULL AND due_at <= {now}) THEN 1 ELSE 0 END) AS not_in_time"
                ),
                "1 = 1"
            )
        ),
        rows(
            db,
            grouped(
                "surgery",
                "starts_at",
                "COUNT(*) AS held",
                &format!("status = 'scheduled' AND starts_at < {now}")
            )
        ),
        rows(
            db,
            grouped("group_meeting", "met_on", "COUNT(*) AS held", "1 = 1")
        ),
        rows(
            db,
            grouped(
                "team_update",
                "published_on",
                "COUNT(*) AS published",
                "withdrawn_at IS NULL"
            )
        ),
        rows(
            db,
            grouped(
                "duty_time",
                "worked_on",
                &format!(
                    "SUM(CASE WHEN kind IN ({abstraction_kinds}) THEN 0 ELSE minutes END) AS visible, \
                     SUM(CASE WHEN kind IN ({abstraction_kinds}) THEN minutes ELSE 0 END) AS abstracted"
                ),
                "1 = 1"
            )
        ),
    )?;
    let mut trends: Vec<Trend> = starts
        .iter()
        .map(|&starts_at| Trend {
            starts_at,
            ..Trend::default()
        })
        .collect();
    let mut fill = |found: Vec<QueryResult>,
                    set: &dyn Fn(&mut Trend, &QueryResult) -> Result<(), DbErr>|
     -> Result<(), DbErr> {
        for row in found {
            let bucket: Option<i64> = row.try_get("", "bucket")?;
            if let Some(trend) = bucket.and_then(|b| trends.get_mut(b as usize)) {
                set(trend, &row)?;
            }
        }
        Ok(())
    };
    fill(concerns, &|t, row| {
        t.concerns = count(row, "raised")?;
        t.answered_in_time = count(row, "in_time")?;
        t.not_in_time = count(row, "not_in_time")?;
        Ok(())
    })?;
    fill(surgeries, &|t, row| {
        t.surgeries_held = count(row, "held")?;
        Ok(())
    })?;
    fill(meetings, &|t, row| {
        t.group_meetings = count(row, "held")?;
        Ok(())
    })?;
    fill(updates, &|t, row| {
        t.updates = count(row, "published")?;
        Ok(())
    })?;
    fill(duty, &|t, row| {
        t.visible_minutes = count(row, "visible")?;
        t.abstracted_minutes = count(row, "abstracted")?;
        Ok(())
    })?;
    Ok(trends)
}

/// Minutes recorded by each neighbourhood in `scope` between two times, by kind.
pub async fn duty_minutes(
    db: &DatabaseConnection,
    from: i64,
    to: i64,
    scope: Scope,
) -> Result<HashMap<i32, HashMap<DutyKind, u64>>, DbErr> {
    use sea_orm::ActiveEnum;
    let mut found: HashMap<i32, HashMap<DutyKind, u64>> = HashMap::new();
    for row in rows(
        db,
        format!(
            "SELECT neighbourhood_id, kind, SUM(minutes) AS minutes FROM duty_time \
             WHERE worked_on >= {from} AND worked_on < {to} AND {} \
             GROUP BY neighbourhood_id, kind",
            scope.on("neighbourhood_id")
        ),
    )
    .await?
    {
        let kind: String = row.try_get("", "kind")?;
        let Ok(kind) = DutyKind::try_from_value(&kind) else {
            continue;
        };
        found
            .entry(row.try_get("", "neighbourhood_id")?)
            .or_default()
            .insert(kind, count(&row, "minutes")?);
    }
    Ok(found)
}

/// Concerns raised in each neighbourhood in `scope` between two times (both included, so one
/// raised this second counts), by category:
/// `(neighbourhood, category, count)`. Counts only: no text, no place more exact than the
/// neighbourhood.
pub async fn concerns_by_category(
    db: &DatabaseConnection,
    from: i64,
    to: i64,
    scope: Scope,
) -> Result<Vec<(i32, i32, u64)>, DbErr> {
    rows(
        db,
        format!(
            "SELECT neighbourhood_id, category_id, COUNT(*) AS raised FROM concern \
             WHERE created_at >= {from} AND created_at <= {to} AND {} \
             GROUP BY neighbourhood_id, category_id",
            scope.on("neighbourhood_id")
        ),
    )
    .await?
    .iter()
    .map(|row| {
        Ok((
            row.try_get("", "neighbourhood_id")?,
            row.try_get("", "category_id")?,
            count(row, "raised")?,
        ))
    })
    .collect()
}

/// The dashboard's order within each LPA: by name, or worst first on a measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SortBy {
    #[default]
    Name,
    AnsweredInTime,
    Priorities,
    Held,
    Updates,
    Improved,
    Messages,
    Missing,
}

/// Which neighbourhoods the dashboard lists: all, those missing any commitment, or those
/// missing one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingFilter {
    #[default]
    All,
    Any,
    #[serde(untagged)]
    One(Commitment),
}

impl MissingFilter {
    fn keeps(self, counts: &Counts) -> bool {
        match self {
            MissingFilter::All => true,
            MissingFilter::Any => !counts.missing().is_empty(),
            MissingFilter::One(commitment) => !commitment.met(counts),
        }
    }
}

/// An LPA's neighbourhoods as the dashboard lists them, and their totals.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaFigures {
    pub lpa: String,
    pub neighbourhoods: Vec<Figures>,
    pub totals: Counts,
}

/// The dashboard's rows: each LPA's neighbourhoods that `missing` keeps, in `sort` order, with
/// the LPA's totals and the force's (of the neighbourhoods listed).
pub fn select(
    figures: Vec<Figures>,
    missing: MissingFilter,
    sort: SortBy,
) -> (Vec<AreaFigures>, Counts) {
    use crate::domain::guarantee::{Audience, percent};
    let mut areas: Vec<AreaFigures> = Vec::new();
    let mut force = Counts::default();
    for f in figures.into_iter().filter(|f| missing.keeps(&f.counts)) {
        force.add(&f.counts);
        match areas.last_mut() {
            Some(area) if area.lpa == f.place.lpa => {
                area.totals.add(&f.counts);
                area.neighbourhoods.push(f);
            }
            _ => {
                let mut totals = Counts::default();
                totals.add(&f.counts);
                areas.push(AreaFigures {
                    lpa: f.place.lpa.clone(),
                    neighbourhoods: vec![f],
                    totals,
                });
            }
        }
    }
    // Worst first; a neighbourhood with nothing to measure comes after those measured.
    let share = |part: u64, whole: u64| percent(part, whole, Audience::Staff).unwrap_or(101);
    for area in &mut areas {
        area.neighbourhoods.sort_by_cached_key(|f| {
            let c = &f.counts;
            let key: i64 = match sort {
                SortBy::Name => 0,
                SortBy::AnsweredInTime => share(c.answered_in_time, c.concerns_due()) as i64,
                SortBy::Priorities => c.oldest_priority_update.unwrap_or(i64::MIN),
                SortBy::Held => c.held() as i64,
                SortBy::Updates => c.updates as i64,
                SortBy::Improved => share(c.improved_yes, c.improved_answers()) as i64,
                SortBy::Messages => c.messages_sent as i64,
                SortBy::Missing => -(c.missing().len() as i64),
            };
            (key, f.place.name.clone())
        });
    }
    (areas, force)
}

/// The Local Policing Areas, by name: (id, code, name).
pub async fn lpas(db: &DatabaseConnection) -> Result<Vec<(i32, String, String)>, DbErr> {
    use entity::local_policing_area;
    use sea_orm::{EntityTrait, QueryOrder};
    Ok(local_policing_area::Entity::find()
        .order_by_asc(local_policing_area::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.id, l.code, l.name))
        .collect())
}

/// What the dashboard was asked to show, from its address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DashboardQuery {
    /// An LPA's code, or empty for the whole force.
    pub lpa: String,
    pub missing: MissingFilter,
    pub sort: SortBy,
}

impl DashboardQuery {
    pub fn from_query(value: impl Fn(&str) -> Option<String>) -> Self {
        DashboardQuery {
            lpa: value("lpa").unwrap_or_default(),
            missing: value("missing")
                .and_then(|m| chosen_value(&m))
                .unwrap_or_default(),
            sort: value("sort")
                .and_then(|s| chosen_value(&s))
                .unwrap_or_default(),
        }
    }

    /// The address query for this selection, sorted by `sort`.
    pub fn query(&self, sort: SortBy) -> String {
        format!(
            "lpa={}&missing={}&sort={}",
            self.lpa,
            form_value(&self.missing),
            form_value(&sort)
        )
    }
}

/// The LPAs (code, name) and the scope the query names: an unknown LPA is the whole force.
pub async fn scope_of(
    db: &DatabaseConnection,
    lpa: &str,
) -> Result<(Vec<(String, String)>, Scope), DbErr> {
    let lpas = lpas(db).await?;
    let scope = lpas
        .iter()
        .find(|(_, code, _)| code == lpa)
        .map_or(Scope::Force, |(id, _, _)| Scope::Lpa(*id));
    Ok((
        lpas.into_iter()
            .map(|(_, code, name)| (code, name))
            .collect(),
        scope,
    ))
}

/// The dashboard's figures for a query at `now`: the LPAs to choose from, each area's figures
/// and the force's. What the page and the CSV both show.
pub async fn dashboard(
    db: &DatabaseConnection,
    now: i64,
    query: &DashboardQuery,
) -> Result<(Vec<(String, String)>, Vec<AreaFigures>, Counts), DbErr> {
    let (lpas, scope) = scope_of(db, &query.lpa).await?;
    let (areas, force) = select(figures(db, now, scope).await?, query.missing, query.sort);
    Ok((lpas, areas, force))
}
