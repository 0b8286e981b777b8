use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

#[server(prefix = "/fn", endpoint = "account/delete")]
pub async fn delete_account() -> Result<(), ServerFnError> {
    use crate::domain::forms::FormFeedback;
    use crate::services::residents;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    residents::delete(&context.state.db, id)
        .await
        .map_err(|e| fault("deleting an account", e))?;
    context.session.sign_out().await?;
    context
        .reply(
            "/",
            FormFeedback::notice("home", "Your account has been deleted"),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "account/signed-in")]
pub async fn resident_signed_in() -> Result<bool, ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    Ok(context.session.resident_id().await?.is_some())
}

/// Asks once more before erasing the account.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let signed_in = Resource::new_blocking(|| (), |_| resident_signed_in());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if !signed_in.await.unwrap_or(false) {
                    return view! { <Redirect path="/sign-in" /> }.into_any();
                }
                view! {
                    <Title text="Delete your account" />
                    <h1 class="heading-l">"Are you sure you want to delete your account?"</h1>
                    <p>"Your email address and name will be erased straight away, with the sign-in links and emails sent to you. This cannot be undone."</p>
                    <p>"Anything you have published stays on the website, shown as written by \"a resident\"."</p>
                    <form method="post" action="/fn/account/delete">
                        <button type="submit" class="button button--warning">"Yes, delete my account"</button>
                    </form>
                    <p><a href="/account">"No, go back to your account"</a></p>
                }
                .into_any()
            })}
        </Suspense>
    }
}
