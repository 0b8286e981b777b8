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
use leptos::prelude::ServerFnError;

/// For actions: a page error as the answer to a form (a redirect, or 404).
pub fn refuse(error: PageError) -> Result<(), ServerFnError> {
    match error {
        PageError::Redirect(path) => {
            leptos_axum::redirect(&path);
            Ok(())
        }
        _ => Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            &crate::i18n::current().text("group-no-such-group"),
        )),
    }
}
