//! What a signed-in resident has in one neighbourhood, for its page: places booked at its
//! surgeries still to come, the votes they voted in, and whether they follow it. Read in one
//! query, so the page is the public copy plus this.

use crate::domain::ids::ResidentId;
use entity::booking::{self, BookingStatus};
use entity::follow::{self, ItemKind};
use entity::{ballot, surgery, surgery_slot, vote};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement, UnionType};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, StatementBuilder};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Yours {
    /// A place at a surgery, with its reference and the time of the slot.
    Booking { reference: String, starts_at: i64 },
    /// A vote they voted in, with its question in Welsh if the team gave it.
    Ballot {
        vote_id: i32,
        question: String,
        question_cy: Option<String>,
    },
    /// They follow the neighbourhood.
    Following,
}

/// Which part of the query a row comes from; also the order they are shown in.
#[derive(Clone, Copy)]
enum Part {
    Booking = 0,
    Ballot = 1,
    Following = 2,
}

#[derive(FromQueryResult)]
struct Row {
    part: i32,
    id: i32,
    label: String,
    /// The label in Welsh, where there is one.
    label_cy: Option<String>,
    at: i64,
}

/// The columns of each part: `label_cy` is the label in Welsh, where the part has one.
fn columns(
    query: &mut SelectStatement,
    part: Part,
    id: Expr,
    (label, label_cy): (Expr, Option<Expr>),
    at: Expr,
) {
    // Typed, so the union's column has one type on PostgreSQL too.
    let no_welsh = Expr::cust("CAST(NULL AS TEXT)");
    query
        .expr_as(Expr::val(part as i32), Alias::new("part"))
        .expr_as(id, Alias::new("id"))
        .expr_as(label, Alias::new("label"))
        .expr_as(label_cy.unwrap_or(no_welsh), Alias::new("label_cy"))
        .expr_as(at, Alias::new("at"));
}

/// The resident's own in neighbourhood `neighbourhood_id` at `now`: bookings soonest first,
/// then ballots, then following.
pub async fn in_neighbourhood<C: ConnectionTrait>(
    conn: &C,
    resident: ResidentId,
    neighbourhood_id: i32,
    now: i64,
) -> Result<Vec<Yours>, DbErr> {
    let mut bookings = Query::select();
    columns(
        &mut bookings,
        Part::Booking,
        Expr::col((booking::Entity, booking::Column::Id)),
        (
            Expr::col((booking::Entity, booking::Column::Reference)),
            None,
        ),
        Expr::col((surgery_slot::Entity, surgery_slot::Column::StartsAt)),
    );
    bookings
        .from(booking::Entity)
        .inner_join(
            surgery::Entity,
            Expr::col((surgery::Entity, surgery::Column::Id))
                .equals((booking::Entity, booking::Column::SurgeryId)),
        )
        .inner_join(
            surgery_slot::Entity,
            Expr::col((surgery_slot::Entity, surgery_slot::Column::Id))
                .equals((booking::Entity, booking::Column::SlotId)),
        )
        .and_where(Expr::col((booking::Entity, booking::Column::ResidentId)).eq(resident.get()))
        .and_where(Expr::col((booking::Entity, booking::Column::Status)).eq(BookingStatus::Booked))
        .and_where(
            Expr::col((surgery::Entity, surgery::Column::NeighbourhoodId)).eq(neighbourhood_id),
        )
        .and_where(Expr::col((surgery_slot::Entity, surgery_slot::Column::StartsAt)).gt(now));

    let mut ballots = Query::select();
    columns(
        &mut ballots,
        Part::Ballot,
        Expr::col((vote::Entity, vote::Column::Id)),
        (
            Expr::col((vote::Entity, vote::Column::Question)),
            Some(Expr::col((vote::Entity, vote::Column::QuestionCy))),
        ),
        Expr::col((vote::Entity, vote::Column::OpensAt)),
    );
    ballots
        .from(ballot::Entity)
        .inner_join(
            vote::Entity,
            Expr::col((vote::Entity, vote::Column::Id))
                .equals((ballot::Entity, ballot::Column::VoteId)),
        )
        .and_where(Expr::col((ballot::Entity, ballot::Column::ResidentId)).eq(resident.get()))
        .and_where(Expr::col((vote::Entity, vote::Column::NeighbourhoodId)).eq(neighbourhood_id));

    let mut following = Query::select();
    columns(
        &mut following,
        Part::Following,
        Expr::col((follow::Entity, follow::Column::Id)),
        (Expr::val(String::new()), None),
        Expr::col((follow::Entity, follow::Column::CreatedAt)),
    );
    following
        .from(follow::Entity)
        .and_where(Expr::col((follow::Entity, follow::Column::ResidentId)).eq(resident.get()))
        .and_where(
            Expr::col((follow::Entity, follow::Column::ItemKind)).eq(ItemKind::Neighbourhood),
        )
        .and_where(Expr::col((follow::Entity, follow::Column::ItemId)).eq(neighbourhood_id));

    let query = bookings
        .union(UnionType::All, ballots)
        .union(UnionType::All, following)
        .to_owned();
    let statement = StatementBuilder::build(&query, &conn.get_database_backend());
    let mut rows = Row::find_by_statement(statement).all(conn).await?;
    rows.sort_by_key(|row| (row.part, row.at, row.id));
    Ok(rows
        .into_iter()
        .filter_map(|row| match row.part {
            p if p == Part::Booking as i32 => Some(Yours::Booking {
                reference: row.label,
                starts_at: row.at,
            }),
            p if p == Part::Ballot as i32 => Some(Yours::Ballot {
                vote_id: row.id,
                question: row.label,
                question_cy: row.label_cy,
            }),
            p if p == Part::Following as i32 => Some(Yours::Following),
            _ => None,
        })
        .collect())
}
