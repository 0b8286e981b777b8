//! Staff sign-in holds: a password alone never gets past the second factor, the role's rule
//! holds for the whole session, passwords are changed and reset safely, sessions end when they
//! should, and the limits hold under concurrent requests on two instances.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::staff_accounts::{PASSWORD, code_for, create_staff, sign_in_staff, sign_in_with_code};
use app::domain::staff::Role;
use entity::{audit_entry, outbox_message, staff_account};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use tokio::task::JoinSet;

const ADMIN: &str = "admin@police.example.uk";
const PCSO: &str = "pcso@police.example.uk";

async fn account(app: &TestApp, email: &str) -> staff_account::Model {
    staff_account::Entity::find()
        .filter(staff_account::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn emails_to(app: &TestApp, email: &str) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Recipient.eq(email))
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn password_step(app: &TestApp, email: &str, password: &str) -> String {
    let response = app
        .post_form(
            "/fn/staff/sign-in",
            &[("email", email), ("password", password)],
        )
        .await;
    location(&response).to_string()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_alone_cannot_set_up_a_new_second_factor_or_reach_the_staff_pages(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let owner_secret = sign_in_staff(&app, ADMIN).await.unwrap();
    let before = account(&app, ADMIN).await;

    // The attacker knows only the password.
    let attacker = app.new_browser();
    assert_eq!(
        password_step(&attacker, ADMIN, PASSWORD).await,
        "/staff/sign-in/code",
        "{kind}"
    );
    let set_up = attacker.get("/staff/two-factor").await;
    assert_eq!(
        location(&set_up),
        "/staff/sign-in/code",
        "{kind}: no new secret is shown"
    );
    let confirm = attacker
        .post_form("/fn/staff/two-factor", &[("code", "123456")])
        .await;
    assert_ne!(location(&confirm), "/staff", "{kind}");
    assert_eq!(
        location(&attacker.get("/staff").await),
        "/staff/sign-in",
        "{kind}"
    );
    let after = account(&app, ADMIN).await;
    assert_eq!(
        after.totp_secret, before.totp_secret,
        "{kind}: the factor is unchanged"
    );

    // The owner's authenticator still works.
    let owner = app.new_browser();
    sign_in_with_code(&owner, ADMIN, &owner_secret).await;
    assert_eq!(owner.get("/staff").await.status(), 200, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_made_an_administrator_can_do_nothing_but_set_up_a_second_factor(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let pcso_id = create_staff(&app, PCSO, Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, ADMIN).await;
    let pcso = app.new_browser();
    assert_eq!(
        sign_in_staff(&pcso, PCSO).await,
        None,
        "no factor needed yet"
    );
    assert_eq!(pcso.get("/staff").await.status(), 200);

    let promoted = app
        .post_form(
            "/fn/staff/accounts/change",
            &[
                ("account_id", &pcso_id.to_string()),
                ("change", "set-role"),
                ("role", "administrator"),
            ],
        )
        .await;
    assert_eq!(location(&promoted), "/staff/accounts", "{kind}");

    assert_eq!(
        location(&pcso.get("/staff").await),
        "/staff/two-factor",
        "{kind}"
    );
    assert_eq!(
        location(&pcso.get("/staff/accounts").await),
        "/staff/two-factor",
        "{kind}"
    );
    let refused = pcso
        .post_form(
            "/fn/staff/neighbourhood/team/add",
            &[
                ("code", "BW003"),
                ("name", "A Person"),
                ("rank", "PC"),
                ("bio", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403, "{kind}");

    let (status, page) = pcso.html("/staff/two-factor").await;
    assert_eq!(status, 200, "{kind}");
    let (_, qr) = page
        .split_once(r#"class="qr-code"><svg"#)
        .unwrap_or_else(|| panic!("a QR code of the key: {page}"));
    assert!(
        qr.split("</svg>").next().unwrap().contains("<path"),
        "{kind}"
    );
    let secret = page
        .split("data-secret=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let code = code_for(&pcso, &secret, PCSO);
    let done = pcso
        .post_form("/fn/staff/two-factor", &[("code", &code)])
        .await;
    assert_eq!(location(&done), "/staff", "{kind}");
    assert_eq!(pcso.get("/staff/accounts").await.status(), 200, "{kind}");
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("staff_account.second_factor_on"))
        .filter(audit_entry::Column::StaffAccountId.eq(pcso_id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        audited, 1,
        "{kind}: the member, not the administrator, did it"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changing_a_password_needs_the_current_one_and_ends_every_other_session(kind: Database) {
    const NEW: &str = "harbour lantern picnic 7";
    let app = spawn_app(kind).await;
    let pcso_id = create_staff(&app, PCSO, Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, PCSO).await;
    let elsewhere = app.new_browser();
    sign_in_staff(&elsewhere, PCSO).await;

    let change = |current: &'static str, new: &'static str| {
        let app = &app;
        async move {
            app.post_form(
                "/fn/staff/account/password",
                &[("current_password", current), ("new_password", new)],
            )
            .await
        }
    };
    change("not my password", NEW).await;
    let (_, page) = app.html("/staff/account").await;
    assert!(
        page.contains("Your current password is not right"),
        "{kind}: {page}"
    );
    change(PASSWORD, "password1234").await;
    let (_, page) = app.html("/staff/account").await;
    assert!(page.contains("too common"), "{kind}");
    assert_eq!(
        elsewhere.get("/staff").await.status(),
        200,
        "{kind}: nothing changed yet"
    );

    change(PASSWORD, NEW).await;
    let (_, page) = app.html("/staff/account").await;
    assert!(
        page.contains("Your password has been changed"),
        "{kind}: {page}"
    );
    assert_eq!(
        app.get("/staff").await.status(),
        200,
        "{kind}: this session carries on"
    );
    assert_eq!(
        location(&elsewhere.get("/staff").await),
        "/staff/sign-in",
        "{kind}: the other session ended"
    );
    let someone = app.new_browser();
    assert_eq!(
        password_step(&someone, PCSO, PASSWORD).await,
        "/staff/sign-in",
        "{kind}"
    );
    assert_eq!(password_step(&someone, PCSO, NEW).await, "/staff", "{kind}");

    let notices = emails_to(&app, PCSO).await;
    assert!(
        notices.iter().any(|m| m
            .text_body
            .contains("The password of your staff account was changed")
            && m.text_body.contains("If this was not you")),
        "{kind}"
    );
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("staff_account.password_changed"))
        .filter(audit_entry::Column::StaffAccountId.eq(pcso_id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_by_an_emailed_link_and_a_current_code(kind: Database) {
    const NEW: &str = "harbour lantern picnic 7";
    let app = spawn_app(kind).await;
    create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let secret = sign_in_staff(&app, ADMIN).await.unwrap();
    let browser = app.new_browser();

    let asked = browser
        .post_form(
            "/fn/staff/forgot-password",
            &[("email", " Admin@Police.example.uk ")],
        )
        .await;
    assert_eq!(location(&asked), "/staff/forgot-password", "{kind}");
    let (_, page) = browser.html("/staff/forgot-password").await;
    assert!(page.contains("we have emailed it a link"), "{kind}");
    // The answer for an address with no account is the same, and nothing is sent.
    browser
        .post_form(
            "/fn/staff/forgot-password",
            &[("email", "nobody@police.example.uk")],
        )
        .await;
    let (_, other) = browser.html("/staff/forgot-password").await;
    assert!(other.contains("we have emailed it a link"), "{kind}");
    assert!(emails_to(&app, "nobody@police.example.uk").await.is_empty());

    let token = app.token_emailed_to(ADMIN, "/staff/reset-password").await;
    let path = format!("/staff/reset-password?token={token}");
    let (status, page) = browser.html(&path).await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        page.contains("Security code"),
        "{kind}: the account has a factor"
    );

    let wrong = browser
        .post_form(
            "/fn/staff/reset-password",
            &[("token", &token), ("password", NEW), ("code", "000000")],
        )
        .await;
    assert_eq!(location(&wrong), path, "{kind}");
    assert_eq!(
        password_step(&app.new_browser(), ADMIN, NEW).await,
        "/staff/sign-in"
    );

    app.clock.advance(30);
    let code = code_for(&app, &secret, ADMIN);
    let reset = browser
        .post_form(
            "/fn/staff/reset-password",
            &[("token", &token), ("password", NEW), ("code", &code)],
        )
        .await;
    assert_eq!(location(&reset), "/staff/sign-in", "{kind}");
    assert_eq!(
        location(&app.get("/staff").await),
        "/staff/sign-in",
        "{kind}: the old session ended"
    );
    assert_eq!(
        password_step(&app.new_browser(), ADMIN, NEW).await,
        "/staff/sign-in/code",
        "{kind}"
    );
    // A link works once.
    let again = browser
        .post_form(
            "/fn/staff/reset-password",
            &[
                ("token", &token),
                ("password", "another long phrase 9"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(location(&again), "/staff/forgot-password", "{kind}");
    let (_, page) = browser.html("/staff/forgot-password").await;
    assert!(page.contains("already been used"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_can_force_a_new_password_but_never_chooses_it(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let pcso_id = create_staff(&app, PCSO, Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, ADMIN).await;
    let pcso = app.new_browser();
    sign_in_staff(&pcso, PCSO).await;

    let forced = app
        .post_form(
            "/fn/staff/accounts/change",
            &[
                ("account_id", &pcso_id.to_string()),
                ("change", "force-password-reset"),
            ],
        )
        .await;
    assert_eq!(location(&forced), "/staff/accounts", "{kind}");
    assert_eq!(
        location(&pcso.get("/staff").await),
        "/staff/sign-in",
        "{kind}"
    );
    assert_eq!(
        password_step(&app.new_browser(), PCSO, PASSWORD).await,
        "/staff/sign-in",
        "{kind}: the old password no longer works"
    );
    let token = app.token_emailed_to(PCSO, "/staff/reset-password").await;
    pcso.post_form(
        "/fn/staff/reset-password",
        &[("token", &token), ("password", "harbour lantern picnic 7")],
    )
    .await;
    assert_eq!(
        password_step(&pcso, PCSO, "harbour lantern picnic 7").await,
        "/staff",
        "{kind}"
    );
    let entry = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("staff_account.password_reset_forced"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(entry.actor.contains(ADMIN), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moving_the_second_factor_needs_a_code_from_the_old_app(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let old = sign_in_staff(&app, ADMIN).await.unwrap();
    let (_, page) = app.html("/staff/account").await;
    let new = page
        .split("data-secret=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    assert_ne!(new, old);
    app.clock.advance(30);
    let new_code = code_for(&app, &new, ADMIN);
    app.post_form(
        "/fn/staff/account/second-factor",
        &[("current_code", "000000"), ("new_code", &new_code)],
    )
    .await;
    assert_eq!(
        account(&app, ADMIN).await.totp_secret.as_deref(),
        Some(old.as_str())
    );
    let old_code = code_for(&app, &old, ADMIN);
    app.post_form(
        "/fn/staff/account/second-factor",
        &[("current_code", &old_code), ("new_code", &new_code)],
    )
    .await;
    let (_, page) = app.html("/staff/account").await;
    assert!(
        page.contains("Your second factor has moved to the new app"),
        "{kind}: {page}"
    );
    assert_eq!(
        account(&app, ADMIN).await.totp_secret.as_deref(),
        Some(new.as_str())
    );
    let browser = app.new_browser();
    sign_in_with_code(&browser, ADMIN, &new).await;
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_everywhere_ends_every_session_of_the_member(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, PCSO, Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, PCSO).await;
    let other = app.new_browser();
    sign_in_staff(&other, PCSO).await;
    let out = app
        .post_form("/fn/staff/account/sign-out-everywhere", &[])
        .await;
    assert_eq!(location(&out), "/staff/sign-in", "{kind}");
    for browser in [&app, &other] {
        assert_eq!(
            location(&browser.get("/staff").await),
            "/staff/sign-in",
            "{kind}"
        );
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_staff_sign_in_ends_after_thirty_idle_minutes_while_activity_keeps_it(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, PCSO, Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, PCSO).await;
    for _ in 0..3 {
        app.clock.advance(20 * 60);
        assert_eq!(
            app.get("/staff").await.status(),
            200,
            "{kind}: still active"
        );
    }
    app.clock.advance(31 * 60);
    assert_eq!(
        location(&app.get("/staff").await),
        "/staff/sign-in",
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_simultaneous_wrong_passwords_reach_the_password_check_only_five_times(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, PCSO, Role::TeamMember, &["BW003"]).await;
    let second = app.another_instance().await;
    let mut guesses = JoinSet::new();
    for i in 0..50 {
        let browser = if i % 2 == 0 {
            app.new_browser()
        } else {
            second.new_browser()
        };
        guesses.spawn(async move {
            browser
                .post_form(
                    "/fn/staff/sign-in",
                    &[("email", PCSO), ("password", "a wrong guess")],
                )
                .await;
            browser.html("/staff/sign-in").await.1
        });
    }
    let (mut checked, mut refused) = (0, 0);
    while let Some(page) = guesses.join_next().await {
        let page = page.unwrap();
        if page.contains("The email address or password is not right") {
            checked += 1;
        } else if page.contains("Too many attempts to sign in") {
            refused += 1;
        }
    }
    assert_eq!((checked, refused), (5, 45), "{kind}");
    // The right password waits too, from this computer.
    assert_eq!(
        password_step(&app.new_browser(), PCSO, PASSWORD).await,
        "/staff/sign-in"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_administrators_demoting_each_other_at_once_leave_one_administrator(kind: Database) {
    let app = spawn_app(kind).await;
    let first = create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let second_admin = "admin2@police.example.uk";
    let second = create_staff(&app, second_admin, Role::Administrator, &[]).await;
    sign_in_staff(&app, ADMIN).await;
    let other = app.another_instance().await.new_browser();
    sign_in_staff(&other, second_admin).await;

    let (a, b) = tokio::join!(demote(&app, second), demote(&other, first));
    // Whoever is demoted first may already be refused at the door (403) rather than told that
    // the force must keep an administrator (302): either way, they demote nobody.
    for status in [a, b] {
        assert!(status == 302 || status == 403, "{kind}: answered {status}");
    }
    assert!(a == 302 || b == 302, "{kind}: one demotion went ahead");
    let administrators = staff_account::Entity::find()
        .filter(staff_account::Column::Role.eq("administrator"))
        .filter(staff_account::Column::Disabled.eq(false))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(administrators, 1, "{kind}: exactly one demotion happened");
}

async fn demote(browser: &TestApp, id: i32) -> u16 {
    browser
        .post_form(
            "/fn/staff/accounts/change",
            &[
                ("account_id", &id.to_string()),
                ("change", "set-role"),
                ("role", "moderator"),
            ],
        )
        .await
        .status()
        .as_u16()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_page_of_any_sign_in_step_may_be_kept_by_a_browser_or_proxy(kind: Database) {
    let app = spawn_app(kind).await;
    let no_store = |response: &reqwest::Response| {
        response
            .headers()
            .get("cache-control")
            .and_then(|value| value.to_str().ok())
            .map(str::to_string)
    };
    let visitor = app.new_browser();
    for path in [
        "/sign-in",
        "/sign-in/check-email",
        "/sign-in/confirm?token=anything",
        "/staff/sign-in",
        "/staff/forgot-password",
        "/staff/reset-password?token=anything",
        "/bookings/cancel?token=anything",
        "/groups/invitations/accept?token=anything",
    ] {
        let response = visitor.get(path).await;
        assert_eq!(
            no_store(&response).as_deref(),
            Some("no-store"),
            "{kind} {path}"
        );
    }

    // After the password, before the second factor: the page shows the authenticator's secret.
    create_staff(&app, ADMIN, Role::Administrator, &[]).await;
    let officer = app.new_browser();
    assert_eq!(
        password_step(&officer, ADMIN, PASSWORD).await,
        "/staff/two-factor",
        "{kind}"
    );
    let set_up = officer.get("/staff/two-factor").await;
    assert_eq!(set_up.status(), 200, "{kind}");
    assert_eq!(no_store(&set_up).as_deref(), Some("no-store"), "{kind}");
    // Half signed in: the header offers neither the residents' sign-in nor the staff pages,
    // only signing out.
    let page = set_up.text().await.unwrap();
    let header = page.split("</header>").next().unwrap();
    assert!(
        !header.contains(r#"href="/sign-in""#)
            && !header.contains("Staff dashboard")
            && header.contains("Sign out"),
        "{kind}: {header}"
    );

    // What anyone without a session sees may still be kept.
    assert_eq!(no_store(&app.new_browser().get("/").await), None, "{kind}");
}
