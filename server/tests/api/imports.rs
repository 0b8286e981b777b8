//! `server import …`: real open data when `../shared/data` is present, and small files written
//! here for every error path.

use crate::helpers::{
    Database, TestApp, location, on_each_database, spawn_app, spawn_empty_app_with,
};
use entity::postcode;
use rstest_reuse::apply;
use sea_orm::{EntityTrait, PaginatorTrait};
use server::import::boundaries::{self, BoundaryFormat, BoundaryOptions, MatchBy};
use server::import::neighbourhoods::{self, NeighbourhoodListOptions, NewForce};
use server::import::postcodes::{self, PostcodeFormat};
use server::import::wards;
use server::import::{ImportError, ImportOptions, ImportSummary};
use std::path::{Path, PathBuf};

const APPLY: ImportOptions = ImportOptions {
    dry_run: false,
    max_rejected: 1000,
};

/// The shared open data, or `None` (with the reason printed) when this checkout has none.
fn shared_data() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data");
    if path.is_dir() {
        Some(path)
    } else {
        println!("skipped: {} is not present", path.display());
        None
    }
}

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn rejected_lines(summary: &ImportSummary) -> Vec<u64> {
    summary.rejected.iter().map(|r| r.line).collect()
}

fn reason(summary: &ImportSummary, line: u64) -> &str {
    &summary
        .rejected
        .iter()
        .find(|r| r.line == line)
        .expect("a rejection on that line")
        .reason
}

/// Asks the API once the running app has looked for imported data (its reload job).
async fn api_once_reloaded(app: &TestApp, path: &str) -> (reqwest::StatusCode, serde_json::Value) {
    app.jobs.reload().await.expect("the reload job runs");
    app.api(path).await
}

async fn postcode_count(db: &sea_orm::DatabaseConnection) -> u64 {
    postcode::Entity::find().count(db).await.unwrap()
}

/// The force's seven metropolitan districts, as Code-Point Open names them.
const WEST_MIDLANDS_DISTRICTS: [&str; 7] = [
    "E08000025",
    "E08000026",
    "E08000027",
    "E08000028",
    "E08000029",
    "E08000030",
    "E08000031",
];

/// Known places in each of the seven districts and the neighbourhood whose wards hold them.
const KNOWN_POSTCODES: [(&str, &str); 22] = [
    ("B15 2TT", "BW003"), // Birmingham: the University, Edgbaston
    ("B29 6BD", "BW021"), // Selly Oak
    ("B23 6QL", "BE001"), // Erdington
    ("B73 6AA", "BE015"), // Sutton Coldfield, Sutton Trinity
    ("CV1 5FB", "CV010"), // Coventry: St Michael's
    ("CV4 7AL", "CV014"), // the University of Warwick, Wainbody
    ("CV2 2DX", "CV011"), // Henley
    ("CV3 1AA", "CV005"), // Lower Stoke
    ("DY1 1HP", "DY001"), // Dudley: St James's
    ("DY8 1AA", "DY005"), // Stourbridge
    ("B63 3AB", "DY003"), // Halesowen
    ("DY5 1HA", "DY004"), // Brierley Hill
    ("B66 1AA", "SW006"), // Sandwell: Smethwick
    ("B69 4HE", "SW004"), // Oldbury
    ("B71 4JH", "SW003"), // West Bromwich
    ("B91 3QB", "SH006"), // Solihull: St Alphege
    ("B37 7TP", "SH001"), // Chelmsley Wood
    ("B90 3AA", "SH005"), // Shirley
    ("WS1 1TP", "WS009"), // Walsall: St Matthew's
    ("WS3 1AA", "WS001"), // Blakenall
    ("WV1 1SH", "WV006"), // Wolverhampton: St Peter's
    ("WV6 8AA", "WV007"), // Tettenhall Wightwick
];

/// The project's ward mapping for the West Midlands demo.
fn west_midlands_ward_map() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/west-midlands-wards.csv")
}

/// How the real-data test found the force's postcodes.
#[derive(Debug, Default)]
struct Coverage {
    in_force: u64,
    resolved: u64,
    /// Placed by ward and also inside that neighbourhood's united boundary.
    agreeing: u64,
    placed_by_both: u64,
}

async fn coverage_of_real_postcodes(
    db: &sea_orm::DatabaseConnection,
    files: &[PathBuf],
) -> Coverage {
    use app::domain::geometry::Position;
    use app::domain::postcode::Postcode;
    let gazetteer = app::services::gazetteer::Gazetteer::load(db).await.unwrap();
    let mut coverage = Coverage::default();
    for file in files {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_path(file)
            .unwrap();
        for row in reader.records() {
            let row = row.unwrap();
            if !WEST_MIDLANDS_DISTRICTS.contains(&&row[8]) {
                continue;
            }
            coverage.in_force += 1;
            let postcode = Postcode::parse(&row[0]).unwrap();
            let Some(entry) = gazetteer.postcodes.get(&postcode) else {
                continue;
            };
            let Some(placed) = entry.neighbourhood() else {
                continue;
            };
            coverage.resolved += 1;
            let at = Position::new(entry.latitude, entry.longitude);
            if let Some(located) = gazetteer.neighbourhoods.locate(at) {
                coverage.placed_by_both += 1;
                coverage.agreeing += u64::from(located == placed);
            }
        }
    }
    coverage
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_real_west_midlands_data_loads_and_real_postcodes_find_their_team(kind: Database) {
    let Some(data) = shared_data() else { return };
    let data = data.clone();
    let app = spawn_empty_app_with(kind, |db| async move {
        let list = NeighbourhoodListOptions {
            force: Some(NewForce {
                id: "west-midlands".into(),
                name: "West Midlands Police".into(),
                postcode_areas: "B CV DY WS WV".into(),
            }),
            lpa_by_prefix: [
                ("BE", "Birmingham"),
                ("BW", "Birmingham"),
                ("CV", "Coventry"),
                ("DY", "Dudley"),
                ("SW", "Sandwell"),
                ("SH", "Solihull"),
                ("WS", "Walsall"),
                ("WV", "Wolverhampton"),
            ]
            .map(|(p, l)| (p.to_string(), l.to_string()))
            .to_vec(),
            lpa_map: None,
        };
        let listed = data.join("police/west-midlands_neighbourhoods_2022-02.json");
        let summary = neighbourhoods::import(&db, &listed, &list, APPLY)
            .await
            .unwrap();
        assert_eq!(
            (summary.read, summary.inserted, summary.rejected.len()),
            (87, 87, 0)
        );

        let ward_files: Vec<PathBuf> = (25..=31)
            .map(|n| {
                data.join(format!(
                    "boundaries/census_merged_wards_2011/E080000{n}.geojson"
                ))
            })
            .collect();
        let boundary = BoundaryOptions {
            format: BoundaryFormat::GeoJson,
            id_property: "cmwd11cd".into(),
            name_property: "cmwd11nm".into(),
            match_by: MatchBy::Ward,
        };

        // The names alone place most wards, and every ward they place is where the
        // project's checked mapping puts it.
        let suggestion = boundaries::suggest_ward_map(&db, &ward_files, &boundary)
            .await
            .unwrap();
        assert_eq!(suggestion.placed.len() + suggestion.unplaced.len(), 163);
        assert!(
            suggestion.placed.len() >= 100,
            "{}",
            suggestion.placed.len()
        );
        let shipped = std::fs::read_to_string(west_midlands_ward_map()).unwrap();
        for ward in &suggestion.placed {
            let row = format!("{},{},", ward.neighbourhood, ward.ward_code);
            assert!(
                shipped.lines().any(|line| line.starts_with(&row)),
                "{} ({}) is suggested for {} but mapped elsewhere",
                ward.ward_name,
                ward.ward_code,
                ward.neighbourhood
            );
        }

        let summary = wards::import(&db, &west_midlands_ward_map(), APPLY)
            .await
            .unwrap();
        assert_eq!(
            (summary.inserted, summary.rejected.len()),
            (326, 0),
            "163 wards, each under its administrative and its census code"
        );

        let summary = boundaries::import(&db, &ward_files, &boundary, APPLY)
            .await
            .unwrap();
        assert_eq!(
            (summary.inserted, summary.skipped_count),
            (80, 0),
            "every neighbourhood made of wards gets their union: {summary}"
        );
        assert!(
            summary.notes[0].starts_with("7 neighbourhoods have no boundary"),
            "{:?}",
            summary.notes
        );
        let again = boundaries::import(&db, &ward_files, &boundary, APPLY)
            .await
            .unwrap();
        assert_eq!((again.unchanged, again.changed()), (80, false));

        let files: Vec<PathBuf> = ["b", "cv", "dy", "ws", "wv"]
            .iter()
            .map(|f| data.join(format!("codepoint_open_2014_08/{f}.csv")))
            .collect();
        let summary = postcodes::import(&db, PostcodeFormat::CodePoint, &files, APPLY)
            .await
            .unwrap();
        assert_eq!(summary.read, 91_563);
        assert_eq!(summary.inserted + summary.rejected.len() as u64, 91_563);

        let again = postcodes::import(&db, PostcodeFormat::CodePoint, &files, APPLY)
            .await
            .unwrap();
        assert_eq!(
            (again.inserted, again.updated),
            (0, 0),
            "a second run changes nothing"
        );
        assert_eq!(again.unchanged, summary.inserted);

        let coverage = coverage_of_real_postcodes(&db, &files).await;
        println!("{kind}: {coverage:?}");
        assert!(coverage.in_force > 50_000, "{coverage:?}");
        assert!(
            coverage.resolved * 100 >= coverage.in_force * 95,
            "at least 95 % of the force's postcodes find a team: {coverage:?}"
        );
        // Placing by ward and placing by the united boundaries agree almost everywhere: the
        // mapping's codes are the right wards', and the union kept the wards' shapes.
        assert!(
            coverage.agreeing * 1000 >= coverage.placed_by_both * 995,
            "{coverage:?}"
        );
    })
    .await;

    for (postcode, id) in KNOWN_POSTCODES {
        let (status, body) = app
            .api(&format!("/api/postcodes/{}", postcode.replace(' ', "%20")))
            .await;
        assert_eq!(status, 200, "{kind}: {postcode}");
        assert_eq!(
            body["neighbourhood"]["id"], id,
            "{kind}: {postcode}: {body}"
        );
        // Code-Point's grid reference, converted to WGS84, lands in the right place.
        assert!(
            (52.3..52.7).contains(&body["latitude"].as_f64().unwrap()),
            "{kind}: {body}"
        );
    }
    let response = app.submit_postcode("b15 2tt").await;
    assert_eq!(location(&response), "/neighbourhoods/BW003", "{kind}");
    // Wolverhampton's Town Centre is no ward of its own: its postcodes find the team of the
    // ward they are in.
    let response = app.submit_postcode("WV1 1AA").await;
    assert_eq!(location(&response), "/neighbourhoods/WV005", "{kind}");
    // A point in a united boundary is located by the open API too.
    let (status, body) = app.api("/api/locate-neighbourhood?q=52.4081,-1.5072").await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(body["neighbourhood"], "CV010", "{kind}: {body}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_onspd_header_layouts_load_the_same_postcodes_and_keep_terminated_ones(
    kind: Database,
) {
    let Some(data) = shared_data() else { return };
    let app = spawn_app(kind).await;
    let quoted = [data.join("onspd/postcodesio_onspd_AB1_sample_quoted.csv")];
    let first = postcodes::import(&app.db, PostcodeFormat::Onspd, &quoted, APPLY)
        .await
        .unwrap();
    assert_eq!(first.read, 8_048, "{kind}");
    assert!(first.inserted > 8_000, "{kind}");
    assert!(first.rejected.is_empty(), "{kind}: {:?}", first.rejected);
    assert_eq!(
        first.skipped_count, 2,
        "{kind}: the rows the ONS gives no position"
    );
    assert!(
        first
            .skipped
            .iter()
            .all(|r| r.reason.ends_with("has no position")),
        "{kind}"
    );

    let layout_2025 = [data.join("onspd/postcodesio_onspd_AB1_sample_2025.csv")];
    let second = postcodes::import(&app.db, PostcodeFormat::Onspd, &layout_2025, APPLY)
        .await
        .unwrap();
    assert_eq!(
        (second.inserted, second.updated),
        (0, 0),
        "{kind}: the same data in the 2025 layout"
    );
    assert_eq!(second.unchanged, first.inserted, "{kind}");

    // AB1 0AA was terminated in 1996; the reload job picks the import up.
    let (status, body) = api_once_reloaded(&app, "/api/postcodes/AB1%200AA").await;
    assert_eq!(status, 410, "{kind}: {body}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_row_is_reported_with_its_line_and_the_good_rows_load(kind: Database) {
    let app = spawn_app(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let mut contents = Vec::new();
    contents.extend_from_slice(b"\"B15 9AA\",10,406000,285000,\"E92000001\"\n"); // good
    contents.extend_from_slice(b"\"B15 9AB\",10\n"); // truncated
    contents.extend_from_slice(b"\"B15 9AD\",10,north,285000\n"); // bad coordinates
    contents.extend_from_slice(b"\"B15 9AA\",10,406000,285000\n"); // duplicate of line 1
    contents.extend_from_slice(b"\"B15 9A\xff\",10,406000,285000\n"); // invalid UTF-8
    contents.extend_from_slice(b"\"B15 9AE\",90,0,0\n"); // no position
    contents.extend_from_slice(b"\"B15 9AF\",10,9999999,285000\n"); // off the grid
    contents.extend_from_slice(b"\"NOT A CODE\",10,406000,285000\n"); // not a postcode
    let file = write(dir.path(), "bad.csv", &contents);

    let summary = postcodes::import(&app.db, PostcodeFormat::CodePoint, &[&file], APPLY)
        .await
        .unwrap();
    assert_eq!(
        (summary.read, summary.inserted),
        (8, 1),
        "{kind}: {summary}"
    );
    assert_eq!(rejected_lines(&summary), [2, 3, 4, 5, 7, 8], "{kind}");
    assert_eq!(
        summary.skipped_count, 1,
        "{kind}: a row without a position is skipped, not guessed"
    );
    assert!(summary.skipped[0].reason.contains("no position"), "{kind}");
    assert_eq!(summary.skipped[0].line, 6, "{kind}");
    assert!(reason(&summary, 2).starts_with("truncated row"), "{kind}");
    assert!(
        reason(&summary, 3).contains("easting \"north\" is not a number"),
        "{kind}"
    );
    assert!(
        reason(&summary, 4).contains("appears more than once"),
        "{kind}"
    );
    assert!(reason(&summary, 5).contains("not valid UTF-8"), "{kind}");
    assert!(
        reason(&summary, 7).contains("British National Grid"),
        "{kind}"
    );
    assert!(
        reason(&summary, 8).contains("not a valid postcode"),
        "{kind}"
    );
    assert!(
        summary.to_string().contains("bad.csv:3:"),
        "{kind}: the summary names file and line"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_column_layout_is_refused_before_anything_changes(kind: Database) {
    let app = spawn_app(kind).await;
    let before = postcode_count(&app.db).await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "other.csv", b"code,x,y\nB15 9AA,1,2\n");
    let error = postcodes::import(&app.db, PostcodeFormat::Onspd, &[&file], APPLY)
        .await
        .unwrap_err();
    assert!(
        matches!(error, ImportError::UnknownLayout { .. }),
        "{kind}: {error}"
    );
    assert!(
        error
            .to_string()
            .contains("expected a header row naming pcds"),
        "{kind}: {error}"
    );
    assert_eq!(postcode_count(&app.db).await, before, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_import_leaves_the_previous_data_in_place_and_served(kind: Database) {
    let app = spawn_app(kind).await;
    let before = postcode_count(&app.db).await;
    let dir = tempfile::tempdir().unwrap();
    // A good row, written first, then more bad rows than the import allows.
    let file = write(
        dir.path(),
        "mixed.csv",
        b"\"B15 9AA\",10,406000,285000\n\"B15 9AB\",10\n\"B15 9AD\",10\n",
    );
    let strict = ImportOptions {
        dry_run: false,
        max_rejected: 1,
    };
    let error = postcodes::import(&app.db, PostcodeFormat::CodePoint, &[&file], strict)
        .await
        .unwrap_err();
    assert!(
        matches!(error, ImportError::TooManyRejected { limit: 1, .. }),
        "{kind}: {error}"
    );

    assert_eq!(
        postcode_count(&app.db).await,
        before,
        "{kind}: the good row was rolled back too"
    );
    assert_eq!(app.api("/api/postcodes/B15%209AA").await.0, 404, "{kind}");
    let response = app.submit_postcode("B15 2TT").await;
    assert_eq!(
        location(&response),
        "/neighbourhoods/BW003",
        "{kind}: still served"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_reports_and_changes_nothing(kind: Database) {
    let app = spawn_app(kind).await;
    let before = postcode_count(&app.db).await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "new.csv", b"\"B15 9AA\",10,406000,285000\n");
    let options = ImportOptions {
        dry_run: true,
        max_rejected: 10,
    };
    let summary = postcodes::import(&app.db, PostcodeFormat::CodePoint, &[&file], options)
        .await
        .unwrap();
    assert_eq!(summary.inserted, 1, "{kind}");
    assert!(
        summary.to_string().contains("1 would be inserted"),
        "{kind}: {summary}"
    );
    assert_eq!(postcode_count(&app.db).await, before, "{kind}");
}

async fn ward_count(db: &sea_orm::DatabaseConnection) -> u64 {
    entity::ward::Entity::find().count(db).await.unwrap()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ward_mapping_reports_bad_rows_and_drops_unlisted_wards_only_from_a_clean_file(
    kind: Database,
) {
    const HEADER: &str = "neighbourhood,ward_code,ward_name\n";
    let app = spawn_app(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let csv =
        |name: &str, rows: &str| write(dir.path(), name, format!("{HEADER}{rows}").as_bytes());

    // Boundaries matched as wards need the mapping first.
    let square = r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"code": "E05000001", "name": "Edgbaston"},
            "geometry": {"type": "Polygon", "coordinates": [[[-1.93, 52.45], [-1.92, 52.45],
            [-1.92, 52.46], [-1.93, 52.46], [-1.93, 52.45]]]}}]}"#;
    let wards_file = write(dir.path(), "wards.geojson", square.as_bytes());
    let boundary = BoundaryOptions {
        format: BoundaryFormat::GeoJson,
        id_property: "code".into(),
        name_property: "name".into(),
        match_by: MatchBy::Ward,
    };
    let refused = boundaries::import(&app.db, &[&wards_file], &boundary, APPLY).await;
    assert!(matches!(refused, Err(ImportError::NoWardMap)), "{kind}");

    let first = csv(
        "first.csv",
        "BW003,E05000001,Edgbaston\nBW004,E05000002,Harborne\n",
    );
    let summary = wards::import(&app.db, &first, APPLY).await.unwrap();
    assert_eq!((summary.inserted, summary.rejected.len()), (2, 0), "{kind}");

    let bad = csv(
        "bad.csv",
        "BW003,E05000001,Edgbaston\nNOPE,E05000003,Nowhere\nBW003,E05 000004,Spaced\n\
             BW004,E05000001,Twice\nBW004,E05000005,\n",
    );
    let summary = wards::import(&app.db, &bad, APPLY).await.unwrap();
    assert_eq!(
        rejected_lines(&summary),
        vec![3, 4, 5, 6],
        "{kind}: {summary}"
    );
    assert!(reason(&summary, 3).contains("no neighbourhood of this force has the id \"NOPE\""));
    assert!(reason(&summary, 4).contains("is not a ward code"));
    assert!(reason(&summary, 5).contains("listed more than once (first for BW003)"));
    assert!(reason(&summary, 6).contains("needs a name"));
    assert_eq!(
        summary.removed, 0,
        "{kind}: Harborne's ward is kept while rows are rejected"
    );
    assert_eq!(ward_count(&app.db).await, 2, "{kind}");

    let clean = csv("clean.csv", "BW003,E05000001,Edgbaston\n");
    let summary = wards::import(&app.db, &clean, APPLY).await.unwrap();
    assert_eq!((summary.unchanged, summary.removed), (1, 1), "{kind}");
    assert!(
        summary.to_string().contains("1 removed"),
        "{kind}: {summary}"
    );
    assert_eq!(ward_count(&app.db).await, 1, "{kind}");

    // Now the ward's boundary becomes Edgbaston's.
    let summary = boundaries::import(&app.db, &[&wards_file], &boundary, APPLY)
        .await
        .unwrap();
    assert_eq!(summary.updated, 1, "{kind}: {summary}");

    let unknown = write(dir.path(), "header.csv", b"id,code\nBW003,E05000001\n");
    let refused = wards::import(&app.db, &unknown, APPLY).await;
    assert!(
        matches!(refused, Err(ImportError::UnknownLayout { .. })),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_portal_serves_newly_imported_postcodes_once_it_reloads(kind: Database) {
    let app = spawn_app(kind).await;
    let dir = tempfile::tempdir().unwrap();
    // Grid reference of a point in the demo Edgbaston neighbourhood.
    let file = write(dir.path(), "one.csv", b"\"B15 3ZZ\",10,405400,284900\n");
    assert_eq!(app.api("/api/postcodes/B15%203ZZ").await.0, 404, "{kind}");
    postcodes::import(&app.db, PostcodeFormat::CodePoint, &[&file], APPLY)
        .await
        .unwrap();
    assert_eq!(
        app.api("/api/postcodes/B15%203ZZ").await.0,
        404,
        "{kind}: not until the instance reloads"
    );

    let (status, body) = api_once_reloaded(&app, "/api/postcodes/B15%203ZZ").await;
    assert_eq!(status, 200, "{kind}");
    assert_eq!(body["neighbourhood"]["id"], "BW003", "{kind}: {body}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boundaries_load_from_geojson_kml_and_data_police_uk_and_bad_shapes_are_reported(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let dir = tempfile::tempdir().unwrap();
    let square = "[[-1.95,52.44],[-1.91,52.44],[-1.91,52.47],[-1.95,52.47],[-1.95,52.44]]";
    let open = "[[-1.95,52.44],[-1.91,52.44],[-1.91,52.47],[-1.95,52.47]]";
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[
              {{"type":"Feature","properties":{{"code":"BW003"}},"geometry":{{"type":"Polygon","coordinates":[{square}]}}}},
              {{"type":"Feature","properties":{{"code":"BW004"}},"geometry":{{"type":"Polygon","coordinates":[{open}]}}}},
              {{"type":"Feature","properties":{{"code":"ZZ999"}},"geometry":{{"type":"Polygon","coordinates":[{square}]}}}},
              {{"type":"Feature","properties":{{"code":"BW001"}},"geometry":{{"type":"Point","coordinates":[-1.9,52.4]}}}}
            ]}}"#
    );
    let file = write(dir.path(), "areas.geojson", geojson.as_bytes());
    let options = BoundaryOptions {
        format: BoundaryFormat::GeoJson,
        id_property: "code".into(),
        name_property: "name".into(),
        match_by: MatchBy::Id,
    };
    let summary = boundaries::import(&app.db, &[&file], &options, APPLY)
        .await
        .unwrap();
    assert_eq!((summary.read, summary.updated), (4, 1), "{kind}: {summary}");
    assert_eq!(rejected_lines(&summary), [2, 4], "{kind}");
    assert!(reason(&summary, 2).contains("does not close"), "{kind}");
    assert_eq!(
        (summary.skipped_count, summary.skipped[0].line),
        (1, 3),
        "{kind}"
    );
    assert!(
        summary.skipped[0]
            .reason
            .contains("no neighbourhood of this force matches"),
        "{kind}"
    );
    assert!(reason(&summary, 4).contains("not an area"), "{kind}");
    let again = boundaries::import(&app.db, &[&file], &options, APPLY)
        .await
        .unwrap();
    assert_eq!(
        (again.updated, again.unchanged),
        (0, 1),
        "{kind}: idempotent"
    );

    let kml = r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>Harborne</name>
    <ExtendedData><Data name="id"><value>BW004</value></Data></ExtendedData>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>
      -1.99,52.44,0 -1.96,52.44,0 -1.96,52.47,0 -1.99,52.47,0 -1.99,52.44,0
    </coordinates></LinearRing></outerBoundaryIs></Polygon>
  </Placemark>
</Document></kml>"#;
    let file = write(dir.path(), "areas.kml", kml.as_bytes());
    let kml_options = BoundaryOptions {
        format: BoundaryFormat::Kml,
        ..options.clone()
    };
    let kml_options = BoundaryOptions {
        id_property: "id".into(),
        ..kml_options
    };
    let summary = boundaries::import(&app.db, &[&file], &kml_options, APPLY)
        .await
        .unwrap();
    assert_eq!(
        (summary.read, summary.updated, summary.rejected.len()),
        (1, 1, 0),
        "{kind}: {summary}"
    );

    let police = r#"[{"latitude":"52.47","longitude":"-1.92"},{"latitude":"52.47","longitude":"-1.88"},
                         {"latitude":"52.50","longitude":"-1.88"},{"latitude":"52.50","longitude":"-1.92"}]"#;
    let file = write(dir.path(), "BW001.json", police.as_bytes());
    let police_options = BoundaryOptions {
        format: BoundaryFormat::Police,
        ..options.clone()
    };
    let summary = boundaries::import(&app.db, &[&file], &police_options, APPLY)
        .await
        .unwrap();
    assert_eq!(
        (summary.read, summary.updated, summary.rejected.len()),
        (1, 1, 0),
        "{kind}: {summary}"
    );

    let broken = write(
        dir.path(),
        "broken.geojson",
        b"{\"type\":\"FeatureCollection\",\"features\":[",
    );
    let error = boundaries::import(&app.db, &[&broken], &options, APPLY)
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("not a GeoJSON FeatureCollection"),
        "{kind}: {error}"
    );
}
