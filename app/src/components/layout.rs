use leptos::prelude::*;

/// Header, main landmark and footer shared by every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">"Skip to main content"</a>
        <header class="site-header">
            <div class="width-container">
                <a href="/" class="site-header__service">"Neighbourhood policing"</a>
            </div>
        </header>
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1">{children()}</main>
        </div>
        <footer class="site-footer">
            <div class="width-container">
                <p>"In an emergency, call 999. To report a crime or contact the police when it is not an emergency, call 101."</p>
            </div>
        </footer>
    }
}
