//! Administrators' page for partner organisations: the list, and registering one with where it
//! first works. Each organisation's own page adds where else it works and invites its people.

use crate::components::form::{FeedbackBanner, Select, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::partner::{PARTNERS_PATH, PartnerForm, organisation_path};
use crate::state::fault;
use entity::partner_organisation::PartnerKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct OrganisationRow {
    link: String,
    name: String,
    kind: &'static str,
    neighbourhoods: usize,
    people: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PartnersView {
    rows: Vec<OrganisationRow>,
    /// (value, label) of each area a registration may name.
    areas: Vec<(String, String)>,
    feedback: FormFeedback,
}

async fn partners() -> Result<PartnersView, PageError> {
    use crate::services::partners;
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    let db = &context.state.db;
    let rows = partners::list(db)
        .await
        .map_err(|e| fault("listing partner organisations", e))?
        .into_iter()
        .map(|listing| OrganisationRow {
            link: organisation_path(listing.organisation.id),
            name: listing.organisation.name,
            kind: listing.organisation.kind.label(),
            neighbourhoods: listing.neighbourhoods.len(),
            people: listing.people.len(),
        })
        .collect();
    let areas = partners::area_choices(db)
        .await
        .map_err(|e| fault("listing areas", e))?
        .options;
    Ok(PartnersView {
        rows,
        areas,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/partners/register")]
pub async fn register_partner(#[server(flatten)] form: PartnerForm) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::partners::{self, Registered};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let db = &context.state.db;
    let choices = partners::area_choices(db)
        .await
        .map_err(|e| fault("listing areas", e))?;
    let entry = match form.parse(&choices.areas()) {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("register", errors, &form);
            return context.reply(PARTNERS_PATH, feedback).await;
        }
    };
    match partners::register(db, &context.state.clock, &admin, &entry)
        .await
        .map_err(|e| fault("registering a partner organisation", e))?
    {
        Registered::Registered { id } => {
            context
                .reply(
                    &organisation_path(id),
                    FormFeedback::notice(
                        "organisation",
                        format!("{} is registered. Invite its people below.", entry.name),
                    ),
                )
                .await
        }
        Registered::NameTaken => {
            let errors = vec![FieldError::new(
                "name",
                "Another partner organisation has this name: residents could not tell them apart",
            )];
            context
                .reply(
                    PARTNERS_PATH,
                    FormFeedback::errors_keeping("register", errors, &form),
                )
                .await
        }
    }
}

#[component]
pub fn StaffPartnersPage() -> impl IntoView {
    page(partners, |view| view! { <Partners view /> })
}

#[component]
fn Partners(view: PartnersView) -> impl IntoView {
    let PartnersView {
        rows,
        areas,
        feedback,
    } = view;
    let register = feedback.for_form("register");
    let none = rows.is_empty();
    let kinds = PartnerKind::ALL
        .into_iter()
        .map(|kind| (form_value(&kind), kind.label().to_string()))
        .collect();
    view! {
        <Title text=page_title("Partner organisations", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
        <h1 class="heading-l">"Partner organisations"</h1>
        <p class="lead">"Organisations that work on local problems with neighbourhood teams. A team shares a problem with a partner working in its neighbourhood; the partner's people sign in to see it and record what they did, and residents see them credited."</p>
        {none.then(|| view! { <p>"No partner organisation is registered yet."</p> })}
        <table class="table table--stacked" hidden=none>
            <caption class="visually-hidden">"Partner organisations"</caption>
            <thead><tr><th scope="col">"Organisation"</th><th scope="col">"Kind"</th><th scope="col">"Neighbourhoods"</th><th scope="col">"People"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <td data-label="Organisation"><a href=row.link>{row.name}</a></td>
                        <td data-label="Kind">{row.kind}</td>
                        <td data-label="Neighbourhoods">{row.neighbourhoods.to_string()}</td>
                        <td data-label="People">{row.people.to_string()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Register a partner organisation"</h2>
        <form method="post" action=RegisterPartner::url() novalidate>
            <TextField name="name" label="Name" hint="As residents will see it credited, like Birmingham City Council" autocomplete="organization" feedback=register.clone() />
            <Select id="kind" name="kind" label="Kind of organisation" options=kinds chosen=register.value("kind") error=register.error("kind") placeholder="Choose a kind" />
            <Select id="area" name="area" label="Where it works" options=areas chosen=register.value("area") error=register.error("area") placeholder="Choose an area" />
            <button type="submit" class="button">"Register the organisation"</button>
        </form>
    }
    .into_any()
}
