//! Community groups: registering and verifying, invitations by single-use link, the last
//! organiser, putting an issue forward that the team answers within the 72-hour clock,
//! following a priority and seeing every response on the dashboard, the weekly digest built
//! once per person and week across instances, the contact form, and download and erasure.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::staff_accounts::{create_staff, sign_in_staff};
use crate::surgeries::resident;
use app::domain::ids::ResidentId;
use app::domain::staff::Role;
use entity::community_group::{self, GroupStatus};
use entity::group_member::{self, MemberRole};
use entity::{alert_sent, concern, outbox_message};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// A team member of `code`, signed in on a browser of their own.
pub async fn team_member(app: &TestApp, code: &str) -> TestApp {
    let email = format!("team-{}@police.example.uk", code.to_lowercase());
    create_staff(app, &email, Role::TeamMember, &[code]).await;
    let team = app.new_browser();
    sign_in_staff(&team, &email).await;
    team
}

/// Registers a group working in BW003 through the form; returns its reference.
pub async fn register(browser: &TestApp, name: &str) -> String {
    let registered = browser
        .submit(
            "/groups/new",
            "/fn/groups/register",
            &[
                ("name", name),
                ("kind", "residents-association"),
                ("neighbourhood_1", "BW003"),
                (
                    "description",
                    "We meet monthly at the library.\nAll welcome.",
                ),
            ],
        )
        .await;
    let to = location(&registered).to_string();
    to.strip_prefix("/groups/")
        .unwrap_or_else(|| panic!("registered and sent to {to}"))
        .to_string()
}

/// Verifies the group as the BW003 team.
async fn verify(team: &TestApp, reference: &str) {
    let decided = team
        .submit(
            &format!("/staff/groups/{reference}"),
            "/fn/staff/groups/decide",
            &[("decision", "verify")],
        )
        .await;
    assert_eq!(location(&decided), format!("/staff/groups/{reference}"));
}

async fn group(app: &TestApp, reference: &str) -> community_group::Model {
    community_group::Entity::find()
        .filter(community_group::Column::Reference.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the group")
}

/// A verified group in BW003 organised by `organiser@example.org`: (its reference, the
/// organiser's browser, the team's browser).
pub async fn verified_group(app: &TestApp) -> (String, TestApp, TestApp) {
    let organiser = resident(app, "organiser@example.org").await;
    let reference = register(&organiser, "Calthorpe Residents").await;
    let team = team_member(app, "BW003").await;
    verify(&team, &reference).await;
    (reference, organiser, team)
}

/// For the authorisation matrix: a verified group in BW003 organised by
/// `resident@example.org` and `co-organiser@example.org`; returns its reference.
pub async fn matrix_group(app: &TestApp) -> String {
    use app::domain::email_address::EmailAddress;
    use app::domain::group::GroupEntry;
    use sea_orm::ActiveModelTrait;
    use sea_orm::ActiveValue::Set;
    use sea_orm::sea_query::Expr;
    let now = app.clock.now();
    let site = app::services::messages::EmailSite {
        force_name: "West Midlands Police".into(),
        languages: app::i18n::Languages::default(),
        site_url: app.address.clone(),
    };
    let person = |email: &str| EmailAddress::parse(email).unwrap();
    let organiser = app::services::resident_accounts::find_or_create(
        &app.db,
        &person("resident@example.org"),
        "",
        now,
    )
    .await
    .unwrap();
    let entry = GroupEntry {
        name: "Matrix Residents".into(),
        kind: community_group::GroupKind::ResidentsAssociation,
        neighbourhood_ids: vec![crate::staff_accounts::neighbourhood_id(app, "BW003").await],
        description: "A group for the authorisation matrix.".into(),
    };
    let registered = app::services::groups::register(
        &app.db,
        &app.clock,
        &site,
        &app::services::rate_limit::BucketKeys::new(b"matrix"),
        ResidentId::new(organiser.id),
        &entry,
        "matrix",
    )
    .await
    .unwrap();
    let app::services::groups::Registered::Registered { reference } = registered else {
        panic!("registered");
    };
    community_group::Entity::update_many()
        .col_expr(
            community_group::Column::Status,
            Expr::value(GroupStatus::Verified),
        )
        .filter(community_group::Column::Reference.eq(&reference))
        .exec(&app.db)
        .await
        .unwrap();
    let co = app::services::resident_accounts::find_or_create(
        &app.db,
        &person("co-organiser@example.org"),
        "",
        now,
    )
    .await
    .unwrap();
    group_member::ActiveModel {
        group_id: Set(group(app, &reference).await.id),
        resident_id: Set(co.id),
        role: Set(MemberRole::Organiser),
        status: Set(group_member::MemberStatus::Active),
        show_name: Set(false),
        joined_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    reference
}

/// Invites `email` and joins with the emailed link on a browser of its own, which joining
/// leaves signed out; returns a browser `email` signed in to.
async fn invite_and_join(
    app: &TestApp,
    organiser: &TestApp,
    reference: &str,
    email: &str,
) -> TestApp {
    let invited = organiser
        .submit(
            &format!("/groups/{reference}/members"),
            "/fn/groups/invite",
            &[("email", email)],
        )
        .await;
    assert_eq!(location(&invited), format!("/groups/{reference}/members"));
    let token = app
        .token_emailed_to(email, "/groups/invitations/accept")
        .await;
    let accept_page = format!("/groups/invitations/accept?token={token}");
    let joined = app
        .new_browser()
        .submit(&accept_page, "/fn/groups/invitations/accept", &[])
        .await;
    // Joining never signs a browser in: the invitee signs in as themselves.
    assert_eq!(location(&joined), "/sign-in");
    let joining = resident(app, email).await;
    assert_eq!(
        joining
            .get(&format!("/groups/{reference}/dashboard"))
            .await
            .status(),
        200
    );
    joining
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_is_public_only_once_a_team_member_of_its_neighbourhood_verifies_it(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let organiser = resident(&app, "organiser@example.org").await;

    // Every problem named at once, and nothing registered.
    organiser
        .submit("/groups/new", "/fn/groups/register", &[("name", "  ")])
        .await;
    let (_, errors) = organiser.html("/groups/new").await;
    for message in [
        "Enter the group",
        "Choose what kind of group it is",
        "Choose the neighbourhood your group works in",
        "Describe what your group does",
    ] {
        assert!(errors.contains(message), "{kind}: {message}");
    }
    assert_eq!(
        community_group::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    // A name that hides characters changing how it reads is refused, and nothing registered.
    for disguised in ["Calthorpe \u{202e}stnediseR", "Calthorpe\u{200b} Residents"] {
        let refused = organiser
            .submit(
                "/groups/new",
                "/fn/groups/register",
                &[
                    ("name", disguised),
                    ("kind", "residents-association"),
                    ("neighbourhood_1", "BW003"),
                    ("description", "We meet monthly at the library."),
                ],
            )
            .await;
        assert_eq!(location(&refused), "/groups/new", "{kind}: {disguised:?}");
        let (_, errors) = organiser.html("/groups/new").await;
        assert!(
            errors.contains("The name must only include letters, numbers, spaces and punctuation"),
            "{kind}: {disguised:?}: {errors}"
        );
    }
    assert_eq!(
        community_group::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    let reference = register(&organiser, "Calthorpe Residents").await;
    let (status, page) = organiser.html(&format!("/groups/{reference}")).await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        page.contains("Group registered"),
        "{kind}: the confirmation panel"
    );
    assert!(page.contains(&reference), "{kind}: with its reference");
    assert!(page.contains("Waiting for verification"), "{kind}");
    let stored = group(&app, &reference).await;
    assert_eq!(stored.status, GroupStatus::Pending);
    let founder = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(stored.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        founder.role,
        MemberRole::Organiser,
        "{kind}: the founder organises it"
    );

    // Unverified: nobody else can find it, not even another team.
    let stranger = app.new_browser();
    let (status, _) = stranger.html(&format!("/groups/{reference}")).await;
    assert_eq!(status, 404, "{kind}");
    let (_, list) = stranger.html("/groups").await;
    assert!(!list.contains("Calthorpe Residents"), "{kind}");
    let other_team = team_member(&app, "BW001").await;
    let (status, _) = other_team.html(&format!("/staff/groups/{reference}")).await;
    assert_eq!(status, 403, "{kind}: another neighbourhood's team");
    let refused = other_team
        .post_form(
            "/fn/staff/groups/decide",
            &[
                ("reference", &reference),
                ("decision", "verify"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403, "{kind}");

    // The neighbourhood's team was told, and verifies it (audited): now it is public.
    let team = team_member(&app, "BW003").await;
    let (_, queue) = team.html("/staff/groups").await;
    assert!(queue.contains("Calthorpe Residents"), "{kind}");
    // The team sees who registered it, and how to reach them, before deciding.
    let (_, to_verify) = team.html(&format!("/staff/groups/{reference}")).await;
    assert!(
        to_verify.contains("Registered by")
            && to_verify.contains(r#"href="mailto:organiser@example.org""#),
        "{kind}"
    );
    verify(&team, &reference).await;
    assert_eq!(group(&app, &reference).await.status, GroupStatus::Verified);
    assert_eq!(
        entity::audit_entry::Entity::find()
            .filter(entity::audit_entry::Column::Action.eq("group.verify"))
            .count(&app.db)
            .await
            .unwrap(),
        1,
        "{kind}"
    );
    let told = app.delivered_to("organiser@example.org").await;
    assert!(told.contains("Calthorpe Residents is verified"), "{kind}");
    let (status, public) = stranger.html(&format!("/groups/{reference}")).await;
    assert_eq!(status, 200, "{kind}");
    assert!(public.contains("We meet monthly at the library."), "{kind}");
    assert!(
        !public.contains("organiser@example.org"),
        "{kind}: no member's address"
    );
    let (_, list) = stranger.html("/groups?neighbourhood=BW003").await;
    assert!(list.contains("Calthorpe Residents"), "{kind}");

    // Deciding twice changes nothing.
    let again = team
        .post_form(
            "/fn/staff/groups/decide",
            &[
                ("reference", &reference),
                ("decision", "decline"),
                ("reason", "No"),
            ],
        )
        .await;
    assert_eq!(location(&again), format!("/staff/groups/{reference}"));
    assert_eq!(group(&app, &reference).await.status, GroupStatus::Verified);
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_link_works_once_and_signs_the_new_member_in(kind: Database) {
    let app = spawn_app(kind).await;
    let (reference, organiser, _) = verified_group(&app).await;

    // A bad address is named and nobody is invited.
    organiser
        .submit(
            &format!("/groups/{reference}/members"),
            "/fn/groups/invite",
            &[("email", "not an address")],
        )
        .await;
    let (_, page) = organiser
        .html(&format!("/groups/{reference}/members"))
        .await;
    assert!(
        page.contains("Enter an email address in the correct format"),
        "{kind}"
    );

    let member = invite_and_join(&app, &organiser, &reference, "pat@example.org").await;
    // Joining did not sign the accepting browser in (a link can be sent on to someone else);
    // Pat signed in as usual.
    let (status, dashboard) = member.html(&format!("/groups/{reference}/dashboard")).await;
    assert_eq!(status, 200, "{kind}: signed in and a member");
    assert!(dashboard.contains("Calthorpe Residents"), "{kind}");
    assert!(
        !dashboard.contains("Manage members"),
        "{kind}: not an organiser"
    );

    // The link is used up.
    let token = app
        .token_emailed_to("pat@example.org", "/groups/invitations/accept")
        .await;
    let again = app
        .new_browser()
        .post_form("/fn/groups/invitations/accept", &[("token", &token)])
        .await;
    assert_eq!(location(&again), "/groups/invitations/accept", "{kind}");
    let group_id = group(&app, &reference).await.id;
    assert_eq!(
        group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(group_id))
            .count(&app.db)
            .await
            .unwrap(),
        2,
        "{kind}"
    );

    // A member cannot manage members; the members page sends them to the dashboard.
    let (status, _) = member.html(&format!("/groups/{reference}/members")).await;
    assert_eq!(status, 302, "{kind}");
    let pat = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Role.eq(MemberRole::Member))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (_, page) = organiser
        .html(&format!("/groups/{reference}/members"))
        .await;
    assert!(
        page.contains("pat@example.org"),
        "{kind}: organisers see who"
    );
    change_member(&member, &reference, pat.id, "make-organiser").await;
    let unchanged = group_member::Entity::find_by_id(pat.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.role, MemberRole::Member, "{kind}");

    // Someone else asks to join; the organiser, who reads the portal in Welsh, is told in
    // Welsh, and approves.
    organiser
        .post_form("/fn/language", &[("language", "cy"), ("back", "/")])
        .await;
    let sam = resident(&app, "sam@example.org").await;
    let asked = sam
        .submit(&format!("/groups/{reference}"), "/fn/groups/join", &[])
        .await;
    assert_eq!(location(&asked), format!("/groups/{reference}"));
    let told = app.delivered_to("organiser@example.org").await;
    assert!(
        told.contains("Mae rhywun wedi gofyn am gael ymuno"),
        "{kind}: {told}"
    );
    let request = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Status.eq(group_member::MemberStatus::Requested))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the request");
    let (status, _) = sam.html(&format!("/groups/{reference}/dashboard")).await;
    assert_eq!(status, 404, "{kind}: not a member until approved");
    change_member(&organiser, &reference, request.id, "approve").await;
    let (status, _) = sam.html(&format!("/groups/{reference}/dashboard")).await;
    assert_eq!(status, 200, "{kind}");
}

/// What an organiser's button on the members page sends.
async fn change_member(browser: &TestApp, reference: &str, member_id: i32, change: &str) {
    browser
        .post_form(
            "/fn/groups/members/change",
            &[
                ("reference", reference),
                ("member_id", &member_id.to_string()),
                ("change", change),
            ],
        )
        .await;
}

/// How many active organisers the group has.
async fn organisers(app: &TestApp, group_id: i32) -> u64 {
    group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Role.eq(MemberRole::Organiser))
        .filter(group_member::Column::Status.eq(group_member::MemberStatus::Active))
        .count(&app.db)
        .await
        .unwrap()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_always_keeps_an_organiser_even_when_two_demote_each_other_at_once(kind: Database) {
    let app = spawn_app(kind).await;
    let (reference, organiser, _) = verified_group(&app).await;
    let group_id = group(&app, &reference).await.id;
    let me = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    // Alone, the organiser can neither leave nor step down, nor delete their account.
    let left = organiser
        .submit(
            &format!("/groups/{reference}/dashboard"),
            "/fn/groups/leave",
            &[],
        )
        .await;
    assert_eq!(location(&left), format!("/groups/{reference}/dashboard"));
    let (_, page) = organiser
        .html(&format!("/groups/{reference}/dashboard"))
        .await;
    assert!(
        page.contains("only organiser. Make another member an organiser before you leave"),
        "{kind}"
    );
    change_member(&organiser, &reference, me.id, "make-member").await;
    assert_eq!(organisers(&app, group_id).await, 1, "{kind}");

    // With another member, the only organiser cannot delete their account.
    let second = invite_and_join(&app, &organiser, &reference, "pat@example.org").await;
    organiser
        .submit("/account/delete", "/fn/account/delete", &[])
        .await;
    let (_, refusal) = organiser.html("/account/delete").await;
    assert!(
        refusal.contains("You are the only organiser of Calthorpe Residents"),
        "{kind}"
    );
    assert_eq!(organisers(&app, group_id).await, 1, "{kind}: still there");

    // With another organiser, each demoting the other at the same moment through two
    // instances: one wins, and the group keeps an organiser.
    let pat = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Role.eq(MemberRole::Member))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    change_member(&organiser, &reference, pat.id, "make-organiser").await;
    assert_eq!(organisers(&app, group_id).await, 2, "{kind}");
    let instance = app.another_instance().await;
    let second = second.clone_on(&instance);
    for _ in 0..5 {
        tokio::join!(
            change_member(&organiser, &reference, pat.id, "make-member"),
            change_member(&second, &reference, me.id, "make-member"),
        );
        assert_eq!(
            organisers(&app, group_id).await,
            1,
            "{kind}: exactly one remains"
        );
        // Whoever remains makes the other an organiser again for the next round.
        for (browser, other) in [(&organiser, pat.id), (&second, me.id)] {
            change_member(browser, &reference, other, "make-organiser").await;
        }
        assert_eq!(organisers(&app, group_id).await, 2, "{kind}");
    }

    // Demoted to a member, pat can leave; then the organiser is alone again.
    change_member(&organiser, &reference, pat.id, "make-member").await;
    let left = second
        .post_form("/fn/groups/leave", &[("reference", &reference)])
        .await;
    assert_eq!(location(&left), "/account#groups", "{kind}");
    assert_eq!(organisers(&app, group_id).await, 1, "{kind}");
}

/// The BW003 team records an action on the priority, done today.
async fn record_action(app: &TestApp, team: &TestApp, priority: i32, action: &str) {
    use chrono::Datelike;
    let today = app::domain::schedule::uk_local(app.clock.now()).date();
    let recorded = team
        .post_form(
            "/fn/staff/priorities/action",
            &[
                ("code", "BW003"),
                ("priority_id", &priority.to_string()),
                ("action", action),
                ("action_date_day", &today.day().to_string()),
                ("action_date_month", &today.month().to_string()),
                ("action_date_year", &today.year().to_string()),
            ],
        )
        .await;
    assert_eq!(
        location(&recorded),
        format!("/staff/neighbourhoods/BW003/priorities/{priority}")
    );
}

/// Every field the concern form sends, put forward for the group `reference`.
fn put_forward_fields(reference: &str) -> Vec<(&'static str, String)> {
    vec![
        ("code", "BW003".into()),
        ("location", "Calthorpe Road by the park".into()),
        ("category", "2".into()),
        (
            "description",
            "Cars race along the road by the park most evenings.".into(),
        ),
        ("when_happens", "Evenings".into()),
        ("summary", "no".into()),
        ("latitude", String::new()),
        ("longitude", String::new()),
        ("on_behalf", reference.into()),
        ("propose", "yes".into()),
    ]
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_issue_put_forward_for_a_group_is_answered_within_72_hours_and_shown_on_its_dashboard(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let (reference, organiser, team) = verified_group(&app).await;
    let member = invite_and_join(&app, &organiser, &reference, "pat@example.org").await;
    // Joining did not sign the accepting browser in (a link can be sent on to someone else);
    // Pat signed in as usual.

    // The form asks whom it is for; the check page says so.
    let (_, form) = organiser.html("/neighbourhoods/BW003/concerns/new").await;
    assert!(
        form.contains("Who are you raising this concern for?"),
        "{kind}"
    );
    assert!(
        form.contains("Calthorpe Residents (a group you organise)"),
        "{kind}"
    );
    let fields = put_forward_fields(&reference);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let entered = organiser.post_form("/fn/concerns/details", &fields).await;
    assert_eq!(
        location(&entered),
        "/neighbourhoods/BW003/concerns/new/check"
    );
    let (_, check) = organiser
        .html("/neighbourhoods/BW003/concerns/new/check")
        .await;
    assert!(check.contains("Raised for"), "{kind}");
    assert!(
        check.contains("proposed for the next priority vote"),
        "{kind}"
    );
    let sent = organiser
        .submit(
            "/neighbourhoods/BW003/concerns/new/check",
            "/fn/concerns/confirm",
            &[],
        )
        .await;
    let concern_reference = location(&sent)
        .strip_prefix("/account/concerns/")
        .unwrap()
        .to_string();
    let stored = concern::Entity::find()
        .filter(concern::Column::Reference.eq(&concern_reference))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.group_id,
        Some(group(&app, &reference).await.id),
        "{kind}"
    );
    assert!(stored.proposed_for_vote, "{kind}");
    assert_eq!(
        stored.due_at - stored.created_at,
        72 * 3600,
        "{kind}: the clock runs"
    );

    // A plain member is not asked: they cannot put issues forward for the group.
    let (_, form) = member.html("/neighbourhoods/BW003/concerns/new").await;
    assert!(
        !form.contains("Who are you raising this concern for?"),
        "{kind}"
    );

    // The team sees it is the group's, and that it is proposed for the next vote.
    let team_page = format!("/staff/neighbourhoods/BW003/concerns/{concern_reference}");
    let (_, seen) = team.html(&team_page).await;
    assert!(
        seen.contains("for the community group Calthorpe Residents"),
        "{kind}"
    );
    let (_, votes) = team.html("/staff/neighbourhoods/BW003/votes").await;
    assert!(votes.contains("Proposed by community groups"), "{kind}");
    assert!(votes.contains(&concern_reference), "{kind}");

    // The team replies within the 72 hours: the organisers hear.
    app.clock.advance(5 * 3600);
    sign_in_staff(&team, "team-bw003@police.example.uk").await;
    team.submit(
        &team_page,
        "/fn/staff/concerns/reply",
        &[("reply", "We will patrol Calthorpe Road this week.")],
    )
    .await;
    let answered = concern::Entity::find_by_id(stored.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        answered.first_reply_at.unwrap() <= answered.due_at,
        "{kind}: in time"
    );
    let email = app.delivered_to("organiser@example.org").await;
    assert!(
        email.contains("We will patrol Calthorpe Road this week."),
        "{kind}"
    );
    assert!(
        email.contains(&format!("/groups/{reference}/dashboard")),
        "{kind}"
    );

    // Every member sees it on the dashboard, with the reply, oldest first.
    let (_, dashboard) = member.html(&format!("/groups/{reference}/dashboard")).await;
    let raised = dashboard
        .find("Cars race along the road by the park")
        .expect("the issue");
    let reply = dashboard
        .find("We will patrol Calthorpe Road this week.")
        .expect("the reply");
    assert!(raised < reply, "{kind}: oldest first");
    assert!(
        dashboard.contains(&format!("Concern {concern_reference}")),
        "{kind}"
    );
    // The public page lists it without what the member wrote.
    let (_, public) = app
        .new_browser()
        .html(&format!("/groups/{reference}"))
        .await;
    assert!(public.contains(&concern_reference), "{kind}");
    assert!(
        !public.contains("Cars race along"),
        "{kind}: not moderated, not shown"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_following_a_priority_sees_every_action_status_change_and_update_on_its_dashboard(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let (reference, organiser, team) = verified_group(&app).await;
    let (_, _, priority) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    let dashboard = format!("/groups/{reference}/dashboard");
    let followed = organiser
        .submit(
            &dashboard,
            "/fn/following/change",
            &[("item", &format!("priority-{priority}"))],
        )
        .await;
    assert_eq!(location(&followed), dashboard);
    // Following twice keeps one.
    organiser
        .post_form(
            "/fn/following/change",
            &[
                ("item", &format!("priority-{priority}")),
                ("action", "follow"),
                ("group", &reference),
            ],
        )
        .await;
    assert_eq!(
        entity::follow::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    // A member who does not organise the group changes nothing it follows.
    let member = invite_and_join(&app, &organiser, &reference, "member@example.org").await;
    for action in ["unfollow", "follow"] {
        member
            .post_form(
                "/fn/following/change",
                &[
                    ("item", &format!("priority-{priority}")),
                    ("action", action),
                    ("group", &reference),
                ],
            )
            .await;
        let (_, page) = member.html(&dashboard).await;
        assert!(
            page.contains("Only the group&#x27;s organisers choose what it follows")
                || page.contains("Only the group's organisers choose what it follows"),
            "{kind}: {action}"
        );
        assert_eq!(
            entity::follow::Entity::find().count(&app.db).await.unwrap(),
            1,
            "{kind}: {action} changed nothing"
        );
    }

    app.clock.advance(60);
    record_action(&app, &team, priority, "Speed checks outside the school").await;
    app.clock.advance(60);
    app.clock.advance(60);
    let published = team
        .post_form(
            "/fn/staff/updates/publish",
            &[
                ("code", "BW003"),
                ("you_said", "Speeding near the school"),
                ("we_did", "Twelve speed checks in November"),
                ("next_steps", ""),
                ("outcome", ""),
                ("published_on_day", ""),
                ("published_on_month", ""),
                ("published_on_year", ""),
                ("priorities[0]", &priority.to_string()),
                ("concerns", ""),
            ],
        )
        .await;
    assert_eq!(location(&published), "/staff/neighbourhoods/BW003/updates");

    let (_, page) = organiser.html(&dashboard).await;
    let order: Vec<usize> = [
        "Set as a local priority",
        "Speed checks outside the school",
        "Now: Action under way",
        "Twelve speed checks in November",
    ]
    .iter()
    .map(|text| page.find(text).unwrap_or_else(|| panic!("{kind}: {text}")))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "{kind}: oldest first"
    );
    assert!(!page.contains("No update for 3 months"), "{kind}");

    // The record downloads as CSV, one row per event.
    let csv = organiser
        .get(&format!("/groups/{reference}/record.csv"))
        .await;
    assert_eq!(csv.status(), 200, "{kind}");
    let body = csv.text().await.unwrap();
    assert_eq!(
        body.lines().count(),
        1 + 4,
        "{kind}: a header and four events"
    );
    assert!(body.contains("Speed checks outside the school"), "{kind}");
    let (status, _) = app
        .new_browser()
        .html(&format!("/groups/{reference}/record.csv"))
        .await;
    assert_eq!(status, 303, "{kind}: members only");

    // Three months without an update: highlighted.
    app.clock.advance(100 * 86_400);
    let (_, page) = organiser.html(&dashboard).await;
    assert!(page.contains("No update for 3 months"), "{kind}");
    assert!(page.contains("tracked-item--stale"), "{kind}");

    // Resolved, it is no longer waiting for the team.
    sign_in_staff(&team, "team-bw003@police.example.uk").await;
    team.post_form(
        "/fn/staff/priorities/status",
        &[
            ("code", "BW003"),
            ("priority_id", &priority.to_string()),
            ("status", "resolved"),
        ],
    )
    .await;
    let (_, page) = organiser.html(&dashboard).await;
    assert!(page.contains("Now: Resolved"), "{kind}");
    assert!(!page.contains("tracked-item--stale"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_weekly_digest_tells_each_member_once_even_with_two_instances_running(kind: Database) {
    let app = spawn_app(kind).await;
    let (reference, organiser, team) = verified_group(&app).await;
    let (_, _, priority) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    organiser
        .submit(
            &format!("/groups/{reference}/dashboard"),
            "/fn/following/change",
            &[("item", &format!("priority-{priority}"))],
        )
        .await;
    // A member who wants no emails, and a resident following nothing.
    let quiet = invite_and_join(&app, &organiser, &reference, "quiet@example.org").await;
    quiet
        .submit("/account", "/fn/account/alerts", &[("alerts", "none")])
        .await;
    record_action(&app, &team, priority, "Speed checks outside the school").await;
    let second = app.another_instance().await;
    // Both instances look at once: last week held nothing to tell.
    assert!(alerts_after_jobs(&app, &second).await.is_empty(), "{kind}");

    // A week later both instances look again: one digest each, once.
    app.clock.advance(7 * 86_400);
    let sent = alerts_after_jobs(&app, &second).await;
    assert_eq!(sent.len(), 1, "{kind}: one digest");
    assert_eq!(sent[0].recipient, "organiser@example.org", "{kind}");
    assert!(
        sent[0]
            .text_body
            .contains("Speed checks outside the school"),
        "{kind}"
    );
    assert!(
        sent[0]
            .list_unsubscribe
            .as_deref()
            .unwrap_or_default()
            .contains("list=alerts")
    );
    let handled = alert_sent::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(
        handled.iter().filter(|week| week.emailed).count(),
        1,
        "{kind}: one week emailed"
    );

    // Nothing happened in the next week: nothing is sent.
    app.clock.advance(7 * 86_400);
    assert_eq!(
        alerts_after_jobs(&app, &second).await.len(),
        1,
        "{kind}: no news, no email"
    );
    // The organiser's week before the news, the week of it and the week after: each looked
    // at once.
    let organiser_id = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("organiser@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let handled = alert_sent::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(
        handled
            .iter()
            .filter(|week| week.resident_id == organiser_id)
            .count(),
        3,
        "{kind}"
    );
    assert!(
        handled
            .iter()
            .all(|week| week.resident_id == organiser_id || !week.emailed),
        "{kind}: only the organiser was emailed"
    );
    assert_eq!(
        handled.len(),
        3,
        "{kind}: nobody else's weeks were looked at (the jobs ran only when the test ran them)"
    );

    // The one-click link stops them.
    // Either instance may have sent it, each naming itself in its links.
    let link = sent[0].list_unsubscribe.clone().unwrap();
    let path = [&app.address, &second.address]
        .iter()
        .find_map(|address| link.strip_prefix(address.as_str()))
        .unwrap_or_else(|| panic!("{kind}: a link to the portal: {link}"))
        .to_string();
    let stopped = app
        .new_browser()
        .client
        .post(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), 200, "{kind}");
    let account = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("organiser@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        account.follow_alerts,
        entity::resident::FollowAlerts::None,
        "{kind}"
    );
    assert!(account.update_emails, "{kind}: the other list is untouched");
}

/// The alerts about followed items emailed so far, to anyone.
async fn alerts(app: &TestApp) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .filter(
            outbox_message::Column::Subject
                .eq("What your neighbourhood teams did on what you follow"),
        )
        // In the order written: PostgreSQL returns unordered rows as stored, and marking an
        // email sent moves its row.
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// Runs both instances' jobs at the same moment, three times over, as their loops would, and
/// returns the alerts emailed so far.
async fn alerts_after_jobs(app: &TestApp, second: &TestApp) -> Vec<outbox_message::Model> {
    for _ in 0..3 {
        tokio::join!(app.run_jobs(), second.run_jobs());
    }
    alerts(app).await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alerts_as_things_happen_tell_a_member_of_each_change_once(kind: Database) {
    let app = spawn_app(kind).await;
    let (reference, organiser, team) = verified_group(&app).await;
    let (_, _, priority) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    organiser
        .submit(
            &format!("/groups/{reference}/dashboard"),
            "/fn/following/change",
            &[("item", &format!("priority-{priority}"))],
        )
        .await;
    // (Times are kept in seconds: what happened in the second of choosing counts as news.)
    app.clock.advance(60);
    let chosen = organiser
        .submit("/account", "/fn/account/alerts", &[("alerts", "immediate")])
        .await;
    assert_eq!(location(&chosen), "/account");
    let second = app.another_instance().await;
    // What happened before they chose is not news.
    assert!(alerts_after_jobs(&app, &second).await.is_empty(), "{kind}");

    app.clock.advance(60);
    record_action(&app, &team, priority, "Speed checks outside the school").await;
    // A minute later both instances look.
    app.clock.advance(60);
    let sent = alerts_after_jobs(&app, &second).await;
    assert_eq!(sent.len(), 1, "{kind}: one email for one change");
    assert!(
        sent[0]
            .text_body
            .contains("Speed checks outside the school"),
        "{kind}"
    );

    app.clock.advance(60);
    record_action(&app, &team, priority, "A speed camera van on Mondays").await;
    app.clock.advance(60);
    let sent = alerts_after_jobs(&app, &second).await;
    assert_eq!(sent.len(), 2, "{kind}");
    assert!(
        sent[1].text_body.contains("A speed camera van on Mondays"),
        "{kind}"
    );
    assert!(
        !sent[1]
            .text_body
            .contains("Speed checks outside the school"),
        "{kind}: only what is new"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_contact_form_reaches_the_organisers_without_showing_their_address(kind: Database) {
    let app = spawn_app(kind).await;
    let (reference, _, _) = verified_group(&app).await;
    let visitor = app.new_browser();
    let page = format!("/groups/{reference}");
    visitor
        .submit(
            &page,
            "/fn/groups/contact",
            &[("from_name", ""), ("from_email", "nope"), ("message", "")],
        )
        .await;
    let (_, errors) = visitor.html(&page).await;
    assert!(errors.contains("Enter your name"), "{kind}");
    assert!(errors.contains("Enter your message"), "{kind}");
    let sent = visitor
        .submit(
            &page,
            "/fn/groups/contact",
            &[
                ("from_name", "Alex"),
                ("from_email", "alex@example.org"),
                ("message", "Can I come to your next meeting?"),
            ],
        )
        .await;
    assert_eq!(location(&sent), page);
    let relayed = app.delivered_to("organiser@example.org").await;
    assert!(
        relayed.contains("Can I come to your next meeting?"),
        "{kind}"
    );
    assert!(
        relayed.contains("alex@example.org"),
        "{kind}: so they can reply"
    );
    let (_, after) = visitor.html(&page).await;
    assert!(!after.contains("organiser@example.org"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_download_holds_memberships_and_deleting_the_last_member_closes_the_group(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let (reference, organiser, _) = verified_group(&app).await;
    let (_, _, priority) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    let followed = organiser
        .submit(
            &format!("/neighbourhoods/BW003/priorities/{priority}"),
            "/fn/following/change",
            &[],
        )
        .await;
    assert_eq!(location(&followed), "/account#following");
    let (_, account) = organiser.html("/account").await;
    assert!(
        account.contains("Speeding near the school"),
        "{kind}: what they follow"
    );
    assert!(
        account.contains("Calthorpe Residents"),
        "{kind}: their group"
    );

    let data: serde_json::Value = organiser.get("/account/data").await.json().await.unwrap();
    assert_eq!(data["groups"][0]["reference"], reference.as_str(), "{kind}");
    assert_eq!(data["groups"][0]["role"], "organiser", "{kind}");
    assert_eq!(
        data["following"][0]["title"], "Speeding near the school",
        "{kind}"
    );

    // An issue put forward for the group is the group's record.
    let fields = put_forward_fields(&reference);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    organiser.post_form("/fn/concerns/details", &fields).await;
    organiser
        .post_form("/fn/concerns/confirm", &[("code", "BW003")])
        .await;

    let deleted = organiser
        .submit("/account/delete", "/fn/account/delete", &[])
        .await;
    assert_eq!(location(&deleted), "/", "{kind}");
    let closed = group(&app, &reference).await;
    assert_eq!(
        closed.status,
        GroupStatus::Closed,
        "{kind}: kept for the record"
    );
    assert_eq!(
        group_member::Entity::find().count(&app.db).await.unwrap(),
        0,
        "{kind}"
    );
    assert_eq!(
        entity::follow::Entity::find().count(&app.db).await.unwrap(),
        0,
        "{kind}"
    );
    let (status, _) = app
        .new_browser()
        .html(&format!("/groups/{reference}"))
        .await;
    assert_eq!(status, 404, "{kind}: a closed group is not public");
}
