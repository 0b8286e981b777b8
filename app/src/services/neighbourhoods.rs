//! Reading a neighbourhood's public page.

use crate::domain::geometry::MultiPolygon;
use crate::domain::neighbourhood::{Contact, Link, NeighbourhoodDetails, TeamMember};
use entity::{force, local_policing_area, neighbourhood, neighbourhood_link, team_member};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, ModelTrait, QueryFilter, QueryOrder,
};

pub async fn neighbourhood_details(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<NeighbourhoodDetails>, DbErr> {
    let Some(n) = neighbourhood_by_code(db, code).await? else {
        return Ok(None);
    };
    let lpa = n.find_related(local_policing_area::Entity).one(db).await?;
    let force = force(db, &n.force_id).await?;
    let team = team(db, n.id).await?;
    let links = links(db, &n).await?;
    let boundary = stored_boundary(&n)?;
    Ok(Some(NeighbourhoodDetails {
        id: n.id,
        code: n.code,
        name: n.name,
        lpa: lpa.map(|l| l.name).unwrap_or_default(),
        force: force.map(|f| f.name).unwrap_or_default(),
        description: n.description,
        boundary,
        team: team
            .into_iter()
            .map(|m| TeamMember {
                name: m.name,
                rank: m.rank,
                bio: m.bio,
                is_contact_officer: m.is_contact_officer,
            })
            .collect(),
        contact: Contact {
            email: n.contact_email,
            telephone: n.contact_telephone,
            links: links
                .into_iter()
                .map(|l| Link {
                    title: l.title,
                    url: l.url,
                })
                .collect(),
        },
    }))
}

/// A neighbourhood's published links, in the order they were added.
pub async fn links(
    db: &DatabaseConnection,
    n: &neighbourhood::Model,
) -> Result<Vec<neighbourhood_link::Model>, DbErr> {
    n.find_related(neighbourhood_link::Entity)
        .order_by_asc(neighbourhood_link::Column::Id)
        .all(db)
        .await
}

/// Every force this portal holds, by name.
pub async fn forces(db: &DatabaseConnection) -> Result<Vec<force::Model>, DbErr> {
    force::Entity::find()
        .order_by_asc(force::Column::Name)
        .all(db)
        .await
}

pub async fn force(db: &DatabaseConnection, id: &str) -> Result<Option<force::Model>, DbErr> {
    force::Entity::find_by_id(id.to_string()).one(db).await
}

/// A force's neighbourhoods, by name.
pub async fn of_force(
    db: &DatabaseConnection,
    force_id: &str,
) -> Result<Vec<neighbourhood::Model>, DbErr> {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::ForceId.eq(force_id))
        .order_by_asc(neighbourhood::Column::Name)
        .all(db)
        .await
}

/// A neighbourhood's boundary as stored (GeoJSON coordinates), or an empty shape before one has
/// been imported.
pub fn stored_boundary(n: &neighbourhood::Model) -> Result<MultiPolygon, DbErr> {
    match &n.boundary {
        Some(json) => serde_json::from_str(json).map_err(|e| {
            DbErr::Custom(format!(
                "neighbourhood {} has an unreadable boundary: {e}",
                n.code
            ))
        }),
        None => Ok(MultiPolygon::default()),
    }
}

pub async fn neighbourhood_by_code(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<neighbourhood::Model>, DbErr> {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq(code))
        .one(db)
        .await
}

pub async fn team(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
) -> Result<Vec<team_member::Model>, DbErr> {
    team_member::Entity::find()
        .filter(team_member::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(team_member::Column::IsContactOfficer)
        .order_by_asc(team_member::Column::DisplayOrder)
        .order_by_asc(team_member::Column::Id)
        .all(db)
        .await
}
