//! Reading a neighbourhood's public page.

use crate::domain::geometry::MultiPolygon;
use crate::domain::neighbourhood::{Contact, Link, NeighbourhoodDetails, TeamMember};
use entity::{force, local_policing_area, neighbourhood, neighbourhood_link, team_member};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, ModelTrait, QueryOrder};

pub async fn neighbourhood_details(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<NeighbourhoodDetails>, DbErr> {
    let Some(n) = crate::services::management::neighbourhood_by_code(db, code).await? else {
        return Ok(None);
    };
    let lpa = n.find_related(local_policing_area::Entity).one(db).await?;
    let force = force::Entity::find_by_id(n.force_id.clone())
        .one(db)
        .await?;
    let team = n
        .find_related(team_member::Entity)
        .order_by_desc(team_member::Column::IsContactOfficer)
        .order_by_asc(team_member::Column::DisplayOrder)
        .order_by_asc(team_member::Column::Id)
        .all(db)
        .await?;
    let links = n
        .find_related(neighbourhood_link::Entity)
        .order_by_asc(neighbourhood_link::Column::Id)
        .all(db)
        .await?;
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
