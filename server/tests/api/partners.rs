//! Partners in problem solving: an administrator registers an organisation and invites its
//! people; a team shares a problem with a partner working in its neighbourhood; the partner sees
//! exactly what is shared with their organisation, records what they did, and residents see the
//! organisation credited on the published problem.

use crate::concerns::problem_in;
use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::staff_accounts::{PASSWORD, create_staff, sign_in_staff};
use app::domain::staff::Role;
use chrono::Datelike;
use entity::{audit_entry, problem, problem_action, problem_share, staff_account};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// An administrator, signed in with their second factor in a browser of their own.
pub(crate) async fn administrator(app: &TestApp) -> TestApp {
    create_staff(app, "admin@police.example.uk", Role::Administrator, &[]).await;
    let browser = app.new_browser();
    sign_in_staff(&browser, "admin@police.example.uk")
        .await
        .expect("an administrator sets up a second factor");
    browser
}

/// Registers `name`, a council working in `area` (`lpa:CODE` or `neighbourhood:CODE`): its id.
pub(crate) async fn register(admin: &TestApp, name: &str, area: &str) -> i32 {
    let response = admin
        .post_form(
            "/fn/staff/partners/register",
            &[("name", name), ("kind", "council"), ("area", area)],
        )
        .await;
    let to = location(&response);
    to.strip_prefix("/staff/partners/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("registering {name} went to {to}"))
}

/// Invites `email` to `organisation`; they choose their password from the emailed link and set
/// up their second factor, in a browser of their own, and land on the partner's pages.
pub(crate) async fn partner_person(
    app: &TestApp,
    admin: &TestApp,
    organisation: i32,
    email: &str,
) -> TestApp {
    let invited = admin
        .post_form(
            "/fn/staff/partners/invite",
            &[
                ("organisation_id", organisation.to_string().as_str()),
                ("name", "Dana Whitfield"),
                ("email", email),
            ],
        )
        .await;
    assert_eq!(
        location(&invited),
        format!("/staff/partners/{organisation}")
    );
    let token = app.token_emailed_to(email, "/staff/reset-password").await;
    let browser = app.new_browser();
    let chosen = browser
        .post_form(
            "/fn/staff/reset-password",
            &[("token", token.as_str()), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&chosen), "/staff/sign-in");
    // A partner must set up a second factor, as an administrator must.
    assert!(sign_in_staff(&browser, email).await.is_some());
    assert_eq!(location(&browser.get("/staff").await), "/partner");
    browser
}

async fn share(
    team: &TestApp,
    code: &str,
    reference: &str,
    organisation: i32,
    sharing: &str,
) -> String {
    let response = team
        .post_form(
            "/fn/staff/problems/share",
            &[
                ("code", code),
                ("reference", reference),
                ("organisation_id", organisation.to_string().as_str()),
                ("sharing", sharing),
            ],
        )
        .await;
    location(&response).to_string()
}

async fn shares(app: &TestApp) -> u64 {
    problem_share::Entity::find().count(&app.db).await.unwrap()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partner_sees_exactly_the_problems_shared_with_their_organisation(kind: Database) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "neighbourhood:BW001").await;
    let housing = register(&admin, "Midland Heart", "neighbourhood:BW001").await;
    let dana = partner_person(&app, &admin, council, "dana@birmingham.example.gov.uk").await;
    let lee = partner_person(&app, &admin, housing, "lee@midlandheart.example.org").await;

    let alley = problem_in(&app, "BW001").await;
    let kept = problem_in(&app, "BW001").await;
    let path = format!("/staff/neighbourhoods/BW001/problems/{alley}");
    assert_eq!(
        share(&admin, "BW001", &alley, council, "share").await,
        path,
        "{kind}"
    );
    // Shared twice is shared once.
    assert_eq!(
        share(&admin, "BW001", &alley, council, "share").await,
        path,
        "{kind}"
    );
    assert_eq!(shares(&app).await, 1, "{kind}");

    let (status, home) = dana.html("/partner").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        home.contains(&alley) && !home.contains(&kept),
        "{kind}: {home}"
    );
    let shared = format!("/partner/problems/{alley}");
    assert_eq!(dana.html(&shared).await.0, 200, "{kind}");
    // Not shared with theirs: the other organisation's person, a problem kept to the team, and
    // one that does not exist all answer alike.
    let (_, lees) = lee.html("/partner").await;
    assert!(!lees.contains(&alley), "{kind}");
    assert_eq!(lee.get(&shared).await.status(), 403, "{kind}");
    assert_eq!(
        dana.get(&format!("/partner/problems/{kept}"))
            .await
            .status(),
        403,
        "{kind}"
    );
    assert_eq!(
        dana.get("/partner/problems/PRB-2222-2222").await.status(),
        403,
        "{kind}"
    );
    // Nor do they see the team's pages.
    for path in [
        "/staff/neighbourhoods/BW001/problems",
        path.as_str(),
        "/staff/concerns",
        "/staff/guarantee",
    ] {
        assert_eq!(dana.get(path).await.status(), 403, "{kind}: {path}");
    }

    // Once the team stops sharing it, it is gone from the partner's pages.
    assert_eq!(
        share(&admin, "BW001", &alley, council, "stop-sharing").await,
        path,
        "{kind}"
    );
    assert_eq!(shares(&app).await, 0, "{kind}");
    let (_, home) = dana.html("/partner").await;
    assert!(!home.contains(&alley), "{kind}");
    assert_eq!(dana.get(&shared).await.status(), 403, "{kind}");
    let audited = audit_entry::Entity::find()
        .filter(
            audit_entry::Column::Action.is_in(["partner.share_problem", "partner.unshare_problem"]),
        )
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        audited, 2,
        "{kind}: one entry each for sharing and unsharing"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_shares_only_with_a_partner_working_in_its_neighbourhood(kind: Database) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Coventry City Council", "neighbourhood:BW003").await;
    let problem = problem_in(&app, "BW001").await;
    let path = format!("/staff/neighbourhoods/BW001/problems/{problem}");
    assert_eq!(
        share(&admin, "BW001", &problem, council, "share").await,
        path,
        "{kind}"
    );
    let (_, page) = admin.html(&path).await;
    assert!(
        page.contains("does not work in this neighbourhood"),
        "{kind}: {page}"
    );
    assert_eq!(shares(&app).await, 0, "{kind}");

    // Once it works there too, the team may.
    let added = admin
        .post_form(
            "/fn/staff/partners/areas",
            &[
                ("organisation_id", council.to_string().as_str()),
                ("area", "neighbourhood:BW001"),
                ("change", "add"),
            ],
        )
        .await;
    assert_eq!(
        location(&added),
        format!("/staff/partners/{council}"),
        "{kind}"
    );
    share(&admin, "BW001", &problem, council, "share").await;
    assert_eq!(shares(&app).await, 1, "{kind}");

    // A team member of another neighbourhood may not share it.
    create_staff(
        &app,
        "edgbaston@police.example.uk",
        Role::TeamMember,
        &["BW003"],
    )
    .await;
    let other = app.new_browser();
    sign_in_staff(&other, "edgbaston@police.example.uk").await;
    let refused = other
        .post_form(
            "/fn/staff/problems/share",
            &[
                ("code", "BW001"),
                ("reference", problem.as_str()),
                ("organisation_id", council.to_string().as_str()),
                ("sharing", "stop-sharing"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403, "{kind}");
    assert_eq!(shares(&app).await, 1, "{kind}");

    // Once the neighbourhood is taken away from the organisation, the team can still stop
    // sharing what it shared.
    admin
        .post_form(
            "/fn/staff/partners/areas",
            &[
                ("organisation_id", council.to_string().as_str()),
                ("area", "neighbourhood:BW001"),
                ("change", "remove"),
            ],
        )
        .await;
    assert_eq!(
        share(&admin, "BW001", &problem, council, "stop-sharing").await,
        path,
        "{kind}"
    );
    assert_eq!(shares(&app).await, 0, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_disables_a_partners_account_and_their_access_ends_at_once(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "neighbourhood:BW001").await;
    let housing = register(&admin, "Midland Heart", "neighbourhood:BW001").await;
    let dana = partner_person(&app, &admin, council, "dana@birmingham.example.gov.uk").await;
    let dana_id = staff_account::Entity::find()
        .filter(staff_account::Column::Email.eq("dana@birmingham.example.gov.uk"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let change = |organisation: i32, change: &'static str| {
        let admin = &admin;
        async move {
            admin
                .post_form(
                    "/fn/staff/partners/people",
                    &[
                        ("organisation_id", organisation.to_string().as_str()),
                        ("account_id", dana_id.to_string().as_str()),
                        ("change", change),
                    ],
                )
                .await
        }
    };
    // Named under another organisation, the account is not found there, and stays as it was.
    assert_eq!(change(housing, "disable").await.status(), 404, "{kind}");
    assert_eq!(dana.get("/partner").await.status(), 200, "{kind}");

    let disabled = change(council, "disable").await;
    assert_eq!(
        location(&disabled),
        format!("/staff/partners/{council}"),
        "{kind}"
    );
    let (_, page) = admin.html(&format!("/staff/partners/{council}")).await;
    assert!(page.contains("has been disabled"), "{kind}: {page}");
    // Their session ends with it: they are sent to sign in again, and cannot.
    assert_eq!(
        location(&dana.get("/partner").await),
        "/staff/sign-in",
        "{kind}"
    );
    let again = app
        .new_browser()
        .post_form(
            "/fn/staff/sign-in",
            &[
                ("email", "dana@birmingham.example.gov.uk"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&again), "/staff/sign-in", "{kind}");
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("staff_account.disable"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partners_action_is_credited_to_their_organisation_on_the_published_problem(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "lpa:birmingham").await;
    let dana = partner_person(&app, &admin, council, "dana@birmingham.example.gov.uk").await;
    let reference = problem_in(&app, "BW001").await;
    share(&admin, "BW001", &reference, council, "share").await;
    let shared = format!("/partner/problems/{reference}");
    let on = app::domain::schedule::uk_local(app.clock.now()).date();
    let (day, month, year) = (
        on.day().to_string(),
        on.month().to_string(),
        on.year().to_string(),
    );
    // What is missing is said, and nothing is added.
    let missing = dana
        .post_form(
            "/fn/partner/problems/action",
            &[
                ("reference", reference.as_str()),
                ("description", ""),
                ("owner", "Dana Whitfield"),
                ("partner", ""),
                ("on_day", day.as_str()),
                ("on_month", month.as_str()),
                ("on_year", year.as_str()),
            ],
        )
        .await;
    assert_eq!(location(&missing), shared, "{kind}");
    assert_eq!(
        problem_action::Entity::find().count(&app.db).await.unwrap(),
        0,
        "{kind}"
    );
    let added = dana
        .post_form(
            "/fn/partner/problems/action",
            &[
                ("reference", reference.as_str()),
                (
                    "description",
                    "Cleared the alleyway and fitted a lockable gate",
                ),
                ("owner", "Dana Whitfield"),
                // A partner cannot credit another organisation: the name is theirs.
                ("partner", "Somebody Else Ltd"),
                ("on_day", day.as_str()),
                ("on_month", month.as_str()),
                ("on_year", year.as_str()),
            ],
        )
        .await;
    assert_eq!(location(&added), shared, "{kind}");
    let action = problem_action::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(action.partner, "Birmingham City Council", "{kind}");
    assert_eq!(action.partner_organisation_id, Some(council), "{kind}");
    let dana_id = staff_account::Entity::find()
        .filter(staff_account::Column::Email.eq("dana@birmingham.example.gov.uk"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(action.created_by, Some(dana_id), "{kind}");
    let found = problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.stage, problem::SaraStage::Response, "{kind}");

    // The team sees it credited, and residents do once the team publishes the problem.
    let team_page = format!("/staff/neighbourhoods/BW001/problems/{reference}");
    let (_, page) = admin.html(&team_page).await;
    assert!(page.contains("Cleared the alleyway"), "{kind}");
    admin
        .post_form(
            "/fn/staff/problems/publish",
            &[
                ("code", "BW001"),
                ("reference", reference.as_str()),
                ("publishing", "publish"),
                ("summary", "Rubbish dumped in the alley behind the shops."),
            ],
        )
        .await;
    let (_, public) = app.new_browser().html("/neighbourhoods/BW001").await;
    assert!(
        public.contains("Working on it with Birmingham City Council."),
        "{kind}: {public}"
    );
    // The Guarantee's figures count it as a problem worked with partners.
    let (_, figures) = app
        .new_browser()
        .html("/neighbourhoods/BW001/how-we-are-doing")
        .await;
    assert!(
        figures.contains("Working with partners") && figures.contains("1 problem<"),
        "{kind}: {figures}"
    );

    // The open data gives the same as counts, and nothing else.
    let counts: serde_json::Value = app
        .get("/api/west-midlands/BW001/partners")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        counts,
        serde_json::json!({"organisations": 1, "problems-shared": 1, "problems-worked": 1}),
        "{kind}"
    );

    // A partner's later action never takes a problem back from Assessment.
    let mut assessed: problem::ActiveModel = found.into();
    assessed.stage = sea_orm::ActiveValue::Set(problem::SaraStage::Assessment);
    sea_orm::ActiveModelTrait::update(assessed, &app.db)
        .await
        .unwrap();
    dana.post_form(
        "/fn/partner/problems/action",
        &[
            ("reference", reference.as_str()),
            ("description", "Checked the gate is still locked"),
            ("owner", "Dana Whitfield"),
            ("on_day", day.as_str()),
            ("on_month", month.as_str()),
            ("on_year", year.as_str()),
        ],
    )
    .await;
    let found = problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.stage, problem::SaraStage::Assessment, "{kind}");
    assert_eq!(
        problem_action::Entity::find().count(&app.db).await.unwrap(),
        2,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registration_says_what_is_wrong_and_changes_nothing(kind: Database) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let count = || async {
        entity::partner_organisation::Entity::find()
            .count(&app.db)
            .await
            .unwrap()
    };
    for (fields, message) in [
        (
            [
                ("name", ""),
                ("kind", "council"),
                ("area", "neighbourhood:BW001"),
            ],
            "Enter the organisation",
        ),
        (
            [
                ("name", "Council"),
                ("kind", "mayor"),
                ("area", "neighbourhood:BW001"),
            ],
            "Choose what kind of organisation it is",
        ),
        (
            [
                ("name", "Council"),
                ("kind", "council"),
                ("area", "neighbourhood:ZZ999"),
            ],
            "Choose an area from the list",
        ),
    ] {
        let response = admin
            .post_form("/fn/staff/partners/register", &fields)
            .await;
        assert_eq!(location(&response), "/staff/partners", "{kind}");
        let (_, page) = admin.html("/staff/partners").await;
        assert!(page.contains(message), "{kind}: {message}: {page}");
    }
    assert_eq!(count().await, 0, "{kind}");
    register(&admin, "Birmingham City Council", "neighbourhood:BW001").await;
    let again = admin
        .post_form(
            "/fn/staff/partners/register",
            // Another name only in its capitals: residents could not tell the two apart.
            &[
                ("name", "birmingham city COUNCIL"),
                ("kind", "council"),
                ("area", "neighbourhood:BW003"),
            ],
        )
        .await;
    assert_eq!(location(&again), "/staff/partners", "{kind}");
    assert_eq!(count().await, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_problem_shared_from_two_instances_at_once_is_shared_once(kind: Database) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "neighbourhood:BW001").await;
    let problem = problem_in(&app, "BW001").await;
    // The same administrator's browser, its requests answered by a second instance.
    let other_admin = admin.another_instance().await;
    let (one, two) = tokio::join!(
        share(&admin, "BW001", &problem, council, "share"),
        share(&other_admin, "BW001", &problem, council, "share"),
    );
    assert_eq!(one, two, "{kind}");
    assert_eq!(shares(&app).await, 1, "{kind}");
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("partner.share_problem"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1, "{kind}: the one that shared it, once");
}

async fn assess(partner: &TestApp, reference: &str, worked: &str) -> reqwest::Response {
    partner
        .post_form(
            "/fn/partner/problems/assessment",
            &[
                ("reference", reference),
                ("worked", worked),
                ("measure", "Our caretakers' logs"),
            ],
        )
        .await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partner_assesses_a_shared_problem_once_for_its_organisation_and_the_team_reads_it(
    kind: Database,
) {
    use entity::partner_assessment;
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "neighbourhood:BW001").await;
    let housing = register(&admin, "Midland Heart", "neighbourhood:BW001").await;
    let dana = partner_person(&app, &admin, council, "dana@birmingham.example.gov.uk").await;
    let lee = partner_person(&app, &admin, housing, "lee@midlandheart.example.org").await;
    let alley = problem_in(&app, "BW001").await;
    share(&admin, "BW001", &alley, council, "share").await;
    let theirs = format!("/partner/problems/{alley}");
    let written = || partner_assessment::Entity::find().all(&app.db);

    // Nothing to say is refused, and writes nothing; another organisation may not assess it.
    assert_eq!(
        location(&assess(&dana, &alley, "  ").await),
        theirs,
        "{kind}"
    );
    let (_, page) = dana.html(&theirs).await;
    assert!(
        page.contains("Enter whether your organisation&#x27;s work made a difference")
            || page.contains("Enter whether your organisation's work made a difference"),
        "{kind}"
    );
    assert_eq!(
        assess(&lee, &alley, "Not ours.").await.status(),
        403,
        "{kind}"
    );
    assert!(written().await.unwrap().is_empty(), "{kind}");

    // Written, then written again as they learn more: one assessment, the latest.
    assess(
        &dana,
        &alley,
        "Fly-tipping reports fell after the gate went in.",
    )
    .await;
    assess(
        &dana,
        &alley,
        "Reports fell by half in the month after the gate went in.",
    )
    .await;
    let rows = written().await.unwrap();
    assert_eq!(rows.len(), 1, "{kind}");
    assert_eq!(rows[0].organisation_id, council, "{kind}");
    assert_eq!(
        rows[0].worked, "Reports fell by half in the month after the gate went in.",
        "{kind}"
    );
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("partner.assess"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 2, "{kind}");

    // The team reads it credited to the organisation; the partner sees it on its page.
    let (_, team) = admin
        .html(&format!("/staff/neighbourhoods/BW001/problems/{alley}"))
        .await;
    assert!(
        team.contains("What partners found")
            && team.contains("Birmingham City Council")
            && team.contains("Reports fell by half"),
        "{kind}"
    );
    assert!(
        dana.html(&theirs).await.1.contains("Reports fell by half"),
        "{kind}"
    );

    // Once the team stops sharing it, the organisation's assessment can no longer be written.
    share(&admin, "BW001", &alley, council, "stop-sharing").await;
    assert_eq!(
        assess(&dana, &alley, "More to say.").await.status(),
        403,
        "{kind}"
    );
    assert_eq!(written().await.unwrap()[0].worked, rows[0].worked, "{kind}");
}

/// A partner organisation working in the neighbourhood `code`, made directly: its id.
pub(crate) async fn organisation_in(app: &TestApp, name: &str, code: &str) -> i32 {
    use entity::{partner_area, partner_organisation};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let organisation = partner_organisation::ActiveModel {
        name: Set(name.into()),
        kind: Set(partner_organisation::PartnerKind::Council),
        created_at: Set(app.clock.now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    partner_area::ActiveModel {
        organisation_id: Set(organisation.id),
        neighbourhood_id: Set(crate::staff_accounts::neighbourhood_id(app, code).await),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    organisation.id
}

/// An account for one of `organisation`'s people, made directly with the tests' password.
pub(crate) async fn create_partner(app: &TestApp, email: &str, organisation: i32) -> i32 {
    use app::domain::email_address::EmailAddress;
    use app::services::staff::{self, CreateStaff, FirstPassword, NewStaff};
    let new = NewStaff {
        email: EmailAddress::parse(email).unwrap(),
        name: format!("Partner {email}"),
        role: Role::Partner,
        first_password: FirstPassword::Given(PASSWORD.into()),
        neighbourhood_ids: Vec::new(),
        partner_organisation_id: Some(organisation),
    };
    match staff::create_by_operator(&app.db, &app.clock, new)
        .await
        .unwrap()
    {
        CreateStaff::Created { id } => id,
        CreateStaff::EmailTaken => panic!("{email} is taken"),
    }
}

/// Shares the problem `reference` with `organisation`, directly.
pub(crate) async fn share_with(app: &TestApp, reference: &str, organisation: i32) {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let problem = problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    problem_share::ActiveModel {
        problem_id: Set(problem.id),
        organisation_id: Set(organisation),
        shared_at: Set(app.clock.now()),
        shared_by: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Passes the concern `reference` to `organisation`, directly, the resident not yet asked.
pub(crate) async fn refer_to(app: &TestApp, reference: &str, organisation: i32) {
    use entity::concern_referral;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    concern_referral::ActiveModel {
        concern_id: Set(crate::concerns::stored(app, reference).await.id),
        organisation_id: Set(organisation),
        referred_at: Set(app.clock.now()),
        referred_by: Set(None),
        contact_consent: Set(concern_referral::ContactConsent::Asked),
        consent_at: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}
