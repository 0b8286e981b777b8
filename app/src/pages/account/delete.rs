use crate::components::page::{PageError, page};
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[server(prefix = "/fn", endpoint = "account/delete")]
pub async fn delete_account() -> Result<(), ServerFnError> {
    use crate::domain::forms::FormFeedback;
    use crate::services::resident_data;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let deleted = resident_data::delete(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        id,
    )
    .await
    .map_err(|e| fault("deleting an account", e))?;
    if let resident_data::Deleted::LastOrganiser { groups } = deleted {
        // "A and B": each group's name as it was written, joined in the resident's language.
        let mut names = groups.into_iter();
        let first = names.next().unwrap_or_default();
        let groups = names.fold(first, |list, group| {
            crate::t_in!(
                context.language,
                "account-delete-groups-and",
                first = list,
                second = group
            )
        });
        return context
            .reply(
                "/account/delete",
                FormFeedback::errors(
                    "delete",
                    vec![crate::domain::forms::FieldError::new(
                        "delete",
                        crate::t_in!(
                            context.language,
                            "account-delete-only-organiser",
                            groups = groups
                        ),
                    )],
                    &[],
                ),
            )
            .await;
    }
    context.session.sign_out().await?;
    context
        .reply(
            "/",
            FormFeedback::notice("home", context.language.text("account-deleted")),
        )
        .await
}

/// Asks once more before erasing the account.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    page(signed_in_resident, |feedback| {
        view! {
            <Title text=crate::components::form::page_title(&t!("account-delete"), &feedback) />
            <crate::components::form::FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">{t!("account-delete-sure")}</h1>
            <p>{t!("account-delete-erased")}</p>
            <p>{t!("account-delete-published")}</p>
            <p>{t!("account-delete-groups")}</p>
            <form method="post" action=DeleteAccount::url()>
                <button type="submit" class="button button--warning" id="delete">{t!("account-delete-yes")}</button>
            </form>
            <p><a href="/account">{t!("account-delete-no")}</a></p>
        }
    })
}

async fn signed_in_resident() -> Result<crate::domain::forms::FormFeedback, PageError> {
    let context = crate::request::RequestContext::new().await?;
    match context.session.resident_id().await? {
        Some(_) => Ok(context.feedback().await?),
        None => Err(PageError::Redirect("/sign-in".into())),
    }
}
