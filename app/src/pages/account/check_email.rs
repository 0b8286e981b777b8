use crate::components::page::page;
use leptos::prelude::*;
use leptos_meta::Title;

/// After asking for a link: says where it went, without saying whether an account exists.
#[component]
pub fn CheckEmailPage() -> impl IntoView {
    page(crate::request::feedback, |feedback| {
        view! {
            <Title text="Check your email" />
            <h1 class="heading-l">"Check your email"</h1>
            <p>
                {match feedback.notice {
                    Some(address) => view! { "We have sent a sign-in link to "<strong>{address}</strong>"." }.into_any(),
                    None => view! { "We have sent you a sign-in link." }.into_any(),
                }}
            </p>
            <p>"The link works once, for 20 minutes. If it does not arrive within a few minutes, check your spam folder."</p>
            <p><a href="/sign-in">"Ask for another link"</a></p>
        }
    })
}
