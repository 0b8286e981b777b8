//! Staff sign in with a password and TOTP code; every staff page and server function answers
//! only those it should (the authorisation matrix); cross-site posts are refused.

use crate::helpers::{TestApp, database_kinds, location, spawn_app};
use app::domain::email_address::EmailAddress;
use app::domain::staff::Role;
use app::services::staff::{self, CreateStaff, NewStaff};
use app::services::staff_auth;
use entity::{audit_entry, neighbourhood, outbox_message, team_member};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const PASSWORD: &str = "library surgery kettle 42";

/// Creates a staff account directly, as `server create-admin` does.
async fn create_staff(app: &TestApp, email: &str, role: Role, neighbourhood_codes: &[&str]) -> i32 {
    let mut ids = Vec::new();
    for code in neighbourhood_codes {
        ids.push(neighbourhood_id(app, code).await);
    }
    let new = NewStaff {
        email: EmailAddress::parse(email).unwrap(),
        name: format!("{role:?} {email}"),
        role,
        password: PASSWORD.into(),
        neighbourhood_ids: ids,
    };
    match staff::create(&app.db, &app.clock, None, new, None)
        .await
        .unwrap()
    {
        CreateStaff::Created { id } => id,
        CreateStaff::EmailTaken => panic!("{email} is taken"),
    }
}

async fn neighbourhood_id(app: &TestApp, code: &str) -> i32 {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq(code))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The current code for a secret, as the member's phone app shows it.
fn code_for(app: &TestApp, secret: &str, email: &str) -> String {
    staff_auth::totp(secret, email)
        .unwrap()
        .generate(app.clock.now() as u64)
        .to_string()
}

/// Signs `app.client` in as a member of staff; administrators set up their second factor
/// on the way (the returned secret).
async fn sign_in_staff(app: &TestApp, email: &str) -> Option<String> {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_sets_up_totp_then_signs_in_with_a_code_used_only_once() {
    for kind in database_kinds() {
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
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_are_limited_per_account_with_the_time_to_wait() {
    for kind in database_kinds() {
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
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_adds_a_team_member_who_appears_on_the_public_page_and_in_the_audit_log() {
    for kind in database_kinds() {
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
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_staff_account_with_a_common_password_is_refused_and_a_good_one_is_emailed() {
    for kind in database_kinds() {
        let app = spawn_app(kind).await;
        create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
        sign_in_staff(&app, "admin@police.example.uk").await;
        let edgbaston = neighbourhood_id(&app, "BW003").await.to_string();
        let fields = |password: &'static str| {
            [
                ("name", "Sam Patel"),
                ("email", "sam.patel@police.example.uk"),
                ("role", "team_member"),
                ("neighbourhood_id", ""),
                ("password", password),
            ]
        };
        let mut weak = fields("Password1234!");
        weak[3].1 = &edgbaston;
        app.post_form("/fn/staff/accounts/create", &weak).await;
        let (_, page) = app.html("/staff/accounts").await;
        assert!(page.contains("too common"), "{kind}: {page}");

        let mut good = fields(PASSWORD);
        good[3].1 = &edgbaston;
        app.post_form("/fn/staff/accounts/create", &good).await;
        let (_, page) = app.html("/staff/accounts").await;
        assert!(
            page.contains("An account has been made for Sam Patel"),
            "{page}"
        );
        let emailed = outbox_message::Entity::find()
            .filter(outbox_message::Column::Recipient.eq("sam.patel@police.example.uk"))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(emailed, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_from_another_site_is_refused_and_changes_nothing() {
    for kind in database_kinds() {
        let app = spawn_app(kind).await;
        for origin in [Some("https://evil.example"), None] {
            let mut request = app
                .client
                .post(format!("{}/fn/sign-in/link", app.address))
                .form(&[("email", "victim@example.org"), ("display_name", "")]);
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
}

/// Who is asking, in the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Resident,
    /// A team member of City Centre (BW001), not Edgbaston (BW003).
    OtherTeamMember,
    Moderator,
    Administrator,
}

/// A request in the matrix: its path, its form fields, and who may make it.
type Case<Fields> = (&'static str, Fields, &'static [Who]);

async fn client_as(app: &TestApp, who: Who) -> TestApp {
    let browser = app.new_browser();
    match who {
        Who::Anonymous => {}
        Who::Resident => {
            browser
                .post_form(
                    "/fn/sign-in/link",
                    &[("email", "resident@example.org"), ("display_name", "")],
                )
                .await;
            let message = outbox_message::Entity::find()
                .filter(outbox_message::Column::Recipient.eq("resident@example.org"))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            let link = crate::mail::link_starting(
                &message.text_body,
                &format!("{}/sign-in/confirm?token=", app.address),
            );
            let token = link.rsplit_once('=').unwrap().1.to_string();
            browser
                .post_form("/fn/sign-in/confirm", &[("token", &token)])
                .await;
        }
        Who::OtherTeamMember => {
            sign_in_staff(&browser, "city@police.example.uk").await;
        }
        Who::Moderator => {
            sign_in_staff(&browser, "moderator@police.example.uk").await;
        }
        Who::Administrator => {
            sign_in_staff(&browser, "admin@police.example.uk").await;
        }
    }
    browser
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_staff_page_and_action_answers_only_those_allowed() {
    use Who::*;
    for kind in database_kinds() {
        let app = spawn_app(kind).await;
        create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
        create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
        create_staff(&app, "moderator@police.example.uk", Role::Moderator, &[]).await;
        let target = create_staff(
            &app,
            "target@police.example.uk",
            Role::TeamMember,
            &["BW001"],
        )
        .await
        .to_string();
        let lpa = entity::local_policing_area::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();

        // Pages: 200 to those allowed, 403 to other staff, and a redirect to staff sign-in for
        // everyone else.
        let pages: [(&str, &[Who]); 6] = [
            ("/staff", &[OtherTeamMember, Moderator, Administrator]),
            ("/staff/neighbourhoods/BW003", &[Administrator]),
            (
                "/staff/neighbourhoods/BW001",
                &[OtherTeamMember, Administrator],
            ),
            ("/staff/accounts", &[Administrator]),
            ("/staff/areas", &[Administrator]),
            ("/staff/audit", &[Administrator]),
        ];
        // Actions (server functions): allowed ones redirect back with feedback (302); staff who
        // may not get 403; anyone not signed in as staff gets 401.
        let actions: Vec<Case<Vec<(&str, String)>>> = vec![
            (
                "/fn/staff/neighbourhood/details",
                vec![
                    ("code", "BW003".into()),
                    ("description", "Edgbaston".into()),
                    ("contact_email", "".into()),
                    ("contact_telephone", "".into()),
                ],
                &[Administrator],
            ),
            (
                "/fn/staff/neighbourhood/team/add",
                vec![
                    ("code", "BW003".into()),
                    ("name", "A Person".into()),
                    ("rank", "PC".into()),
                    ("bio", "".into()),
                ],
                &[Administrator],
            ),
            (
                "/fn/staff/neighbourhood/team/add",
                vec![
                    ("code", "BW001".into()),
                    ("name", "A Person".into()),
                    ("rank", "PC".into()),
                    ("bio", "".into()),
                ],
                &[OtherTeamMember, Administrator],
            ),
            (
                "/fn/staff/accounts/create",
                vec![
                    ("name", "New Person".into()),
                    ("email", "new@police.example.uk".into()),
                    ("role", "moderator".into()),
                    ("password", PASSWORD.into()),
                ],
                &[Administrator],
            ),
            (
                "/fn/staff/accounts/change",
                vec![("account_id", target.clone()), ("change", "disable".into())],
                &[Administrator],
            ),
            (
                "/fn/staff/areas/create",
                vec![
                    ("lpa_id", "".into()),
                    ("code", "NEWLPA".into()),
                    ("name", "New Area".into()),
                ],
                &[Administrator],
            ),
            (
                "/fn/staff/areas/rename",
                vec![("lpa_id", lpa.clone()), ("name", "Renamed Area".into())],
                &[Administrator],
            ),
        ];

        for who in [
            Anonymous,
            Resident,
            OtherTeamMember,
            Moderator,
            Administrator,
        ] {
            let as_who = client_as(&app, who).await;
            for (path, allowed) in &pages {
                let response = as_who.get(path).await;
                let status = response.status().as_u16();
                if allowed.contains(&who) {
                    assert_eq!(status, 200, "{kind}: {who:?} GET {path}");
                } else if matches!(who, Anonymous | Resident) {
                    assert_eq!(
                        (status, location(&response)),
                        (302, "/staff/sign-in"),
                        "{kind}: {who:?} GET {path}"
                    );
                } else {
                    assert_eq!(status, 403, "{kind}: {who:?} GET {path}");
                }
            }
            for (path, fields, allowed) in &actions {
                let fields: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let response = as_who.post_form(path, &fields).await;
                let status = response.status().as_u16();
                let expected = if allowed.contains(&who) {
                    302
                } else if matches!(who, Anonymous | Resident) {
                    401
                } else {
                    403
                };
                assert_eq!(status, expected, "{kind}: {who:?} POST {path}");
            }
        }
        // Only the administrator's changes happened.
        assert_eq!(
            audit_entry::Entity::find()
                .filter(audit_entry::Column::Action.eq("team_member.create"))
                .count(&app.db)
                .await
                .unwrap(),
            3,
            "{kind}"
        );
    }
}
