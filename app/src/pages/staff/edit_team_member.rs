//! Changing a team member's public entry (name, rank or role, biography, whether they are the
//! named contact officer), so a promotion or a new biography does not mean removing them and
//! adding them again.

use super::neighbourhood::manage_path;
use crate::components::form::{FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::{MOST_BIO, TeamMemberForm};
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

const FORM: &str = "team-member";

#[derive(Clone, Debug, PartialEq, Eq)]
struct EditView {
    code: String,
    neighbourhood: String,
    member_id: i32,
    name: String,
    rank: String,
    bio: String,
    is_contact_officer: bool,
    feedback: FormFeedback,
}

pub fn edit_team_member_path(code: &str, member_id: i32) -> String {
    format!("{}/team/{member_id}", manage_path(code))
}

async fn team_member(
    context: &crate::request::RequestContext,
    neighbourhood_id: i32,
    member_id: i32,
) -> Result<Option<entity::team_member::Model>, ServerFnError> {
    Ok(
        crate::services::neighbourhoods::team(&context.state.db, neighbourhood_id)
            .await
            .map_err(|e| fault("reading a team", e))?
            .into_iter()
            .find(|m| m.id == member_id),
    )
}

async fn edit(code: String, member_id: String) -> Result<EditView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let member_id: i32 = member_id.parse().map_err(|_| PageError::NotFound)?;
    let member = team_member(&context, n.id, member_id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(EditView {
        code: n.code,
        neighbourhood: n.name,
        member_id,
        name: member.name,
        rank: member.rank,
        bio: member.bio,
        is_contact_officer: member.is_contact_officer,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/team/edit")]
pub async fn edit_team_member(
    code: String,
    member_id: i32,
    #[server(flatten)] form: TeamMemberForm,
) -> Result<(), ServerFnError> {
    use crate::services::management;
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    if team_member(&context, n.id, member_id).await?.is_none() {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such team member.",
        ));
    }
    let entry = match form.parse() {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping(FORM, errors, &form);
            return context
                .reply(&edit_team_member_path(&n.code, member_id), feedback)
                .await;
        }
    };
    let saved = format!("{} {}'s entry has been changed", entry.rank, entry.name);
    management::change_team_member(
        &context.state.db,
        &context.state.clock,
        &permit,
        member_id,
        Some(entry),
    )
    .await
    .map_err(|e| fault("changing a team member", e))?;
    context
        .reply(&manage_path(&n.code), FormFeedback::notice("team", saved))
        .await
}

#[component]
pub fn EditTeamMemberPage() -> impl IntoView {
    let (code, member_id) = {
        let params = use_params_map().read_untracked();
        (
            params.get("code").unwrap_or_default(),
            params.get("member").unwrap_or_default(),
        )
    };
    page(
        move || edit(code.clone(), member_id.clone()),
        |view| view! { <EditTeamMember view /> },
    )
}

#[component]
fn EditTeamMember(view: EditView) -> impl IntoView {
    let EditView {
        code,
        neighbourhood,
        member_id,
        name,
        rank,
        bio,
        is_contact_officer,
        feedback,
    } = view;
    let form_feedback = feedback.for_form(FORM);
    // After an error, the box is as it was sent; otherwise as it is now.
    let ticked = if form_feedback.errors.is_empty() {
        is_contact_officer
    } else {
        !form_feedback.value("contact_officer").is_empty()
    };
    let heading = format!("Change {rank} {name}'s entry");
    view! {
        <Title text=page_title(&heading, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=manage_path(&code) class="back-link">"Back to the team"</a></p>
        <span class="caption-l">{neighbourhood}</span>
        <h1 class="heading-l">{heading.clone()}</h1>
        <p>"Residents see this on the neighbourhood's page."</p>
        <form method="post" action=EditTeamMember::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="member_id" value=member_id />
            <TextField name="name" label="Name" autocomplete="off" value=name feedback=form_feedback.clone() />
            <TextField name="rank" label="Rank or role" hint="For example PC, PCSO, Sergeant or Inspector." autocomplete="off" value=rank feedback=form_feedback.clone() />
            <TextArea name="bio" label="About them (optional)" max=MOST_BIO rows=4 value=bio feedback=form_feedback />
            <div class="form-group">
                <div class="checkbox">
                    <input class="checkbox__input" id="contact_officer" name="contact_officer" type="checkbox" value="yes" checked=ticked />
                    <label class="label checkbox__label" for="contact_officer">"The named contact officer for residents"</label>
                </div>
            </div>
            <div class="button-group">
                <button type="submit" class="button">"Save changes"</button>
                <a href=manage_path(&code)>"Cancel"</a>
            </div>
        </form>
    }
    .into_any()
}
