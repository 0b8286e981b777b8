//! Stopping "you said, we did" emails, or alerts about what someone follows, from the link in
//! one, without signing in. The link opens
//! this page, and its button stops them (a mail scanner opening links changes nothing). Mail
//! programs use the one-click address in the `List-Unsubscribe` header instead.

use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use crate::domain::ids::ResidentId;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[server(prefix = "/fn", endpoint = "email-preferences/unsubscribe")]
pub async fn stop_update_emails(
    resident: ResidentId,
    signature: String,
    list: Option<crate::services::resident_accounts::EmailList>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    let context = crate::request::RequestContext::new().await?;
    let stopped = crate::services::resident_accounts::unsubscribe(
        &context.state.db,
        &context.state.bucket_keys,
        resident,
        list.unwrap_or_default(),
        &signature,
    )
    .await
    .map_err(|e| crate::state::fault("stopping update emails", e))?;
    let feedback = if stopped {
        FormFeedback::notice("unsubscribe", "You will no longer get these emails")
    } else {
        FormFeedback::errors(
            "unsubscribe",
            vec![FieldError::new(
                "unsubscribe",
                "That link is not recognised. Sign in to change which emails you get",
            )],
            &[],
        )
    };
    context
        .reply("/email-preferences/unsubscribe", feedback)
        .await
}

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let (resident, signature, list) = {
        let query = use_query_map().read_untracked();
        (
            query.get("resident").unwrap_or_default(),
            query.get("signature").unwrap_or_default(),
            query.get("list").unwrap_or_default(),
        )
    };
    let alerts =
        crate::domain::forms::chosen_value::<crate::services::resident_accounts::EmailList>(&list)
            == Some(crate::services::resident_accounts::EmailList::Alerts);
    page(crate::request::feedback, move |feedback| {
        let done = feedback.form == "unsubscribe";
        view! {
            <Title text=if alerts { "Stop emails about what you follow" } else { "Stop emails about updates" } />
            <crate::components::form::FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">{if alerts { "Stop emails about what you follow" } else { "Stop emails about updates" }}</h1>
            {if done {
                view! { <p>"You can choose again in your account at any time."</p> }.into_any()
            } else {
                view! {
                    <p>{if alerts {
                        "You get an email about what changed on the priorities, problems, votes and neighbourhoods you and your community groups follow."
                    } else {
                        "You get an email when your neighbourhood team publishes a \"you said, we did\" update on a concern you raised or a vote you voted in."
                    }}</p>
                    <form method="post" action=StopUpdateEmails::url()>
                        <input type="hidden" name="resident" value=resident.clone() />
                        <input type="hidden" name="signature" value=signature.clone() />
                        {alerts.then(|| view! { <input type="hidden" name="list" value="alerts" /> })}
                        <button type="submit" class="button">"Stop these emails"</button>
                    </form>
                }
                .into_any()
            }}
            <p><a href="/account">"Your account"</a></p>
        }
        .into_any()
    })
}
