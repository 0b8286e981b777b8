//! The language switcher in every page's header, as GOV.UK shows it: each language the force
//! offers, in its own name, the page's own marked as current. Choosing one is remembered in a
//! cookie and, for a signed-in resident, on their account, so emails sent while they are away
//! arrive in it too. Then the browser goes back to the page it was on.

use crate::i18n::{self, Language};
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// A year, in seconds: how long a browser remembers its language.
const REMEMBERED_FOR: i64 = 365 * 24 * 60 * 60;

#[server(prefix = "/fn", endpoint = "language")]
pub async fn choose_language(language: String, back: String) -> Result<(), ServerFnError> {
    use crate::request::{RequestContext, deny};
    use crate::state::fault;
    use http::{HeaderValue, StatusCode, header};

    let context = RequestContext::new().await?;
    let Some(language) =
        Language::parse(&language).filter(|language| context.state.languages.contains(*language))
    else {
        return Err(deny(
            StatusCode::BAD_REQUEST,
            "That language is not offered here. Choose one of the languages listed.",
        ));
    };
    if let Some(resident) = context.session.resident_id().await? {
        crate::services::resident_accounts::set_language(&context.state.db, resident, language)
            .await
            .map_err(|e| fault("remembering a resident's language", e))?;
    }
    let secure = if context.state.site_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{}={}; Path=/; Max-Age={REMEMBERED_FOR}; HttpOnly; SameSite=Lax{secure}",
        i18n::COOKIE,
        language.code()
    );
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.append_header(
            header::SET_COOKIE,
            HeaderValue::from_str(&cookie).map_err(|e| fault("writing the language cookie", e))?,
        );
    }
    leptos_axum::redirect(&local_path(&back));
    Ok(())
}

/// `back` if it is a path on this site, else the home page: the switcher never sends a browser
/// elsewhere.
fn local_path(back: &str) -> String {
    // Only printable ASCII: a path as browsers send it, and a valid Location header.
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains('\\')
        && back.bytes().all(|b| b.is_ascii_graphic());
    if local {
        back.to_string()
    } else {
        "/".to_string()
    }
}

/// The switcher: every language on offer, the page's own marked as current.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let Some(state) = use_context::<crate::state::PortalState>() else {
        return ().into_any();
    };
    let current = i18n::current();
    let languages: Vec<Language> = state.languages.all().to_vec();
    if languages.len() < 2 {
        return ().into_any();
    }
    let back = use_context::<http::request::Parts>()
        .and_then(|parts| parts.uri.path_and_query().map(|p| p.to_string()))
        .unwrap_or_else(|| "/".to_string());
    view! {
        <nav class="language-switcher" aria-label=t!("nav-language")>
            <form method="post" action=ChooseLanguage::url() class="width-container language-switcher__form">
                <input type="hidden" name="back" value=back />
                <ul class="language-switcher__list">
                    {languages.into_iter().map(|language| {
                        if language == current {
                            view! {
                                <li class="language-switcher__item">
                                    <span class="language-switcher__current" aria-current="true" lang=language.tag() dir=language.direction().as_str()>{language.own_name()}</span>
                                </li>
                            }.into_any()
                        } else {
                            view! {
                                <li class="language-switcher__item">
                                    <button type="submit" name="language" value=language.code() class="language-switcher__choice" lang=language.tag() dir=language.direction().as_str()>{language.own_name()}</button>
                                </li>
                            }.into_any()
                        }
                    }).collect_view()}
                </ul>
            </form>
        </nav>
    }
    .into_any()
}

/// On a page whose translation no native speaker has checked yet, a notice saying so, with the
/// way back to English.
#[component]
pub fn UncheckedTranslation() -> impl IntoView {
    let current = i18n::current();
    (!current.reviewed()).then(|| {
        view! {
            <div class="notice notice--translation" role="note">
                <p>{t!("translation-unchecked")}</p>
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn the_switcher_only_goes_back_to_a_page_of_this_site() {
        assert_eq!(local_path("/surgeries/3?x=1"), "/surgeries/3?x=1");
        assert_eq!(local_path("//evil.example/"), "/");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path(""), "/");
        assert_eq!(local_path("/é"), "/");
        assert_eq!(local_path("/a b"), "/");
    }
}
