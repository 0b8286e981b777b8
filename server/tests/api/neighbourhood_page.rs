//! The neighbourhood page and pages that do not exist.

use crate::helpers::{Database, on_each_database, spawn_app};
use entity::{neighbourhood, team_member};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_neighbourhood_page_shows_the_team_contact_details_and_map(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, html) = app.html("/neighbourhoods/BW003").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        html.contains("<title>Edgbaston neighbourhood team"),
        "{kind}"
    );
    assert!(
        html.contains("<h1 class=\"heading-l\">Edgbaston neighbourhood team</h1>"),
        "{kind}"
    );
    assert!(
        html.contains("Birmingham · West Midlands Police"),
        "{kind}: LPA and force"
    );
    assert!(html.contains("mailto:edgbaston"), "{kind}: email");
    assert!(html.contains(r#"href="tel:101""#), "{kind}: telephone");
    assert!(
        html.contains(r#"aria-label="Map of the boundary of Edgbaston""#),
        "{kind}: map"
    );
    assert!(html.contains(r#"<path d="M"#), "{kind}: boundary path");
    assert!(
        html.contains(r#"<a href="/">Search for a different postcode</a>"#),
        "{kind}"
    );
    assert!(
        !html.contains("openstreetmap") && !html.contains("tile"),
        "{kind}: no map tiles"
    );

    let edgbaston = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq("BW003"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let team = team_member::Entity::find()
        .filter(team_member::Column::NeighbourhoodId.eq(edgbaston.id))
        .all(&app.db)
        .await
        .unwrap();
    assert!((3..=6).contains(&team.len()), "{kind}");
    let contact = team
        .iter()
        .find(|m| m.is_contact_officer)
        .expect("a contact officer");
    let contact_at = html
        .find(&format!("<h3 class=\"heading-s\">{}</h3>", contact.name))
        .unwrap();
    for member in team.iter().filter(|m| !m.is_contact_officer) {
        let at = html
            .find(&format!("<h3 class=\"heading-s\">{}</h3>", member.name))
            .unwrap();
        assert!(
            contact_at < at,
            "{kind}: the contact officer is listed first"
        );
    }
    assert!(html.contains(&format!(
        "Your named contact officer is <strong>{} {}</strong>",
        contact.rank, contact.name
    )));
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_neighbourhood_with_a_hole_draws_it(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, html) = app.html("/neighbourhoods/DY001").await;
    assert_eq!(status, 200, "{kind}");
    let path = html.split(r#"<path d=""#).nth(1).unwrap();
    let path = &path[..path.find('"').unwrap()];
    assert_eq!(path.matches('M').count(), 2, "{kind}: exterior and hole");
    assert!(html.contains(r#"fill-rule="evenodd""#), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_neighbourhood_is_a_404_page(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, html) = app.html("/neighbourhoods/XX999").await;
    assert_eq!(status, 404, "{kind}");
    assert!(
        html.contains("<h1 class=\"heading-l\">Page not found</h1>"),
        "{kind}"
    );
    assert!(html.contains("<title>Page not found"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_address_is_a_404_page(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, html) = app.html("/no/such/page").await;
    assert_eq!(status, 404, "{kind}");
    assert!(html.contains("Page not found"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_travel_compressed_to_browsers_that_accept_it(kind: Database) {
    let app = spawn_app(kind).await;
    let response = app
        .client
        .get(format!("{}/neighbourhoods/BW003", app.address))
        .header("Accept", "text/html")
        .header("Accept-Encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{kind}");
    assert_eq!(response.headers()["content-encoding"], "br", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers(kind: Database) {
    let app = spawn_app(kind).await;
    // A page rendered for this response names its own script nonce.
    let response = app.get("/sign-in").await;
    let headers = response.headers().clone();
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(
        policy.contains("script-src 'self' 'nonce-"),
        "{kind}: {policy}"
    );
    // A public page sent to everyone not signed in has no inline script to allow.
    let shared = app.get("/").await;
    let policy = shared.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(!policy.contains("nonce"), "{kind}: {policy}");
    assert_eq!(shared.headers()["x-frame-options"], "DENY", "{kind}");
    assert!(policy.contains("frame-ancestors 'none'"), "{kind}");
    assert_eq!(headers["x-content-type-options"], "nosniff", "{kind}");
    assert_eq!(
        headers["referrer-policy"], "strict-origin-when-cross-origin",
        "{kind}"
    );

    let api = app
        .client
        .get(format!("{}/api/postcodes/B152TT", app.address))
        .send()
        .await
        .unwrap();
    // Data, never a page: nothing loads from it.
    assert_eq!(
        api.headers()["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'",
        "{kind}"
    );
    assert_eq!(api.headers()["x-frame-options"], "DENY", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_tile_server_configured_the_map_has_streets_its_attribution_and_the_policy_allows_them(
    kind: Database,
) {
    let plain = spawn_app(kind).await;
    let (_, page) = plain.html("/neighbourhoods/BW003").await;
    assert!(!page.contains("<image"), "{kind}: the outline alone");

    let app = crate::helpers::spawn_app_with_options(
        kind,
        &[
            "--map-tiles",
            "http://tiles.test:8080/osm/{z}/{x}/{y}.png",
            "--map-attribution",
            "© OpenStreetMap contributors",
        ],
    )
    .await;
    for response in [
        app.get("/neighbourhoods/BW003").await,
        // The copy kept for everyone not signed in carries the same policy.
        app.get("/neighbourhoods/BW003").await,
    ] {
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            policy.contains("img-src 'self' data: http://tiles.test:8080;"),
            "{kind}: {policy}"
        );
        let page = response.text().await.unwrap();
        let tiles = page.matches(r#"<image href="http://tiles.test:8080/osm/"#);
        assert!(tiles.count() >= 1, "{kind}: {page}");
        assert!(page.contains("© OpenStreetMap contributors"), "{kind}");
    }
}
