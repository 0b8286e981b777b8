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

const SURVEY: &str = "/neighbourhoods/BW003/survey";

/// The answers as a resident's form sends them.
const ANSWERS: [(&str, &str); 4] = [
    ("understand", "tend-to-agree"),
    ("deal", "neither"),
    ("rely", "strongly-agree"),
    ("safe", "fairly-safe"),
];

async fn answer_on(browser: &TestApp) -> reqwest::Response {
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
