//! Administrators' page for staff accounts: add one, change a role, give or take away
//! neighbourhoods, disable an account, reset a lost second factor.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::page;
use crate::domain::forms::{FormFeedback, chosen_value, form_value};
use crate::domain::staff::Role;
use crate::services::staff_auth::INVITATION_DAYS;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

const PATH: &str = "/staff/accounts";

#[derive(Clone, Debug, PartialEq, Eq)]
struct AccountRow {
    id: i32,
    name: String,
    email: String,
    role: Role,
    disabled: bool,
    has_second_factor: bool,
    /// (id, name) of each neighbourhood.
    neighbourhoods: Vec<(i32, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct AccountsView {
    own_id: i32,
    accounts: Vec<AccountRow>,
    neighbourhoods: Vec<(i32, String)>,
    feedback: FormFeedback,
}

async fn staff_accounts() -> Result<AccountsView, crate::components::page::PageError> {
    use crate::services::{management, staff};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.staff_page(crate::policy::administer).await?;
    let accounts = staff::list(&context.state.db)
        .await
        .map_err(|e| fault("listing staff accounts", e))?
        .into_iter()
        // Partners' people are on their organisation's page.
        .filter(|listing| listing.account.role != Role::Partner)
        .map(|listing| AccountRow {
            id: listing.account.id,
            role: listing.account.role,
            has_second_factor: listing.account.totp_secret.is_some(),
            disabled: listing.account.disabled,
            name: listing.account.name,
            email: listing.account.email,
            neighbourhoods: listing
                .neighbourhoods
                .into_iter()
                .map(|n| (n.id, n.name))
                .collect(),
        })
        .collect();
    let neighbourhoods = management::neighbourhoods(&context.state.db)
        .await
        .map_err(|e| fault("listing neighbourhoods", e))?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    Ok(AccountsView {
        own_id: admin.member().id,
        accounts,
        neighbourhoods,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/accounts/create")]
pub async fn create_staff_account(
    name: String,
    email: String,
    role: String,
    neighbourhood_id: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::domain::email_address::EmailAddress;
    use crate::domain::forms::{FieldError, required_text};
    use crate::services::staff::{self, CreateStaff, FirstPassword, NewStaff};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let mut errors = Vec::new();
    let name = required_text("name", "Name", &name, "Enter their name", 100, &mut errors);
    let address = EmailAddress::parse(&email)
        .map_err(|problem| errors.push(FieldError::new("email", problem.about_someone_else())))
        .ok();
    // The police's own roles: partners' people are invited from their organisation's page.
    let chosen_role: Option<Role> =
        chosen_value(&role).filter(|role: &Role| Role::ALL.contains(role));
    if chosen_role.is_none() {
        errors.push(FieldError::new("role", "Choose a role"));
    }
    let neighbourhood_ids: Vec<i32> = neighbourhood_id
        .as_deref()
        .and_then(|id| id.parse().ok())
        .into_iter()
        .collect();
    if chosen_role == Some(Role::TeamMember) && neighbourhood_ids.is_empty() {
        errors.push(FieldError::new(
            "neighbourhood_id",
            "Choose the neighbourhood they work in",
        ));
    }
    let typed = [
        ("name", name.as_str()),
        ("email", email.as_str()),
        ("role", role.as_str()),
    ];
    let (Some(address), Some(role), true) = (address, chosen_role, errors.is_empty()) else {
        return context
            .reply(PATH, FormFeedback::errors("create", errors, &typed))
            .await;
    };
    let created = staff::create(
        &context.state.db,
        &context.state.clock,
        &admin,
        NewStaff {
            email: address,
            name: name.clone(),
            role,
            first_password: FirstPassword::Invite(context.email_site()),
            neighbourhood_ids,
            partner_organisation_id: None,
        },
    )
    .await
    .map_err(|e| fault("creating a staff account", e))?;
    match created {
        CreateStaff::Created { .. } => {
            context.reply(PATH, FormFeedback::notice("create", format!("An account has been made for {name}. They have been emailed a link to choose their password: it works once, for {INVITATION_DAYS} days."))).await
        }
        CreateStaff::EmailTaken => {
            context
                .reply(
                    PATH,
                    FormFeedback::errors(
                        "create",
                        vec![FieldError::new(
                            "email",
                            "A staff account already has this email address",
                        )],
                        &typed,
                    ),
                )
                .await
        }
    }
}

/// What an administrator does to an account from the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountAction {
    /// To `role`.
    SetRole,
    Disable,
    Enable,
    /// `neighbourhood_id`.
    AddNeighbourhood,
    /// `neighbourhood_id`.
    RemoveNeighbourhood,
    ResetSecondFactor,
    ForcePasswordReset,
}

#[server(prefix = "/fn", endpoint = "staff/accounts/change")]
pub async fn change_staff_account(
    account_id: i32,
    change: AccountAction,
    role: Option<Role>,
    neighbourhood_id: Option<i32>,
) -> Result<(), ServerFnError> {
    use crate::request::deny;
    use crate::services::staff::{self, AccountChange, ChangeOutcome};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let parsed = match (change, role, neighbourhood_id) {
        (AccountAction::SetRole, Some(role), _) => Some(AccountChange::Role(role)),
        (AccountAction::Disable, ..) => Some(AccountChange::Disabled(true)),
        (AccountAction::Enable, ..) => Some(AccountChange::Disabled(false)),
        (AccountAction::AddNeighbourhood, _, Some(id)) => Some(AccountChange::AddNeighbourhood(id)),
        (AccountAction::RemoveNeighbourhood, _, Some(id)) => {
            Some(AccountChange::RemoveNeighbourhood(id))
        }
        (AccountAction::ResetSecondFactor, ..) => Some(AccountChange::ResetSecondFactor),
        (AccountAction::ForcePasswordReset, ..) => Some(AccountChange::ForcePasswordReset),
        _ => None,
    };
    let Some(parsed) = parsed else {
        return Err(deny(
            http::StatusCode::BAD_REQUEST,
            "That change is not recognised.",
        ));
    };
    let outcome = staff::change(
        &context.state.db,
        &context.state.clock,
        &admin,
        account_id,
        parsed.clone(),
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("changing a staff account", e))?;
    let feedback = match outcome {
        ChangeOutcome::Changed => FormFeedback::notice(
            "change",
            match parsed {
                AccountChange::ForcePasswordReset => {
                    "Their password no longer works, and they have been emailed a link to choose a new one"
                }
                AccountChange::ResetSecondFactor => {
                    "Their second factor has been reset: they will set up a new one when they next sign in"
                }
                _ => "The account has been changed",
            },
        ),
        ChangeOutcome::LastAdministrator => FormFeedback::notice(
            "change",
            "The force must always have an administrator: make someone else an administrator first",
        ),
        ChangeOutcome::NotForPartners => FormFeedback::notice(
            "change",
            "A partner's account keeps its organisation and has no police role or neighbourhood: disable it, and invite the person again as staff if they join the police",
        ),
        ChangeOutcome::NotOnYourself => FormFeedback::notice(
            "change",
            "You cannot change your own role or disable your own account: ask another administrator",
        ),
        ChangeOutcome::NoSuchAccount => {
            return Err(deny(
                http::StatusCode::NOT_FOUND,
                "There is no such staff account.",
            ));
        }
        ChangeOutcome::NoSuchNeighbourhood => {
            return Err(deny(
                http::StatusCode::NOT_FOUND,
                "There is no such neighbourhood.",
            ));
        }
    };
    context.reply(PATH, feedback).await
}

#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    page(staff_accounts, |view| view! { <Accounts view /> })
}

/// A one-button form that makes one change to an account.
#[component]
fn ChangeButton(
    account_id: i32,
    change: AccountAction,
    label: String,
    #[prop(optional)] role: Option<Role>,
    #[prop(optional)] neighbourhood_id: Option<i32>,
    #[prop(optional)] warning: bool,
) -> impl IntoView {
    view! {
        <form method="post" action=ChangeStaffAccount::url() class="inline-form">
            <input type="hidden" name="account_id" value=account_id />
            <input type="hidden" name="change" value=form_value(&change) />
            {role.map(|role| view! { <input type="hidden" name="role" value=form_value(&role) /> })}
            {neighbourhood_id.map(|id| view! { <input type="hidden" name="neighbourhood_id" value=id /> })}
            <button type="submit" class="button button--small" class:button--warning=warning class:button--secondary=!warning>{label}</button>
        </form>
    }
    .into_any()
}

#[component]
fn Accounts(view: AccountsView) -> impl IntoView {
    let AccountsView {
        own_id,
        accounts,
        neighbourhoods,
        feedback,
    } = view;
    let create_feedback = feedback.for_form("create");
    let role_error = create_feedback.error("role");
    let role_has_error = role_error.is_some();
    let neighbourhood_error = create_feedback.error("neighbourhood_id");
    let neighbourhood_has_error = neighbourhood_error.is_some();
    let typed_role = create_feedback.value("role");
    let options = neighbourhoods.clone();
    view! {
        <Title text=page_title("Staff accounts", &feedback) />
        <FeedbackBanner feedback />
        <h1 class="heading-l">"Staff accounts"</h1>
        <table class="table table--stacked">
            <caption class="visually-hidden">"Staff accounts"</caption>
            <thead><tr><th scope="col">"Name"</th><th scope="col">"Role"</th><th scope="col">"Neighbourhoods"</th><th scope="col">"Second factor"</th><th scope="col">"Changes"</th></tr></thead>
            <tbody>
                {accounts.into_iter().map(|a| {
                    let is_self = a.id == own_id;
                    let id = a.id;
                    let addable: Vec<(i32, String)> = neighbourhoods.iter().filter(|(n, _)| !a.neighbourhoods.iter().any(|(m, _)| m == n)).cloned().collect();
                    view! {
                        <tr>
                            <td data-label="Name">{a.name.clone()}<br /><span class="hint">{a.email.clone()}</span>{a.disabled.then(|| view! { <br /><strong class="tag">"Disabled"</strong> })}</td>
                            <td data-label="Role">{a.role.label()}</td>
                            <td data-label="Neighbourhoods">
                                <ul class="list">
                                    {a.neighbourhoods.iter().map(|(n, name)| view! {
                                        <li>{name.clone()}" "<ChangeButton account_id=id change=AccountAction::RemoveNeighbourhood neighbourhood_id=*n label=format!("Remove {name}") /></li>
                                    }).collect_view()}
                                </ul>
                                {(a.role == Role::TeamMember && !addable.is_empty()).then(|| view! {
                                    <form method="post" action=ChangeStaffAccount::url() class="inline-form">
                                        <input type="hidden" name="account_id" value=id />
                                        <input type="hidden" name="change" value=form_value(&AccountAction::AddNeighbourhood) />
                                        <label class="visually-hidden" for=format!("add-{id}")>{format!("Add a neighbourhood for {}", a.name)}</label>
                                        <select class="select" id=format!("add-{id}") name="neighbourhood_id">
                                            {addable.into_iter().map(|(n, name)| view! { <option value=n>{name}</option> }).collect_view()}
                                        </select>
                                        " "<button type="submit" class="button button--secondary button--small">"Add"</button>
                                    </form>
                                })}
                            </td>
                            <td data-label="Second factor">
                                {if a.has_second_factor { "On" } else { "Off" }}
                                {a.has_second_factor.then(|| view! { " "<ChangeButton account_id=id change=AccountAction::ResetSecondFactor label=format!("Reset the second factor of {}", a.name) /> })}
                            </td>
                            <td data-label="Changes">
                                {(!is_self).then(|| view! {
                                    {Role::ALL.into_iter().filter(|r| *r != a.role).map(|r| view! {
                                        <ChangeButton account_id=id change=AccountAction::SetRole role=r label=format!("Make {}", r.label().to_lowercase()) />
                                    }).collect_view()}
                                    <ChangeButton account_id=id change=AccountAction::ForcePasswordReset label="Make them choose a new password".to_string() />
                                    {if a.disabled {
                                        view! { <ChangeButton account_id=id change=AccountAction::Enable label="Enable".to_string() /> }.into_any()
                                    } else {
                                        view! { <ChangeButton account_id=id change=AccountAction::Disable label="Disable".to_string() warning=true /> }.into_any()
                                    }}
                                })}
                                {is_self.then(|| view! { <span class="hint">"This is you"</span> })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Add a staff account"</h2>
        <form method="post" action=CreateStaffAccount::url() novalidate>
            <TextField name="name" label="Name" autocomplete="off" feedback=create_feedback.clone() />
            <TextField name="email" label="Email address" kind="email" autocomplete="off" feedback=create_feedback.clone() />
            <div class="form-group" class:form-group--error=role_has_error>
                <label class="label" for="role">"Role"</label>
                {role_error.map(|m| view! { <p id="role-error" class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                <select class="select" id="role" name="role">
                    // No role is chosen for the administrator: a wrong default makes administrators.
                    <option value="" selected=typed_role.is_empty()>"Choose a role"</option>
                    {Role::ALL.into_iter().map(|r| view! { <option value=form_value(&r) selected=typed_role == form_value(&r)>{r.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="form-group" class:form-group--error=neighbourhood_has_error>
                <label class="label" for="neighbourhood_id">"Neighbourhood (for team members)"</label>
                {neighbourhood_error.map(|m| view! { <p id="neighbourhood_id-error" class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                <select class="select" id="neighbourhood_id" name="neighbourhood_id">
                    <option value="">"None"</option>
                    {options.into_iter().map(|(n, name)| view! { <option value=n>{name}</option> }).collect_view()}
                </select>
            </div>
            <p class="hint">{format!("They are emailed a link to choose their own password. It works once, for {INVITATION_DAYS} days.")}</p>
            <button type="submit" class="button">"Add staff account and invite them"</button>
        </form>
    }
    .into_any()
}
