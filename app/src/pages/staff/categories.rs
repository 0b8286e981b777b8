//! The kinds of concern residents choose from (administrators): rename, add, retire. A retired
//! category is no longer offered, and the concerns that have it keep it.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::{FormFeedback, form_value};
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

const PATH: &str = "/staff/concern-categories";

#[derive(Clone, Debug, PartialEq, Eq)]
struct CategoriesView {
    categories: Vec<entity::concern_category::Model>,
    feedback: FormFeedback,
}

async fn categories() -> Result<CategoriesView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    Ok(CategoriesView {
        categories: crate::services::concerns::categories(&context.state.db, true)
            .await
            .map_err(|e| fault("reading concern categories", e))?,
        feedback: context.feedback().await?,
    })
}

/// A category's name, tidied, or the problem with it.
fn category_name(
    field: &str,
    typed: &str,
    errors: &mut Vec<crate::domain::forms::FieldError>,
) -> String {
    crate::domain::forms::required_text(
        field,
        "Name",
        typed,
        "Enter the category's name",
        60,
        errors,
    )
}

fn saved_feedback(
    saved: crate::services::concerns::CategorySaved,
    field: &str,
    notice: &str,
) -> FormFeedback {
    use crate::domain::forms::FieldError;
    use crate::services::concerns::CategorySaved;
    match saved {
        CategorySaved::Saved => FormFeedback::notice("categories", notice),
        CategorySaved::NameTaken => FormFeedback::errors(
            "categories",
            vec![FieldError::new(
                field,
                "Another category already has that name",
            )],
            &[],
        ),
        CategorySaved::NoSuchCategory => FormFeedback::errors(
            "categories",
            vec![FieldError::new(field, "That category no longer exists")],
            &[],
        ),
    }
}

#[server(prefix = "/fn", endpoint = "staff/concern-categories/add")]
pub async fn add_category(name: String) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let member = context.require_staff(crate::policy::administer).await?;
    let mut errors = Vec::new();
    let name_text = category_name("name", &name, &mut errors);
    if !errors.is_empty() {
        return context
            .reply(
                PATH,
                FormFeedback::errors("categories", errors, &[("name", name.as_str())]),
            )
            .await;
    }
    let saved = crate::services::concerns::add_category(
        &context.state.db,
        &context.state.clock,
        &member,
        &name_text,
    )
    .await
    .map_err(|e| fault("adding a concern category", e))?;
    context
        .reply(
            PATH,
            saved_feedback(saved, "name", &format!("{name_text} has been added")),
        )
        .await
}

/// What a category's buttons do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CategoryAction {
    Rename,
    Retire,
    Restore,
}

#[server(prefix = "/fn", endpoint = "staff/concern-categories/change")]
pub async fn change_category(
    category_id: i32,
    name: String,
    action: CategoryAction,
    retired: bool,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let member = context.require_staff(crate::policy::administer).await?;
    let field = format!("name-{category_id}");
    let mut errors = Vec::new();
    let name_text = category_name(&field, &name, &mut errors);
    if !errors.is_empty() {
        return context
            .reply(
                PATH,
                FormFeedback::errors("categories", errors, &[(field.as_str(), name.as_str())]),
            )
            .await;
    }
    let (retire, notice) = match action {
        CategoryAction::Rename => (retired, format!("{name_text} has been saved")),
        CategoryAction::Retire => (
            true,
            format!("{name_text} is no longer offered to residents"),
        ),
        CategoryAction::Restore => (false, format!("{name_text} is offered to residents again")),
    };
    let saved = crate::services::concerns::change_category(
        &context.state.db,
        &context.state.clock,
        &member,
        category_id,
        &name_text,
        retire,
    )
    .await
    .map_err(|e| fault("changing a concern category", e))?;
    context
        .reply(PATH, saved_feedback(saved, &field, &notice))
        .await
}

#[component]
pub fn ConcernCategoriesPage() -> impl IntoView {
    page(categories, |view| view! { <Categories view /> })
}

#[component]
fn Categories(view: CategoriesView) -> impl IntoView {
    let CategoriesView {
        categories,
        feedback,
    } = view;
    let add_feedback = if feedback.error("name").is_some() {
        feedback.clone()
    } else {
        FormFeedback::default()
    };
    view! {
        <Title text=page_title("Kinds of concern", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Kinds of concern"</h1>
        <p>"Residents choose one of these when they raise a concern. Retiring one stops it being offered; the concerns that have it keep it."</p>
        <ul class="category-list">
                {categories.into_iter().map(|c| {
                    let field = format!("name-{}", c.id);
                    let error = feedback.error(&field);
                    let has_error = error.is_some();
                    view! {
                        <li>
                                <form method="post" action=ChangeCategory::url() class="inline-form" novalidate>
                                    <input type="hidden" name="category_id" value=c.id />
                                    <input type="hidden" name="retired" value=c.retired.to_string() />
                                    <div class="form-group" class:form-group--error=has_error>
                                        <label class="visually-hidden" for=field.clone()>{format!("Name of {}", c.name)}</label>
                                        {error.map(|message| view! {
                                            <p id=format!("{field}-error") class="error-message"><span class="visually-hidden">"Error: "</span>{message}</p>
                                        })}
                                        <input class="input input--width-20" id=field.clone() name="name" value=c.name.clone() />
                                        " "{if c.retired { "Retired" } else { "Offered" }}" "
                                        <button type="submit" name="action" value=form_value(&CategoryAction::Rename) class="button button--secondary button--small">"Save"<span class="visually-hidden">{format!(" {}", c.name)}</span></button>
                                        " "
                                        {if c.retired {
                                            view! { <button type="submit" name="action" value=form_value(&CategoryAction::Restore) class="button button--secondary button--small">"Offer again"<span class="visually-hidden">{format!(": {}", c.name)}</span></button> }.into_any()
                                        } else {
                                            view! { <button type="submit" name="action" value=form_value(&CategoryAction::Retire) class="button button--warning button--small">"Retire"<span class="visually-hidden">{format!(" {}", c.name)}</span></button> }.into_any()
                                        }}
                                    </div>
                                </form>
                        </li>
                    }
                }).collect_view()}
        </ul>
        <h2 class="heading-m">"Add a kind of concern"</h2>
        <form method="post" action=AddCategory::url() novalidate>
            <TextField name="name" label="Name" hint="For example, Fly-tipping" autocomplete="off" feedback=add_feedback />
            <button type="submit" class="button">"Add"</button>
        </form>
    }
    .into_any()
}
