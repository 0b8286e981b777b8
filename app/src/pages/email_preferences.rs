//! Stopping "you said, we did" emails, alerts about what someone follows, or one kind of team
//! message, from the link in one, without signing in. The link opens
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
    // The page again, naming the list, so it says which emails were stopped.
    let back = match list {
        None | Some(crate::services::resident_accounts::EmailList::Updates) => {
            "/email-preferences/unsubscribe".to_string()
        }
        Some(list) => format!(
            "/email-preferences/unsubscribe?list={}",
            crate::domain::forms::form_value(&list)
        ),
    };
    context.reply(&back, feedback).await
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
    use crate::services::resident_accounts::EmailList;
    let chosen = crate::domain::forms::chosen_value::<EmailList>(&list).unwrap_or_default();
    let (title, explained) = match (chosen, chosen.message_kind()) {
        (_, Some(kind)) => {
            let kind = t!(crate::domain::team_message::kind_key(kind));
            (
                t!("unsubscribe-messages-title", kind = kind.as_str()),
                t!("unsubscribe-messages-explained"),
            )
        }
        (EmailList::DigestDaily, None) => (
            t!("unsubscribe-digest-daily-title"),
            t!("unsubscribe-digest-explained"),
        ),
        (EmailList::DigestWeekly, None) => (
            t!("unsubscribe-digest-weekly-title"),
            t!("unsubscribe-digest-explained"),
        ),
        (EmailList::Alerts, None) => (
            t!("unsubscribe-alerts-title"),
            t!("unsubscribe-alerts-explained"),
        ),
        _ => (
            t!("unsubscribe-updates-title"),
            t!("unsubscribe-updates-explained"),
        ),
    };
    page(crate::request::feedback, move |feedback| {
        let done = feedback.form == "unsubscribe";
        view! {
            <Title text=title.clone() />
            <crate::components::form::FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">{title.clone()}</h1>
            {if done {
                view! { <p>{t!("unsubscribe-choose-again")}</p> }.into_any()
            } else {
                view! {
                    <p>{explained.clone()}</p>
                    <form method="post" action=StopUpdateEmails::url()>
                        <input type="hidden" name="resident" value=resident.clone() />
                        <input type="hidden" name="signature" value=signature.clone() />
                        {(chosen != EmailList::Updates).then(|| view! { <input type="hidden" name="list" value=crate::domain::forms::form_value(&chosen) /> })}
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
