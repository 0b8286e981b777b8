//! Who a member of staff is, read from their account: what pages and the audit log know of
//! them. Creating and changing accounts is in `staff`; signing in, in `staff_auth`.

use crate::domain::staff::StaffMember;
use entity::{staff_account, staff_neighbourhood};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

/// "Sam Patel (sam.patel@police.example.uk)", as the audit log names an account.
pub(crate) fn account_subject(account: &staff_account::Model) -> String {
    format!("{} ({})", account.name, account.email)
}

pub(crate) async fn neighbourhood_ids<C: ConnectionTrait>(
    conn: &C,
    staff_account_id: i32,
) -> Result<Vec<i32>, DbErr> {
    Ok(staff_neighbourhood::Entity::find()
        .filter(staff_neighbourhood::Column::StaffAccountId.eq(staff_account_id))
        .order_by_asc(staff_neighbourhood::Column::NeighbourhoodId)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.neighbourhood_id)
        .collect())
}

pub(crate) fn member_of(
    account: staff_account::Model,
    neighbourhood_ids: Vec<i32>,
) -> Option<StaffMember> {
    Some(StaffMember {
        role: account.role,
        id: account.id,
        name: account.name,
        email: account.email,
        neighbourhood_ids,
        has_second_factor: account.totp_secret.is_some(),
        session_generation: account.session_generation,
        partner_organisation_id: account.partner_organisation_id,
    })
}

/// The member of staff with this id, unless the account is disabled.
pub async fn member(db: &DatabaseConnection, id: i32) -> Result<Option<StaffMember>, DbErr> {
    let Some(account) = staff_account::Entity::find_by_id(id)
        .filter(staff_account::Column::Disabled.eq(false))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let ids = neighbourhood_ids(db, id).await?;
    Ok(member_of(account, ids))
}
