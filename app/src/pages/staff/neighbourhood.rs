//! Managing one neighbourhood: its public details and its team list (what residents see on the
//! neighbourhood page). Team members manage their own neighbourhoods; administrators any.

use crate::components::form::{FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::neighbourhood::{NeighbourhoodDetailsForm, TeamMemberForm, neighbourhood_path};
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq)]
struct TeamRow {
    id: i32,
    name: String,
    rank: String,
    is_contact_officer: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct ManageView {
    code: String,
    name: String,
    description: String,
    contact_email: String,
    contact_telephone: String,
    team: Vec<TeamRow>,
    feedback: FormFeedback,
}

async fn manage_neighbourhood(code: String) -> Result<ManageView, PageError> {
    use crate::services::neighbourhoods;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let team = neighbourhoods::team(&context.state.db, n.id)
        .await
        .map_err(|e| fault("reading a team", e))?
        .into_iter()
        .map(|m| TeamRow {
            id: m.id,
            name: m.name,
            rank: m.rank,
            is_contact_officer: m.is_contact_officer,
        })
        .collect();
    Ok(ManageView {
        code: n.code,
        name: n.name,
        description: n.description,
        contact_email: n.contact_email.unwrap_or_default(),
        contact_telephone: n.contact_telephone.unwrap_or_default(),
        team,
        feedback: context.feedback().await?,
    })
}

pub(super) fn manage_path(code: &str) -> String {
    format!("/staff/neighbourhoods/{code}")
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/details")]
pub async fn save_neighbourhood_details(
    code: String,
    #[server(flatten)] form: NeighbourhoodDetailsForm,
) -> Result<(), ServerFnError> {
    use crate::services::management;
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = manage_path(&permit.subject().code);
    let entry = match form.parse() {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("details", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    management::update_neighbourhood_details(
        &context.state.db,
        &context.state.clock,
        &permit,
        entry,
    )
    .await
    .map_err(|e| fault("saving a neighbourhood's details", e))?;
    context
        .reply(
            &path,
            FormFeedback::notice("details", "The neighbourhood's details have been saved"),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/team/add")]
pub async fn add_team_member(
    code: String,
    #[server(flatten)] form: TeamMemberForm,
) -> Result<(), ServerFnError> {
    use crate::services::management;
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = manage_path(&permit.subject().code);
    let entry = match form.parse() {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("team", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let added = format!("{} {} has been added to the team", entry.rank, entry.name);
    management::add_team_member(&context.state.db, &context.state.clock, &permit, entry)
        .await
        .map_err(|e| fault("adding a team member", e))?;
    context
        .reply(&path, FormFeedback::notice("team", added))
        .await
}

/// What a team list's buttons do to one member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TeamMemberAction {
    Remove,
    /// Make this member the named contact officer.
    MakeContactOfficer,
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/team/change")]
pub async fn change_team_member(
    code: String,
    member_id: i32,
    action: TeamMemberAction,
) -> Result<(), ServerFnError> {
    use crate::domain::neighbourhood::TeamMemberEntry;
    use crate::services::management;
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let team = crate::services::neighbourhoods::team(&context.state.db, n.id)
        .await
        .map_err(|e| fault("reading a team", e))?;
    let Some(current) = team.into_iter().find(|m| m.id == member_id) else {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such team member.",
        ));
    };
    let (entry, notice) = match action {
        TeamMemberAction::Remove => (
            None,
            format!(
                "{} {} has been removed from the team",
                current.rank, current.name
            ),
        ),
        TeamMemberAction::MakeContactOfficer => (
            Some(TeamMemberEntry {
                name: current.name.clone(),
                rank: current.rank.clone(),
                bio: current.bio.clone(),
                is_contact_officer: true,
            }),
            format!(
                "{} {} is now the named contact officer",
                current.rank, current.name
            ),
        ),
    };
    management::change_team_member(
        &context.state.db,
        &context.state.clock,
        &permit,
        member_id,
        entry,
    )
    .await
    .map_err(|e| fault("changing a team member", e))?;
    context
        .reply(&manage_path(&n.code), FormFeedback::notice("team", notice))
        .await
}

#[component]
pub fn ManageNeighbourhoodPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || manage_neighbourhood(code.clone()),
        |view| view! { <Manage view /> },
    )
}

#[component]
fn Manage(view: ManageView) -> impl IntoView {
    let ManageView {
        code,
        name,
        description,
        contact_email,
        contact_telephone,
        team,
        feedback,
    } = view;
    let details_feedback = feedback.for_form("details");
    let team_feedback = feedback.for_form("team");
    let empty_team = team.is_empty();
    view! {
        <Title text=page_title(&format!("Manage {name}"), &feedback) />
        <FeedbackBanner feedback />
        <span class="caption-l">"Manage neighbourhood"</span>
        <h1 class="heading-l">{name.clone()}</h1>
        <p><a href=neighbourhood_path(&code)>"See the public page"</a></p>
        <p><a href=format!("{}/surgeries", manage_path(&code))>"Surgeries: see what is coming up and schedule more"</a></p>
        <p><a href=format!("{}/venues", manage_path(&code))>"Venues: the places where the team meets residents"</a></p>
        <p><a href=format!("{}/concerns", manage_path(&code))>"Concerns residents have raised"</a>" · "<a href=format!("{}/problems", manage_path(&code))>"Problems (SARA)"</a></p>
        <p><a href=format!("{}/priorities", manage_path(&code))>"Local priorities"</a>" · "<a href=format!("{}/votes", manage_path(&code))>"Votes"</a>" · "<a href=format!("{}/updates", manage_path(&code))>"You said, we did"</a></p>
        <p><a href=format!("{}/messages", manage_path(&code))>"Messages to residents: appeals, advice, warnings, news and events"</a></p>
        <p><a href=format!("{}/time", manage_path(&code))>"Time in the community and abstractions"</a></p>

        <h2 class="heading-m" id="team-heading">"Team"</h2>
        <p>"This list is shown to residents on the neighbourhood's page, with the named contact officer first."</p>
        {empty_team.then(|| view! { <p>"Nobody is listed yet."</p> })}
        <table class="table" aria-labelledby="team-heading" hidden=empty_team>
            <thead><tr><th scope="col">"Name"</th><th scope="col">"Rank or role"</th><th scope="col">"Contact officer"</th><th scope="col"><span class="visually-hidden">"Changes"</span></th></tr></thead>
            <tbody>
                {team.into_iter().map(|m| {
                    let code = code.clone();
                    view! {
                        <tr>
                            <td>{m.name.clone()}</td>
                            <td>{m.rank.clone()}</td>
                            <td>{if m.is_contact_officer { "Yes" } else { "" }}</td>
                            <td class="table__actions">
                                {(!m.is_contact_officer).then(|| view! {
                                    <form method="post" action=ChangeTeamMember::url()>
                                        <input type="hidden" name="code" value=code.clone() />
                                        <input type="hidden" name="member_id" value=m.id />
                                        <input type="hidden" name="action" value=form_value(&TeamMemberAction::MakeContactOfficer) />
                                        <button type="submit" class="button button--secondary button--small">
                                            "Make contact officer"<span class="visually-hidden">{format!(": {}", m.name)}</span>
                                        </button>
                                    </form>
                                })}
                                <a href=super::edit_team_member::edit_team_member_path(&code, m.id) class="button button--secondary button--small">
                                    "Change"<span class="visually-hidden">{format!(" {}'s entry", m.name)}</span>
                                </a>
                                <a href=format!("{}/team/{}/remove", manage_path(&code), m.id) class="button button--warning button--small">
                                    "Remove"<span class="visually-hidden">{format!(" {}", m.name)}</span>
                                </a>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Add a team member"</h2>
        <form method="post" action=AddTeamMember::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <TextField name="name" label="Name" autocomplete="off" feedback=team_feedback.clone() />
            <TextField name="rank" label="Rank or role" hint="For example PC, PCSO, Sergeant or Inspector." autocomplete="off" feedback=team_feedback.clone() />
            <TextArea name="bio" label="About them (optional)" max=1000 rows=3 feedback=team_feedback />
            <div class="form-group">
                <div class="checkbox">
                    <input class="checkbox__input" id="contact_officer" name="contact_officer" type="checkbox" value="yes" />
                    <label class="label checkbox__label" for="contact_officer">"The named contact officer for residents"</label>
                </div>
            </div>
            <button type="submit" class="button">"Add team member"</button>
        </form>

        <h2 class="heading-m">"Details residents see"</h2>
        <form method="post" action=SaveNeighbourhoodDetails::url() novalidate>
            <input type="hidden" name="code" value=code />
            <TextArea name="description" label="About the neighbourhood" max=2000 value=description feedback=details_feedback.clone() />
            <TextField name="contact_email" label="Team email address (optional)" kind="email" autocomplete="off" value=contact_email feedback=details_feedback.clone() />
            <TextField name="contact_telephone" label="Team telephone number (optional)" kind="tel" autocomplete="off" value=contact_telephone feedback=details_feedback />
            <button type="submit" class="button">"Save details"</button>
        </form>
    }
    .into_any()
}
