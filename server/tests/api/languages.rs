//! The languages residents read the portal in: chosen by the browser's `Accept-Language` the
//! first time, switched in the header, remembered by cookie and on the resident's account, with
//! `<html lang dir>` always right and the emails in the language chosen.

use crate::helpers::{
    Database, TestApp, location, on_each_database, spawn_app, spawn_app_with_options,
};
use app::i18n::Language;
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A page as answered to a browser whose `Accept-Language` is `accept_language`: its status,
/// headers and HTML.
async fn page_in(app: &TestApp, path: &str, accept_language: &str) -> (Answer, String) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .header("Accept", "text/html")
        .header("Accept-Language", accept_language)
        .send()
        .await
        .unwrap();
    let answer = Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
    };
    (answer, response.text().await.unwrap())
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
}

/// The switcher's button for `code`: its `lang`, its `dir` and its text.
fn switcher_choice(html: &str, code: &str) -> Option<(String, String, String)> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(&format!(
        r#"nav.language-switcher button[name="language"][value="{code}"]"#
    ))
    .unwrap();
    document.select(&selector).next().map(|button| {
        let attr = |name| button.value().attr(name).unwrap_or_default().to_string();
        (attr("lang"), attr("dir"), button.text().collect())
    })
}

fn opening_tag(html: &str) -> &str {
    let start = html.find("<html").expect("an html element");
    &html[start..start + html[start..].find('>').unwrap()]
}

/// Chooses `language` with the header's switcher, from `back`.
async fn choose(browser: &TestApp, language: &str, back: &str) -> reqwest::Response {
    browser
        .post_form("/fn/language", &[("language", language), ("back", back)])
        .await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_asking_for_welsh_gets_the_page_in_welsh(kind: Database) {
    let app = spawn_app(kind).await;
    let (response, html) = page_in(&app, "/", "cy-GB,cy;q=0.9,en;q=0.5").await;
    assert_eq!(response.status, 200, "{kind}");
    assert_eq!(opening_tag(&html), r#"<html lang="cy" dir="ltr""#, "{kind}");
    assert_eq!(response.headers["content-language"], "cy");
    let vary: Vec<_> = response
        .headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        vary.iter().any(|v| v.contains("Accept-Language")),
        "{kind}: {vary:?}"
    );
    assert!(html.contains(&Language::Welsh.text("find-title")), "{kind}");
    assert!(
        html.contains(&Language::Welsh.text("find-button")),
        "{kind}"
    );
    // Not yet checked by a native speaker, and saying so.
    assert!(
        html.contains(&Language::Welsh.text("translation-unchecked")),
        "{kind}"
    );
    assert!(
        !html.contains("Find your neighbourhood policing team"),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_asking_for_urdu_gets_pages_right_to_left(kind: Database) {
    let app = spawn_app(kind).await;
    for path in ["/", "/sign-in", "/?postcode=B15"] {
        let (response, html) = page_in(&app, path, "ur-PK,ur;q=0.9").await;
        assert_eq!(response.status, 200, "{kind} {path}");
        assert_eq!(
            opening_tag(&html),
            r#"<html lang="ur" dir="rtl""#,
            "{kind} {path}"
        );
    }
    let (_, html) = page_in(&app, "/", "ur").await;
    assert!(html.contains(&Language::Urdu.text("find-title")), "{kind}");
    // The switcher names English in English, left to right.
    assert_eq!(
        switcher_choice(&html, "en"),
        Some(("en-GB".into(), "ltr".into(), "English".into())),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn english_stays_the_default(kind: Database) {
    let app = spawn_app(kind).await;
    for accept in ["", "de-DE,fr;q=0.8", "en-GB,en;q=0.9,cy;q=0.5"] {
        let (_, html) = page_in(&app, "/", accept).await;
        assert_eq!(
            opening_tag(&html),
            r#"<html lang="en-GB" dir="ltr""#,
            "{kind} {accept:?}"
        );
        assert!(
            html.contains("Find your neighbourhood policing team"),
            "{kind}"
        );
        assert!(!html.contains(&Language::Welsh.text("translation-unchecked")));
        // The switcher offers the others, Welsh first, each in its own name.
        assert_eq!(
            switcher_choice(&html, "cy"),
            Some(("cy".into(), "ltr".into(), "Cymraeg".into())),
            "{kind}"
        );
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_kept_copy_of_a_page_is_kept_for_each_language(kind: Database) {
    let app = spawn_app(kind).await;
    for _ in 0..2 {
        for (accept, language) in [
            ("cy", Language::Welsh),
            ("en", Language::English),
            ("pl", Language::Polish),
        ] {
            let (response, html) = page_in(&app, "/", accept).await;
            assert_eq!(
                response.headers["content-language"],
                language.tag(),
                "{kind}"
            );
            assert!(
                html.contains(&language.text("find-title")),
                "{kind} {accept}"
            );
        }
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_language_chosen_is_remembered_by_the_browser_and_on_the_account(kind: Database) {
    let app = spawn_app(kind).await;
    let browser = crate::surgeries::resident(&app, "carys@example.org").await;
    let chosen = choose(&browser, "cy", "/account").await;
    assert_eq!(chosen.status(), 302, "{kind}");
    assert_eq!(location(&chosen), "/account", "{kind}");
    let cookie = chosen.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.starts_with("portal_language=cy;"),
        "{kind}: {cookie}"
    );
    assert!(cookie.contains("Max-Age=31536000"), "{kind}: {cookie}");
    // This browser now gets Welsh whatever it asks for.
    let (_, html) = page_in(&browser, "/", "en-GB").await;
    assert_eq!(opening_tag(&html), r#"<html lang="cy" dir="ltr""#, "{kind}");
    // And so do emails sent while the resident is away.
    let account = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("carys@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.language, "cy", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_switcher_goes_back_only_to_a_page_of_this_site(kind: Database) {
    let app = spawn_app(kind).await;
    let response = choose(&app, "pl", "//attacker.example/").await;
    assert_eq!(location(&response), "/", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_language_the_force_switched_off_is_neither_offered_nor_chosen(kind: Database) {
    let app = spawn_app_with_options(kind, &["--languages", "cy"]).await;
    let (_, html) = page_in(&app, "/", "ur,en;q=0.5").await;
    assert_eq!(
        opening_tag(&html),
        r#"<html lang="en-GB" dir="ltr""#,
        "{kind}"
    );
    assert!(switcher_choice(&html, "cy").is_some(), "{kind}");
    assert!(switcher_choice(&html, "ur").is_none(), "{kind}");
    assert!(!html.contains("اردو"), "{kind}");
    let refused = choose(&app, "ur", "/").await;
    assert_eq!(refused.status(), 400, "{kind}");
    assert!(refused.headers().get("set-cookie").is_none(), "{kind}");
    // A cookie left from before the language was switched off counts for nothing.
    let html = app
        .client
        .get(format!("{}/", app.address))
        .header("Cookie", "portal_language=ur")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        opening_tag(&html),
        r#"<html lang="en-GB" dir="ltr""#,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_who_chose_welsh_is_sent_the_sign_in_email_in_welsh(kind: Database) {
    let app = spawn_app(kind).await;
    let browser = app.new_browser();
    choose(&browser, "cy", "/sign-in").await;
    let asked = browser
        .post_form("/fn/sign-in/link", &[("email", "gwen@example.org")])
        .await;
    assert_eq!(location(&asked), "/sign-in/check-email", "{kind}");
    let email = app.delivered_to("gwen@example.org").await;
    let subject = Language::Welsh.text("sign-in-email-subject");
    assert!(
        email.contains(&Language::Welsh.text("sign-in-email-asked")),
        "{kind}: {email}"
    );
    assert!(email.contains(r#"<html lang="cy" dir="ltr">"#), "{kind}");
    assert!(!email.contains("Someone asked to sign in"), "{kind}");
    let stored = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::Recipient.eq("gwen@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.subject, subject, "{kind}");
    // A form's errors come back in the language too.
    let refused = browser
        .post_form("/fn/sign-in/link", &[("email", "not an address")])
        .await;
    assert_eq!(location(&refused), "/sign-in", "{kind}");
    let (_, html) = browser.html("/sign-in").await;
    assert!(
        html.contains(&Language::Welsh.text("email-malformed")),
        "{kind}"
    );
    assert!(
        html.contains(&Language::Welsh.text("error-summary-title")),
        "{kind}"
    );
}

/// Every word of English text a resident could read on `html` outside an element marked as
/// being in another language (`lang`): text, titles and labels for assistive technology.
fn english_left(html: &str, english_words: &std::collections::BTreeSet<String>) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let mut left = vec![];
    let page_lang = document
        .root_element()
        .value()
        .attr("lang")
        .unwrap_or_default()
        .to_string();
    let marked_other = |node: scraper::ElementRef| {
        std::iter::successors(Some(node), |e| {
            e.parent().and_then(scraper::ElementRef::wrap)
        })
        .any(|e| e.value().attr("lang").is_some_and(|lang| lang != page_lang))
    };
    let mut check = |text: &str, node: scraper::ElementRef| {
        if marked_other(node) {
            return;
        }
        for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() >= 3 && english_words.contains(&word.to_lowercase()) {
                left.push(format!("{word:?} in {:?}", text.trim()));
            }
        }
    };
    for element in document
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let name = element.value().name();
        if matches!(name, "script" | "style") {
            continue;
        }
        for attribute in ["aria-label", "title", "alt", "placeholder"] {
            if let Some(value) = element.value().attr(attribute) {
                check(value, element);
            }
        }
        for child in element.children() {
            if let Some(text) = child.value().as_text() {
                check(text, element);
            }
        }
    }
    left
}

/// The words of the English messages, as a pseudo-locale page must show none of them.
fn english_words() -> std::collections::BTreeSet<String> {
    app::i18n::sources(Language::English)
        .iter()
        .flat_map(|source| source.lines())
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| {
            line.split_once(" = ")
                .map(|(_, text)| text.to_string())
                .or(Some(line.to_string()))
        })
        .flat_map(|text| {
            // Variable names and selector keys are not text.
            let mut words = vec![];
            let mut in_placeable = 0;
            let mut word = String::new();
            for c in text.chars() {
                match c {
                    '{' => in_placeable += 1,
                    '}' => in_placeable -= 1,
                    c if c.is_ascii_alphabetic() && in_placeable == 0 => word.push(c),
                    _ => {}
                }
                if !c.is_ascii_alphabetic() && !word.is_empty() {
                    words.push(std::mem::take(&mut word).to_lowercase());
                }
            }
            if !word.is_empty() {
                words.push(word.to_lowercase());
            }
            words
        })
        .filter(|word| word.len() >= 3)
        .collect()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_english_is_left_on_a_translated_page_in_the_pseudo_locale(kind: Database) {
    let app = spawn_app_with_options(kind, &["--languages", "cy,en-xa"]).await;
    let words = english_words();
    assert!(words.contains("neighbourhood") && words.contains("postcode"));
    let browser = app.new_browser();
    choose(&browser, "en-xa", "/").await;
    // A form refused, so its errors show too.
    browser
        .post_form("/fn/sign-in/link", &[("email", "")])
        .await;
    for path in [
        "/sign-in",
        "/",
        "/?postcode=B15",
        "/?postcode=ZZ99%209ZZ",
        "/?postcode=nonsense",
        "/sign-in/confirm?token=unknown",
    ] {
        let (status, html) = browser.html(path).await;
        assert_eq!(status, 200, "{kind} {path}");
        assert!(html.contains(r#"<html lang="en-XA""#), "{kind} {path}");
        let left = english_left(&html, &words);
        assert!(
            left.is_empty(),
            "{kind} {path}: English left untranslated: {left:#?}"
        );
    }
    // The check finds English where it is left.
    let (_, english) = app.new_browser().html("/").await;
    assert!(!english_left(&english, &words).is_empty());
}
