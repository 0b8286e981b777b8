//! One partner organisation, for administrators: where it works (add an area, take a
//! neighbourhood away) and its people (invite one: they choose a password from the emailed link
//! and set up a second factor before they see anything).

use crate::components::form::{FeedbackBanner, Select, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::partner::{PARTNERS_PATH, PartnerPersonForm, organisation_path};
use crate::services::staff_auth::INVITATION_DAYS;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq)]
struct PersonRow {
    id: i32,
    name: String,
    email: String,
    disabled: bool,
    has_second_factor: bool,
    /// "Invited", "Signed in with a second factor", "Disabled".
    state: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct OrganisationView {
    id: i32,
    name: String,
    kind: &'static str,
    /// (code, name) of each neighbourhood it works in.
    neighbourhoods: Vec<(String, String)>,
    people: Vec<PersonRow>,
    areas: Vec<(String, String)>,
    feedback: FormFeedback,
}

async fn organisation(id: String) -> Result<OrganisationView, PageError> {
    use crate::services::partners;
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    let db = &context.state.db;
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let listing = partners::organisation(db, id)
        .await
        .map_err(|e| fault("reading a partner organisation", e))?
        .ok_or(PageError::NotFound)?;
    let areas = partners::area_choices(db)
        .await
        .map_err(|e| fault("listing areas", e))?
        .options;
    Ok(OrganisationView {
        id,
        name: listing.organisation.name,
        kind: listing.organisation.kind.label(),
        neighbourhoods: listing
            .neighbourhoods
            .into_iter()
            .map(|n| (n.code, n.name))
            .collect(),
        people: listing
            .people
            .into_iter()
            .map(|p| PersonRow {
                state: if p.disabled {
                    "Disabled"
                } else if p.totp_secret.is_some() {
                    "Signs in with a second factor"
                } else {
                    "Invited: has not finished setting up"
                },
                id: p.id,
                name: p.name,
                email: p.email,
                disabled: p.disabled,
                has_second_factor: p.totp_secret.is_some(),
            })
            .collect(),
        areas,
        feedback: context.feedback().await?,
    })
}

/// Adding where an organisation works, or taking a neighbourhood away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AreaChange {
    Add,
    Remove,
}

#[server(prefix = "/fn", endpoint = "staff/partners/areas")]
pub async fn change_partner_areas(
    organisation_id: i32,
    area: String,
    change: AreaChange,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::partner::AreaChoice;
    use crate::services::partners::{self, AreasChanged};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let db = &context.state.db;
    let path = organisation_path(organisation_id);
    let choices = partners::area_choices(db)
        .await
        .map_err(|e| fault("listing areas", e))?;
    let ids = match AreaChoice::parse(&area, &choices.areas()) {
        // One neighbourhood is taken away at a time, from its own button.
        Ok(ids) if change == AreaChange::Add || ids.len() == 1 => ids,
        Ok(_) | Err(_) => {
            let errors = vec![FieldError::new(
                "area",
                "Choose a Local Policing Area or neighbourhood from the list",
            )];
            return context
                .reply(&path, FormFeedback::errors("areas", errors, &[]))
                .await;
        }
    };
    let outcome = partners::change_areas(
        db,
        &context.state.clock,
        &admin,
        organisation_id,
        &ids,
        change == AreaChange::Add,
    )
    .await
    .map_err(|e| fault("changing where a partner works", e))?;
    let notice = match (outcome, change) {
        (AreasChanged::NoSuchOrganisation, _) => {
            return Err(crate::request::deny(
                http::StatusCode::NOT_FOUND,
                "There is no such partner organisation.",
            ));
        }
        (AreasChanged::AsItWas, AreaChange::Add) => "It works there already: nothing has changed",
        (AreasChanged::AsItWas, AreaChange::Remove) => "It did not work there: nothing has changed",
        (AreasChanged::Changed, AreaChange::Add) => {
            "Added: teams there can now share problems with it"
        }
        (AreasChanged::Changed, AreaChange::Remove) => {
            "Taken away: the team there can no longer share new problems with it"
        }
    };
    context
        .reply(&path, FormFeedback::notice("areas", notice))
        .await
}

#[server(prefix = "/fn", endpoint = "staff/partners/invite")]
pub async fn invite_partner_person(
    organisation_id: i32,
    #[server(flatten)] form: PartnerPersonForm,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::partner::PartnerPerson;
    use crate::services::partners::{self, Invited};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let path = organisation_path(organisation_id);
    let person = match PartnerPerson::try_from(&form) {
        Ok(person) => person,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("invite", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let invited = partners::invite_person(
        &context.state.db,
        &context.state.clock,
        &admin,
        organisation_id,
        &person,
        context.email_site(),
    )
    .await
    .map_err(|e| fault("inviting a partner's person", e))?;
    let feedback = match invited {
        Invited::Invited => FormFeedback::notice(
            "invite",
            format!(
                "{} has been emailed a link to choose a password. It works for {INVITATION_DAYS} days.",
                person.name
            ),
        ),
        Invited::EmailTaken => FormFeedback::errors_keeping(
            "invite",
            vec![FieldError::new(
                "email",
                "There is already an account with this email address",
            )],
            &form,
        ),
        Invited::NoSuchOrganisation => {
            return Err(crate::request::deny(
                http::StatusCode::NOT_FOUND,
                "There is no such partner organisation.",
            ));
        }
    };
    context.reply(&path, feedback).await
}

/// A change to the account of one of the organisation's people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonAction {
    Disable,
    Enable,
    ResetSecondFactor,
    ForcePasswordReset,
}

#[server(prefix = "/fn", endpoint = "staff/partners/people")]
pub async fn change_partner_person(
    organisation_id: i32,
    account_id: i32,
    change: PersonAction,
) -> Result<(), ServerFnError> {
    use crate::services::partners::{self, PersonChange};
    use crate::services::staff::ChangeOutcome;
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let outcome = partners::change_person(
        &context.state.db,
        &context.state.clock,
        &admin,
        organisation_id,
        account_id,
        match change {
            PersonAction::Disable => PersonChange::Disable,
            PersonAction::Enable => PersonChange::Enable,
            PersonAction::ResetSecondFactor => PersonChange::ResetSecondFactor,
            PersonAction::ForcePasswordReset => PersonChange::ForcePasswordReset,
        },
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("changing a partner's account", e))?;
    let notice = match (outcome, change) {
        (ChangeOutcome::Changed, PersonAction::Disable) => {
            "The account has been disabled: they can no longer sign in"
        }
        (ChangeOutcome::Changed, PersonAction::Enable) => {
            "The account has been enabled: they can sign in again"
        }
        (ChangeOutcome::Changed, PersonAction::ResetSecondFactor) => {
            "Their second factor has been reset: they will set up a new one when they next sign in"
        }
        (ChangeOutcome::Changed, PersonAction::ForcePasswordReset) => {
            "Their password no longer works, and they have been emailed a link to choose a new one"
        }
        (ChangeOutcome::NoSuchAccount, _) => {
            return Err(crate::request::deny(
                http::StatusCode::NOT_FOUND,
                "There is no such account in this organisation.",
            ));
        }
        // Partners are never administrators, nor the administrator changing them.
        (
            ChangeOutcome::NoSuchNeighbourhood
            | ChangeOutcome::NotOnYourself
            | ChangeOutcome::LastAdministrator
            | ChangeOutcome::NotForPartners,
            _,
        ) => "That change cannot be made to this account",
    };
    context
        .reply(
            &organisation_path(organisation_id),
            FormFeedback::notice("people", notice),
        )
        .await
}

/// A one-button form that changes the account of one of the organisation's people.
#[component]
fn PersonButton(
    organisation_id: i32,
    account_id: i32,
    change: PersonAction,
    label: String,
    /// What the button does, for someone who cannot see which row it is in.
    whose: String,
    #[prop(optional)] warning: bool,
) -> impl IntoView {
    view! {
        <form method="post" action=ChangePartnerPerson::url() class="inline-form">
            <input type="hidden" name="organisation_id" value=organisation_id />
            <input type="hidden" name="account_id" value=account_id />
            <input type="hidden" name="change" value=form_value(&change) />
            <button type="submit" class="button button--small" class:button--warning=warning class:button--secondary=!warning>
                {label}<span class="visually-hidden">{format!(" {whose}")}</span>
            </button>
        </form>
    }
}

#[component]
pub fn PartnerOrganisationPage() -> impl IntoView {
    let id = route_param("id");
    page(
        move || organisation(id.clone()),
        |view| view! { <Organisation view /> },
    )
}

#[component]
fn Organisation(view: OrganisationView) -> impl IntoView {
    use crate::domain::partner::AreaChoice;
    let OrganisationView {
        id,
        name,
        kind,
        neighbourhoods,
        people,
        areas,
        feedback,
    } = view;
    let areas_feedback = feedback.for_form("areas");
    let invite = feedback.for_form("invite");
    let no_people = people.is_empty();
    let nowhere = neighbourhoods.is_empty();
    view! {
        <Title text=page_title(&name, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=PARTNERS_PATH class="back-link">"Partner organisations"</a></p>
        <span class="caption-l">"Partner organisation"</span>
        <h1 class="heading-l">{name.clone()}</h1>
        <dl class="summary-list">
            <SummaryRow key="Kind">{kind}</SummaryRow>
        </dl>

        <h2 class="heading-m" id="areas">"Where it works"</h2>
        {nowhere.then(|| view! { <p>"Nowhere at present: no team can share a problem with it."</p> })}
        <table class="table table--stacked" aria-labelledby="areas" hidden=nowhere>
            <thead><tr><th scope="col">"Neighbourhood"</th><th scope="col">"Change"</th></tr></thead>
            <tbody>
                {neighbourhoods.into_iter().map(|(code, neighbourhood)| view! {
                    <tr>
                        <td data-label="Neighbourhood">{neighbourhood.clone()}</td>
                        <td data-label="Change">
                            <form method="post" action=ChangePartnerAreas::url()>
                                <input type="hidden" name="organisation_id" value=id />
                                <input type="hidden" name="area" value=AreaChoice::neighbourhood(&code) />
                                <button type="submit" name="change" value=form_value(&AreaChange::Remove) class="button button--secondary button--small">
                                    "Take away"<span class="visually-hidden">{format!(" {neighbourhood}")}</span>
                                </button>
                            </form>
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <form method="post" action=ChangePartnerAreas::url() novalidate>
            <input type="hidden" name="organisation_id" value=id />
            <Select id="area" name="area" label="Add where it works" options=areas chosen=String::new() error=areas_feedback.error("area") placeholder="Choose an area" />
            <button type="submit" name="change" value=form_value(&AreaChange::Add) class="button button--secondary">"Add the area"</button>
        </form>

        <h2 class="heading-m" id="people">"Its people"</h2>
        <p class="hint">"They sign in with a password and a second factor, and see only the problems teams share with this organisation."</p>
        {no_people.then(|| view! { <p>"Nobody has been invited yet."</p> })}
        <table class="table table--stacked" aria-labelledby="people" hidden=no_people>
            <thead><tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Account"</th><th scope="col">"Changes"</th></tr></thead>
            <tbody>
                {people.into_iter().map(|person| {
                    let (account_id, whose) = (person.id, format!("for {}", person.name));
                    view! {
                        <tr>
                            <td data-label="Name">{person.name}</td>
                            <td data-label="Email">{person.email}</td>
                            <td data-label="Account">{person.state}</td>
                            <td data-label="Changes">
                                {person.has_second_factor.then(|| view! {
                                    <PersonButton organisation_id=id account_id change=PersonAction::ResetSecondFactor label="Reset the second factor".into() whose=whose.clone() />
                                })}
                                <PersonButton organisation_id=id account_id change=PersonAction::ForcePasswordReset label="Make them choose a new password".into() whose=whose.clone() />
                                {if person.disabled {
                                    view! { <PersonButton organisation_id=id account_id change=PersonAction::Enable label="Enable".into() whose /> }.into_any()
                                } else {
                                    view! { <PersonButton organisation_id=id account_id change=PersonAction::Disable label="Disable".into() whose warning=true /> }.into_any()
                                }}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h3 class="heading-s">"Invite someone from the organisation"</h3>
        <form method="post" action=InvitePartnerPerson::url() novalidate>
            <input type="hidden" name="organisation_id" value=id />
            <TextField name="name" label="Their name" autocomplete="off" feedback=invite.clone() />
            <TextField name="email" label="Their work email address" kind="email" autocomplete="off" feedback=invite />
            <button type="submit" class="button">"Send the invitation"</button>
        </form>
    }
    .into_any()
}
