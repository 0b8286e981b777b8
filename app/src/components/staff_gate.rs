use crate::domain::staff::StaffAccess;
use crate::pages::home::ServiceProblem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

/// Shows a staff page to those allowed to see it: anyone not signed in as staff is sent to the
/// staff sign-in page, anyone else gets "403 Forbidden".
pub fn staff_gate<T, V: IntoView + 'static>(
    access: Result<StaffAccess<T>, ServerFnError>,
    granted: impl FnOnce(T) -> V,
) -> AnyView {
    match access {
        Ok(StaffAccess::Granted(data)) => granted(data).into_view().into_any(),
        Ok(StaffAccess::SignInNeeded) => view! { <Redirect path="/staff/sign-in" /> }.into_any(),
        Ok(StaffAccess::Forbidden) => view! { <Forbidden /> }.into_any(),
        Err(error) => view! { <ServiceProblem error /> }.into_any(),
    }
}

#[component]
fn Forbidden() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    view! {
        <Title text="You do not have permission to see this page" />
        <h1 class="heading-l">"You do not have permission to see this page"</h1>
        <p>"Your staff account does not give you access to this page. If you think it should, ask your force administrator."</p>
        <p><a href="/staff">"Go to your staff dashboard"</a></p>
    }
}
