//! The button that follows an item for the person signed in: they hear of every change to it
//! (see `services::alerts`), and find it in their account. Someone not signed in is asked to.

use crate::domain::group::Item;
use crate::pages::groups::dashboard::{ChangeFollowing, FollowAction, item_value};
use crate::t;
use entity::follow::ItemKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The button to follow `item`, its words from the item's kind, in the page's language.
#[component]
pub fn FollowButton(item: Item) -> impl IntoView {
    let label = t!(match item.kind {
        ItemKind::Neighbourhood => "follow-neighbourhood",
        ItemKind::Priority => "follow-priority",
        ItemKind::Vote => "follow-vote",
        ItemKind::Problem => "follow-problem",
    });
    view! {
        <form method="post" action=ChangeFollowing::url()>
            <input type="hidden" name="item" value=item_value(item) />
            <input type="hidden" name="action" value=crate::domain::forms::form_value(&FollowAction::Follow) />
            <button type="submit" class="button button--secondary">{label}</button>
        </form>
        <p class="hint">{t!("follow-hint")}</p>
    }
}
