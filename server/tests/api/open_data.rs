//! The open neighbourhood API: data.police.uk's calls answered from the portal's data, compared
//! key by key and type by type with that API's sample answers in `../shared/data/police/`.

use crate::helpers::{Database, TestApp, on_each_database, spawn_app, spawn_app_with_options};
use entity::neighbourhood;
use reqwest::header::{
    ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_REQUEST_METHOD,
    CACHE_CONTROL, ETAG, HeaderValue, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, ORIGIN,
};
use rstest_reuse::apply;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

/// A sample response from data.police.uk, when the shared data is present.
pub fn police_sample(name: &str) -> Option<Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data/police")
        .join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(serde_json::from_str(&text).expect("a JSON sample")),
        Err(_) => {
            println!("skipped: {} is not present", path.display());
            None
        }
    }
}

/// The JSON type of a value, as data.police.uk's samples are compared.
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

pub fn is_police_date(value: &Value) -> bool {
    value.as_str().is_some_and(|text| {
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").is_ok()
    })
}

/// The ways of contact data.police.uk names (its `contact_details` sample holds them all).
const CONTACT_KEYS: [&str; 15] = [
    "email",
    "telephone",
    "mobile",
    "fax",
    "web",
    "address",
    "facebook",
    "twitter",
    "youtube",
    "myspace",
    "bebo",
    "flickr",
    "forum",
    "blog",
    "rss",
];

/// Asserts that `ours` has every key of data.police.uk's sample `theirs`, each of the same JSON
/// type (text a force did not write may be null on either side), looking inside objects and
/// the first item of lists; `additions` are the only keys the portal may add. Contact details
/// carry only the ways of contact that have values: any of data.police.uk's, each as text.
pub fn assert_same_shape(at: &str, theirs: &Value, ours: &Value, additions: &[&str]) {
    if at.ends_with("contact_details") {
        let ours = ours
            .as_object()
            .unwrap_or_else(|| panic!("{at}: {ours} is not an object"));
        for (key, value) in ours {
            assert!(
                CONTACT_KEYS.contains(&key.as_str()),
                "{at}: {key} is not data.police.uk's"
            );
            assert!(value.is_string(), "{at}.{key}: {value} is not text");
        }
        return;
    }
    match (theirs, ours) {
        (Value::Object(theirs), Value::Object(ours)) => {
            for (key, value) in theirs {
                let mine = ours
                    .get(key)
                    .unwrap_or_else(|| panic!("{at}: no key {key}"));
                assert_same_shape(&format!("{at}.{key}"), value, mine, additions);
            }
            for key in ours.keys() {
                assert!(
                    theirs.contains_key(key) || additions.contains(&key.as_str()),
                    "{at}: the key {key} is not data.police.uk's"
                );
            }
        }
        (Value::Array(theirs), Value::Array(ours)) => {
            if let (Some(first), Some(mine)) = (theirs.first(), ours.first()) {
                assert_same_shape(&format!("{at}[0]"), first, mine, additions);
            }
        }
        (Value::Null, Value::String(_)) | (Value::String(_), Value::Null) => {}
        _ => assert_eq!(
            json_type(ours),
            json_type(theirs),
            "{at}: {ours} is not of the type of {theirs}"
        ),
    }
}

/// Compares our answer with a sample, when the shared data is present.
pub fn compare_with_sample(kind: Database, sample: &str, ours: &Value, additions: &[&str]) {
    if let Some(theirs) = police_sample(sample) {
        assert_same_shape(&format!("{kind} {sample}"), &theirs, ours, additions);
    }
}

async fn assert_not_found(app: &TestApp, kind: Database, path: &str) {
    let response = app.get(path).await;
    assert_eq!(response.status(), 404, "{kind}: {path}");
    assert!(response.headers().get(ETAG).is_none(), "{kind}: {path}");
    assert_eq!(
        response.text().await.unwrap(),
        "Not Found",
        "{kind}: {path}"
    );
}

fn as_number(value: &Value) -> f64 {
    value
        .as_str()
        .and_then(|text| text.parse().ok())
        .unwrap_or_else(|| panic!("{value} is not a number in a string"))
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_force_and_its_neighbourhoods_are_listed_as_data_police_uk_lists_them(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, forces) = app.api("/api/forces").await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(forces[0]["id"], "west-midlands", "{kind}");
    assert_eq!(forces.as_array().unwrap().len(), 1, "{kind}");
    compare_with_sample(
        kind,
        "fixtures_policedatakit/neighbourhood-reference.json",
        &forces[0],
        &[],
    );

    let (status, force) = app.api("/api/forces/west-midlands").await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(force["name"], "West Midlands Police", "{kind}");
    let portal = &force["engagement_methods"][0];
    assert_eq!(portal["url"], format!("{}/", app.address), "{kind}");
    compare_with_sample(
        kind,
        "fixtures_policedatakit/police-force.json",
        &force,
        &["type"],
    );

    let (status, list) = app.api("/api/west-midlands/neighbourhoods").await;
    assert_eq!(status, 200, "{kind}");
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 12, "{kind}");
    let names: Vec<&str> = list.iter().map(|n| n["name"].as_str().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "{kind}: by name");
    assert!(
        list.iter()
            .any(|n| n["id"] == "BW003" && n["name"] == "Edgbaston")
    );
    compare_with_sample(
        kind,
        "west-midlands_neighbourhoods_2022-02.json",
        &Value::Array(list.clone()),
        &[],
    );

    for missing in [
        "/api/forces/leicestershire",
        "/api/forces/West-Midlands",
        "/api/leicestershire/neighbourhoods",
    ] {
        assert_not_found(&app, kind, missing).await;
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_neighbourhood_its_boundary_and_its_team_answer_in_data_police_uk_shape(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, edgbaston) = app.api("/api/west-midlands/BW003").await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(edgbaston["id"], "BW003", "{kind}");
    assert_eq!(edgbaston["name"], "Edgbaston", "{kind}");
    assert_eq!(
        edgbaston["url_force"],
        format!("{}/neighbourhoods/BW003", app.address),
        "{kind}"
    );
    assert_eq!(edgbaston["population"], "0", "{kind}");
    let latitude = as_number(&edgbaston["centre"]["latitude"]);
    let longitude = as_number(&edgbaston["centre"]["longitude"]);
    assert!((52.4..52.5).contains(&latitude), "{kind}: {latitude}");
    assert!((-2.0..-1.8).contains(&longitude), "{kind}: {longitude}");
    let contact = edgbaston["contact_details"].as_object().unwrap();
    assert!(
        contact["email"]
            .as_str()
            .is_some_and(|e| e.ends_with("@west-midlands.police.example")),
        "{kind}: {contact:?}"
    );
    assert!(
        contact.values().all(|v| v.is_string()),
        "{kind}: only ways of contact that have values"
    );
    let locations = edgbaston["locations"].as_array().unwrap();
    assert_eq!(locations.len(), 2, "{kind}: the venues serving Edgbaston");
    for location in locations {
        as_number(&location["latitude"]);
        as_number(&location["longitude"]);
        assert!(location["step_free"].is_boolean(), "{kind}");
    }
    compare_with_sample(
        kind,
        "fixtures_laravel/returnsNeighbourhood.json",
        &edgbaston,
        &["step_free", "accessibility_notes", "boundary"],
    );

    let (status, boundary) = app.api("/api/west-midlands/BW003/boundary").await;
    assert_eq!(status, 200, "{kind}");
    let boundary = boundary.as_array().unwrap();
    assert!(boundary.len() >= 4, "{kind}");
    assert_eq!(boundary.first(), boundary.last(), "{kind}: the ring closed");
    for point in boundary {
        as_number(&point["latitude"]);
        as_number(&point["longitude"]);
    }
    compare_with_sample(
        kind,
        "fixtures_laravel/returnsNeighbourhoodBoundary.json",
        &Value::Array(boundary.clone()),
        &[],
    );
    // Shirley is in two parts: the outline is the larger one, closed.
    let (_, shirley) = app.api("/api/west-midlands/SH005/boundary").await;
    let shirley = shirley.as_array().unwrap();
    assert!(shirley.len() >= 4, "{kind}");
    assert_eq!(shirley.first(), shirley.last(), "{kind}");

    let (status, people) = app.api("/api/west-midlands/BW003/people").await;
    assert_eq!(status, 200, "{kind}");
    let people = people.as_array().unwrap();
    let team = app::services::neighbourhoods::team(
        &app.db,
        crate::staff_accounts::neighbourhood_id(&app, "BW003").await,
    )
    .await
    .unwrap();
    let names: Vec<&str> = people.iter().map(|p| p["name"].as_str().unwrap()).collect();
    let team_names: Vec<&str> = team.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, team_names, "{kind}: the team list's order");
    assert_eq!(
        people[0]["contact_officer"], true,
        "{kind}: named officer first"
    );
    assert!(
        people[1..].iter().all(|p| p["contact_officer"] == false),
        "{kind}"
    );
    compare_with_sample(
        kind,
        "fixtures_laravel/returnsNeighbourhoodPeople.json",
        &Value::Array(people.clone()),
        &["contact_officer"],
    );

    for missing in [
        "/api/west-midlands/bw003",
        "/api/west-midlands/NOPE",
        "/api/west-midlands/NOPE/boundary",
        "/api/west-midlands/bw003/people",
        "/api/leicestershire/BW003",
    ] {
        assert_not_found(&app, kind, missing).await;
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locating_a_point_names_its_neighbourhood_and_a_hole_is_not_part_of_it(kind: Database) {
    let app = spawn_app(kind).await;
    let (_, edgbaston) = app.api("/api/west-midlands/BW003").await;
    let centre = format!(
        "{},{}",
        edgbaston["centre"]["latitude"].as_str().unwrap(),
        edgbaston["centre"]["longitude"].as_str().unwrap()
    );
    let (status, located) = app
        .api(&format!("/api/locate-neighbourhood?q={centre}"))
        .await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(located["force"], "west-midlands", "{kind}");
    assert_eq!(located["neighbourhood"], "BW003", "{kind}");
    compare_with_sample(
        kind,
        "fixtures_laravel/returnsLocateNeighbourhood.json",
        &located,
        &[],
    );

    // Dudley Central's boundary has a hole: a point in it is not in Dudley Central.
    let dudley = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq("DY001"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let shape = app::services::neighbourhoods::stored_boundary(&dudley).unwrap();
    let hole = app::domain::geometry::MultiPolygon(vec![vec![shape.0[0][1].clone()]]);
    let in_hole = hole.centre().unwrap();
    let response = app
        .get(&format!(
            "/api/locate-neighbourhood?q={},{}",
            in_hole.latitude, in_hole.longitude
        ))
        .await;
    if response.status() == 200 {
        let located: Value = response.json().await.unwrap();
        assert_ne!(located["neighbourhood"], "DY001", "{kind}");
    } else {
        assert_eq!(response.status(), 404, "{kind}");
    }
    let (_, dudley_centre) = app.api("/api/west-midlands/DY001/boundary").await;
    assert!(!dudley_centre.as_array().unwrap().is_empty(), "{kind}");
    // The whole shape, hole and all, is under the portal's own key.
    let (_, dudley_answer) = app.api("/api/west-midlands/DY001").await;
    let whole = &dudley_answer["boundary"];
    assert_eq!(whole["type"], "MultiPolygon", "{kind}");
    let rings = whole["coordinates"][0].as_array().unwrap();
    assert_eq!(
        rings.len(),
        shape.0[0].len(),
        "{kind}: the exterior and its hole"
    );
    for ring in rings {
        let ring = ring.as_array().unwrap();
        assert_eq!(ring.first(), ring.last(), "{kind}: each ring closed");
    }

    for missing in [
        "/api/locate-neighbourhood",
        "/api/locate-neighbourhood?q=",
        "/api/locate-neighbourhood?q=52.45,-1.93&q=52.45,-1.93",
        "/api/locate-neighbourhood?q=52.45",
        "/api/locate-neighbourhood?q=north,west",
        "/api/locate-neighbourhood?q=95,-1.9",
        // The middle of the North Sea is in no neighbourhood.
        "/api/locate-neighbourhood?q=55.0,3.0",
    ] {
        assert_not_found(&app, kind, missing).await;
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_data_is_open_to_other_sites_and_caches_can_revalidate_it(kind: Database) {
    let app = spawn_app(kind).await;
    let url = format!("{}/api/west-midlands/neighbourhoods", app.address);
    let first = app
        .client
        .get(&url)
        .header(ORIGIN, "https://news.example.org")
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200, "{kind}");
    assert_eq!(first.headers()[ACCESS_CONTROL_ALLOW_ORIGIN], "*", "{kind}");
    assert!(
        first.headers()[CACHE_CONTROL]
            .to_str()
            .unwrap()
            .starts_with("public"),
        "{kind}"
    );
    let tag = first.headers()[ETAG].clone();

    let unchanged = app
        .client
        .get(&url)
        .header(IF_NONE_MATCH, tag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(unchanged.status(), 304, "{kind}");
    assert_eq!(unchanged.headers()[ETAG], tag, "{kind}");
    assert!(unchanged.bytes().await.unwrap().is_empty(), "{kind}");

    // A client that keeps dates instead of tags: once the answer has stood for a second it
    // carries the date it was first served, and asking with that date is answered 304.
    app.clock.advance(5);
    let dated = app.client.get(&url).send().await.unwrap();
    let served = dated.headers()[LAST_MODIFIED].clone();
    assert_eq!(dated.headers()[ETAG], tag, "{kind}");
    let since = |date: HeaderValue| app.client.get(&url).header(IF_MODIFIED_SINCE, date).send();
    assert_eq!(since(served.clone()).await.unwrap().status(), 304, "{kind}");
    let earlier = HeaderValue::from_static("Thu, 01 Jan 2015 00:00:00 GMT");
    assert_eq!(since(earlier).await.unwrap().status(), 200, "{kind}");

    // Once the data changes, the old tag no longer matches.
    let mut harborne: neighbourhood::ActiveModel = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq("BW004"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    harborne.name = Set("Harborne and Quinton".into());
    harborne.update(&app.db).await.unwrap();
    let changed = app
        .client
        .get(&url)
        .header(IF_NONE_MATCH, tag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200, "{kind}");
    assert_ne!(changed.headers()[ETAG], tag, "{kind}");
    assert_eq!(
        since(served).await.unwrap().status(),
        200,
        "{kind}: the date of the old answer does not pass for the new one"
    );
    assert!(
        changed
            .text()
            .await
            .unwrap()
            .contains("Harborne and Quinton"),
        "{kind}"
    );

    // A page elsewhere may ask first whether it may read the data.
    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, &url)
        .header(ORIGIN, "https://news.example.org")
        .header(ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success(), "{kind}");
    assert_eq!(
        preflight.headers()[ACCESS_CONTROL_ALLOW_ORIGIN],
        "*",
        "{kind}"
    );
    assert!(
        preflight.headers()[ACCESS_CONTROL_ALLOW_METHODS]
            .to_str()
            .unwrap()
            .contains("GET"),
        "{kind}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_asking_too_fast_is_told_to_wait_as_data_police_uk_tells_it() {
    // The limiter keeps real time: refilled at one a second, the bucket would catch up with 200
    // requests only if answering them took nearly three minutes.
    let app =
        spawn_app_with_options(Database::Sqlite, &["--api-rate", "1", "--api-burst", "30"]).await;
    let url = format!("{}/api/forces", app.address);
    // Far more than a burst of 30 could allow while they are answered; each names a different
    // address, which counts for nothing unless a proxy is trusted.
    let mut requests = tokio::task::JoinSet::new();
    for i in 0..200 {
        let request = app
            .client
            .get(&url)
            .header("x-forwarded-for", format!("10.0.{}.{}", i / 256, i % 256));
        requests.spawn(request.send());
    }
    let answers = requests.join_all().await;
    let mut answered = 0;
    let mut refused = 0;
    for response in answers {
        let response = response.unwrap();
        match response.status().as_u16() {
            200 => answered += 1,
            429 => {
                let wait: u64 = response.headers()["retry-after"]
                    .to_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!(wait >= 1);
                refused += 1;
            }
            other => panic!("answered {other}"),
        }
    }
    assert!(answered >= 30, "the burst is answered: {answered}");
    assert!(refused > 0, "the rest is refused: {answered} answered");
    // Other parts of the site are not limited by the API's buckets.
    assert_eq!(app.get("/health/ready").await.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_describes_every_call_of_the_open_api() {
    let app = spawn_app(Database::Sqlite).await;
    let (status, document) = app.api("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    let documented: Vec<&String> = document["paths"].as_object().unwrap().keys().collect();
    let served: Vec<&str> = server::api::paths()
        .into_iter()
        .filter(|path| path.starts_with("/api/") && *path != "/api/openapi.json")
        .collect();
    for path in &served {
        assert!(
            documented.iter().any(|d| d == path),
            "{path} is served but not documented"
        );
        let answers = &document["paths"][*path]["get"]["responses"];
        assert!(answers["200"].is_object(), "{path}");
        assert!(answers["429"].is_object(), "{path}: the rate limit");
    }
    assert_eq!(
        documented.len(),
        served.len(),
        "nothing documented is not served"
    );
    let neighbourhood = &document["components"]["schemas"]["Neighbourhood"]["properties"];
    for key in [
        "id",
        "name",
        "url_force",
        "population",
        "centre",
        "contact_details",
        "links",
        "locations",
    ] {
        assert!(neighbourhood[key].is_object(), "Neighbourhood.{key}");
    }

    // Each path's parameters carry an example from the portal's own data, so that a reader (or
    // Schemathesis) can make every call, and each example gives a real answer.
    for (path, item) in document["paths"].as_object().unwrap() {
        let mut url = path.clone();
        let mut query = Vec::new();
        for parameter in item["get"]["parameters"].as_array().into_iter().flatten() {
            let name = parameter["name"].as_str().unwrap();
            let example = parameter["example"]
                .as_str()
                .unwrap_or_else(|| panic!("{path}: {name} has no example"));
            match parameter["in"].as_str() {
                Some("path") => {
                    url = url.replace(&format!("{{{name}}}"), &example.replace(' ', "%20"))
                }
                _ => query.push(format!("{name}={example}")),
            }
        }
        if !query.is_empty() {
            url = format!("{url}?{}", query.join("&"));
        }
        assert_eq!(app.get(&url).await.status(), 200, "{url}");
    }
    let postcode = &document["paths"]["/api/postcodes/{postcode}"]["get"]["parameters"][0];
    assert_eq!(
        postcode["schema"]["pattern"],
        app::domain::postcode::Postcode::pattern(),
        "the postcode is described as the portal parses it"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_postcode_lookup_is_revalidated_by_the_gazetteers_revision(kind: Database) {
    let app = spawn_app(kind).await;
    let url = format!("{}/api/postcodes/B15%202TT", app.address);
    let first = app.client.get(&url).send().await.unwrap();
    assert_eq!(first.status(), 200, "{kind}");
    let tag = first.headers()[ETAG].clone();
    let ask = |tag: HeaderValue| app.client.get(&url).header(IF_NONE_MATCH, tag).send();
    let unchanged = ask(tag.clone()).await.unwrap();
    assert_eq!(unchanged.status(), 304, "{kind}");
    assert_eq!(unchanged.headers()[ETAG], tag, "{kind}");
    assert!(unchanged.bytes().await.unwrap().is_empty(), "{kind}");
    // Another postcode from the same data has the same tag; an unknown one has none.
    let other = app
        .client
        .get(format!("{}/api/postcodes/B17%209AA", app.address))
        .header(IF_NONE_MATCH, tag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 304, "{kind}");
    let unknown = app
        .client
        .get(format!("{}/api/postcodes/B15%209ZZ", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404, "{kind}");
    assert!(unknown.headers().get(ETAG).is_none(), "{kind}");

    // No date: instances ahead of or behind each other would date the same data differently.
    app.clock.advance(5);
    let undated = app.client.get(&url).send().await.unwrap();
    assert!(undated.headers().get(LAST_MODIFIED).is_none(), "{kind}");
    // `*` matches an answer there is, and not one there is not.
    let any = HeaderValue::from_static("*");
    assert_eq!(ask(any.clone()).await.unwrap().status(), 304, "{kind}");
    let unknown = app
        .client
        .get(format!("{}/api/postcodes/B15%209ZZ", app.address))
        .header(IF_NONE_MATCH, any)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404, "{kind}");

    // The gazetteer changes: the old tag and date no longer pass, and the new answer comes.
    let mut edgbaston: neighbourhood::ActiveModel = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq("BW003"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    edgbaston.name = Set("Edgbaston and Lee Bank".into());
    edgbaston.update(&app.db).await.unwrap();
    app::services::gazetteer::bump_revision(&app.db)
        .await
        .unwrap();
    app.clock.advance(5);
    app.run_jobs().await;
    let changed = ask(tag.clone()).await.unwrap();
    assert_eq!(changed.status(), 200, "{kind}");
    assert_ne!(changed.headers()[ETAG], tag, "{kind}");
    assert!(
        changed
            .text()
            .await
            .unwrap()
            .contains("Edgbaston and Lee Bank"),
        "{kind}"
    );
}
