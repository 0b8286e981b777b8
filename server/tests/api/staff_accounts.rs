//! Staff sign in with a password and TOTP code; every staff page and server function answers
//! only those it should (the authorisation matrix); cross-site posts are refused.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use app::domain::email_address::EmailAddress;
use app::domain::staff::Role;
use app::services::staff::{self, CreateStaff, FirstPassword, NewStaff};
use app::services::staff_auth;
use entity::{audit_entry, neighbourhood, outbox_message, staff_account, team_member};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

pub const PASSWORD: &str = "library surgery kettle 42";

/// Creates a staff account directly, as `server create-admin` does.
pub async fn create_staff(
    app: &TestApp,
    email: &str,
    role: Role,
    neighbourhood_codes: &[&str],
) -> i32 {
    let mut ids = Vec::new();
    for code in neighbourhood_codes {
        ids.push(neighbourhood_id(app, code).await);
    }
    let new = NewStaff {
        email: EmailAddress::parse(email).unwrap(),
        name: format!("{role:?} {email}"),
        role,
        first_password: FirstPassword::Given(PASSWORD.into()),
        neighbourhood_ids: ids,
        partner_organisation_id: None,
    };
    match staff::create_by_operator(&app.db, &app.clock, new)
        .await
        .unwrap()
    {
        CreateStaff::Created { id } => id,
        CreateStaff::EmailTaken => panic!("{email} is taken"),
    }
}

pub async fn neighbourhood_id(app: &TestApp, code: &str) -> i32 {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq(code))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The current code for a secret, as the member's phone app shows it.
pub fn code_for(app: &TestApp, secret: &str, email: &str) -> String {
    staff_auth::totp(secret, email)
        .unwrap()
        .generate(app.clock.now() as u64)
        .to_string()
}

/// Signs `app.client` in as a member of staff; administrators set up their second factor
/// on the way (the returned secret).
pub async fn sign_in_staff(app: &TestApp, email: &str) -> Option<String> {
    let response = app
        .post_form(
            "/fn/staff/sign-in",
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
    match location(&response) {
        "/staff" => None,
        "/staff/two-factor" => {
            let (status, page) = app.html("/staff/two-factor").await;
            assert_eq!(status, 200);
            let secret = page
                .split("data-secret=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("the secret on the set-up page")
                .to_string();
            let code = code_for(app, &secret, email);
            let done = app
                .post_form("/fn/staff/two-factor", &[("code", &code)])
                .await;
            assert_eq!(location(&done), "/staff");
            Some(secret)
        }
        other => panic!("unexpected step after the password: {other}"),
    }
}

/// Signs a member with a second factor in: password, then the current code (the clock moves
/// on a step first, so a code used a moment ago is not the one given).
pub async fn sign_in_with_code(app: &TestApp, email: &str, secret: &str) {
    let step = app
        .post_form(
            "/fn/staff/sign-in",
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&step), "/staff/sign-in/code");
    app.clock.advance(30);
    let code = code_for(app, secret, email);
    let done = app
        .post_form("/fn/staff/sign-in/code", &[("code", &code)])
        .await;
    assert_eq!(location(&done), "/staff", "signing in {email} with a code");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_sets_up_totp_then_signs_in_with_a_code_used_only_once(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    let secret = sign_in_staff(&app, "admin@police.example.uk")
        .await
        .expect("administrators must set up TOTP");
    assert_eq!(app.get("/staff").await.status(), 200, "{kind}");
    app.post_form("/fn/sign-out", &[]).await;
    assert_eq!(location(&app.get("/staff").await), "/staff/sign-in");

    // Next time: password, then the code.
    app.clock.advance(30);
    let step = app
        .post_form(
            "/fn/staff/sign-in",
            &[("email", "admin@police.example.uk"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&step), "/staff/sign-in/code");
    assert_eq!(
        location(&app.get("/staff").await),
        "/staff/sign-in",
        "a password alone does not sign in"
    );
    let wrong = app
        .post_form("/fn/staff/sign-in/code", &[("code", "000000")])
        .await;
    assert_eq!(location(&wrong), "/staff/sign-in/code");
    let code = code_for(&app, &secret, "admin@police.example.uk");
    let right = app
        .post_form("/fn/staff/sign-in/code", &[("code", &code)])
        .await;
    assert_eq!(location(&right), "/staff", "{kind}");
    assert_eq!(app.get("/staff").await.status(), 200);

    // The same code cannot be replayed.
    app.post_form("/fn/sign-out", &[]).await;
    app.post_form(
        "/fn/staff/sign-in",
        &[("email", "admin@police.example.uk"), ("password", PASSWORD)],
    )
    .await;
    let replay = app
        .post_form("/fn/staff/sign-in/code", &[("code", &code)])
        .await;
    assert_eq!(location(&replay), "/staff/sign-in/code", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_are_limited_per_account_with_the_time_to_wait(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "pcso@police.example.uk", Role::TeamMember, &["BW003"]).await;
    for _ in 0..5 {
        app.post_form(
            "/fn/staff/sign-in",
            &[
                ("email", "pcso@police.example.uk"),
                ("password", "not the password"),
            ],
        )
        .await;
    }
    let (_, page) = app.html("/staff/sign-in").await;
    assert!(
        page.contains("The email address or password is not right"),
        "{page}"
    );
    // Even the right password waits now.
    let blocked = app
        .post_form(
            "/fn/staff/sign-in",
            &[("email", "pcso@police.example.uk"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&blocked), "/staff/sign-in", "{kind}");
    let (_, page) = app.html("/staff/sign-in").await;
    assert!(page.contains("Try again in 15 minutes"), "{page}");
    app.clock.advance(15 * 60 + 1);
    assert_eq!(sign_in_staff(&app, "pcso@police.example.uk").await, None);
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_adds_a_team_member_who_appears_on_the_public_page_and_in_the_audit_log(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    sign_in_staff(&app, "admin@police.example.uk").await;
    let added = app
        .post_form(
            "/fn/staff/neighbourhood/team/add",
            &[
                ("code", "BW003"),
                ("name", "Priya Kaur"),
                ("rank", "PCSO"),
                ("bio", ""),
                ("contact_officer", "yes"),
            ],
        )
        .await;
    assert_eq!(location(&added), "/staff/neighbourhoods/BW003", "{kind}");
    let (_, public) = app.html("/neighbourhoods/BW003").await;
    assert!(
        public.contains("Your named contact officer is <strong>PCSO Priya Kaur</strong>"),
        "{public}"
    );
    let contacts = team_member::Entity::find()
        .filter(team_member::Column::NeighbourhoodId.eq(neighbourhood_id(&app, "BW003").await))
        .filter(team_member::Column::IsContactOfficer.eq(true))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(contacts, 1, "one named contact officer");
    let entry = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("team_member.create"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the change is audited");
    assert!(entry.actor.contains("admin@police.example.uk"));
    assert!(entry.after.unwrap().contains("Priya Kaur"));
    let (_, log) = app.html("/staff/audit?topic=teams").await;
    assert!(
        log.contains(
            "Administrator admin@police.example.uk added PCSO Priya Kaur on the Edgbaston team"
        ),
        "{log}"
    );

    // Promoted, with a biography: the entry changes in place, keeping her contact officer.
    let priya = team_member::Entity::find()
        .filter(team_member::Column::Name.eq("Priya Kaur"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let edit_page = format!("/staff/neighbourhoods/BW003/team/{}", priya.id);
    let (_, manage) = app.html("/staff/neighbourhoods/BW003").await;
    assert!(manage.contains(&format!(r#"href="{edit_page}""#)), "{kind}");
    let (status, form) = app.html(&edit_page).await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        form.contains(r#"value="PCSO""#),
        "{kind}: the form starts as the entry is"
    );
    let member_id = priya.id.to_string();
    let edit = |rank: &'static str| {
        [
            ("code", "BW003"),
            ("member_id", member_id.as_str()),
            ("name", "Priya Kaur"),
            ("rank", rank),
            ("bio", "Priya grew up in Edgbaston."),
            ("contact_officer", "yes"),
        ]
    };
    let refused = app
        .post_form("/fn/staff/neighbourhood/team/edit", &edit(" "))
        .await;
    assert_eq!(location(&refused), edit_page, "{kind}");
    let (_, again) = app.html(&edit_page).await;
    assert!(
        again.contains("Priya grew up in Edgbaston."),
        "{kind}: kept what was typed"
    );
    let saved = app
        .post_form("/fn/staff/neighbourhood/team/edit", &edit("PC"))
        .await;
    assert_eq!(location(&saved), "/staff/neighbourhoods/BW003", "{kind}");
    let changed = team_member::Entity::find_by_id(priya.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            changed.rank.as_str(),
            changed.bio.as_str(),
            changed.is_contact_officer
        ),
        ("PC", "Priya grew up in Edgbaston.", true),
        "{kind}"
    );
    let (_, public) = app.html("/neighbourhoods/BW003").await;
    assert!(
        public.contains("Your named contact officer is <strong>PC Priya Kaur</strong>"),
        "{kind}"
    );

    // A missing name is a clear error and adds nobody.
    let before = team_member::Entity::find().count(&app.db).await.unwrap();
    app.post_form(
        "/fn/staff/neighbourhood/team/add",
        &[
            ("code", "BW003"),
            ("name", " "),
            ("rank", "PC"),
            ("bio", ""),
        ],
    )
    .await;
    let (_, page) = app.html("/staff/neighbourhoods/BW003").await;
    assert!(
        page.contains("Enter the team member&#x27;s name")
            || page.contains("Enter the team member's name"),
        "{page}"
    );
    assert_eq!(
        team_member::Entity::find().count(&app.db).await.unwrap(),
        before
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_member_of_staff_chooses_their_own_password_from_an_emailed_invitation(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    sign_in_staff(&app, "admin@police.example.uk").await;
    let edgbaston = neighbourhood_id(&app, "BW003").await.to_string();
    let invite = |name: &'static str, email: &'static str| {
        let edgbaston = edgbaston.clone();
        let app = &app;
        async move {
            app.submit(
                "/staff/accounts",
                "/fn/staff/accounts/create",
                &[
                    ("name", name),
                    ("email", email),
                    ("role", "team_member"),
                    ("neighbourhood_id", edgbaston.as_str()),
                ],
            )
            .await
        }
    };
    let sent = invite("Sam Patel", "sam.patel@police.example.uk").await;
    assert_eq!(location(&sent), "/staff/accounts", "{kind}");
    let (_, page) = app.html("/staff/accounts").await;
    assert!(
        page.contains("They have been emailed a link to choose their password"),
        "{kind}: {page}"
    );
    // No password works until Sam chooses one: the administrator never knew one.
    let sam = app.new_browser();
    let refused = sam
        .post_form(
            "/fn/staff/sign-in",
            &[
                ("email", "sam.patel@police.example.uk"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&refused), "/staff/sign-in", "{kind}");

    let token = app
        .token_emailed_to("sam.patel@police.example.uk", "/staff/reset-password")
        .await;
    let link = format!("/staff/reset-password?token={token}");
    let (status, choose) = sam.html(&link).await;
    assert_eq!(status, 200, "{kind}");
    assert!(choose.contains("Choose your password"), "{kind}");
    sam.post_form(
        "/fn/staff/reset-password",
        &[("token", token.as_str()), ("password", "Password1234!")],
    )
    .await;
    let (_, again) = sam.html(&link).await;
    assert!(again.contains("too common"), "{kind}: {again}");
    let chosen = sam
        .post_form(
            "/fn/staff/reset-password",
            &[("token", token.as_str()), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&chosen), "/staff/sign-in", "{kind}");
    assert_eq!(
        sign_in_staff(&sam, "sam.patel@police.example.uk").await,
        None
    );
    // The invitation works once.
    let used = sam.new_browser().get(&link).await;
    assert_eq!(location(&used), "/staff/forgot-password", "{kind}");

    // An invitation not taken up within its days stops working.
    invite("Jo Khan", "jo.khan@police.example.uk").await;
    let late = app
        .token_emailed_to("jo.khan@police.example.uk", "/staff/reset-password")
        .await;
    app.clock
        .advance(app::services::staff_auth::INVITATION_DAYS * 86_400 + 1);
    let expired = app
        .new_browser()
        .get(&format!("/staff/reset-password?token={late}"))
        .await;
    assert_eq!(location(&expired), "/staff/forgot-password", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_from_another_site_is_refused_and_changes_nothing(kind: Database) {
    let app = spawn_app(kind).await;
    for origin in [Some("https://evil.example"), None] {
        let mut request = app
            .client
            .post(format!("{}/fn/sign-in/link", app.address))
            .form(&[("email", "victim@example.org")]);
        if let Some(origin) = origin {
            request = request.header("Origin", origin);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 403, "{kind} {origin:?}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("sent from another website")
        );
    }
    assert_eq!(
        outbox_message::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_staff_account_gets_the_role_an_administrator_chooses_and_none_by_default(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    sign_in_staff(&app, "admin@police.example.uk").await;
    let sent = app
        .submit(
            "/staff/accounts",
            "/fn/staff/accounts/create",
            &[
                ("name", "Sam Patel"),
                ("email", "sam.patel@police.example.uk"),
            ],
        )
        .await;
    assert_eq!(location(&sent), "/staff/accounts", "{kind}");
    let (_, page) = app.html("/staff/accounts").await;
    assert!(page.contains("Choose a role"), "{kind}");
    assert!(page.contains("There is a problem"), "{kind}: {page}");
    assert_eq!(
        staff_account::Entity::find()
            .filter(staff_account::Column::Email.eq("sam.patel@police.example.uk"))
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "{kind}: nobody was made an administrator by default"
    );
}
