//! Pages for partner organisations' people: the problems teams share with their organisation
//! and the concerns they pass to it, each on a page of its own, where they record what they did
//! or reply to the resident.

use crate::domain::staff::StaffMember;
use crate::policy::{Denied, Permit};
use crate::request::RequestContext;
use leptos::prelude::ServerFnError;

pub mod concern;
pub mod home;
pub mod problem;

/// Where a partner lands once signed in.
pub const HOME: &str = "/partner";

/// A problem shared with the partner's organisation.
pub fn shared_problem_path(reference: &str) -> String {
    format!("{HOME}/problems/{reference}")
}

/// A concern passed to the partner's organisation.
pub fn referred_concern_path(reference: &str) -> String {
    format!("{HOME}/concerns/{reference}")
}

/// The permit `decide` gives the signed-in partner for what they asked for (`found`, as the
/// service read it by its reference); what does not exist answers as what is not theirs, so
/// references cannot be tried.
async fn permit_for<T>(
    context: &RequestContext,
    found: Option<T>,
    decide: fn(StaffMember, T) -> Result<Permit<T>, Denied>,
) -> Result<Result<Permit<T>, Denied>, ServerFnError> {
    let member = match context.signed_in_staff().await? {
        Ok(member) => member,
        Err(denied) => return Ok(Err(denied)),
    };
    Ok(match found {
        Some(found) => decide(member, found),
        None => Err(Denied::Forbidden),
    })
}
