//! The site's secret: from `PORTAL_SECRET`, or made once and kept in the database, so every
//! instance on the database uses the same one.

use entity::site_secret::{ActiveModel, Entity};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait};

pub async fn site_secret(
    db: &DatabaseConnection,
    configured: Option<&str>,
) -> Result<Vec<u8>, DbErr> {
    if let Some(secret) = configured {
        return Ok(secret.as_bytes().to_vec());
    }
    let mut random = [0u8; 32];
    getrandom::fill(&mut random).expect("the operating system's random number generator");
    let made: String = random.iter().map(|b| format!("{b:02x}")).collect();
    // The first instance to start keeps its secret; the others read it.
    Entity::insert(ActiveModel {
        id: Set(1),
        value: Set(made),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(db)
    .await?;
    let stored = Entity::find_by_id(1)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the site secret just stored".into()))?;
    Ok(stored.value.into_bytes())
}
