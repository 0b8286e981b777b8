//! The browser tests that open every page at a phone's width (`end2end/tests/phone.spec.ts`
//! and `phone-force.spec.ts`) name each route they cover; this checks they name every route the
//! portal registers, so a new page cannot be left out of them.

use std::collections::BTreeSet;

/// The routes the phone tests name: the second argument of each `fits(page, "…"` and
/// `fitsHere(page, "…"`.
fn routes_named_in_the_phone_test() -> BTreeSet<String> {
    let tests = concat!(env!("CARGO_MANIFEST_DIR"), "/../end2end/tests/");
    let spec = ["phone.spec.ts", "phone-force.spec.ts"]
        .map(|file| {
            std::fs::read_to_string(format!("{tests}{file}"))
                .unwrap_or_else(|error| panic!("the phone test {file}: {error}"))
        })
        .concat();
    let mut named = BTreeSet::new();
    for call in ["fits(", "fitsHere("] {
        for after in spec.split(call).skip(1) {
            // `page, "/route"` or `second, "/route"`: the first string literal.
            if let Some(route) = after.split('"').nth(1).filter(|r| r.starts_with('/')) {
                named.insert(route.to_string());
            }
        }
    }
    named
}

// The route list is made by rendering the app, which needs a runtime.
#[tokio::test]
async fn the_phone_test_opens_every_registered_page() {
    let registered: BTreeSet<String> = server::startup::route_list()
        .iter()
        .map(|route| route.path().to_string())
        .collect();
    let named = routes_named_in_the_phone_test();
    let missing: Vec<_> = registered.difference(&named).collect();
    let unknown: Vec<_> = named.difference(&registered).collect();
    assert!(
        missing.is_empty() && unknown.is_empty(),
        "pages the phone test does not open: {missing:?}; routes it names that do not exist: {unknown:?}"
    );
}
