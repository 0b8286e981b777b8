//! The confidence survey: a resident answers once a quarter for a neighbourhood, and their answers
//! are added to that quarter's counts at once, kept nowhere with their name. That they answered
//! this quarter is all that names them (`survey_taken`, unique per resident and quarter, written
//! in the same transaction as the counts, so two answers sent at once count once).

use crate::domain::ids::ResidentId;
use crate::domain::survey::{Quarter, QuarterResult, SurveyAnswers, result};
use crate::services::clock::Clock;
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::write::Database;
use entity::survey_taken;
use entity::survey_tally::{self, SurveyQuestion};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};
use std::collections::HashMap;

/// What became of a resident's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Counted,
    /// They have answered this quarter already; nothing changed.
    AlreadyThisQuarter,
}

/// Counts resident `resident_id`'s answers for neighbourhood `neighbourhood_id` in this quarter,
/// unless they answered this quarter already.
pub async fn answer(
    db: &Database,
    clock: &Clock,
    resident_id: ResidentId,
    neighbourhood_id: i32,
    answers: &SurveyAnswers,
) -> Result<Answered, DbErr> {
    let quarter = Quarter::of(clock.now()).code();
    let txn = db.write().await?;
    let taken = survey_taken::Entity::insert(survey_taken::ActiveModel {
        id: NotSet,
        resident_id: Set(resident_id.get()),
        quarter: Set(quarter.clone()),
    })
    .on_conflict(
        OnConflict::columns([
            survey_taken::Column::ResidentId,
            survey_taken::Column::Quarter,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if taken == 0 {
        return Ok(Answered::AlreadyThisQuarter);
    }
    for (question, answer) in answers.counted() {
        survey_tally::Entity::insert(survey_tally::ActiveModel {
            id: NotSet,
            neighbourhood_id: Set(neighbourhood_id),
            quarter: Set(quarter.clone()),
            question: Set(question),
            answer: Set(answer),
            count: Set(1),
        })
        .on_conflict(
            OnConflict::columns([
                survey_tally::Column::NeighbourhoodId,
                survey_tally::Column::Quarter,
                survey_tally::Column::Question,
                survey_tally::Column::Answer,
            ])
            .value(
                survey_tally::Column::Count,
                Expr::col((survey_tally::Entity, survey_tally::Column::Count)).add(1),
            )
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    // "How we're doing" shows the counts, like ballots: a count, not the pages' revision.
    txn.public_count_changed();
    txn.commit().await?;
    Ok(Answered::Counted)
}

/// Whether resident `resident_id` has answered in the quarter of `now` (one row at most, by index).
pub async fn answered_this_quarter(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    now: i64,
) -> Result<bool, DbErr> {
    Ok(survey_taken::Entity::find()
        .filter(survey_taken::Column::ResidentId.eq(resident_id.get()))
        .filter(survey_taken::Column::Quarter.eq(Quarter::of(now).code()))
        .count(db)
        .await?
        > 0)
}

/// Neighbourhood `neighbourhood_id`'s results for the quarter of `now` and the `earlier`
/// quarters before it, newest first.
pub async fn results(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    now: i64,
    earlier: usize,
) -> Result<Vec<QuarterResult>, DbErr> {
    let current = Quarter::of(now);
    Ok(tallies(db, neighbourhood_id, current.and_earlier(earlier))
        .await?
        .into_iter()
        .map(|(quarter, counts)| result(quarter, quarter == current, &counts))
        .collect())
}

/// How many gave each answer to each question: (question, answer as counted, how many).
pub type AnswerCounts = Vec<(SurveyQuestion, String, i64)>;

/// The counts of each answer to each question in neighbourhood `neighbourhood_id`, for each of
/// `quarters` in their order; a quarter in which nobody answered has none.
pub async fn tallies(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    quarters: Vec<Quarter>,
) -> Result<Vec<(Quarter, AnswerCounts)>, DbErr> {
    let counts: Vec<(String, SurveyQuestion, String, i32)> = survey_tally::Entity::find()
        .select_only()
        .column(survey_tally::Column::Quarter)
        .column(survey_tally::Column::Question)
        .column(survey_tally::Column::Answer)
        .column(survey_tally::Column::Count)
        .filter(survey_tally::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(survey_tally::Column::Quarter.is_in(quarters.iter().map(|q| q.code())))
        .into_tuple()
        .all(db)
        .await?;
    Ok(quarters
        .into_iter()
        .map(|quarter| {
            let code = quarter.code();
            let of_quarter = counts
                .iter()
                .filter(|(q, _, _, _)| *q == code)
                .map(|(_, question, answer, n)| (*question, answer.clone(), i64::from(*n)))
                .collect();
            (quarter, of_quarter)
        })
        .collect())
}

/// The counts of each answer to each question in `quarter`, for every neighbourhood where
/// anyone answered: neighbourhood id to (question, answer as counted, how many).
pub async fn tallies_in(
    db: &DatabaseConnection,
    quarter: Quarter,
) -> Result<HashMap<i32, AnswerCounts>, DbErr> {
    let counts: Vec<(i32, SurveyQuestion, String, i32)> = survey_tally::Entity::find()
        .select_only()
        .column(survey_tally::Column::NeighbourhoodId)
        .column(survey_tally::Column::Question)
        .column(survey_tally::Column::Answer)
        .column(survey_tally::Column::Count)
        .filter(survey_tally::Column::Quarter.eq(quarter.code()))
        .into_tuple()
        .all(db)
        .await?;
    let mut by_place: HashMap<i32, AnswerCounts> = HashMap::new();
    for (place, question, answer, n) in counts {
        by_place
            .entry(place)
            .or_default()
            .push((question, answer, i64::from(n)));
    }
    Ok(by_place)
}

/// One row of the force's comparison: a neighbourhood, or an area's total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedRow {
    pub code: String,
    pub name: String,
    pub result: QuarterResult,
}

/// An LPA's neighbourhoods where anyone answered, and its total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedArea {
    pub lpa: String,
    pub neighbourhoods: Vec<ComparedRow>,
    pub total: QuarterResult,
}

/// The survey in an ended `quarter` compared across the neighbourhoods of `lpa` (an LPA's code,
/// or empty for the whole force): the LPAs to choose from, each area's neighbourhoods where
/// anyone answered with its total, and the total of all listed. Shares follow the same rule as
/// a neighbourhood's: from 10 answers. A total adds only what its rows show (their answers where
/// their shares show, their walkers where their share feeling safe shows), so no total minus
/// the rows shown gives away a neighbourhood's hidden answers. What the dashboard and its CSV
/// both show.
pub async fn comparison(
    db: &DatabaseConnection,
    quarter: Quarter,
    lpa: &str,
) -> Result<(Vec<(String, String)>, Vec<ComparedArea>, QuarterResult), DbErr> {
    use crate::domain::survey::add_counts;
    let (lpas, scope) = crate::services::guarantee::scope_of(db, lpa).await?;
    let (places, tallies) = tokio::try_join!(
        crate::services::guarantee::places(db, scope),
        tallies_in(db, quarter),
    )?;
    // Each LPA's id and name, its rows, and the counts its total adds.
    let mut areas: Vec<(i32, String, Vec<ComparedRow>, AnswerCounts)> = Vec::new();
    let mut everyone = AnswerCounts::new();
    for place in places {
        let Some(counts) = tallies.get(&place.id) else {
            continue;
        };
        let row = ComparedRow {
            code: place.code,
            name: place.name,
            result: result(quarter, false, counts),
        };
        let shown: AnswerCounts = match row.result.shares {
            None => Vec::new(),
            Some(shares) => counts
                .iter()
                .filter(|(question, _, _)| {
                    *question != SurveyQuestion::Safe || shares.safe.is_some()
                })
                .cloned()
                .collect(),
        };
        add_counts(&mut everyone, &shown);
        match areas.last_mut() {
            Some((lpa_id, _, rows, area_counts)) if *lpa_id == place.lpa_id => {
                rows.push(row);
                add_counts(area_counts, &shown);
            }
            _ => areas.push((place.lpa_id, place.lpa, vec![row], shown)),
        }
    }
    let areas = areas
        .into_iter()
        .map(|(_, lpa, neighbourhoods, counts)| ComparedArea {
            lpa,
            neighbourhoods,
            total: result(quarter, false, &counts),
        })
        .collect();
    Ok((lpas, areas, result(quarter, false, &everyone)))
}

/// The quarters a resident answered in, for "download my data"; erased with the account (the
/// counts stay: they name nobody).
pub struct SurveyRecords;

#[async_trait::async_trait]
impl ResidentRecords for SurveyRecords {
    fn columns(&self) -> &'static [Column] {
        &[("survey_taken", "resident_id")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let quarters: Vec<String> = survey_taken::Entity::find()
            .select_only()
            .column(survey_taken::Column::Quarter)
            .filter(survey_taken::Column::ResidentId.eq(who.id.get()))
            .into_tuple()
            .all(db)
            .await?;
        Ok(vec![(
            "confidence_survey_quarters_answered",
            as_download(&quarters)?,
        )])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        survey_taken::Entity::delete_many()
            .filter(survey_taken::Column::ResidentId.eq(erasure.resident.id.get()))
            .exec(erasure.write)
            .await?;
        Ok(())
    }
}
