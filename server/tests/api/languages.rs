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
/// being in another language (`lang`): text, titles and labels for assistive technology. Code
/// (`<code>`: a cookie's name, an API path) is in no language. A page's `<title>` cannot carry
/// `lang`, so the data it repeats from the page (a surgery's title, marked there) is set aside.
fn english_left(
    html: &str,
    english_words: &std::collections::BTreeSet<String>,
    names: &[String],
) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let mut left = vec![];
    let page_lang = document
        .root_element()
        .value()
        .attr("lang")
        .unwrap_or_default()
        .to_string();
    let set_aside = |e: scraper::ElementRef| {
        e.value().attr("lang").is_some_and(|lang| lang != page_lang)
            || matches!(e.value().name(), "code" | "pre" | "kbd" | "samp")
    };
    let marked_other = |node: scraper::ElementRef| {
        std::iter::successors(Some(node), |e| {
            e.parent().and_then(scraper::ElementRef::wrap)
        })
        .any(set_aside)
    };
    let marked_texts: Vec<String> = document
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
        .filter(|e| set_aside(*e))
        .map(|e| e.text().collect::<String>())
        .filter(|text| !text.trim().is_empty())
        .collect();
    let mut check = |text: &str, node: scraper::ElementRef| {
        if marked_other(node) {
            return;
        }
        let mut text = text.to_string();
        if node.value().name() == "title" {
            for marked in &marked_texts {
                text = text.replace(marked.trim(), "");
            }
        }
        // Names are names in every language ("City Centre", "West Midlands Police"), and an
        // email address is no language's words.
        for name in names {
            text = text.replace(name.as_str(), "");
        }
        let text: String = text
            .split_whitespace()
            .filter(|word| !word.contains('@'))
            .collect::<Vec<_>>()
            .join(" ");
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

/// The names of the force, its areas and its neighbourhoods, longest first.
async fn place_names(app: &TestApp) -> Vec<String> {
    use sea_orm::EntityTrait;
    let mut names: Vec<String> = entity::force::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.name)
        .chain(
            entity::local_policing_area::Entity::find()
                .all(&app.db)
                .await
                .unwrap()
                .into_iter()
                .map(|a| a.name),
        )
        .chain(
            entity::neighbourhood::Entity::find()
                .all(&app.db)
                .await
                .unwrap()
                .into_iter()
                .map(|n| n.name),
        )
        .collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names
}

/// The English left on each of `paths` as `browser` sees them, by path.
async fn english_on(
    browser: &TestApp,
    paths: &[String],
    words: &std::collections::BTreeSet<String>,
    names: &[String],
) -> Vec<String> {
    let mut found = vec![];
    for path in paths {
        let (status, html) = browser.html(path).await;
        assert!(status == 200 || status == 404, "{path} answered {status}");
        assert!(
            html.contains(r#"<html lang="en-XA""#),
            "{path} is not in the pseudo-locale"
        );
        let left = english_left(&html, words, names);
        if !left.is_empty() {
            found.push(format!("{path}: {left:#?}"));
        }
    }
    found
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
async fn no_english_is_left_on_a_residents_pages_in_the_pseudo_locale(kind: Database) {
    let app = spawn_app_with_options(kind, &["--languages", "cy,en-xa"]).await;
    let words = english_words();
    assert!(words.contains("neighbourhood") && words.contains("postcode"));
    let surgery = crate::surgeries::booked_surgery(&app, "BW003").await;
    let slot = crate::surgeries::slots(&app, surgery).await[0].id;
    let (vote_id, option, priority) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    let (group, organiser, _) = crate::groups::verified_group(&app).await;
    let names = place_names(&app).await;
    let mut english = vec![];

    // As a visitor, with forms refused on the way.
    let visitor = app.new_browser();
    choose(&visitor, "en-xa", "/").await;
    visitor
        .post_form("/fn/sign-in/link", &[("email", "")])
        .await;
    let visitor_pages: Vec<String> = [
        "/sign-in",
        "/",
        "/?postcode=B15",
        "/?postcode=ZZ99%209ZZ",
        "/?postcode=nonsense",
        "/sign-in/confirm?token=unknown",
        "/sign-in/check-email",
        "/surgeries",
        "/surgeries?postcode=nonsense",
        "/surgeries?postcode=B15",
        "/surgeries?neighbourhood=BW003",
        &format!("/surgeries/{surgery}"),
        "/bookings/cancel?token=unknown",
        "/neighbourhoods/BW003",
        "/neighbourhoods/BW003/how-we-are-doing",
        "/concerns/new",
        "/concerns/new?postcode=zzz",
        "/concerns/new?postcode=B15",
        &format!("/votes/{vote_id}"),
        "/groups",
        &format!("/groups/{group}"),
        &format!("/neighbourhoods/BW003/priorities/{priority}"),
        "/groups/invitations/accept?token=unknown",
        "/email-preferences/unsubscribe?resident=1&signature=x",
        "/email-preferences/unsubscribe?resident=1&signature=x&list=alerts",
        "/accessibility",
        "/privacy",
        "/api",
        "/no-such-page",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    english.extend(english_on(&visitor, &visitor_pages, &words, &names).await);

    // As a resident: booking, raising a concern, voting, their account.
    let resident = crate::surgeries::resident(&app, "pseudo@example.org").await;
    choose(&resident, "en-xa", "/").await;
    let mut resident_pages = vec!["/account".to_string(), format!("/surgeries/{surgery}/book")];
    resident
        .post_form(
            "/fn/surgeries/book/details",
            &[
                ("surgery_id", &surgery.to_string()),
                ("topic", ""),
                ("adjustments", ""),
            ],
        )
        .await;
    resident_pages.push(format!("/surgeries/{surgery}/book"));
    english.extend(english_on(&resident, &resident_pages, &words, &names).await);
    crate::surgeries::enter_details(&resident, surgery, slot).await;
    let mut resident_pages = vec![format!("/surgeries/{surgery}/book/check")];
    english.extend(english_on(&resident, &resident_pages, &words, &names).await);
    let booked = crate::surgeries::confirm(&resident, surgery).await;
    let booking = location(&booked).to_string();
    resident_pages = vec![
        booking.clone(),
        booking.clone(),
        format!("{booking}?cancel=ask"),
        format!("/surgeries/{surgery}"),
        "/neighbourhoods/BW003/concerns/new".into(),
    ];
    english.extend(english_on(&resident, &resident_pages, &words, &names).await);
    resident
        .post_form("/fn/concerns/details", &[("code", "BW003")])
        .await;
    english.extend(
        english_on(
            &resident,
            &["/neighbourhoods/BW003/concerns/new".into()],
            &words,
            &names,
        )
        .await,
    );
    let concern = crate::concerns::raise(&resident, &[]).await;
    resident_pages = vec![
        format!("/account/concerns/{concern}"),
        format!("/account/concerns/{concern}"),
        format!("/votes/{vote_id}/choose"),
    ];
    english.extend(english_on(&resident, &resident_pages, &words, &names).await);
    crate::priorities::vote_for(&resident, vote_id, &[option]).await;
    resident_pages = vec![
        format!("/votes/{vote_id}"),
        format!("/votes/{vote_id}"),
        "/account".into(),
        "/groups/new".into(),
        format!("/groups/{group}"),
        "/account/delete".into(),
    ];
    english.extend(english_on(&resident, &resident_pages, &words, &names).await);

    // As a group's organiser.
    choose(&organiser, "en-xa", "/").await;
    organiser
        .submit(
            &format!("/groups/{group}/members"),
            "/fn/groups/invite",
            &[("email", "not an address")],
        )
        .await;
    let organiser_pages = vec![
        format!("/groups/{group}"),
        format!("/groups/{group}/dashboard"),
        format!("/groups/{group}/members"),
    ];
    english.extend(english_on(&organiser, &organiser_pages, &words, &names).await);

    assert!(
        english.is_empty(),
        "{kind}: English left untranslated:\n{}",
        english.join("\n")
    );
    // The check finds English where it is left.
    let (_, english_page) = app.new_browser().html("/").await;
    assert!(!english_left(&english_page, &words, &names).is_empty());
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_surgery_the_team_titled_in_welsh_is_shown_and_emailed_in_welsh(kind: Database) {
    let app = spawn_app(kind).await;
    // The demo's teams give their booked surgeries a Welsh title.
    let surgery = crate::surgeries::booked_surgery(&app, "BW003").await;
    let slot = crate::surgeries::slots(&app, surgery).await[0].id;
    let (_, english) = page_in(&app, &format!("/surgeries/{surgery}"), "en-GB").await;
    assert!(
        english.contains(r#"<h1 class="heading-l">PCSO surgery at"#),
        "{kind}"
    );
    let (_, welsh) = page_in(&app, &format!("/surgeries/{surgery}"), "cy").await;
    assert!(
        welsh.contains(r#"<h1 class="heading-l">Cymhorthfa SCCH yn"#),
        "{kind}"
    );
    assert!(!welsh.contains("PCSO surgery at"), "{kind}");
    // In another language, the English title, marked as English.
    let (_, urdu) = page_in(&app, &format!("/surgeries/{surgery}"), "ur").await;
    assert!(
        urdu.contains(r#"<h1 lang="en" class="heading-l">PCSO surgery at"#),
        "{kind}"
    );

    let resident = crate::surgeries::resident(&app, "eirlys@example.org").await;
    choose(&resident, "cy", "/").await;
    crate::surgeries::book_slot(&resident, surgery, slot).await;
    let email = app.delivered_to("eirlys@example.org").await;
    assert!(email.contains("Cymhorthfa SCCH yn"), "{kind}: {email}");
    assert!(email.contains(r#"<html lang="cy" dir="ltr">"#), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_priority_and_an_update_the_team_wrote_in_welsh_are_read_in_welsh(kind: Database) {
    use crate::priorities::{post, team};
    use chrono::Datelike;
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let today = app::domain::schedule::uk_local(app.clock.now()).date();
    let (day, month, year) = (
        today.day().to_string(),
        today.month().to_string(),
        today.year().to_string(),
    );
    post(
        &team,
        "/staff/neighbourhoods/BW003/priorities",
        "/fn/staff/priorities/set",
        &[
            ("code", "BW003".into()),
            ("issue", "Speeding on Court Oak Road".into()),
            ("issue_cy", "Goryrru ar Court Oak Road".into()),
            ("issue_date_day", day.clone()),
            ("issue_date_month", month.clone()),
            ("issue_date_year", year.clone()),
        ],
    )
    .await;
    let priority = entity::priority::Entity::find()
        .filter(entity::priority::Column::Issue.eq("Speeding on Court Oak Road"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the priority is set");
    assert_eq!(
        priority.issue_cy.as_deref(),
        Some("Goryrru ar Court Oak Road"),
        "{kind}"
    );
    let team_priority = format!("/staff/neighbourhoods/BW003/priorities/{}", priority.id);
    post(
        &team,
        &team_priority,
        "/fn/staff/priorities/action",
        &[
            ("code", "BW003".into()),
            ("priority_id", priority.id.to_string()),
            ("action", "Speed checks on four evenings".into()),
            ("action_cy", "Gwiriadau cyflymder ar bedair noson".into()),
            ("action_date_day", day),
            ("action_date_month", month),
            ("action_date_year", year),
        ],
    )
    .await;

    // A resident who reads in Welsh raised a concern the update answers.
    let resident = crate::surgeries::resident(&app, "eirlys@example.org").await;
    choose(&resident, "cy", "/").await;
    let concern = crate::concerns::concern_in(&app, "BW003").await;
    let eirlys = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("eirlys@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    entity::concern::Entity::update_many()
        .col_expr(
            entity::concern::Column::ResidentId,
            sea_orm::sea_query::Expr::value(eirlys.id),
        )
        .filter(entity::concern::Column::Reference.eq(&concern))
        .exec(&app.db)
        .await
        .unwrap();
    let published = post(
        &team,
        "/staff/neighbourhoods/BW003/updates",
        "/fn/staff/updates/publish",
        &[
            ("code", "BW003".into()),
            ("you_said", "Cars speed past the park gates.".into()),
            ("we_did", "Speed checks with the council.".into()),
            (
                "you_said_cy",
                "Mae ceir yn goryrru heibio gatiau'r parc.".into(),
            ),
            ("we_did_cy", "Gwiriadau cyflymder gyda'r cyngor.".into()),
            ("priorities[0]", priority.id.to_string()),
            ("concerns", concern.clone()),
        ],
    )
    .await;
    assert_eq!(
        location(&published),
        "/staff/neighbourhoods/BW003/updates",
        "{kind}"
    );
    let email = app.delivered_to("eirlys@example.org").await;
    assert!(
        email.contains("Mae ceir yn goryrru heibio gatiau'r parc.")
            || email.contains("Mae ceir yn goryrru heibio gatiau&#39;r parc."),
        "{kind}: {email}"
    );
    assert!(!email.contains("Cars speed past"), "{kind}: {email}");

    // On the Welsh pages, the team's Welsh; the English nowhere.
    let (_, welsh) = page_in(&app, "/neighbourhoods/BW003", "cy").await;
    for words in [
        "Goryrru ar Court Oak Road",
        "Gwiriadau cyflymder ar bedair noson",
        "heibio gatiau",
        "Gwiriadau cyflymder gyda",
    ] {
        assert!(welsh.contains(words), "{kind}: {words}");
    }
    for english in [
        "Speeding on Court Oak Road",
        "Speed checks on four evenings",
        "Cars speed past",
    ] {
        assert!(!welsh.contains(english), "{kind}: {english}");
    }
    let priority_page = format!("/neighbourhoods/BW003/priorities/{}", priority.id);
    let (_, welsh) = page_in(&app, &priority_page, "cy").await;
    assert!(
        welsh.contains(r#"<h1 class="heading-l">Goryrru ar Court Oak Road</h1>"#),
        "{kind}"
    );
    // In another language, the English, marked as English.
    let (_, urdu) = page_in(&app, &priority_page, "ur").await;
    assert!(
        urdu.contains(r#"<h1 lang="en" class="heading-l">Speeding on Court Oak Road</h1>"#),
        "{kind}"
    );
    assert!(!urdu.contains("Goryrru"), "{kind}");

    // The feed in Welsh when asked for it, and in English otherwise.
    let feed = app.feed("/neighbourhoods/BW003/updates.atom?lang=cy").await;
    assert_eq!(feed.lang.as_deref(), Some("cy"), "{kind}");
    assert!(feed.title.value.starts_with("Dywedoch chi"), "{kind}");
    let content = feed.entries()[0].content.as_ref().unwrap().value.clone();
    assert!(
        content
            .unwrap_or_default()
            .contains("Gwiriadau cyflymder gyda"),
        "{kind}"
    );
    let feed = app.feed("/neighbourhoods/BW003/updates.atom").await;
    assert_eq!(feed.lang.as_deref(), Some("en-GB"), "{kind}");
    assert!(feed.title.value.starts_with("You said, we did"), "{kind}");

    // Without the Welsh, Welsh readers see the English, marked as English.
    post(
        &team,
        &team_priority,
        "/fn/staff/priorities/welsh",
        &[
            ("code", "BW003".into()),
            ("priority_id", priority.id.to_string()),
            ("issue_cy", String::new()),
        ],
    )
    .await;
    let (_, welsh) = page_in(&app, &priority_page, "cy").await;
    assert!(
        welsh.contains(r#"<h1 lang="en" class="heading-l">Speeding on Court Oak Road</h1>"#),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vote_the_team_wrote_in_welsh_is_read_in_welsh(kind: Database) {
    use crate::priorities::{open_vote, post, team, vote_fields};
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let welsh_fields = |options_cy: &str| {
        let mut fields = vote_fields(&app, "Speeding\nLitter", "1", "any-resident", 0);
        fields.push(("question_cy", "Ar beth ddylai'r tîm weithio gyntaf?".into()));
        fields.push(("options_cy", options_cy.into()));
        fields
    };

    // One Welsh option for each English one, or the form says so and nothing is opened.
    let votes_before = entity::vote::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .len();
    let refused = post(
        &team,
        "/staff/neighbourhoods/BW003/votes",
        "/fn/staff/votes/open",
        &welsh_fields("Goryrru"),
    )
    .await;
    assert_eq!(
        location(&refused),
        "/staff/neighbourhoods/BW003/votes",
        "{kind}"
    );
    let (_, page) = team.html("/staff/neighbourhoods/BW003/votes").await;
    assert!(
        page.contains("Enter one option in Welsh for each option in English (2)"),
        "{kind}"
    );
    assert_eq!(
        entity::vote::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        votes_before,
        "{kind}: nothing opened"
    );

    let id = open_vote(&team, &welsh_fields("Goryrru\nSbwriel")).await;
    let path = format!("/votes/{id}");
    let (_, welsh) = page_in(&app, &path, "cy").await;
    assert!(
        welsh.contains(r#"<h1 class="heading-l">Ar beth ddylai’r tîm weithio gyntaf?</h1>"#)
            || welsh
                .contains(r#"<h1 class="heading-l">Ar beth ddylai&#39;r tîm weithio gyntaf?</h1>"#)
            || welsh.contains(r#"<h1 class="heading-l">Ar beth ddylai'r tîm weithio gyntaf?</h1>"#),
        "{kind}"
    );
    assert!(
        welsh.contains("<li>Goryrru</li>") && welsh.contains("<li>Sbwriel</li>"),
        "{kind}"
    );
    let (_, urdu) = page_in(&app, &path, "ur").await;
    assert!(urdu.contains(r#"<li lang="en">Speeding</li>"#), "{kind}");
    assert!(!urdu.contains("Goryrru"), "{kind}");
}
