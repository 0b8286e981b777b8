//! Who asks about a community group: a resident (a member, an organiser, or neither) or a
//! member of staff, and whether `policy` lets them see it.

use crate::components::page::PageError;
use crate::domain::ids::ResidentId;
use crate::domain::staff::StaffMember;
use crate::policy;
use crate::request::RequestContext;
use crate::services::groups::{self, Group};
use crate::state::fault;
use entity::group_member;
use leptos::prelude::ServerFnError;

/// A group, and who is asking about it.
pub struct GroupAccess {
    pub group: Group,
    pub resident_id: Option<ResidentId>,
    pub membership: Option<group_member::Model>,
    pub staff: Option<StaffMember>,
}

impl GroupAccess {
    pub fn is_member(&self) -> bool {
        self.membership.as_ref().is_some_and(policy::group::belongs)
    }

    pub fn is_organiser(&self) -> bool {
        self.membership
            .as_ref()
            .is_some_and(policy::group::organises)
    }

    /// Staff who may verify it and record meetings with it.
    pub fn staff_may_act(&self) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| policy::group::may_act_for(s, &self.group.neighbourhood_ids()))
    }

    pub fn may_see(&self) -> bool {
        policy::group::may_see(
            self.group.group.status,
            self.is_member(),
            self.staff_may_act(),
        )
    }
}

/// The group with this reference and who asks; None if there is none or the asker may not see
/// it (the same answer, so unverified groups cannot be discovered).
pub async fn access(
    context: &RequestContext,
    reference: &str,
) -> Result<Option<GroupAccess>, ServerFnError> {
    let db = &context.state.db;
    let Some(group) = groups::by_reference(db, reference)
        .await
        .map_err(|e| fault("reading a group", e))?
    else {
        return Ok(None);
    };
    let resident_id = context.session.resident_id().await?;
    let membership = match resident_id {
        Some(id) => groups::membership(db, group.group.id, id)
            .await
            .map_err(|e| fault("reading a membership", e))?,
        None => None,
    };
    // Staff count as staff here only once signed in as their role requires.
    let staff = context.signed_in_staff().await?.ok();
    let access = GroupAccess {
        group,
        resident_id,
        membership,
        staff,
    };
    Ok(access.may_see().then_some(access))
}

/// For pages: the group, or not found.
pub async fn page_access(
    context: &RequestContext,
    reference: &str,
) -> Result<GroupAccess, PageError> {
    access(context, reference).await?.ok_or(PageError::NotFound)
}

/// For a member's page or action: the signed-in member, or sign in, or not found.
pub async fn member_access(
    context: &RequestContext,
    reference: &str,
) -> Result<Result<(GroupAccess, ResidentId), PageError>, ServerFnError> {
    let Some(resident_id) = context.session.resident_id().await? else {
        return Ok(Err(PageError::Redirect("/sign-in".into())));
    };
    Ok(match access(context, reference).await? {
        Some(access) if access.is_member() => Ok((access, resident_id)),
        _ => Err(PageError::NotFound),
    })
}
