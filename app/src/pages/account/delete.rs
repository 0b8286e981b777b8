use crate::components::page::{PageError, page};
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
        return context
            .reply(
                "/account/delete",
                FormFeedback::errors(
                    "delete",
                    vec![crate::domain::forms::FieldError::new(
                        "delete",
                        format!(
                            "You are the only organiser of {}. Make another member an organiser first, on the group's members page",
                            groups.join(" and ")
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
            FormFeedback::notice("home", "Your account has been deleted"),
        )
        .await
}

/// Asks once more before erasing the account.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    page(signed_in_resident, |feedback| {
        view! {
            <Title text=crate::components::form::page_title("Delete your account", &feedback) />
            <crate::components::form::FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">"Are you sure you want to delete your account?"</h1>
            <p>"Your email address and name will be erased straight away, with the sign-in links and emails sent to you. This cannot be undone."</p>
            <p>"Any places you have booked at surgeries still to come are cancelled and given back. Anything you have published stays on the website, shown as written by \"a resident\"."</p>
            <p>"If you are the only member of a community group, the group closes. If it has other members, make one of them an organiser first."</p>
            <form method="post" action=DeleteAccount::url()>
                <button type="submit" class="button button--warning" id="delete">"Yes, delete my account"</button>
            </form>
            <p><a href="/account">"No, go back to your account"</a></p>
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
