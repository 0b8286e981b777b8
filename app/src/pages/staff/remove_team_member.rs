//! Asks a team member to confirm before someone is taken off a neighbourhood's public team
//! list.

use super::neighbourhood::{ChangeTeamMember, TeamMemberAction, manage_path};
use crate::components::page::{PageError, page};
use crate::domain::forms::form_value;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Removal {
    code: String,
    neighbourhood: String,
    member_id: i32,
    /// "PCSO Priya Kaur".
    member: String,
}

async fn removal(code: String, member_id: String) -> Result<Removal, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let member_id: i32 = member_id.parse().map_err(|_| PageError::NotFound)?;
    let member = crate::services::neighbourhoods::team(&context.state.db, n.id)
        .await
        .map_err(|e| fault("reading a team", e))?
        .into_iter()
        .find(|m| m.id == member_id)
        .ok_or(PageError::NotFound)?;
    Ok(Removal {
        code: n.code,
        neighbourhood: n.name,
        member_id,
        member: format!("{} {}", member.rank, member.name),
    })
}

#[component]
pub fn RemoveTeamMemberPage() -> impl IntoView {
    let (code, member_id) = {
        let params = use_params_map().read_untracked();
        (
            params.get("code").unwrap_or_default(),
            params.get("member").unwrap_or_default(),
        )
    };
    page(
        move || removal(code.clone(), member_id.clone()),
        |removal| {
            let heading = format!(
                "Are you sure you want to remove {} from the team?",
                removal.member
            );
            view! {
                <Title text=heading.clone() />
                <span class="caption-l">{removal.neighbourhood.clone()}</span>
                <h1 class="heading-l">{heading}</h1>
                <p>"They will no longer be shown to residents on the neighbourhood's page. You can add them again later."</p>
                <form method="post" action=ChangeTeamMember::url()>
                    <input type="hidden" name="code" value=removal.code.clone() />
                    <input type="hidden" name="member_id" value=removal.member_id />
                    <input type="hidden" name="action" value=form_value(&TeamMemberAction::Remove) />
                    <button type="submit" class="button button--warning">{format!("Yes, remove {}", removal.member)}</button>
                </form>
                <p><a href=manage_path(&removal.code)>"No, go back to the team"</a></p>
            }
        },
    )
}
