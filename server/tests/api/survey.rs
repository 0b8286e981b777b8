//! The confidence survey: one answer per resident per quarter, even sent twice at once through
//! two instances; answers kept only as counts; results shown only from 10 answers.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::staff_accounts::neighbourhood_id;
use crate::surgeries::{many_residents, resident};
use app::domain::ids::ResidentId;
use app::domain::survey::{Agreement, Safety, SurveyAnswers};
use entity::{survey_taken, survey_tally};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

pub(crate) const SURVEY: &str = "/neighbourhoods/BW003/survey";

/// The answers as a resident's form sends them.
const ANSWERS: [(&str, &str); 4] = [
    ("understand", "tend-to-agree"),
    ("deal", "neither"),
    ("rely", "strongly-agree"),
    ("safe", "fairly-safe"),
];

pub(crate) async fn answer_on(browser: &TestApp) -> reqwest::Response {
    browser.submit(SURVEY, "/fn/survey/answer", &ANSWERS).await
}

/// How many residents gave any answer to the first question in BW003, in every quarter.
async fn counted(app: &TestApp) -> i64 {
    survey_tally::Entity::find()
        .filter(survey_tally::Column::Question.eq(survey_tally::SurveyQuestion::Understand))
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|t| i64::from(t.count))
        .sum()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_resident_answers_once_a_quarter_even_sending_twice_at_once_through_two_instances(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    // Someone not signed in is asked to sign in first, and comes back to the questions.
    let visitor = app.new_browser();
    assert_eq!(location(&visitor.get(SURVEY).await), "/sign-in", "{kind}");
    let (_, asked) = visitor.html("/sign-in").await;
    assert!(asked.contains("Sign in to answer"), "{kind}");

    let sam = resident(&app, "sam@example.org").await;
    let (status, page) = sam.html(SURVEY).await;
    assert_eq!(status, 200, "{kind}");
    assert!(page.contains("How do you feel about policing in"), "{kind}");
    // Unanswered questions are refused, each by name, and nothing is counted.
    sam.submit(
        SURVEY,
        "/fn/survey/answer",
        &[("understand", "tend-to-agree")],
    )
    .await;
    let (_, refused) = sam.html(SURVEY).await;
    assert!(
        refused.contains("Select how safe you feel walking alone in this area after dark"),
        "{kind}"
    );
    assert_eq!(counted(&app).await, 0, "{kind}");

    let instance = app.another_instance().await;
    let again = sam.clone_on(&instance);
    let (_, page) = sam.html(SURVEY).await;
    let form = |page: &str| page.contains("/fn/survey/answer");
    assert!(form(&page), "{kind}");
    // Both browsers hold the form; both send it at once.
    let fields = with_code(&ANSWERS);
    let both = tokio::join!(
        sam.post_form("/fn/survey/answer", &fields),
        again.post_form("/fn/survey/answer", &fields)
    );
    assert_eq!(location(&both.0), SURVEY, "{kind}");
    assert_eq!(location(&both.1), SURVEY, "{kind}");
    assert_eq!(counted(&app).await, 1, "{kind}: counted once");
    assert_eq!(
        survey_taken::Entity::find().count(&app.db).await.unwrap(),
        1,
        "{kind}"
    );
    let (_, answered) = sam.html(SURVEY).await;
    assert!(
        answered.contains("You have answered this quarter."),
        "{kind}"
    );
    assert!(
        answered.contains("You can answer again from Friday 1 January 2027"),
        "{kind}"
    );
    assert!(!form(&answered), "{kind}");

    // The next quarter, they may answer again.
    app.clock.advance(40 * 86_400);
    let sam = resident(&app, "sam@example.org").await;
    answer_on(&sam).await;
    assert_eq!(counted(&app).await, 2, "{kind}");

    // Deleting the account erases that they answered; the counts, naming nobody, stay.
    sam.submit("/account/delete", "/fn/account/delete", &[])
        .await;
    assert_eq!(
        survey_taken::Entity::find().count(&app.db).await.unwrap(),
        0,
        "{kind}"
    );
    assert_eq!(counted(&app).await, 2, "{kind}");
}

fn with_code<'a>(answers: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![("code", "BW003")];
    fields.extend_from_slice(answers);
    fields
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_show_only_once_ten_residents_answered(kind: Database) {
    let app = spawn_app(kind).await;
    let bw003 = neighbourhood_id(&app, "BW003").await;
    let residents = many_residents(&app, "surveyed", 9).await;
    let results = "/neighbourhoods/BW003/how-we-are-doing";
    for (i, id) in residents.iter().enumerate() {
        if i == 3 {
            // Three answers so far: counted as every small public count is.
            let (_, three) = app.new_browser().html(results).await;
            assert!(
                three.contains("Residents who have answered so far: fewer than 5."),
                "{kind}"
            );
        }
        let answers = SurveyAnswers {
            understand: if i < 6 {
                Agreement::StronglyAgree
            } else {
                Agreement::TendToDisagree
            },
            deal: Agreement::TendToAgree,
            rely: Agreement::Neither,
            safe: if i < 3 {
                Safety::NeverAlone
            } else {
                Safety::VerySafe
            },
        };
        let counted = app::services::survey::answer(
            &app.db,
            &app.clock,
            ResidentId::new(*id),
            bw003,
            &answers,
        )
        .await
        .unwrap();
        assert_eq!(counted, app::services::survey::Answered::Counted, "{kind}");
    }
    let (_, nine) = app.new_browser().html(results).await;
    assert!(nine.contains("Confidence and feeling safe"), "{kind}");
    assert!(nine.contains("October to December 2026"), "{kind}");
    assert!(
        nine.contains("Residents who have answered so far: 9."),
        "{kind}"
    );
    // Quarters before anyone answered are left out.
    assert!(!nine.contains("July to September 2026"), "{kind}");

    // The tenth, through the form. While the quarter lasts no share shows, so that nobody can
    // read one resident's answers from how the shares moved.
    let tenth = resident(&app, "tenth@example.org").await;
    answer_on(&tenth).await;
    let (_, lasting) = app.new_browser().html(results).await;
    assert!(
        lasting.contains("Residents who have answered so far: 10."),
        "{kind}"
    );
    assert!(!lasting.contains("% agree"), "{kind}");

    // Once it is over, its shares show beneath the new quarter.
    app.clock.advance(40 * 86_400);
    let (_, ten) = app
        .new_browser()
        .html(&format!("{results}?after=the-quarter"))
        .await;
    assert!(ten.contains("January to March 2027"), "{kind}");
    assert!(ten.contains("10 residents answered"), "{kind}");
    // Understand: 6 strongly agree and the tenth tends to agree, of 10.
    assert!(ten.contains("70% agree"), "{kind}");
    // Deal: 9 tend to agree and the tenth neither; rely: 9 neither and the tenth strongly agrees.
    assert!(ten.contains("90% agree"), "{kind}");
    assert!(ten.contains("10% agree"), "{kind}");
    // Feeling safe: only 7 walk alone after dark, too few to show a share.
    assert!(
        ten.contains("Too few of the residents who answered walk alone after dark"),
        "{kind}"
    );
    assert!(!ten.contains("feel very or fairly safe"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_survey_is_offered_after_a_closed_concern_or_a_surgery_attended_until_answered(
    kind: Database,
) {
    use crate::surgeries::{book_slot, booked_surgery, booking_by_reference, slots};
    use entity::booking::{self, Attendance};
    use entity::concern::{self, ConcernStatus};
    use sea_orm::sea_query::Expr;
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let sam_id = entity::resident::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let invitation = "How do you feel about policing here? Answer four short questions";

    // A concern of Sam's: no survey while it is open; offered once it is closed.
    let reference = crate::concerns::concern_in(&app, "BW003").await;
    concern::Entity::update_many()
        .col_expr(concern::Column::ResidentId, Expr::value(sam_id))
        .filter(concern::Column::Reference.eq(&reference))
        .exec(&app.db)
        .await
        .unwrap();
    let concern_page = format!("/account/concerns/{reference}");
    let (_, open) = sam.html(&concern_page).await;
    assert!(!open.contains(invitation), "{kind}");
    concern::Entity::update_many()
        .col_expr(concern::Column::Status, Expr::value(ConcernStatus::Closed))
        .col_expr(concern::Column::ClosedAt, Expr::value(app.clock.now()))
        .filter(concern::Column::Reference.eq(&reference))
        .exec(&app.db)
        .await
        .unwrap();
    let (_, closed) = sam.html(&concern_page).await;
    assert!(closed.contains(invitation), "{kind}");
    assert!(
        closed.contains(r#"href="/neighbourhoods/BW003/survey""#),
        "{kind}"
    );

    // A booking: offered once the team recorded that Sam came.
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot_id = slots(&app, surgery_id).await[0].id;
    let booked = book_slot(&sam, surgery_id, slot_id).await;
    let booking_page = format!("/account/bookings/{booked}");
    let (_, before) = sam.html(&booking_page).await;
    assert!(!before.contains(invitation), "{kind}");
    booking::Entity::update_many()
        .col_expr(
            booking::Column::Attendance,
            Expr::value(Attendance::Attended),
        )
        .filter(booking::Column::Id.eq(booking_by_reference(&app, &booked).await.id))
        .exec(&app.db)
        .await
        .unwrap();
    let (_, came) = sam.html(&booking_page).await;
    assert!(came.contains(invitation), "{kind}");
    assert!(
        came.contains(r#"href="/neighbourhoods/BW001/survey""#),
        "{kind}"
    );

    // Answered this quarter, it is offered no more.
    answer_on(&sam).await;
    for page in [&concern_page, &booking_page] {
        let (_, after) = sam.html(page).await;
        assert!(!after.contains(invitation), "{kind}: {page}");
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_open_api_gives_ended_quarters_as_counts_only_from_ten_answers(kind: Database) {
    let app = spawn_app(kind).await;
    let bw003 = neighbourhood_id(&app, "BW003").await;
    let residents = twelve_in_bw003_and_three_in_bw001(&app).await;
    let call = |code: &'static str| {
        let app = &app;
        async move {
            let answer = app
                .new_browser()
                .get(&format!("/api/west-midlands/{code}/confidence"))
                .await;
            assert_eq!(answer.status(), 200, "{code}");
            answer.json::<serde_json::Value>().await.unwrap()
        }
    };
    // While the quarter lasts, nothing is given.
    assert_eq!(call("BW003").await, serde_json::json!([]), "{kind}");

    app.clock.advance(100 * 86_400);
    let last = ResidentId::new(residents[15]);
    app::services::survey::answer(
        &app.db,
        &app.clock,
        last,
        bw003,
        &SurveyAnswers {
            understand: Agreement::StronglyAgree,
            deal: Agreement::StronglyAgree,
            rely: Agreement::StronglyAgree,
            safe: Safety::VerySafe,
        },
    )
    .await
    .unwrap();
    let bw003_quarters = call("BW003").await;
    let quarters = bw003_quarters.as_array().unwrap();
    assert_eq!(
        quarters.len(),
        1,
        "{kind}: only the ended quarter: {bw003_quarters}"
    );
    let ended = &quarters[0];
    assert_eq!(ended["quarter"], "2026-Q4", "{kind}");
    assert_eq!(ended["first-month"], "2026-10", "{kind}");
    assert_eq!(ended["last-month"], "2026-12", "{kind}");
    assert_eq!(ended["answered"], 12, "{kind}");
    // What the page shows as shares, as counts: never how many gave each answer.
    assert_eq!(
        ended["agree"],
        serde_json::json!({"understand": 8, "deal": 12, "rely": 0}),
        "{kind}"
    );
    assert_eq!(ended["walk-alone"], 12, "{kind}");
    assert_eq!(
        ended["feel-safe"], 12,
        "{kind}: the new quarter's answer is not given"
    );
    assert!(ended.get("counts").is_none(), "{kind}");

    // Three answers: the quarter is listed with no counts.
    let bw001_quarters = call("BW001").await;
    assert_eq!(
        bw001_quarters,
        serde_json::json!([{
            "quarter": "2026-Q4",
            "first-month": "2026-10",
            "last-month": "2026-12",
            "answered": null,
            "agree": null,
            "walk-alone": null,
            "feel-safe": null
        }]),
        "{kind}"
    );
}

/// This quarter's answers: twelve in BW003 (a third neither agreeing nor disagreeing that the
/// police understand the issues, the rest tending to agree) and three in BW001 (one neither);
/// returns those residents and one more who has not answered.
async fn twelve_in_bw003_and_three_in_bw001(app: &TestApp) -> Vec<i32> {
    let bw003 = neighbourhood_id(app, "BW003").await;
    let bw001 = neighbourhood_id(app, "BW001").await;
    let residents = many_residents(app, "counted", 16).await;
    for (i, id) in residents.iter().enumerate().take(15) {
        let place = if i < 12 { bw003 } else { bw001 };
        let answers = SurveyAnswers {
            understand: if i % 3 == 0 {
                Agreement::Neither
            } else {
                Agreement::TendToAgree
            },
            deal: Agreement::StronglyAgree,
            rely: Agreement::TendToDisagree,
            safe: Safety::FairlySafe,
        };
        let resident = ResidentId::new(*id);
        app::services::survey::answer(&app.db, &app.clock, resident, place, &answers)
            .await
            .unwrap();
    }
    residents
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_force_dashboard_compares_neighbourhoods_and_areas_with_its_csv(kind: Database) {
    let app = spawn_app(kind).await;
    twelve_in_bw003_and_three_in_bw001(&app).await;
    app.clock.advance(100 * 86_400);
    let team = crate::groups::team_member(&app, "BW003").await;
    let (status, page) = team.html("/staff/guarantee/confidence").await;
    assert_eq!(status, 200, "{kind}");
    assert!(page.contains("October to December 2026"), "{kind}");
    // Edgbaston: 8 of 12 agree (67%); City Centre's three are too few to show, so the totals
    // leave them out: nobody can subtract Edgbaston from a total to learn City Centre's.
    let row = |name: &str| {
        let at = page
            .find(&format!(">{name}</th>"))
            .unwrap_or_else(|| panic!("{kind}: a row for {name}"));
        page[at..at + page[at..].find("</tr>").unwrap()].to_string()
    };
    let edgbaston = row("Edgbaston");
    assert!(
        edgbaston.contains(">12<") && edgbaston.contains("67%"),
        "{kind}: {edgbaston}"
    );
    assert!(row("City Centre").contains("Not enough answers"), "{kind}");
    let all = row("All listed");
    assert!(all.contains(">12<") && all.contains("67%"), "{kind}: {all}");
    assert!(!all.contains(">15<"), "{kind}: {all}");

    let csv = team
        .get("/staff/guarantee/confidence.csv?quarter=2026-Q4")
        .await;
    assert_eq!(csv.status(), 200, "{kind}");
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    assert!(
        text.starts_with("Quarter,LPA,Neighbourhood code,"),
        "{kind}: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("2026-Q4,") && l.contains(",BW003,Edgbaston,12,67%,")),
        "{kind}: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains(",BW001,") && l.contains("Not enough answers")),
        "{kind}: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("2026-Q4,The force,,All listed,12,67%,")),
        "{kind}: {text}"
    );
}
