//! The JavaScript-free "find your team" form: GET /?postcode=…

use crate::helpers::{Database, location, on_each_database, spawn_app, spawn_app_with};
use entity::{neighbourhood, postcode};
use rstest_reuse::apply;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_known_postcode_redirects_to_its_neighbourhood_page(kind: Database) {
    let app = spawn_app(kind).await;
    for typed in ["B15 2TT", " b15 2tt ", "B152TT"] {
        let response = app.submit_postcode(typed).await;
        assert_eq!(response.status(), 302, "{kind}: {typed:?}");
        assert_eq!(
            location(&response),
            "/neighbourhoods/BW003",
            "{kind}: {typed:?}"
        );
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postcode_in_a_detached_part_of_a_neighbourhood_finds_it(kind: Database) {
    let app = spawn_app(kind).await;
    // Shirley is two polygons; B90 1AD lies in the smaller one.
    let response = app.submit_postcode("B90 1AD").await;
    assert_eq!(location(&response), "/neighbourhoods/SH005", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_asks_for_a_postcode(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, html) = app.html("/").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        html.contains("<title>Find your neighbourhood policing team"),
        "{kind}"
    );
    // The ways in beside the question.
    for way in [
        r#"href="/surgeries""#,
        r#"href="/concerns/new""#,
        r#"href="/groups""#,
        "There are no votes open at the moment",
    ] {
        assert!(html.contains(way), "{kind}: {way}");
    }
    assert!(
        html.contains(
            r#"<label for="postcode" class="label label--l">Enter your postcode</label>"#
        )
    );
    assert!(html.contains(r#"autocomplete="postal-code""#));
    assert!(html.contains(r#"method="GET""#) || html.contains(r#"method="get""#));
    assert!(!html.contains("There is a problem"));
}

/// Asserts the page shows `message` as a GOV.UK error: summary, inline message, "Error: " title,
/// and the input still holding what was typed.
fn assert_form_error(html: &str, message: &str, typed: &str, context: &str) {
    assert!(
        html.contains("<title>Error: Find your neighbourhood policing team"),
        "{context}: title"
    );
    assert!(html.contains("There is a problem"), "{context}: summary");
    assert!(
        html.contains(&format!(r##"<a href="#postcode">{message}</a>"##)),
        "{context}: summary link to the field with {message:?}\n{html}"
    );
    assert!(
        html.contains(r#"id="postcode-error""#),
        "{context}: inline error"
    );
    assert!(
        html.contains(&format!("</span>{message}</p>")),
        "{context}: inline message"
    );
    assert!(
        html.contains(r#"aria-describedby="postcode-hint postcode-error""#),
        "{context}"
    );
    assert!(
        html.contains(&format!(r#"value="{typed}""#)),
        "{context}: keeps {typed:?}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_kind_of_bad_postcode_has_its_own_clear_message(kind: Database) {
    let cases = [
        ("", "Enter a postcode"),
        ("   ", "Enter a postcode"),
        (
            "hello",
            "Enter a full UK postcode, like B15 2TT, or the first part, like B15",
        ),
        (
            "B15 2CT",
            "Enter a full UK postcode, like B15 2TT, or the first part, like B15",
        ),
        (
            "B15 9ZZ",
            "We could not find the postcode B15 9ZZ. Check it and try again, or enter the first part, like B15",
        ),
        (
            "LS1 1UR",
            "LS1 1UR is outside the West Midlands Police area. Contact the police force for that area, or call 101",
        ),
        // Known to the portal, but in Bromsgrove: inside no neighbourhood of this force.
        (
            "b60 2bn",
            "B60 2BN is outside the West Midlands Police area. Contact the police force for that area, or call 101",
        ),
        (
            "B99",
            "We have no neighbourhoods for B99. Check it, or enter your full postcode",
        ),
        (
            "LS1",
            "LS1 is outside the West Midlands Police area. Contact the police force for that area, or call 101",
        ),
    ];
    let app = spawn_app(kind).await;
    for (typed, message) in cases {
        let response = app.submit_postcode(typed).await;
        assert_eq!(response.status(), 200, "{kind}: {typed:?}");
        let html = response.text().await.unwrap();
        assert_form_error(&html, message, typed, &format!("{kind}: {typed:?}"));
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_was_typed_is_shown_back_safely(kind: Database) {
    let app = spawn_app(kind).await;
    let html = app
        .submit_postcode(r#""><script>alert(1)</script>"#)
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<script>alert(1)</script>"), "{kind}");
    assert!(html.contains("Enter a full UK postcode"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_district_lists_the_neighbourhoods_it_touches(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, html) = app.html("/?postcode=b15").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        html.contains("<h1 class=\"heading-l\">Neighbourhoods in B15</h1>"),
        "{kind}\n{html}"
    );
    let city = html
        .find(r#"<a href="/neighbourhoods/BW001">City Centre</a>"#)
        .expect("City Centre");
    let edgbaston = html
        .find(r#"<a href="/neighbourhoods/BW003">Edgbaston</a>"#)
        .expect("Edgbaston");
    assert!(city < edgbaston, "{kind}: alphabetical order");
    assert!(
        !html.contains("/neighbourhoods/BW004"),
        "{kind}: B15 does not touch Harborne"
    );

    let (_, html) = app.html("/?postcode=B17").await;
    assert_eq!(
        html.matches(r#"<a href="/neighbourhoods/"#).count(),
        1,
        "{kind}: B17 is Harborne only"
    );
    assert!(
        html.contains(r#"<a href="/neighbourhoods/BW004">Harborne</a>"#),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postcode_that_names_its_neighbourhood_wins_over_the_boundaries(kind: Database) {
    let app = spawn_app_with(kind, |db| async move {
        let harborne = neighbourhood::Entity::find()
            .filter(neighbourhood::Column::Code.eq("BW004"))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        // The position of B15 2TT (Edgbaston), but the data says Harborne.
        let edgbaston = postcode::Entity::find_by_id("B15 2TT")
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        postcode::ActiveModel {
            postcode: Set("B15 2TU".into()),
            outcode: Set("B15".into()),
            latitude: Set(edgbaston.latitude),
            longitude: Set(edgbaston.longitude),
            neighbourhood_id: Set(Some(harborne.id)),
            terminated_on: Set(None),
            ward_code: Set(None),
        }
        .insert(&db)
        .await
        .unwrap();
    })
    .await;
    let response = app.submit_postcode("B15 2TU").await;
    assert_eq!(location(&response), "/neighbourhoods/BW004", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_with_an_island_loads_its_loader_from_a_file_and_has_no_inline_script(
    kind: Database,
) {
    use crate::staff_accounts::{PASSWORD, create_staff};
    let app = spawn_app(kind).await;
    create_staff(
        &app,
        "admin@police.example.uk",
        app::domain::staff::Role::Administrator,
        &[],
    )
    .await;
    let signing_in = app
        .post_form(
            "/fn/staff/sign-in",
            &[("email", "admin@police.example.uk"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&signing_in), "/staff/two-factor", "{kind}");
    // Setting up the second factor: its copy button is an island.
    let (status, html) = app.html("/staff/two-factor").await;
    assert_eq!(status, 200, "{kind}");
    assert!(html.contains("leptos-island"), "{kind}");
    let scripts: Vec<&str> = html.split("<script").skip(1).collect();
    assert_eq!(scripts.len(), 1, "{kind}: one script, the loader: {html}");
    let (tag, after) = scripts[0].split_once('>').unwrap();
    assert!(
        after.starts_with("</script>"),
        "{kind}: nothing inline: {html}"
    );
    let loader = tag
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the loader's address");
    assert!(loader.starts_with("/pkg/"), "{kind}: {loader}");

    let response = app.get(loader).await;
    assert_eq!(response.status(), 200, "{kind}");
    assert_eq!(
        response.headers()["content-type"],
        "text/javascript; charset=utf-8",
        "{kind}"
    );
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable"),
        "{kind}"
    );
    let code = response.text().await.unwrap();
    assert!(
        code.contains("import init, * as portal from \"/pkg/") && code.contains("portal.hydrate()"),
        "{kind}: {code}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_without_an_island_load_no_script_at_all(kind: Database) {
    let app = spawn_app(kind).await;
    for path in ["/", "/?postcode=B15", "/neighbourhoods/BW003", "/sign-in"] {
        let (status, html) = app.html(path).await;
        assert_eq!(status, 200, "{kind} {path}");
        assert!(!html.contains("<script"), "{kind} {path}: {html}");
        assert!(!html.contains(".wasm"), "{kind} {path}");
        assert!(!html.contains("leptos-island"), "{kind} {path}");
    }
}
