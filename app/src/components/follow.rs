//! The button that follows an item for the person signed in: they hear of every change to it
//! (see `services::alerts`), and find it in their account. Someone not signed in is asked to.

use crate::domain::group::Item;
use crate::pages::groups::dashboard::{ChangeFollowing, FollowAction, item_value};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn FollowButton(item: Item, what: &'static str) -> impl IntoView {
    view! {
        <form method="post" action=ChangeFollowing::url()>
            <input type="hidden" name="item" value=item_value(item) />
            <input type="hidden" name="action" value=crate::domain::forms::form_value(&FollowAction::Follow) />
            <button type="submit" class="button button--secondary">{format!("Follow {what}")}</button>
        </form>
        <p class="hint">"We email you when the team updates it. Choose how often in your account. Community groups can follow it from their dashboard."</p>
    }
}
