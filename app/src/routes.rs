use crate::components::layout::Layout;
use crate::pages::account::{
    check_email::CheckEmailPage, confirm::ConfirmSignInPage, delete::DeleteAccountPage,
    overview::AccountPage, sign_in::SignInPage,
};
use crate::pages::staff::{
    accounts::StaffAccountsPage, areas::StaffAreasPage, audit::StaffAuditPage, code::StaffCodePage,
    dashboard::StaffDashboardPage, neighbourhood::ManageNeighbourhoodPage,
    sign_in::StaffSignInPage, two_factor::TwoFactorPage,
};
use crate::pages::{home::HomePage, neighbourhood::NeighbourhoodPage, not_found::NotFoundPage};
use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en-GB">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b0c0c" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "ssr")]
    crate::security::send_content_security_policy();
    view! {
        <Stylesheet id="leptos" href="/pkg/portal.css" />
        <Title formatter=|title: String| format!("{title} – Neighbourhood policing") />
        <Router>
            <Layout>
                // Async: the status code (redirect, 404) is known before the first byte is sent.
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code") view=NeighbourhoodPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in/check-email") view=CheckEmailPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in/confirm") view=ConfirmSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/account/delete") view=DeleteAccountPage ssr=SsrMode::Async />
                    <Route path=path!("/staff") view=StaffDashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sign-in") view=StaffSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sign-in/code") view=StaffCodePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/two-factor") view=TwoFactorPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code") view=ManageNeighbourhoodPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/accounts") view=StaffAccountsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/areas") view=StaffAreasPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/audit") view=StaffAuditPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
