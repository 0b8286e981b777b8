use crate::components::page::page;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// After asking for a link: says where it went, without saying whether an account exists.
#[component]
pub fn CheckEmailPage() -> impl IntoView {
    page(crate::request::feedback, |feedback| {
        view! {
            <Title text=t!("check-email-title") />
            <h1 class="heading-l">{t!("check-email-title")}</h1>
            <p>
                {match feedback.notice {
                    Some(address) => t!("check-email-sent-to", email = address),
                    None => t!("check-email-sent"),
                }}
            </p>
            <p>{t!("check-email-works-once")}</p>
            <p><a href="/sign-in">{t!("check-email-another")}</a></p>
        }
    })
}
