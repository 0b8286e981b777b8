//! Community groups: the public list and pages, registering a group, its members' dashboard
//! of what it follows and put forward, organisers' member management, and accepting an
//! invitation. Staff verify groups and record meetings in `pages::staff::groups`.

pub mod dashboard;
pub mod group;
pub mod invitation;
pub mod list;
pub mod members;
pub mod register;

use crate::components::page::PageError;
use crate::domain::staff::StaffMember;
use crate::request::RequestContext;
use crate::services::groups::{self, Group};
use crate::state::fault;
use entity::community_group::GroupStatus;
use entity::group_member::{self, MemberRole, MemberStatus};
use leptos::prelude::ServerFnError;

/// A group, and who is asking about it.
pub struct GroupAccess {
    pub group: Group,
    pub resident_id: Option<i32>,
    pub membership: Option<group_member::Model>,
    pub staff: Option<StaffMember>,
}

impl GroupAccess {
    pub fn is_member(&self) -> bool {
        self.membership
            .as_ref()
            .is_some_and(|m| m.status == MemberStatus::Active)
    }

    pub fn is_organiser(&self) -> bool {
        self.membership
            .as_ref()
            .is_some_and(|m| m.status == MemberStatus::Active && m.role == MemberRole::Organiser)
    }

    /// Staff who may verify it and record meetings with it.
    pub fn staff_may_act(&self) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| s.may_act_for_group(&self.group.neighbourhood_ids()))
    }

    /// A verified group is public; until then only its members and the staff who may verify
    /// it see it; a closed one, staff only.
    pub fn may_see(&self) -> bool {
        match self.group.group.status {
            GroupStatus::Verified => true,
            GroupStatus::Pending | GroupStatus::Declined => {
                self.is_member() || self.staff_may_act()
            }
            GroupStatus::Closed => self.staff_may_act(),
        }
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
    let staff = context.staff_access(|_| true).await?.ok();
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
) -> Result<Result<(GroupAccess, i32), PageError>, ServerFnError> {
    let Some(resident_id) = context.session.resident_id().await? else {
        return Ok(Err(PageError::Redirect("/sign-in".into())));
    };
    Ok(match access(context, reference).await? {
        Some(access) if access.is_member() => Ok((access, resident_id)),
        _ => Err(PageError::NotFound),
    })
}

/// For actions: a page error as the answer to a form (a redirect, or 404).
pub fn refuse(error: PageError) -> Result<(), ServerFnError> {
    match error {
        PageError::Redirect(path) => {
            leptos_axum::redirect(&path);
            Ok(())
        }
        _ => Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such group.",
        )),
    }
}
