use crate::components::layout::Layout;
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
                </Routes>
            </Layout>
        </Router>
    }
}
