//! Concerns: a resident raises one without JavaScript and follows the conversation; the team's
//! 72-hour clock, notes, statuses and SARA problems; moderation before anything is public;
//! "has it improved?" and reopening; deletion keeping the anonymised record; the daily limit.

use crate::helpers::{
    Database, TestApp, location, on_each_database, spawn_app, spawn_app_with_smtp,
};
use crate::mail::{MailServer, link_starting};
use crate::staff_accounts::{create_staff, neighbourhood_id, sign_in_staff};
use crate::surgeries::{audit_count, resident};
use app::domain::staff::Role;
use entity::concern::{self, ConcernStatus, SummaryStatus};
use entity::{concern_event, problem};
use rstest_reuse::apply;
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// A concern in a neighbourhood, as if raised by a resident who has since left: for tests that
/// need one to exist. Returns its reference.
pub async fn concern_in(app: &TestApp, code: &str) -> String {
    let reference = app::domain::reference::new_reference("NC");
    let now = app.clock.now();
    concern::ActiveModel {
        reference: Set(reference.clone()),
        neighbourhood_id: Set(neighbourhood_id(app, code).await),
        resident_id: Set(None),
        category_id: Set(1),
        location: Set("Court Oak Road".into()),
        latitude: Set(None),
        longitude: Set(None),
        description: Set("Cars race along here every evening.".into()),
        when_happens: Set(String::new()),
        summary_status: Set(SummaryStatus::None),
        status: Set(ConcernStatus::Received),
        created_at: Set(now),
        due_at: Set(now + 72 * 3600),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    reference
}

/// An empty problem in a neighbourhood; returns its reference.
pub async fn problem_in(app: &TestApp, code: &str) -> String {
    let reference = app::domain::reference::new_reference("PRB");
    let now = app.clock.now();
    problem::ActiveModel {
        reference: Set(reference.clone()),
        neighbourhood_id: Set(neighbourhood_id(app, code).await),
        title: Set("Speeding on Court Oak Road".into()),
        stage: Set(problem::SaraStage::Scanning),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    reference
}

/// Every field the concern form sends, with `given` filled in.
pub(crate) fn concern_fields(given: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("code", "BW003".into()),
        ("location", "The park on Calthorpe Road".into()),
        ("category", "2".into()),
        (
            "description",
            "Cars race along the road by the park most evenings.".into(),
        ),
        ("when_happens", "Evenings after 9pm".into()),
        ("summary", "yes".into()),
        ("latitude", String::new()),
        ("longitude", String::new()),
    ];
    for (name, value) in given {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_string(),
            None => fields.push((name, value.to_string())),
        }
    }
    fields
}

async fn send(browser: &TestApp, path: &str, fields: &[(&str, String)]) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post_form(path, &fields).await
}

/// Enters a concern and sends it; returns its reference.
pub(crate) async fn raise(browser: &TestApp, given: &[(&'static str, &str)]) -> String {
    let entered = send(browser, "/fn/concerns/details", &concern_fields(given)).await;
    let code = concern_fields(given)[0].1.clone();
    assert_eq!(
        location(&entered),
        format!("/neighbourhoods/{code}/concerns/new/check")
    );
    let sent = browser
        .post_form("/fn/concerns/confirm", &[("code", &code)])
        .await;
    let to = location(&sent).to_string();
    to.strip_prefix("/account/concerns/")
        .unwrap_or_else(|| panic!("sent to {to}"))
        .to_string()
}

/// The concern `reference` as stored.
pub(crate) async fn stored(app: &TestApp, reference: &str) -> concern::Model {
    concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the concern")
}

fn team_page(code: &str, reference: &str) -> String {
    format!("/staff/neighbourhoods/{code}/concerns/{reference}")
}

/// Signs a browser in as `email` with the link the SMTP server received.
async fn sign_in_by_smtp(browser: &TestApp, mail: &MailServer, email: &str) -> reqwest::Response {
    let before = mail.messages().len();
    browser
        .post_form("/fn/sign-in/link", &[("email", email)])
        .await;
    let messages = mail.received_from(browser, before + 1).await;
    let link = link_starting(
        &messages[before],
        &format!("{}/sign-in/confirm?token=", browser.address),
    );
    let token = link.rsplit_once('=').unwrap().1.to_string();
    browser
        .post_form("/fn/sign-in/confirm", &[("token", &token)])
        .await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_raises_a_concern_without_javascript_and_follows_the_conversation_with_the_team(
    kind: Database,
) {
    let mail = MailServer::start().await;
    let app = spawn_app_with_smtp(kind, mail.port).await;
    let sam = app.new_browser();

    // Not signed in: sign in first, then straight back to the form.
    let asked = sam.get("/neighbourhoods/BW003/concerns/new").await;
    assert_eq!(location(&asked), "/sign-in", "{kind}");
    let signed_in = sign_in_by_smtp(&sam, &mail, "sam@example.org").await;
    assert_eq!(
        location(&signed_in),
        "/neighbourhoods/BW003/concerns/new",
        "{kind}"
    );
    let (status, form) = sam.html("/neighbourhoods/BW003/concerns/new").await;
    assert_eq!(status, 200, "{kind}");
    assert!(form.contains("This is not for emergencies"), "{kind}");
    assert!(form.contains("Anti-social behaviour"), "{kind}");

    // Empty, too short, and markup: each named, what was typed kept, nothing raised.
    send(
        &sam,
        "/fn/concerns/details",
        &concern_fields(&[
            ("location", ""),
            ("description", "Too short"),
            ("when_happens", "<script>alert(1)</script>"),
            ("summary", ""),
        ]),
    )
    .await;
    let (_, errors) = sam.html("/neighbourhoods/BW003/concerns/new").await;
    for message in [
        "Enter where it is happening",
        "Tell us a little more: at least 10 characters",
        "Write in plain words",
        "Select whether a summary may be shown publicly",
    ] {
        assert!(errors.contains(message), "{kind}: {message}");
    }
    assert!(errors.contains("Too short"), "{kind}: kept what was typed");
    assert!(!errors.contains("<script>alert(1)"), "{kind}: escaped");
    assert!(
        errors.contains("&lt;script&gt;alert(1)"),
        "{kind}: kept, as text"
    );
    assert_eq!(concern::Entity::find().count(&app.db).await.unwrap(), 0);

    // Checked, then sent twice at once (a double click): one concern.
    let entered = send(&sam, "/fn/concerns/details", &concern_fields(&[])).await;
    assert_eq!(
        location(&entered),
        "/neighbourhoods/BW003/concerns/new/check",
        "{kind}"
    );
    let (_, check) = sam.html("/neighbourhoods/BW003/concerns/new/check").await;
    assert!(check.contains("Check your concern"), "{kind}");
    assert!(check.contains("The park on Calthorpe Road"), "{kind}");
    assert!(check.contains("sam@example.org"), "{kind}");
    let confirm = || sam.post_form("/fn/concerns/confirm", &[("code", "BW003")]);
    let (first, second) = tokio::join!(confirm(), confirm());
    let targets = [location(&first).to_string(), location(&second).to_string()];
    let to = targets
        .iter()
        .find(|t| t.starts_with("/account/concerns/NC-"))
        .unwrap_or_else(|| panic!("{kind}: {targets:?}"))
        .clone();
    assert_eq!(concern::Entity::find().count(&app.db).await.unwrap(), 1);
    let reference = to.rsplit('/').next().unwrap().to_string();
    let (_, sent) = sam.html(&to).await;
    assert!(sent.contains("Concern sent"), "{kind}");
    assert!(sent.contains(&reference), "{kind}");
    assert!(sent.contains("This is not for emergencies"), "{kind}");

    // The acknowledgement, through the real SMTP server, says when to expect a reply.
    let stored_concern = stored(&app, &reference).await;
    let acknowledged = mail.received_from(&app, 2).await;
    let acknowledgement = acknowledged
        .iter()
        .find(|m| m.contains("We have received your concern"))
        .expect("the acknowledgement");
    assert!(acknowledgement.contains(&reference), "{kind}");
    assert!(
        acknowledgement.contains(&app::services::clock::format_time(stored_concern.due_at)),
        "{kind}: the 72-hour due time in UK time"
    );

    // The team: a note does not stop the clock; after 72 hours it is overdue.
    create_staff(
        &app,
        "edgbaston@police.example.uk",
        Role::TeamMember,
        &["BW003"],
    )
    .await;
    let team = app.new_browser();
    sign_in_staff(&team, "edgbaston@police.example.uk").await;
    // A minute on, so the time left is under 3 days even when all this took under a second.
    app.clock.advance(60);
    let (_, queue) = team.html("/staff/neighbourhoods/BW003/concerns").await;
    assert!(queue.contains(&reference), "{kind}");
    assert!(
        queue.contains("Reply due in 2 days 23 hours"),
        "{kind}: {queue}"
    );
    team.post_form(
        "/fn/staff/concerns/note",
        &[
            ("code", "BW003"),
            ("reference", &reference),
            ("note", "Checked the CCTV request log"),
        ],
    )
    .await;
    app.clock.advance(72 * 3600 + 60);
    // Staff sign-ins last 12 hours at most: the team member signs in again.
    sign_in_staff(&team, "edgbaston@police.example.uk").await;
    let (_, overdue) = team.html("/staff/concerns").await;
    assert!(
        overdue.contains("Overdue by less than an hour"),
        "{kind}: {overdue}"
    );
    let (_, resident_view) = sam.html(&to).await;
    assert!(
        !resident_view.contains("Checked the CCTV request log"),
        "{kind}: notes are for staff"
    );

    // The reply stops the clock, is emailed, and the resident sees it and writes back.
    let replied = team
        .post_form(
            "/fn/staff/concerns/reply",
            &[
                ("code", "BW003"),
                ("reference", &reference),
                (
                    "reply",
                    "Thank you. We will patrol the road on Friday evenings.",
                ),
            ],
        )
        .await;
    assert_eq!(location(&replied), team_page("BW003", &reference), "{kind}");
    let replied_concern = stored(&app, &reference).await;
    assert_eq!(replied_concern.status, ConcernStatus::Replied, "{kind}");
    assert!(replied_concern.first_reply_at.is_some(), "{kind}");
    let (_, late) = team.html("/staff/neighbourhoods/BW003/concerns").await;
    assert!(late.contains("Replied late"), "{kind}");
    let messages = mail.received_from(&app, 3).await;
    assert!(
        messages
            .iter()
            .any(|m| m.contains("patrol the road on Friday evenings")),
        "{kind}"
    );
    let (_, resident_view) = sam.html(&to).await;
    assert!(
        resident_view.contains("We will patrol the road on Friday evenings"),
        "{kind}"
    );
    sam.post_form(
        "/fn/account/concerns/reply",
        &[
            ("reference", &reference),
            ("reply", "Thank you, it is worst on Fridays."),
        ],
    )
    .await;
    let (_, team_view) = team.html(&team_page("BW003", &reference)).await;
    assert!(team_view.contains("it is worst on Fridays"), "{kind}");
    assert!(team_view.contains("Checked the CCTV request log"), "{kind}");
    // The team's address is told the resident wrote back, once what else they write in the
    // next quarter of an hour is gathered.
    app.clock.advance(app::services::concerns::GATHER_SECONDS);
    let messages = mail.received_from(&app, 4).await;
    assert!(
        messages
            .iter()
            .any(|m| m.contains("has written back") && m.contains(&reference)),
        "{kind}"
    );
}

/// A team member of `code`, signed in on a browser of their own.
pub(crate) async fn team_member(app: &TestApp, code: &str) -> TestApp {
    let email = format!("{}@police.example.uk", code.to_lowercase());
    create_staff(app, &email, Role::TeamMember, &[code]).await;
    let team = app.new_browser();
    sign_in_staff(&team, &email).await;
    team
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_summary_is_public_only_once_a_moderator_approves_it_and_then_reads_as_edited(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(
        &sam,
        &[(
            "description",
            "A man called Dave sells drugs from the blue car outside number 12 Calthorpe Road.",
        )],
    )
    .await;
    let public = || async { app.new_browser().html("/neighbourhoods/BW003").await.1 };
    assert!(!public().await.contains("blue car"), "{kind}: not yet");
    let counted = public().await;
    assert!(
        counted.contains("residents raised fewer than 5 concerns"),
        "{kind}: counted at once, never exactly while few"
    );
    assert!(
        !counted.contains("raised 1 concern") && !counted.contains(">1</td>"),
        "{kind}: one concern is not shown as one"
    );

    create_staff(&app, "moderator@police.example.uk", Role::Moderator, &[]).await;
    let moderator = app.new_browser();
    sign_in_staff(&moderator, "moderator@police.example.uk").await;
    let (_, queue) = moderator.html("/staff/moderation").await;
    assert!(
        queue.contains("A man called Dave"),
        "{kind}: the original, for staff"
    );
    let id = stored(&app, &reference).await.id.to_string();
    let decided = moderator
        .post_form(
            "/fn/staff/moderation/decide",
            &[
                ("concern_id", id.as_str()),
                ("decision", "approve"),
                (
                    "summary",
                    "Drug dealing from a parked car on Calthorpe Road.",
                ),
            ],
        )
        .await;
    assert_eq!(location(&decided), "/staff/moderation", "{kind}");
    let page = public().await;
    assert!(
        page.contains("Drug dealing from a parked car on Calthorpe Road."),
        "{kind}"
    );
    assert!(
        !page.contains("Dave"),
        "{kind}: the resident's words stay private"
    );
    let approved = stored(&app, &reference).await;
    assert_eq!(approved.summary_status, SummaryStatus::Approved, "{kind}");
    assert_eq!(audit_count(&app, "concern.summary").await, 1, "{kind}");

    // A second decision finds nothing pending.
    moderator
        .post_form(
            "/fn/staff/moderation/decide",
            &[
                ("concern_id", id.as_str()),
                ("decision", "reject"),
                ("summary", ""),
            ],
        )
        .await;
    let (_, again) = moderator.html("/staff/moderation").await;
    assert!(again.contains("already been decided"), "{kind}");

    // The Atom feed holds the approved summary, and is valid Atom.
    let response = app.get("/neighbourhoods/BW003/concerns.atom").await;
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml"),
        "{kind}"
    );
    let feed = app.feed("/neighbourhoods/BW003/concerns.atom").await;
    assert_eq!(feed.entries().len(), 1, "{kind}");
    let entry = &feed.entries()[0];
    assert!(
        entry.id().ends_with(&format!("concern/{reference}")),
        "{kind}"
    );
    assert!(
        entry
            .content()
            .and_then(|c| c.value())
            .is_some_and(|v| v.contains("parked car")),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_groups_concerns_into_a_sara_problem_and_publishes_its_progress(kind: Database) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let first = raise(&sam, &[("summary", "no")]).await;
    let alex = resident(&app, "alex@example.org").await;
    let second = raise(&alex, &[("summary", "no")]).await;
    let team = team_member(&app, "BW003").await;

    let opened = team
        .post_form(
            "/fn/staff/problems/open",
            &[
                ("code", "BW003"),
                ("title", "Speeding by the park"),
                (
                    "scanning",
                    "Two concerns in a week about cars racing by the park.",
                ),
            ],
        )
        .await;
    let problem_page = location(&opened).to_string();
    let problem_reference = problem_page.rsplit('/').next().unwrap().to_string();
    assert!(
        problem_reference.starts_with("PRB-"),
        "{kind}: {problem_page}"
    );
    let problem_id = problem::Entity::find()
        .filter(problem::Column::Reference.eq(&problem_reference))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    for reference in [&first, &second] {
        team.post_form(
            "/fn/staff/concerns/problem",
            &[
                ("code", "BW003"),
                ("reference", reference),
                ("problem_id", &problem_id),
            ],
        )
        .await;
        assert_eq!(
            stored(&app, reference).await.status,
            ConcernStatus::BeingWorkedOn,
            "{kind}"
        );
    }
    assert!(
        app.delivered_to("alex@example.org")
            .await
            .contains("Speeding by the park"),
        "{kind}: the resident is told in plain words"
    );

    team.post_form(
        "/fn/staff/problems/analysis",
        &[
            ("code", "BW003"),
            ("reference", &problem_reference),
            ("victims", "Families using the park"),
            ("offenders", "Young drivers meeting in the car park"),
            ("locations", "Calthorpe Road by the park gates"),
            ("causes", "A long straight road with no crossings"),
        ],
    )
    .await;
    let on = app::domain::schedule::uk_local(app.clock.now()).date();
    use chrono::Datelike;
    team.post_form(
        "/fn/staff/problems/action",
        &[
            ("code", "BW003"),
            ("reference", &problem_reference),
            ("description", "Speed checks with the community speed watch"),
            ("owner", "PCSO Priya Kaur"),
            ("partner", "Birmingham City Council"),
            ("on_day", &on.day().to_string()),
            ("on_month", &on.month().to_string()),
            ("on_year", &on.year().to_string()),
        ],
    )
    .await;
    let (_, page) = team.html(&problem_page).await;
    assert!(
        page.contains("Speed checks with the community speed watch"),
        "{kind}"
    );
    assert!(page.contains(&first) && page.contains(&second), "{kind}");
    let stage = problem::Entity::find()
        .filter(problem::Column::Reference.eq(&problem_reference))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stage.stage, problem::SaraStage::Response, "{kind}");
    assert!(stage.analysis_at.is_some() && stage.response_at.is_some());

    // Published: the public page shows its summary and stage, never the concerns' words.
    team.post_form(
        "/fn/staff/problems/publish",
        &[
            ("code", "BW003"),
            ("reference", &problem_reference),
            ("publishing", "publish"),
            (
                "summary",
                "Cars speeding by the park: speed checks with the council.",
            ),
        ],
    )
    .await;
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(public.contains("Speeding by the park"), "{kind}");
    assert!(public.contains("Stage: Response"), "{kind}");
    assert!(!public.contains("race along the road"), "{kind}");
    assert!(
        audit_count(&app, "concern.problem_update").await >= 3,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn once_closed_the_resident_is_asked_once_if_it_improved_and_may_reopen_it_for_28_days(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(&sam, &[]).await;
    let team = team_member(&app, "BW003").await;
    let close = |reason: &'static str, duplicate_of: &'static str| {
        let team = &team;
        let reference = reference.clone();
        async move {
            team.post_form(
                "/fn/staff/concerns/status",
                &[
                    ("code", "BW003"),
                    ("reference", &reference),
                    ("status", "closed"),
                    ("partner", ""),
                    ("close_reason", reason),
                    ("duplicate_of", duplicate_of),
                ],
            )
            .await
        }
    };
    // A duplicate needs the concern it repeats.
    close("duplicate", "").await;
    let (_, refused) = team.html(&team_page("BW003", &reference)).await;
    assert!(
        refused.contains("Enter the reference of the concern it repeats"),
        "{kind}"
    );
    close("action-taken", "").await;
    let closed = stored(&app, &reference).await;
    assert_eq!(closed.status, ConcernStatus::Closed, "{kind}");
    assert_eq!(audit_count(&app, "concern.status").await, 1, "{kind}");
    let told = app.delivered_to("sam@example.org").await;
    assert!(told.contains("Closed: action was taken"), "{kind}: {told}");

    let page = format!("/account/concerns/{reference}");
    let (_, asked) = sam.html(&page).await;
    assert!(asked.contains("Has it improved?"), "{kind}");
    sam.post_form(
        "/fn/account/concerns/improved",
        &[("reference", &reference), ("improved", "no")],
    )
    .await;
    sam.post_form(
        "/fn/account/concerns/improved",
        &[("reference", &reference), ("improved", "yes")],
    )
    .await;
    assert_eq!(
        stored(&app, &reference).await.improved,
        Some(concern::Improved::No),
        "{kind}: answered once"
    );

    let reopened = sam
        .post_form(
            "/fn/account/concerns/reopen",
            &[
                ("reference", &reference),
                ("reason", "They are back every night."),
            ],
        )
        .await;
    assert_eq!(location(&reopened), page, "{kind}");
    let open_again = stored(&app, &reference).await;
    assert_eq!(open_again.status, ConcernStatus::UnderReview, "{kind}");
    assert_eq!(
        open_again.improved, None,
        "{kind}: asked again after the next close"
    );

    // Closed again, and 28 days later it can no longer be reopened.
    close("no-further-action", "").await;
    app.clock.advance(28 * 86_400);
    sam.post_form(
        "/fn/account/concerns/reopen",
        &[("reference", &reference), ("reason", "")],
    )
    .await;
    let (_, too_late) = sam.html(&page).await;
    assert!(
        too_late.contains("for 28 days after it was closed"),
        "{kind}"
    );
    assert_eq!(
        stored(&app, &reference).await.status,
        ConcernStatus::Closed,
        "{kind}"
    );
    let reopenings = concern_event::Entity::find()
        .filter(concern_event::Column::Kind.eq(concern_event::EventKind::Reopened))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(reopenings, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_account_keeps_the_concern_and_its_summary_but_nothing_that_identifies_the_resident(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(&sam, &[]).await;
    sam.post_form(
        "/fn/account/concerns/reply",
        &[("reference", &reference), ("reply", "I live at number 12.")],
    )
    .await;
    let id = stored(&app, &reference).await.id;
    let moderator_id =
        create_staff(&app, "moderator@police.example.uk", Role::Moderator, &[]).await;
    let moderator = app::services::staff_members::member(&app.db, moderator_id)
        .await
        .unwrap()
        .unwrap();
    let permit = app::policy::moderate(moderator).unwrap();
    app::services::moderation::decide(
        &app.db,
        &app.clock,
        &permit,
        id,
        &app::services::moderation::Decision::Approve {
            summary: "Cars racing by the park in the evenings.".into(),
        },
    )
    .await
    .unwrap();

    // The download holds the concern and its timeline.
    let download = sam.get("/account/data").await.text().await.unwrap();
    let data: serde_json::Value = serde_json::from_str(&download).unwrap();
    assert_eq!(
        data["concerns"][0]["reference"],
        reference.as_str(),
        "{kind}"
    );
    assert!(download.contains("I live at number 12."), "{kind}");

    sam.post_form("/fn/account/delete", &[]).await;
    let kept = stored(&app, &reference).await;
    assert_eq!(kept.resident_id, None, "{kind}");
    assert_eq!(kept.location, "", "{kind}");
    assert!(!kept.description.contains("race along"), "{kind}");
    assert_eq!(
        kept.public_summary.as_deref(),
        Some("Cars racing by the park in the evenings."),
        "{kind}"
    );
    let words: Vec<String> = concern_event::Entity::find()
        .filter(concern_event::Column::ConcernId.eq(id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.body)
        .collect();
    assert!(!words.iter().any(|w| w.contains("number 12")), "{kind}");
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(
        public.contains("Cars racing by the park in the evenings."),
        "{kind}"
    );
    let team = team_member(&app, "BW003").await;
    let (_, team_view) = team.html(&team_page("BW003", &reference)).await;
    assert!(
        team_view.contains("their account has been deleted"),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_can_raise_five_concerns_a_day_and_is_told_when_to_try_again(kind: Database) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    for _ in 0..5 {
        raise(&sam, &[]).await;
    }
    send(&sam, "/fn/concerns/details", &concern_fields(&[])).await;
    let refused = sam
        .post_form("/fn/concerns/confirm", &[("code", "BW003")])
        .await;
    assert_eq!(
        location(&refused),
        "/neighbourhoods/BW003/concerns/new/check",
        "{kind}"
    );
    let (_, page) = sam.html("/neighbourhoods/BW003/concerns/new/check").await;
    assert!(
        page.contains("You can raise up to 5 concerns a day. Try again in"),
        "{kind}: {page}"
    );
    assert_eq!(
        concern::Entity::find().count(&app.db).await.unwrap(),
        5,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_place_in_another_neighbourhood_is_sent_to_that_team(kind: Database) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    // B1 2JB is in the city centre, not Edgbaston.
    let sent = send(
        &sam,
        "/fn/concerns/details",
        &concern_fields(&[("location", "b1 2jb")]),
    )
    .await;
    let city_centre = entity::neighbourhood::Entity::find()
        .filter(entity::neighbourhood::Column::Name.eq("City Centre"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the City Centre neighbourhood");
    let their_form = format!("/neighbourhoods/{}/concerns/new", city_centre.code);
    assert_eq!(
        location(&sent),
        their_form,
        "{kind}: carried to that team's form"
    );
    let (_, page) = sam.html(&their_form).await;
    assert!(
        page.contains("That place is in the City Centre neighbourhood, so your concern will go to the City Centre team"),
        "{kind}: {page}"
    );
    assert!(
        page.contains("Cars race along the road by the park most evenings.")
            && page.contains("Evenings after 9pm"),
        "{kind}: everything written is carried over"
    );
    assert_eq!(
        concern::Entity::find().count(&app.db).await.unwrap(),
        0,
        "{kind}: nothing sent yet"
    );
    let moved = raise(
        &sam,
        &[("code", city_centre.code.as_str()), ("location", "b1 2jb")],
    )
    .await;
    assert_eq!(
        stored(&app, &moved).await.neighbourhood_id,
        city_centre.id,
        "{kind}"
    );
    // A known postcode inside the neighbourhood is placed at it.
    let reference = raise(&sam, &[("location", "B15 2TT")]).await;
    let placed = stored(&app, &reference).await;
    assert!(
        placed.latitude.is_some() && placed.longitude.is_some(),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crimes_are_sent_to_the_forces_reporting_page_when_one_is_configured(kind: Database) {
    let app = crate::helpers::spawn_app_with_options(
        kind,
        &[
            "--report-crime-url",
            "https://www.west-midlands.police.uk/ro/report",
        ],
    )
    .await;
    let sam = resident(&app, "sam@example.org").await;
    let (_, page) = sam.html("/neighbourhoods/BW003/concerns/new").await;
    assert!(
        page.contains(r#"href="https://www.west-midlands.police.uk/ro/report">report it online on the West Midlands Police website</a>"#),
        "{kind}: {page}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_selecting_the_map_puts_a_pin_there_and_keeps_what_was_typed(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let form = "/neighbourhoods/BW003/concerns/new";
    let (_, page) = sam.html(form).await;
    assert!(
        page.contains(r#"type="image""#) && page.contains("select a place to put a pin there"),
        "{kind}: the map is a button that works without JavaScript"
    );
    assert!(
        page.contains(r#"href="https://www.west-midlands.police.uk">report it online on the West Midlands Police website</a>"#),
        "{kind}: crimes go to the force's own site"
    );
    // The image button sends where it was selected as `x` and `y`, with everything typed.
    let mut fields = concern_fields(&[]);
    fields.push(("x", "160".into()));
    fields.push(("y", "120".into()));
    let placed = send(&sam, "/fn/concerns/details", &fields).await;
    assert_eq!(location(&placed), form, "{kind}: back to the form, not on");
    let (_, page) = sam.html(form).await;
    assert!(
        page.contains("A pin is on the map where you selected"),
        "{kind}"
    );
    assert!(
        page.contains("Cars race along the road by the park most evenings."),
        "{kind}: what was typed is kept"
    );
    let typed = |name: &str| {
        page.split(&format!(r#"name="{name}" value=""#))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    let (latitude, longitude) = (typed("latitude"), typed("longitude"));
    assert!(
        !latitude.is_empty() && !longitude.is_empty(),
        "{kind}: {page}"
    );
    // The keyboard presses the button at its corner: no pin comes of it.
    let mut pressed = concern_fields(&[]);
    pressed.extend([("x", "0".to_string()), ("y", "0".to_string())]);
    send(&sam, "/fn/concerns/details", &pressed).await;
    let (_, again) = sam.html(form).await;
    assert!(
        !again.contains("A pin is on the map where you selected"),
        "{kind}"
    );

    // Going on with the pin: the concern is placed where the map was selected.
    let reference = raise(
        &sam,
        &[
            ("latitude", latitude.as_str()),
            ("longitude", longitude.as_str()),
        ],
    )
    .await;
    let stored = stored(&app, &reference).await;
    assert_eq!(
        (
            stored.latitude.map(|l| format!("{l:.6}")),
            stored.longitude.map(|l| format!("{l:.6}"))
        ),
        (Some(latitude), Some(longitude)),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_typed_into_a_concern_or_an_update_never_reach_the_feeds(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(
        &sam,
        &[(
            "description",
            "Cars race\u{b} along the road\u{1} by the park most evenings.",
        )],
    )
    .await;
    let kept = stored(&app, &reference).await;
    assert_eq!(
        kept.description, "Cars race along the road by the park most evenings.",
        "{kind}"
    );

    create_staff(&app, "moderator@police.example.uk", Role::Moderator, &[]).await;
    let moderator = app.new_browser();
    sign_in_staff(&moderator, "moderator@police.example.uk").await;
    let id = kept.id.to_string();
    moderator
        .post_form(
            "/fn/staff/moderation/decide",
            &[
                ("concern_id", id.as_str()),
                ("decision", "approve"),
                ("summary", "Cars race\u{b} by the park in the evenings."),
            ],
        )
        .await;
    let team = team_member(&app, "BW003").await;
    let published = team
        .post_form(
            "/fn/staff/updates/publish",
            &[
                ("code", "BW003"),
                ("you_said", "Speeding\u{b}\u{1} by the park."),
                ("we_did", "Speed checks\u{0} on four evenings."),
                ("next_steps", ""),
                ("outcome", ""),
                ("published_on_day", ""),
                ("published_on_month", ""),
                ("published_on_year", ""),
            ],
        )
        .await;
    assert_eq!(
        location(&published),
        "/staff/neighbourhoods/BW003/updates",
        "{kind}"
    );

    let raised = app.feed("/neighbourhoods/BW003/concerns.atom").await;
    let summary = raised.entries()[0].content().and_then(|c| c.value());
    assert_eq!(
        summary,
        Some("Cars race by the park in the evenings."),
        "{kind}"
    );
    let updates = app.feed("/neighbourhoods/BW003/updates.atom").await;
    let text = updates.entries()[0]
        .content()
        .and_then(|c| c.value())
        .unwrap_or_default();
    assert!(text.contains("Speeding by the park."), "{kind}: {text}");
    assert!(text.contains("Speed checks on four evenings."), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_replies_is_limited_and_reaches_the_teams_inbox_as_one_email(kind: Database) {
    use app::services::concerns::{GATHER_SECONDS, REPLIES_PER_DAY};
    let app = spawn_app(kind).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(&sam, &[]).await;
    let reply = async |text: String| {
        sam.post_form(
            "/fn/account/concerns/reply",
            &[("reference", reference.as_str()), ("reply", text.as_str())],
        )
        .await
    };
    let replies = || async {
        concern_event::Entity::find()
            .filter(concern_event::Column::Kind.eq(concern_event::EventKind::ResidentReply))
            .count(&app.db)
            .await
            .unwrap()
    };
    let notices = || async {
        entity::outbox_message::Entity::find()
            .filter(
                entity::outbox_message::Column::Recipient
                    .eq("edgbaston.npt@west-midlands.police.example"),
            )
            .filter(entity::outbox_message::Column::Subject.contains("the resident has written"))
            .all(&app.db)
            .await
            .unwrap()
    };
    for i in 0..30 {
        reply(format!("It is still happening ({i}).")).await;
    }
    assert_eq!(
        replies().await,
        REPLIES_PER_DAY.attempts as u64,
        "{kind}: the rest refused"
    );
    let (_, page) = sam.html(&format!("/account/concerns/{reference}")).await;
    assert!(
        page.contains("You have sent 10 messages about this concern today"),
        "{kind}"
    );
    assert!(
        page.contains("It is still happening (29)."),
        "{kind}: what was typed is kept"
    );
    let queued = notices().await;
    assert_eq!(queued.len(), 1, "{kind}: one email for all of them");
    assert_eq!(
        queued[0].next_attempt_at,
        app.clock.now() + GATHER_SECONDS,
        "{kind}: sent once the flood is gathered"
    );

    // A day on, the resident may write again, and the team hears of it again.
    app.clock.advance(24 * 3600);
    reply("Now it is every night.".into()).await;
    assert_eq!(
        replies().await,
        REPLIES_PER_DAY.attempts as u64 + 1,
        "{kind}"
    );
    assert_eq!(notices().await.len(), 2, "{kind}");
}
