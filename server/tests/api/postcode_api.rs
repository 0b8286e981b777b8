//! `GET /api/postcodes/{postcode}`.

use crate::helpers::{Database, on_each_database, spawn_app_with};
use entity::postcode;
use rstest_reuse::apply;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_postcode_api_answers_each_case_with_its_own_status(kind: Database) {
    let app = spawn_app_with(kind, |db| async move {
        postcode::ActiveModel {
            postcode: Set("B15 1ZZ".into()),
            outcode: Set("B15".into()),
            latitude: Set(52.46),
            longitude: Set(-1.925),
            neighbourhood_id: Set(None),
            terminated_on: Set(Some("201001".into())),
            ward_code: Set(None),
        }
        .insert(&db)
        .await
        .unwrap();
    })
    .await;

    let (status, body) = app.api("/api/postcodes/b152tt").await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(body["postcode"], "B15 2TT");
    assert!(
        body["latitude"]
            .as_f64()
            .is_some_and(|l| (52.0..53.0).contains(&l)),
        "{kind}: {body}"
    );
    assert_eq!(body["neighbourhood"]["force"], "west-midlands");
    assert_eq!(body["neighbourhood"]["id"], "BW003");
    assert_eq!(body["neighbourhood"]["name"], "Edgbaston");

    let (status, body) = app.api("/api/postcodes/not-a-postcode").await;
    assert_eq!(status, 400, "{kind}");
    assert_eq!(body["error"], "invalid_postcode");

    let (status, body) = app.api("/api/postcodes/B15%209ZZ").await;
    assert_eq!(status, 404, "{kind}");
    assert_eq!(body["error"], "unknown_postcode");

    let (status, body) = app.api("/api/postcodes/B15%201ZZ").await;
    assert_eq!(status, 410, "{kind}");
    assert_eq!(body["error"], "terminated_postcode");
    assert_eq!(body["message"], "B15 1ZZ is no longer in use.");

    // Known, but outside every neighbourhood of the force.
    let (status, body) = app.api("/api/postcodes/B60%202BN").await;
    assert_eq!(status, 200, "{kind}");
    assert!(body["neighbourhood"].is_null(), "{kind}: {body}");

    let html = app.submit_postcode("B15 1ZZ").await.text().await.unwrap();
    assert!(
        html.contains("B15 1ZZ is no longer in use."),
        "{kind}: the form says so too"
    );
}
