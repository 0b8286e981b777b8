//! Registering a community group: its name, kind, the neighbourhoods it works in and what it
//! does. The resident registering it becomes its first organiser; the group is public once a
//! team member of one of its neighbourhoods or a moderator verifies it.

use crate::components::form::{
    Choice, FeedbackBanner, Radios, Select, TextArea, TextField, page_title,
};
use crate::components::page::{PageError, page};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::group::{MOST_DESCRIPTION, group_path, kind_words};
use crate::request::RequestContext;
use crate::state::fault;
use crate::t;
use entity::community_group::GroupKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const REGISTER_PATH: &str = "/groups/new";
/// The feedback that tells the group's page it was just registered: its notice is the
/// reference, shown in the confirmation panel.
pub const REGISTERED: &str = "registered";

#[derive(Clone, Debug, PartialEq, Eq)]
struct RegisterView {
    /// (code, "name (area)")
    neighbourhoods: Vec<(String, String)>,
    /// Chosen first when coming from a neighbourhood's page.
    preselected: String,
    /// Names this attempt: sending it twice registers one group.
    key: String,
    feedback: FormFeedback,
}

async fn neighbourhood_choices(
    context: &RequestContext,
) -> Result<Vec<crate::services::management::NeighbourhoodSummary>, ServerFnError> {
    crate::services::management::neighbourhoods(&context.state.db)
        .await
        .map_err(|e| fault("reading neighbourhoods", e))
}

async fn register(preselected: String) -> Result<RegisterView, PageError> {
    let context = RequestContext::new().await?;
    context
        .resident_or_sign_in(
            crate::session::AfterSignIn::RegisterGroup,
            &context.language.text("group-register-sign-in"),
        )
        .await??;
    Ok(RegisterView {
        neighbourhoods: neighbourhood_choices(&context)
            .await?
            .into_iter()
            .map(|n| (n.code, format!("{} ({})", n.name, n.lpa)))
            .collect(),
        preselected,
        key: crate::services::tokens::new_token(),
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "groups/register")]
#[allow(clippy::too_many_arguments)]
pub async fn register_group(
    name: String,
    kind: Option<GroupKind>,
    neighbourhood_1: String,
    neighbourhood_2: String,
    neighbourhood_3: String,
    description: String,
    key: String,
) -> Result<(), ServerFnError> {
    use crate::domain::group::GroupForm;
    use crate::services::groups::Registered;
    let context = RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let known: Vec<(i32, String)> = neighbourhood_choices(&context)
        .await?
        .into_iter()
        .map(|n| (n.id, n.code))
        .collect();
    let form = GroupForm {
        name: name.clone(),
        kind,
        neighbourhoods: vec![
            neighbourhood_1.clone(),
            neighbourhood_2.clone(),
            neighbourhood_3.clone(),
        ],
        description: description.clone(),
    };
    let entry = match form.parse_in(&known, context.language) {
        Ok(entry) => entry,
        Err(errors) => {
            let chosen_kind = kind.map(|k| form_value(&k)).unwrap_or_default();
            return context
                .reply(
                    REGISTER_PATH,
                    FormFeedback::errors(
                        "register",
                        errors,
                        &[
                            ("name", &name),
                            ("kind", &chosen_kind),
                            ("neighbourhood_1", &neighbourhood_1),
                            ("neighbourhood_2", &neighbourhood_2),
                            ("neighbourhood_3", &neighbourhood_3),
                            ("description", &description),
                        ],
                    ),
                )
                .await;
        }
    };
    // A key the form did not make is replaced, so it cannot find someone else's group.
    let key = if key.len() == 43 {
        format!("{resident_id}:{key}")
    } else {
        format!("{resident_id}:{}", crate::services::tokens::new_token())
    };
    let outcome = crate::services::groups::register(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &context.state.bucket_keys,
        resident_id,
        &entry,
        &key,
    )
    .await
    .map_err(|e| fault("registering a group", e))?;
    match outcome {
        Registered::Registered { reference } => {
            context
                .reply(
                    &group_path(&reference),
                    FormFeedback::notice(REGISTERED, reference.clone()),
                )
                .await
        }
        Registered::TooMany { minutes } => {
            let (count, unit) = crate::domain::forms::minutes_or_hours(minutes);
            let message = crate::t_in!(
                context.language,
                "group-register-too-many",
                count = count,
                unit = unit
            );
            context
                .reply(
                    REGISTER_PATH,
                    FormFeedback::errors(
                        "register",
                        vec![crate::domain::forms::FieldError::new("name", message)],
                        &[("name", &name), ("description", &description)],
                    ),
                )
                .await
        }
    }
}

#[component]
pub fn RegisterGroupPage() -> impl IntoView {
    let preselected = use_query_map()
        .read_untracked()
        .get("neighbourhood")
        .unwrap_or_default();
    page(
        move || register(preselected.clone()),
        |RegisterView {
             neighbourhoods,
             preselected,
             key,
             feedback,
         }| {
            let language = crate::i18n::current();
            let kinds = GroupKind::ALL
                .into_iter()
                .map(|k| Choice::new(form_value(&k), kind_words(k, language)))
                .collect();
            let other_label = t!("group-neighbourhood-other-label");
            let none = t!("group-neighbourhood-none");
            let first = if feedback.errors.is_empty() {
                preselected.to_uppercase()
            } else {
                feedback.value("neighbourhood_1")
            };
            view! {
                <Title text=page_title(&t!("group-register-title"), &feedback) />
                <FeedbackBanner feedback=feedback.clone() />
                <p><a href="/groups" class="back-link">{t!("group-back")}</a></p>
                <h1 class="heading-l">{t!("group-register-title")}</h1>
                <p>{t!("group-register-intro")}</p>
                <p>{t!("group-register-privacy")}</p>
                <form method="post" action=RegisterGroup::url() novalidate>
                    <input type="hidden" name="key" value=key />
                    <TextField name="name" label=t!("group-name-label") autocomplete="organization" feedback=feedback.clone() />
                    <Radios name="kind" legend=t!("group-kind-legend") choices=kinds chosen=feedback.value("kind") error=feedback.error("kind") />
                    <Select
                        id="neighbourhood_1"
                        name="neighbourhood_1"
                        label=t!("group-neighbourhood-label")
                        options=neighbourhoods.clone()
                        chosen=first
                        error=feedback.error("neighbourhood_1")
                        placeholder=t!("group-neighbourhood-placeholder")
                    />
                    <Select
                        id="neighbourhood_2"
                        name="neighbourhood_2"
                        label=other_label.clone()
                        options=neighbourhoods.clone()
                        chosen=feedback.value("neighbourhood_2")
                        error=None
                        placeholder=none.clone()
                    />
                    <Select
                        id="neighbourhood_3"
                        name="neighbourhood_3"
                        label=other_label
                        options=neighbourhoods
                        chosen=feedback.value("neighbourhood_3")
                        error=None
                        placeholder=none
                    />
                    <TextArea
                        name="description"
                        label=t!("group-description-label")
                        hint=t!("group-description-hint")
                        max=MOST_DESCRIPTION
                        rows=5
                        feedback=feedback.clone()
                    />
                    <button type="submit" class="button">{t!("group-register-button")}</button>
                </form>
            }
            .into_any()
        },
    )
}
