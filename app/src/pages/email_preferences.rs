//! Stopping "you said, we did" emails, or alerts about what someone follows, from the link in
//! one, without signing in. The link opens
//! this page, and its button stops them (a mail scanner opening links changes nothing). Mail
//! programs use the one-click address in the `List-Unsubscribe` header instead.

use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use crate::domain::ids::ResidentId;
use crate::t;
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
        FormFeedback::notice("unsubscribe", context.language.text("unsubscribe-done"))
    } else {
        FormFeedback::errors(
            "unsubscribe",
            vec![FieldError::new(
                "unsubscribe",
                context.language.text("unsubscribe-not-recognised"),
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
        let title = t!(if alerts {
            "unsubscribe-alerts-title"
        } else {
            "unsubscribe-updates-title"
        });
        view! {
            <Title text=title.clone() />
            <crate::components::form::FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">{title}</h1>
            {if done {
                view! { <p>{t!("unsubscribe-choose-again")}</p> }.into_any()
            } else {
                view! {
                    <p>{t!(if alerts {
                        "unsubscribe-alerts-explained"
                    } else {
                        "unsubscribe-updates-explained"
                    })}</p>
                    <form method="post" action=StopUpdateEmails::url()>
                        <input type="hidden" name="resident" value=resident.clone() />
                        <input type="hidden" name="signature" value=signature.clone() />
                        {alerts.then(|| view! { <input type="hidden" name="list" value="alerts" /> })}
                        <button type="submit" class="button">{t!("unsubscribe-button")}</button>
                    </form>
                }
                .into_any()
            }}
            <p><a href="/account">{t!("unsubscribe-your-account")}</a></p>
        }
        .into_any()
    })
}
