use crate::components::form::take_form_feedback;
use leptos::prelude::*;
use leptos_meta::Title;

/// After asking for a link: says where it went, without saying whether an account exists.
#[component]
pub fn CheckEmailPage() -> impl IntoView {
    let feedback = Resource::new_blocking(|| (), |_| take_form_feedback());
    view! {
        <Title text="Check your email" />
        <h1 class="heading-l">"Check your email"</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let address = feedback.await.ok().flatten().and_then(|f| f.notice);
                view! {
                    <p>
                        {match address {
                            Some(address) => view! { "We have sent a sign-in link to "<strong>{address}</strong>"." }.into_any(),
                            None => view! { "We have sent you a sign-in link." }.into_any(),
                        }}
                    </p>
                }
            })}
        </Suspense>
        <p>"The link works once, for 20 minutes. If it does not arrive within a few minutes, check your spam folder."</p>
        <p><a href="/sign-in">"Ask for another link"</a></p>
    }
}
