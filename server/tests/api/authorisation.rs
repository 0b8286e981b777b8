//! The authorisation matrix: every page route and every server function the portal registers,
//! asked by everyone who might ask, answers as expected. The lists are compared with what the
//! server registers, so a new page or server function without an expected answer fails here.

use crate::helpers::{Database, TestApp, on_each_database, spawn_app};
use crate::staff_accounts::{
    PASSWORD, create_staff, neighbourhood_id, sign_in_staff, sign_in_with_code,
};
use app::domain::staff::Role;
use entity::{audit_entry, team_member};
use rstest_reuse::apply;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use std::collections::BTreeSet;

/// Who is asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Resident,
    /// An administrator who has given their password but not yet their code.
    PasswordOnly,
    /// A team member of City Centre (BW001), not Edgbaston (BW003); no second factor.
    OtherTeamMember,
    /// No second factor.
    Moderator,
    /// Has a second factor.
    Administrator,
    /// Works for a partner organisation of BW001 with which one BW001 problem is shared; has
    /// a second factor.
    Partner,
}

use Who::*;
const EVERYONE: [Who; 7] = [
    Anonymous,
    Resident,
    PasswordOnly,
    OtherTeamMember,
    Moderator,
    Administrator,
    Partner,
];

impl Who {
    fn is_signed_in_staff(self) -> bool {
        matches!(self, OtherTeamMember | Moderator | Administrator | Partner)
    }
}

/// An answer: a status, and for a redirect where it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Answer {
    Ok,
    To(String),
    Unauthorized,
    Forbidden,
    NotFound,
}

fn to(path: &str) -> Answer {
    Answer::To(path.to_string())
}

type Expect = Box<dyn Fn(Who) -> Answer>;
/// A server function's path, the fields posted to it, and who gets what.
type Action = (&'static str, Vec<(&'static str, String)>, Expect);

fn everyone(answer: Answer) -> Expect {
    Box::new(move |_| answer.clone())
}

/// A staff page: shown to `allowed`, 403 to other signed-in staff, everyone else to sign in.
fn staff_page(allowed: &'static [Who]) -> Expect {
    Box::new(move |who| {
        if allowed.contains(&who) {
            Answer::Ok
        } else if who.is_signed_in_staff() {
            Answer::Forbidden
        } else {
            to("/staff/sign-in")
        }
    })
}

/// A staff action: done (redirected back to `to`) for `allowed`, 403 for other signed-in
/// staff, 401 for everyone else.
fn staff_action(allowed: &'static [Who], done_at: impl ToString) -> Expect {
    let done_at = done_at.to_string();
    Box::new(move |who| {
        if allowed.contains(&who) {
            self::to(&done_at)
        } else if who.is_signed_in_staff() {
            Answer::Forbidden
        } else {
            Answer::Unauthorized
        }
    })
}

fn only(who_gets: Who, answer: Answer, others: Answer) -> Expect {
    Box::new(move |who| {
        if who == who_gets {
            answer.clone()
        } else {
            others.clone()
        }
    })
}

const STAFF: &[Who] = &[OtherTeamMember, Moderator, Administrator];
/// Everyone signed in as staff, partners too: their own sign-in settings.
const ANY_STAFF: &[Who] = &[OtherTeamMember, Moderator, Administrator, Partner];
const PARTNERS: &[Who] = &[Partner];
const ADMIN: &[Who] = &[Administrator];
const BW001_TEAM: &[Who] = &[OtherTeamMember, Administrator];
const MODERATORS: &[Who] = &[Moderator, Administrator];

/// The second factors of those who have one.
struct Secrets {
    administrator: String,
    partner: String,
}

/// A browser signed in as `who`.
async fn client_as(app: &TestApp, who: Who, secrets: &Secrets) -> TestApp {
    let browser = app.new_browser();
    match who {
        Anonymous => {}
        Resident => {
            browser
                .post_form("/fn/sign-in/link", &[("email", "resident@example.org")])
                .await;
            let token = app
                .token_emailed_to("resident@example.org", "/sign-in/confirm")
                .await;
            browser
                .post_form("/fn/sign-in/confirm", &[("token", &token)])
                .await;
        }
        PasswordOnly => {
            browser
                .post_form(
                    "/fn/staff/sign-in",
                    &[("email", "admin@police.example.uk"), ("password", PASSWORD)],
                )
                .await;
        }
        OtherTeamMember => {
            sign_in_staff(&browser, "city@police.example.uk").await;
        }
        Moderator => {
            sign_in_staff(&browser, "moderator@police.example.uk").await;
        }
        Administrator => {
            sign_in_with_code(&browser, "admin@police.example.uk", &secrets.administrator).await;
        }
        Partner => {
            sign_in_with_code(&browser, "partner@council.example.gov.uk", &secrets.partner).await;
        }
    }
    browser
}

async fn answer(response: reqwest::Response) -> Answer {
    match response.status().as_u16() {
        200 => Answer::Ok,
        302 | 303 => {
            let to = crate::helpers::location(&response);
            Answer::To(to.split('?').next().unwrap_or_default().to_string())
        }
        401 => Answer::Unauthorized,
        403 => Answer::Forbidden,
        404 => Answer::NotFound,
        other => panic!("unexpected status {other}"),
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_and_server_function_answers_only_those_allowed(kind: Database) {
    let app = spawn_app(kind).await;
    // The administrator sets up their second factor first, so that the password-only
    // session is one waiting for a code.
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    let secret = sign_in_staff(&app.new_browser(), "admin@police.example.uk")
        .await
        .unwrap();
    let council = crate::partners::organisation_in(&app, "Birmingham City Council", "BW001").await;
    let partner_account =
        crate::partners::create_partner(&app, "partner@council.example.gov.uk", council).await;
    let secrets = Secrets {
        partner: sign_in_staff(&app.new_browser(), "partner@council.example.gov.uk")
            .await
            .expect("a partner sets up a second factor"),
        administrator: secret,
    };
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
    let city_member = team_member::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id(&app, "BW001").await),
        name: Set("Jo Bloggs".into()),
        rank: Set("PC".into()),
        bio: Set(String::new()),
        is_contact_officer: Set(false),
        display_order: Set(99),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
    .to_string();

    let surgery = crate::surgeries::booked_surgery(&app, "BW001")
        .await
        .to_string();
    let book = format!("/surgeries/{surgery}/book");
    let team_surgery = format!("/staff/neighbourhoods/BW001/surgeries/{surgery}");
    let other_surgery = crate::surgeries::booked_surgery(&app, "BW003").await;
    let bw001_venue = entity::venue::Entity::find()
        .filter(entity::venue::Column::NeighbourhoodId.eq(neighbourhood_id(&app, "BW001").await))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let venue_page = format!("/staff/neighbourhoods/BW001/venues/{bw001_venue}");
    let concern = crate::concerns::concern_in(&app, "BW001").await;
    let team_concern = format!("/staff/neighbourhoods/BW001/concerns/{concern}");
    let problem = crate::concerns::problem_in(&app, "BW001").await;
    let problem_page = format!("/staff/neighbourhoods/BW001/problems/{problem}");
    crate::partners::share_with(&app, &problem, council).await;
    let shared_problem = format!("/partner/problems/{problem}");
    crate::partners::refer_to(&app, &concern, council).await;
    let referred_concern = format!("/partner/concerns/{concern}");
    let organisation_page = format!("/staff/partners/{council}");
    let own_concern = "/account/concerns/NC-2222-2222";
    let (vote, _, priority) = crate::priorities::vote_and_priority_in(&app, "BW001").await;
    // A vote of its own to close, so the pages of the first stay open for later askers.
    let (closing, option, _) = crate::priorities::vote_and_priority_in(&app, "BW001").await;
    let team_closing = format!("/staff/neighbourhoods/BW001/votes/{closing}");
    let vote_page = format!("/votes/{vote}");
    let choose = format!("/votes/{vote}/choose");
    let team_vote = format!("/staff/neighbourhoods/BW001/votes/{vote}");
    let team_priority = format!("/staff/neighbourhoods/BW001/priorities/{priority}");
    let now = app.clock.now();
    // Two of BW001's updates: one to read and correct, one to withdraw.
    let mut updates = Vec::new();
    for _ in 0..2 {
        let id = entity::team_update::ActiveModel {
            neighbourhood_id: Set(neighbourhood_id(&app, "BW001").await),
            you_said: Set("Speeding on Broad Street".into()),
            we_did: Set("Speed checks".into()),
            next_steps: Set(String::new()),
            outcome: Set(String::new()),
            published_on: Set(now),
            created_at: Set(now),
            created_by: Set(None),
            updated_at: Set(now),
            edited_at: Set(None),
            withdrawn_at: Set(None),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id;
        updates.push(id.to_string());
    }
    let (update, withdrawing) = (updates[0].clone(), updates[1].clone());
    // Two of BW001's team messages, drafts: one to read, change and send, one to cancel.
    let mut drafts = Vec::new();
    for reference in ["TM-2222-2222", "TM-3333-3333"] {
        let id = entity::team_message::ActiveModel {
            reference: Set(reference.into()),
            kind: Set(entity::team_message::MessageKind::News),
            title: Set("Road closed for the fun run".into()),
            body: Set("Broad Street is closed on Sunday morning.".into()),
            status: Set(entity::team_message::MessageStatus::Draft),
            send_at: Set(None),
            expires_at: Set(None),
            queued_at: Set(None),
            recipients: Set(0),
            cancelled_at: Set(None),
            created_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id;
        entity::team_message_area::ActiveModel {
            message_id: Set(id),
            neighbourhood_id: Set(neighbourhood_id(&app, "BW001").await),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        drafts.push(format!("/staff/neighbourhoods/BW001/messages/{reference}"));
    }
    let (team_message, cancelling) = (drafts[0].clone(), drafts[1].clone());
    // Messages for the whole force: a draft to read, change and send, one to cancel, one
    // waiting for approval (written by someone else, so the administrator may approve it), and
    // one sent, which residents may say was useful.
    for (reference, status) in [
        ("TM-4444-4444", entity::team_message::MessageStatus::Draft),
        ("TM-5555-5555", entity::team_message::MessageStatus::Draft),
        (
            "TM-6666-6666",
            entity::team_message::MessageStatus::AwaitingApproval,
        ),
        ("TM-7777-7777", entity::team_message::MessageStatus::Sent),
    ] {
        entity::team_message::ActiveModel {
            reference: Set(reference.into()),
            kind: Set(entity::team_message::MessageKind::Warning),
            title: Set("Courier fraud calls".into()),
            body: Set("The police never ask for your bank card.".into()),
            status: Set(status),
            scope: Set(entity::team_message::MessageScope::Force),
            lpa_id: Set(None),
            approved_by: Set(None),
            approved_at: Set(None),
            send_at: Set(Some(now)),
            expires_at: Set(None),
            queued_at: Set(None),
            recipients: Set(0),
            cancelled_at: Set(None),
            created_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    // A neighbour's reply to BW001's message, waiting in the team's inbox.
    let neighbour = crate::surgeries::many_residents(&app, "matrix-neighbour", 1).await[0];
    let sent_message = entity::team_message::Entity::find()
        .filter(entity::team_message::Column::Reference.eq("TM-2222-2222"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    entity::message_thread::ActiveModel {
        reference: Set("MR-2222-2222".into()),
        message_id: Set(sent_message),
        resident_id: Set(neighbour),
        neighbourhood_id: Set(neighbourhood_id(&app, "BW001").await),
        waiting: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let thread = "/staff/neighbourhoods/BW001/replies/MR-2222-2222";
    let team_update = format!("/staff/neighbourhoods/BW001/updates/{update}");
    let raise = "/neighbourhoods/BW001/concerns/new";
    // A verified group in BW003 that the resident organises, with a second organiser so
    // the resident may delete their account.
    let group = crate::groups::matrix_group(&app).await;
    let group_page = format!("/groups/{group}");
    let dashboard = format!("{group_page}/dashboard");
    let members = format!("{group_page}/members");
    let staff_group = format!("/staff/groups/{group}");
    let resident_only = |answer: Answer| only(Resident, answer, to("/sign-in"));

    // Every page, by its route, with the address asked and who sees what.
    let pages: Vec<(&str, String, Expect)> = vec![
        ("/", "/".into(), everyone(Answer::Ok)),
        (
            "/neighbourhoods/{code}",
            "/neighbourhoods/BW003".into(),
            everyone(Answer::Ok),
        ),
        (
            "/accessibility",
            "/accessibility".into(),
            everyone(Answer::Ok),
        ),
        ("/groups", "/groups".into(), everyone(Answer::Ok)),
        (
            "/groups/new",
            "/groups/new".into(),
            resident_only(Answer::Ok),
        ),
        (
            "/groups/invitations/accept",
            "/groups/invitations/accept?token=x".into(),
            everyone(Answer::Ok),
        ),
        (
            "/groups/{reference}",
            group_page.clone(),
            everyone(Answer::Ok),
        ),
        (
            "/groups/{reference}/dashboard",
            dashboard.clone(),
            resident_only(Answer::Ok),
        ),
        (
            "/groups/{reference}/members",
            members.clone(),
            resident_only(Answer::Ok),
        ),
        ("/staff/groups", "/staff/groups".into(), staff_page(STAFF)),
        (
            "/staff/groups/{reference}",
            staff_group.clone(),
            staff_page(MODERATORS),
        ),
        ("/privacy", "/privacy".into(), everyone(Answer::Ok)),
        ("/api", "/api".into(), everyone(Answer::Ok)),
        ("/surgeries", "/surgeries".into(), everyone(Answer::Ok)),
        (
            "/surgeries/{id}",
            format!("/surgeries/{surgery}"),
            everyone(Answer::Ok),
        ),
        (
            "/surgeries/{id}/book",
            book.clone(),
            resident_only(Answer::Ok),
        ),
        (
            "/surgeries/{id}/book/check",
            format!("{book}/check"),
            resident_only(to(&book)),
        ),
        (
            "/bookings/cancel",
            "/bookings/cancel?token=x".into(),
            everyone(Answer::Ok),
        ),
        (
            "/account/bookings/{reference}",
            "/account/bookings/SRG-2222-2222".into(),
            resident_only(Answer::NotFound),
        ),
        ("/sign-in", "/sign-in".into(), everyone(Answer::Ok)),
        (
            "/sign-in/check-email",
            "/sign-in/check-email".into(),
            everyone(Answer::Ok),
        ),
        (
            "/sign-in/confirm",
            "/sign-in/confirm?token=x".into(),
            everyone(Answer::Ok),
        ),
        (
            "/account",
            "/account".into(),
            only(Resident, Answer::Ok, to("/sign-in")),
        ),
        (
            "/concerns/new",
            "/concerns/new".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/priorities/{id}",
            format!("/neighbourhoods/BW001/priorities/{priority}"),
            everyone(Answer::Ok),
        ),
        ("/votes/{id}", vote_page.clone(), everyone(Answer::Ok)),
        (
            "/votes/{id}/postcode",
            format!("{vote_page}/postcode"),
            resident_only(Answer::Ok),
        ),
        (
            "/votes/{id}/choose",
            choose.clone(),
            resident_only(Answer::Ok),
        ),
        (
            "/votes/{id}/check",
            format!("{vote_page}/check"),
            resident_only(to(&choose)),
        ),
        (
            "/email-preferences/unsubscribe",
            "/email-preferences/unsubscribe?resident=1&signature=x".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/concerns/new",
            raise.into(),
            resident_only(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/concerns/new/check",
            format!("{raise}/check"),
            resident_only(to(raise)),
        ),
        (
            "/account/concerns/{reference}",
            own_concern.into(),
            resident_only(Answer::NotFound),
        ),
        (
            "/account/delete",
            "/account/delete".into(),
            only(Resident, Answer::Ok, to("/sign-in")),
        ),
        (
            "/staff/sign-in",
            "/staff/sign-in".into(),
            everyone(Answer::Ok),
        ),
        (
            "/staff/sign-in/code",
            "/staff/sign-in/code".into(),
            Box::new(|who| match who {
                PasswordOnly => Answer::Ok,
                w if w.is_signed_in_staff() => to("/staff"),
                _ => to("/staff/sign-in"),
            }),
        ),
        (
            "/staff/two-factor",
            "/staff/two-factor".into(),
            Box::new(|who| match who {
                OtherTeamMember | Moderator => Answer::Ok,
                Administrator | Partner => to("/staff/account"),
                PasswordOnly => to("/staff/sign-in/code"),
                _ => to("/staff/sign-in"),
            }),
        ),
        (
            "/staff/forgot-password",
            "/staff/forgot-password".into(),
            everyone(Answer::Ok),
        ),
        (
            "/staff/reset-password",
            "/staff/reset-password?token=x".into(),
            everyone(to("/staff/forgot-password")),
        ),
        ("/staff", "/staff".into(), {
            let staff = staff_page(STAFF);
            // Every way of signing in ends at /staff; a partner's work is elsewhere.
            Box::new(move |who| {
                if who == Partner {
                    to("/partner")
                } else {
                    staff(who)
                }
            })
        }),
        (
            "/staff/account",
            "/staff/account".into(),
            staff_page(ANY_STAFF),
        ),
        (
            "/staff/partners",
            "/staff/partners".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/partners/{id}",
            organisation_page.clone(),
            staff_page(ADMIN),
        ),
        ("/partner", "/partner".into(), staff_page(PARTNERS)),
        (
            "/partner/problems/{reference}",
            shared_problem.clone(),
            staff_page(PARTNERS),
        ),
        (
            "/partner/concerns/{reference}",
            referred_concern.clone(),
            staff_page(PARTNERS),
        ),
        (
            "/staff/concerns",
            "/staff/concerns".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/moderation",
            "/staff/moderation".into(),
            staff_page(MODERATORS),
        ),
        (
            "/staff/concern-categories",
            "/staff/concern-categories".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/{code}/concerns",
            "/staff/neighbourhoods/BW001/concerns".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/concerns/{reference}",
            team_concern.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/problems",
            "/staff/neighbourhoods/BW001/problems".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/problems/{reference}",
            problem_page.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}",
            "/staff/neighbourhoods/BW001".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/surgeries",
            "/staff/neighbourhoods/BW001/surgeries".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/surgeries/{id}",
            team_surgery.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/venues",
            "/staff/neighbourhoods/BW001/venues".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/votes",
            "/staff/neighbourhoods/BW001/votes".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/votes/{id}",
            team_vote.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/priorities",
            "/staff/neighbourhoods/BW001/priorities".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/priorities/{id}",
            team_priority.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/updates",
            "/staff/neighbourhoods/BW001/updates".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/updates/{id}",
            team_update.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/messages",
            "/staff/neighbourhoods/BW001/messages".into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/messages/{reference}",
            team_message.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/venues/{id}",
            venue_page.clone(),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/team/{member}",
            format!("/staff/neighbourhoods/BW001/team/{city_member}"),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/neighbourhoods/{code}/team/{member}/remove",
            format!("/staff/neighbourhoods/BW001/team/{city_member}/remove"),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/accounts",
            "/staff/accounts".into(),
            staff_page(ADMIN),
        ),
        ("/staff/areas", "/staff/areas".into(), staff_page(ADMIN)),
        ("/staff/audit", "/staff/audit".into(), staff_page(ADMIN)),
        ("/staff/outbox", "/staff/outbox".into(), staff_page(ADMIN)),
        (
            "/staff/messages",
            "/staff/messages".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/messages/{reference}",
            "/staff/messages/TM-4444-4444".into(),
            staff_page(ADMIN),
        ),
        (
            "/neighbourhoods/{code}/messages",
            "/neighbourhoods/BW003/messages".into(),
            everyone(Answer::Ok),
        ),
        (
            "/messages/{reference}/useful",
            "/messages/TM-7777-7777/useful".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/survey",
            "/neighbourhoods/BW003/survey".into(),
            resident_only(Answer::Ok),
        ),
        (
            "/account/messages/{reference}",
            "/account/messages/TM-7777-7777".into(),
            resident_only(Answer::NotFound),
        ),
        (
            "/staff/neighbourhoods/{code}/replies/{reference}",
            thread.into(),
            staff_page(BW001_TEAM),
        ),
        (
            "/neighbourhoods/{code}/how-we-are-doing",
            "/neighbourhoods/BW003/how-we-are-doing".into(),
            everyone(Answer::Ok),
        ),
        (
            "/staff/guarantee",
            "/staff/guarantee?missing=any&sort=held".into(),
            staff_page(STAFF),
        ),
        (
            "/staff/guarantee/trends",
            "/staff/guarantee/trends?by=week".into(),
            staff_page(STAFF),
        ),
        (
            "/staff/guarantee/visibility",
            "/staff/guarantee/visibility".into(),
            staff_page(STAFF),
        ),
        (
            "/staff/guarantee/confidence",
            "/staff/guarantee/confidence".into(),
            staff_page(STAFF),
        ),
        (
            "/staff/guarantee/hotspots",
            "/staff/guarantee/hotspots".into(),
            staff_page(STAFF),
        ),
        (
            "/staff/neighbourhoods/{code}/time",
            "/staff/neighbourhoods/BW001/time".into(),
            staff_page(BW001_TEAM),
        ),
    ];
    // Another team's pages are refused as well as its own are shown.
    let other_team: Vec<(String, Expect)> = vec![
        ("/staff/neighbourhoods/BW003".into(), staff_page(ADMIN)),
        (
            "/staff/neighbourhoods/BW003/surgeries".into(),
            staff_page(ADMIN),
        ),
        (
            format!("/staff/neighbourhoods/BW003/surgeries/{other_surgery}"),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/BW003/venues".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/BW003/concerns".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/BW003/problems".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/BW003/votes".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/BW003/priorities".into(),
            staff_page(ADMIN),
        ),
        (
            "/staff/neighbourhoods/BW003/updates".into(),
            staff_page(ADMIN),
        ),
        ("/staff/neighbourhoods/BW003/time".into(), staff_page(ADMIN)),
        (
            format!("/staff/neighbourhoods/BW003/surgeries/{other_surgery}/bookings.csv"),
            staff_page(ADMIN),
        ),
    ];
    // Every route served outside Leptos (the API, feeds and downloads).
    let routes: Vec<(&str, String, Expect)> = vec![
        (
            "/api/postcodes/{postcode}",
            "/api/postcodes/B15%202TT".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/openapi.json",
            "/api/openapi.json".into(),
            everyone(Answer::Ok),
        ),
        ("/api/forces", "/api/forces".into(), everyone(Answer::Ok)),
        // Answered to loopback, as everyone here asks from; the address rule is tested apart
        // (`metrics::tests`, `operations`).
        ("/metrics", "/metrics".into(), everyone(Answer::Ok)),
        (
            "/api/forces/{force}",
            "/api/forces/west-midlands".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/locate-neighbourhood",
            "/api/locate-neighbourhood?q=52.4508,-1.9305".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/neighbourhoods",
            "/api/west-midlands/neighbourhoods".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}",
            "/api/west-midlands/BW003".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}/boundary",
            "/api/west-midlands/BW003/boundary".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}/people",
            "/api/west-midlands/BW003/people".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}/events",
            "/api/west-midlands/BW003/events".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}/confidence",
            "/api/west-midlands/BW003/confidence".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}/partners",
            "/api/west-midlands/BW003/partners".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/surgeries.ics",
            "/neighbourhoods/BW003/surgeries.ics".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/concerns.atom",
            "/neighbourhoods/BW003/concerns.atom".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/updates.atom",
            "/neighbourhoods/BW003/updates.atom".into(),
            everyone(Answer::Ok),
        ),
        (
            "/neighbourhoods/{code}/messages.atom",
            "/neighbourhoods/BW003/messages.atom".into(),
            everyone(Answer::Ok),
        ),
        (
            "/api/{force}/{neighbourhood}/priorities",
            "/api/west-midlands/BW003/priorities".into(),
            everyone(Answer::Ok),
        ),
        // Posted by mail programs; a signature that is not the portal's is refused.
        (
            "/unsubscribe",
            "POST /unsubscribe?resident=1&signature=x".into(),
            everyone(Answer::Forbidden),
        ),
        (
            "/account/data",
            "/account/data".into(),
            only(Resident, Answer::Ok, to("/sign-in")),
        ),
        (
            "/groups/{reference}/record.csv",
            format!("{group_page}/record.csv"),
            only(Resident, Answer::Ok, to("/sign-in")),
        ),
        (
            "/staff/neighbourhoods/{code}/surgeries/{id}/bookings.csv",
            format!("{team_surgery}/bookings.csv"),
            staff_page(BW001_TEAM),
        ),
        (
            "/staff/guarantee.csv",
            "/staff/guarantee.csv?missing=any".into(),
            staff_page(STAFF),
        ),
        (
            "/staff/guarantee/confidence.csv",
            "/staff/guarantee/confidence.csv?quarter=nonsense".into(),
            staff_page(STAFF),
        ),
    ];

    let f = |pairs: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
        pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
    };
    // Every server function, with fields and who may use it. Those that end a session or
    // an account come last.
    let actions: Vec<Action> = vec![
        (
            "/fn/sign-in/link",
            // A different address for each asker: one address may ask five times an hour.
            f(&[("email", "{who}@example.org")]),
            everyone(to("/sign-in/check-email")),
        ),
        (
            "/fn/sign-in/confirm",
            f(&[("token", "not-a-token")]),
            everyone(to("/sign-in")),
        ),
        (
            // Anyone may choose the language they read in; it goes back to the page it was on.
            "/fn/language",
            f(&[("language", "cy"), ("back", "/surgeries")]),
            everyone(to("/surgeries")),
        ),
        (
            "/fn/account/name",
            f(&[("display_name", "Sam")]),
            only(Resident, to("/account"), to("/sign-in")),
        ),
        (
            "/fn/surgeries/book/details",
            vec![
                ("surgery_id", surgery.clone()),
                ("topic", String::new()),
                ("adjustments", String::new()),
            ],
            resident_only(to(&book)),
        ),
        (
            "/fn/surgeries/book/confirm",
            vec![("surgery_id", surgery.clone())],
            resident_only(to(&book)),
        ),
        (
            "/fn/bookings/cancel",
            f(&[("token", "not-a-token")]),
            everyone(to("/bookings/cancel")),
        ),
        (
            "/fn/concerns/details",
            f(&[
                ("code", "BW001"),
                ("location", ""),
                ("description", ""),
                ("when_happens", ""),
                ("latitude", ""),
                ("longitude", ""),
            ]),
            resident_only(to(raise)),
        ),
        (
            "/fn/concerns/confirm",
            f(&[("code", "BW001")]),
            resident_only(to(raise)),
        ),
        (
            "/fn/account/concerns/reply",
            f(&[("reference", "NC-2222-2222"), ("reply", "")]),
            resident_only(to(own_concern)),
        ),
        (
            "/fn/account/concerns/improved",
            f(&[("reference", "NC-2222-2222")]),
            resident_only(to(own_concern)),
        ),
        (
            "/fn/account/concerns/reopen",
            f(&[("reference", "NC-2222-2222"), ("reason", "")]),
            resident_only(to(own_concern)),
        ),
        (
            // Not their concern: refused, and nothing changes.
            "/fn/account/concerns/partner-contact",
            vec![
                ("reference", "NC-2222-2222".into()),
                ("organisation_id", council.to_string()),
                ("contact_details", "given".into()),
            ],
            resident_only(to(own_concern)),
        ),
        (
            "/fn/votes/postcode",
            vec![("vote_id", vote.to_string()), ("postcode", String::new())],
            resident_only(to(&format!("{vote_page}/postcode"))),
        ),
        (
            "/fn/votes/choose",
            vec![("vote_id", vote.to_string())],
            resident_only(to(&choose)),
        ),
        (
            "/fn/votes/confirm",
            vec![("vote_id", vote.to_string())],
            resident_only(to(&choose)),
        ),
        (
            "/fn/messages/useful",
            f(&[
                ("reference", "TM-7777-7777"),
                ("resident", "1"),
                ("signature", "x"),
                ("answer", "yes"),
            ]),
            everyone(to("/messages/TM-7777-7777/useful")),
        ),
        (
            "/fn/survey/answer",
            f(&[
                ("code", "BW003"),
                ("understand", "tend-to-agree"),
                ("deal", "neither"),
                ("rely", "tend-to-disagree"),
                ("safe", "fairly-safe"),
            ]),
            resident_only(to("/neighbourhoods/BW003/survey")),
        ),
        (
            "/fn/account/messages/reply",
            f(&[("reference", "TM-7777-7777"), ("reply", "I saw a van too.")]),
            resident_only(to("/account")),
        ),
        (
            "/fn/email-preferences/unsubscribe",
            f(&[("resident", "1"), ("signature", "x")]),
            everyone(to("/email-preferences/unsubscribe")),
        ),
        (
            "/fn/account/update-emails",
            f(&[("choice", "yes")]),
            resident_only(to("/account")),
        ),
        (
            "/fn/account/waiting/leave",
            f(&[("entry_id", "999999")]),
            resident_only(to("/account")),
        ),
        (
            "/fn/account/bookings/cancel",
            f(&[("reference", "SRG-2222-2222")]),
            resident_only(to("/account/bookings/SRG-2222-2222")),
        ),
        (
            "/fn/account/bookings/change-time",
            f(&[("reference", "SRG-2222-2222"), ("slot_id", "999999")]),
            resident_only(to("/account/bookings/SRG-2222-2222")),
        ),
        (
            "/fn/staff/sign-in",
            f(&[("email", "nobody@police.example.uk"), ("password", "wrong")]),
            everyone(to("/staff/sign-in")),
        ),
        (
            "/fn/staff/sign-in/code",
            f(&[("code", "")]),
            only(
                PasswordOnly,
                to("/staff/sign-in/code"),
                to("/staff/sign-in"),
            ),
        ),
        (
            "/fn/staff/two-factor",
            f(&[("code", "000000")]),
            Box::new(|who| match who {
                OtherTeamMember | Moderator => to("/staff/two-factor"),
                Administrator | Partner => to("/staff/account"),
                PasswordOnly => to("/staff/sign-in/code"),
                _ => to("/staff/sign-in"),
            }),
        ),
        (
            "/fn/staff/forgot-password",
            f(&[("email", "nobody@police.example.uk")]),
            everyone(to("/staff/forgot-password")),
        ),
        (
            "/fn/staff/reset-password",
            f(&[
                ("token", "not-a-token"),
                ("password", "harbour lantern picnic 7"),
            ]),
            everyone(to("/staff/forgot-password")),
        ),
        (
            "/fn/staff/account/password",
            f(&[("current_password", ""), ("new_password", "")]),
            staff_action(ANY_STAFF, "/staff/account"),
        ),
        (
            "/fn/staff/account/second-factor",
            f(&[("current_code", "000000"), ("new_code", "000000")]),
            staff_action(&[Administrator, Partner], "/staff/account"),
        ),
        (
            "/fn/staff/neighbourhood/details",
            f(&[
                ("code", "BW003"),
                ("description", "Edgbaston"),
                ("contact_email", ""),
                ("contact_telephone", ""),
            ]),
            staff_action(ADMIN, "/staff/neighbourhoods/BW003"),
        ),
        (
            "/fn/staff/neighbourhood/team/add",
            f(&[
                ("code", "BW001"),
                ("name", "A Person"),
                ("rank", "PC"),
                ("bio", ""),
            ]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001"),
        ),
        (
            "/fn/staff/neighbourhood/team/edit",
            vec![
                ("code", "BW001".into()),
                ("member_id", city_member.clone()),
                ("name", "A Person".into()),
                ("rank", "Sergeant".into()),
                ("bio", String::new()),
            ],
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001"),
        ),
        (
            "/fn/staff/neighbourhood/team/change",
            vec![
                ("code", "BW001".into()),
                ("member_id", city_member.clone()),
                ("action", "make-contact-officer".into()),
            ],
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001"),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/schedule",
            crate::surgeries::schedule_fields(&[("code", "BW001")]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/surgeries"),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/attendance",
            vec![
                ("code", "BW001".into()),
                ("surgery_id", surgery.clone()),
                ("booking_id", "999999".into()),
                ("attendance", "attended".into()),
            ],
            staff_action(BW001_TEAM, &team_surgery),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/places",
            vec![
                ("code", "BW001".into()),
                ("surgery_id", surgery.clone()),
                ("slot_id", "999999".into()),
                ("places", String::new()),
            ],
            staff_action(BW001_TEAM, &team_surgery),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/cancel",
            vec![
                ("code", "BW001".into()),
                ("surgery_id", surgery.clone()),
                ("reason", String::new()),
            ],
            staff_action(BW001_TEAM, &team_surgery),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/walk-in",
            vec![
                ("code", "BW001".into()),
                ("surgery_id", surgery.clone()),
                ("walk_in_name", String::new()),
                ("walk_in_email", String::new()),
                ("walk_in_topic", String::new()),
            ],
            staff_action(BW001_TEAM, &team_surgery),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/move",
            vec![
                ("code", "BW001".into()),
                ("surgery_id", surgery.clone()),
                ("venue_id", String::new()),
                ("move_date_day", String::new()),
                ("move_date_month", String::new()),
                ("move_date_year", String::new()),
                ("move_start", String::new()),
                ("move_reason", String::new()),
            ],
            staff_action(BW001_TEAM, &team_surgery),
        ),
        (
            "/fn/staff/neighbourhood/surgeries/end-series",
            vec![
                ("code", "BW001".into()),
                ("surgery_id", surgery.clone()),
                ("end_reason", String::new()),
            ],
            staff_action(BW001_TEAM, &team_surgery),
        ),
        (
            "/fn/staff/neighbourhood/venues/add",
            f(&[
                ("code", "BW001"),
                ("name", ""),
                ("address", ""),
                ("postcode", ""),
                ("accessibility_notes", ""),
                ("how_to_find", ""),
            ]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/venues"),
        ),
        (
            "/fn/staff/neighbourhood/venues/save",
            vec![
                ("code", "BW001".into()),
                ("venue_id", bw001_venue.clone()),
                ("name", String::new()),
                ("address", String::new()),
                ("postcode", String::new()),
                ("accessibility_notes", String::new()),
                ("how_to_find", String::new()),
            ],
            staff_action(BW001_TEAM, &venue_page),
        ),
        (
            "/fn/staff/concerns/reply",
            vec![
                ("code", "BW001".into()),
                ("reference", concern.clone()),
                ("reply", String::new()),
            ],
            staff_action(BW001_TEAM, &team_concern),
        ),
        (
            "/fn/staff/concerns/note",
            vec![
                ("code", "BW001".into()),
                ("reference", concern.clone()),
                ("note", String::new()),
            ],
            staff_action(BW001_TEAM, &team_concern),
        ),
        (
            "/fn/staff/concerns/status",
            vec![
                ("code", "BW001".into()),
                ("reference", concern.clone()),
                ("partner", String::new()),
                ("duplicate_of", String::new()),
            ],
            staff_action(BW001_TEAM, &team_concern),
        ),
        (
            "/fn/staff/concerns/problem",
            vec![("code", "BW001".into()), ("reference", concern.clone())],
            staff_action(BW001_TEAM, &team_concern),
        ),
        (
            "/fn/staff/problems/open",
            f(&[("code", "BW001"), ("title", ""), ("scanning", "")]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/problems"),
        ),
        (
            "/fn/staff/problems/scanning",
            vec![
                ("code", "BW001".into()),
                ("reference", problem.clone()),
                ("scanning", "Speeding reported most evenings".into()),
            ],
            staff_action(BW001_TEAM, &problem_page),
        ),
        (
            "/fn/staff/problems/analysis",
            vec![
                ("code", "BW001".into()),
                ("reference", problem.clone()),
                ("victims", String::new()),
                ("offenders", String::new()),
                ("locations", String::new()),
                ("causes", String::new()),
            ],
            staff_action(BW001_TEAM, &problem_page),
        ),
        (
            "/fn/staff/problems/assessment",
            vec![
                ("code", "BW001".into()),
                ("reference", problem.clone()),
                ("worked", String::new()),
                ("measure", String::new()),
                ("outcome", String::new()),
            ],
            staff_action(BW001_TEAM, &problem_page),
        ),
        (
            "/fn/staff/problems/action",
            vec![
                ("code", "BW001".into()),
                ("reference", problem.clone()),
                ("description", String::new()),
                ("owner", String::new()),
                ("partner", String::new()),
                ("on_day", String::new()),
                ("on_month", String::new()),
                ("on_year", String::new()),
            ],
            staff_action(BW001_TEAM, &problem_page),
        ),
        (
            "/fn/staff/problems/share",
            vec![
                ("code", "BW001".into()),
                ("reference", problem.clone()),
                ("organisation_id", council.to_string()),
                // Shared already: nothing changes, whoever may share it.
                ("sharing", "share".into()),
            ],
            staff_action(BW001_TEAM, &problem_page),
        ),
        (
            "/fn/staff/concerns/refer",
            vec![
                ("code", "BW001".into()),
                ("reference", concern.clone()),
                // Passed to them already: nothing changes, whoever may pass it on.
                ("organisation_id", council.to_string()),
            ],
            staff_action(BW001_TEAM, &team_concern),
        ),
        (
            "/fn/partner/concerns/reply",
            vec![("reference", concern.clone()), ("reply", String::new())],
            staff_action(PARTNERS, &referred_concern),
        ),
        (
            "/fn/partner/problems/assessment",
            vec![
                ("reference", problem.clone()),
                ("worked", String::new()),
                ("measure", String::new()),
            ],
            staff_action(PARTNERS, &shared_problem),
        ),
        (
            "/fn/partner/problems/action",
            vec![
                ("reference", problem.clone()),
                ("description", String::new()),
                ("owner", String::new()),
                ("partner", String::new()),
                ("on_day", String::new()),
                ("on_month", String::new()),
                ("on_year", String::new()),
            ],
            staff_action(PARTNERS, &shared_problem),
        ),
        (
            "/fn/staff/partners/register",
            vec![
                ("name", String::new()),
                ("kind", String::new()),
                ("area", String::new()),
            ],
            staff_action(ADMIN, "/staff/partners"),
        ),
        (
            "/fn/staff/partners/areas",
            vec![
                ("organisation_id", council.to_string()),
                ("area", String::new()),
                ("change", "add".into()),
            ],
            staff_action(ADMIN, &organisation_page),
        ),
        (
            // Enabling an account already enabled: the partner visitor keeps signing in.
            "/fn/staff/partners/people",
            vec![
                ("organisation_id", council.to_string()),
                ("account_id", partner_account.to_string()),
                ("change", "enable".into()),
            ],
            staff_action(ADMIN, &organisation_page),
        ),
        (
            "/fn/staff/partners/invite",
            vec![
                ("organisation_id", council.to_string()),
                ("name", String::new()),
                ("email", String::new()),
            ],
            staff_action(ADMIN, &organisation_page),
        ),
        (
            "/fn/staff/problems/publish",
            vec![
                ("code", "BW001".into()),
                ("reference", problem.clone()),
                ("publishing", "withdraw".into()),
                ("summary", String::new()),
            ],
            staff_action(BW001_TEAM, &problem_page),
        ),
        (
            "/fn/staff/votes/open",
            f(&[
                ("code", "BW001"),
                ("question", ""),
                ("options", ""),
                ("most_choices", ""),
                ("opens_date_day", ""),
                ("opens_date_month", ""),
                ("opens_date_year", ""),
                ("opens_time", ""),
                ("closes_date_day", ""),
                ("closes_date_month", ""),
                ("closes_date_year", ""),
                ("closes_time", ""),
            ]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/votes"),
        ),
        (
            "/fn/staff/votes/options",
            vec![
                ("code", "BW001".into()),
                ("vote_id", vote.to_string()),
                ("options", String::new()),
                ("most_choices", String::new()),
            ],
            staff_action(BW001_TEAM, &team_vote),
        ),
        (
            "/fn/staff/votes/paper",
            vec![
                ("code", "BW001".into()),
                ("vote_id", vote.to_string()),
                ("paper_label", String::new()),
                ("paper_ballots", String::new()),
            ],
            staff_action(BW001_TEAM, &team_vote),
        ),
        (
            "/fn/staff/votes/close",
            vec![("code", "BW001".into()), ("vote_id", closing.to_string())],
            staff_action(BW001_TEAM, &team_closing),
        ),
        (
            "/fn/staff/priorities/from-option",
            vec![("code", "BW001".into()), ("option_id", option.to_string())],
            staff_action(BW001_TEAM, &team_closing),
        ),
        (
            "/fn/staff/priorities/set",
            f(&[
                ("code", "BW001"),
                ("issue", ""),
                ("issue_date_day", ""),
                ("issue_date_month", ""),
                ("issue_date_year", ""),
            ]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/priorities"),
        ),
        (
            "/fn/staff/priorities/action",
            vec![
                ("code", "BW001".into()),
                ("priority_id", priority.to_string()),
                ("action", String::new()),
                ("action_date_day", String::new()),
                ("action_date_month", String::new()),
                ("action_date_year", String::new()),
            ],
            staff_action(BW001_TEAM, &team_priority),
        ),
        (
            "/fn/staff/priorities/status",
            vec![
                ("code", "BW001".into()),
                ("priority_id", priority.to_string()),
            ],
            staff_action(BW001_TEAM, &team_priority),
        ),
        (
            "/fn/staff/priorities/welsh",
            vec![
                ("code", "BW001".into()),
                ("priority_id", priority.to_string()),
                ("issue_cy", String::new()),
            ],
            staff_action(BW001_TEAM, &team_priority),
        ),
        (
            "/fn/staff/updates/publish",
            f(&[
                ("code", "BW001"),
                ("you_said", ""),
                ("we_did", ""),
                ("next_steps", ""),
                ("outcome", ""),
                ("published_on_day", ""),
                ("published_on_month", ""),
                ("published_on_year", ""),
                ("concerns", ""),
            ]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/updates"),
        ),
        (
            "/fn/staff/updates/edit",
            f(&[
                ("code", "BW001"),
                ("update_id", update.as_str()),
                ("you_said", ""),
                ("we_did", ""),
                ("next_steps", ""),
                ("outcome", ""),
                ("published_on_day", ""),
                ("published_on_month", ""),
                ("published_on_year", ""),
                ("concerns", ""),
            ]),
            staff_action(BW001_TEAM, &team_update),
        ),
        (
            "/fn/staff/messages/draft",
            f(&[("code", "BW001"), ("title", ""), ("body", "")]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/messages"),
        ),
        (
            "/fn/staff/messages/change",
            f(&[
                ("code", "BW001"),
                ("reference", "TM-2222-2222"),
                ("title", ""),
                ("body", ""),
            ]),
            staff_action(BW001_TEAM, &team_message),
        ),
        (
            "/fn/staff/messages/send",
            f(&[("code", "BW001"), ("reference", "TM-2222-2222")]),
            staff_action(BW001_TEAM, &team_message),
        ),
        (
            "/fn/staff/messages/cancel",
            f(&[("code", "BW001"), ("reference", "TM-3333-3333")]),
            staff_action(BW001_TEAM, &cancelling),
        ),
        (
            "/fn/staff/messages/answer",
            f(&[
                ("code", "BW001"),
                ("reference", "MR-2222-2222"),
                ("seen", "0"),
                ("reply", "Thank you: we have passed it on."),
            ]),
            staff_action(BW001_TEAM, thread),
        ),
        (
            "/fn/staff/updates/withdraw",
            f(&[("code", "BW001"), ("update_id", withdrawing.as_str())]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/updates"),
        ),
        (
            "/fn/staff/time/record",
            f(&[
                ("code", "BW001"),
                ("kind", ""),
                ("worked_on_day", ""),
                ("worked_on_month", ""),
                ("worked_on_year", ""),
                ("hours", ""),
                ("place", ""),
            ]),
            staff_action(BW001_TEAM, "/staff/neighbourhoods/BW001/time"),
        ),
        (
            "/fn/staff/moderation/decide",
            f(&[
                ("concern_id", "999999"),
                ("decision", "reject"),
                ("summary", ""),
            ]),
            staff_action(MODERATORS, "/staff/moderation"),
        ),
        (
            "/fn/staff/concern-categories/add",
            f(&[("name", "")]),
            staff_action(ADMIN, "/staff/concern-categories"),
        ),
        (
            "/fn/staff/concern-categories/change",
            f(&[
                ("category_id", "1"),
                ("name", ""),
                ("action", "rename"),
                ("retired", "false"),
            ]),
            staff_action(ADMIN, "/staff/concern-categories"),
        ),
        (
            "/fn/staff/accounts/create",
            f(&[
                ("name", "New Person"),
                ("email", "new@police.example.uk"),
                ("role", "moderator"),
            ]),
            staff_action(ADMIN, "/staff/accounts"),
        ),
        (
            "/fn/staff/accounts/change",
            vec![("account_id", target.clone()), ("change", "disable".into())],
            staff_action(ADMIN, "/staff/accounts"),
        ),
        (
            "/fn/staff/areas/create",
            f(&[("lpa_id", ""), ("code", "NEWLPA"), ("name", "New Area")]),
            staff_action(ADMIN, "/staff/areas"),
        ),
        (
            "/fn/staff/areas/rename",
            vec![("lpa_id", lpa.clone()), ("name", "Renamed Area".into())],
            staff_action(ADMIN, "/staff/areas"),
        ),
        (
            "/fn/staff/wide-messages/draft",
            f(&[("title", ""), ("body", ""), ("lpa", "")]),
            staff_action(ADMIN, "/staff/messages"),
        ),
        (
            "/fn/staff/wide-messages/change",
            f(&[("reference", "TM-4444-4444"), ("title", ""), ("body", "")]),
            staff_action(ADMIN, "/staff/messages/TM-4444-4444"),
        ),
        (
            "/fn/staff/wide-messages/send",
            f(&[("reference", "TM-4444-4444")]),
            staff_action(ADMIN, "/staff/messages/TM-4444-4444"),
        ),
        (
            "/fn/staff/wide-messages/cancel",
            f(&[("reference", "TM-5555-5555")]),
            staff_action(ADMIN, "/staff/messages/TM-5555-5555"),
        ),
        (
            "/fn/staff/wide-messages/approve",
            f(&[("reference", "TM-6666-6666")]),
            staff_action(ADMIN, "/staff/messages/TM-6666-6666"),
        ),
        (
            "/fn/staff/outbox/retry",
            f(&[("message_id", "999999")]),
            staff_action(ADMIN, "/staff/outbox"),
        ),
        (
            "/fn/groups/register",
            f(&[
                ("name", ""),
                ("neighbourhood_1", ""),
                ("neighbourhood_2", ""),
                ("neighbourhood_3", ""),
                ("description", ""),
                ("key", ""),
            ]),
            resident_only(to("/groups/new")),
        ),
        (
            "/fn/groups/join",
            vec![("reference", group.clone())],
            resident_only(to(&group_page)),
        ),
        (
            "/fn/groups/contact",
            vec![
                ("reference", group.clone()),
                ("from_name", String::new()),
                ("from_email", String::new()),
                ("message", String::new()),
            ],
            everyone(to(&group_page)),
        ),
        (
            "/fn/following/change",
            f(&[("item", ""), ("action", "follow")]),
            resident_only(to("/account#following")),
        ),
        (
            "/fn/groups/preferences",
            vec![("reference", group.clone())],
            resident_only(to(&dashboard)),
        ),
        (
            "/fn/groups/invite",
            vec![("reference", group.clone()), ("email", String::new())],
            resident_only(to(&members)),
        ),
        (
            "/fn/groups/members/change",
            vec![
                ("reference", group.clone()),
                ("member_id", "999999".into()),
                ("change", "approve".into()),
            ],
            resident_only(to(&members)),
        ),
        // With another organiser, the resident may leave (last, as it ends membership).
        (
            "/fn/groups/leave",
            vec![("reference", group.clone())],
            resident_only(to("/account#groups")),
        ),
        (
            "/fn/groups/invitations/accept",
            f(&[("token", "x")]),
            everyone(to("/groups/invitations/accept")),
        ),
        (
            "/fn/staff/groups/decide",
            vec![("reference", group.clone()), ("reason", String::new())],
            staff_action(MODERATORS, &staff_group),
        ),
        (
            "/fn/staff/groups/meeting",
            vec![
                ("reference", group.clone()),
                ("neighbourhood", String::new()),
                ("met_on_day", String::new()),
                ("met_on_month", String::new()),
                ("met_on_year", String::new()),
                ("attendees", String::new()),
                ("notes", String::new()),
            ],
            staff_action(ADMIN, &staff_group),
        ),
        ("/fn/account/alerts", vec![], resident_only(to("/account"))),
        (
            "/fn/account/messages",
            vec![],
            resident_only(to("/account")),
        ),
        (
            "/fn/staff/account/sign-out-everywhere",
            vec![],
            staff_action(ANY_STAFF, "/staff/sign-in"),
        ),
        (
            "/fn/account/delete",
            vec![],
            only(Resident, to("/"), to("/sign-in")),
        ),
        ("/fn/sign-out", vec![], everyone(to("/"))),
    ];

    // Nothing registered is missing from the lists, and nothing listed is not registered.
    let registered_pages: BTreeSet<String> = server::startup::route_list()
        .iter()
        .map(|route| route.path().to_string())
        .collect();
    let listed_pages: BTreeSet<String> = pages.iter().map(|(r, ..)| r.to_string()).collect();
    assert_eq!(
        listed_pages, registered_pages,
        "every page has expected answers"
    );
    let registered_routes: BTreeSet<String> = server::api::paths()
        .into_iter()
        .map(str::to_string)
        .collect();
    let listed_routes: BTreeSet<String> = routes.iter().map(|(r, ..)| r.to_string()).collect();
    assert_eq!(
        listed_routes, registered_routes,
        "every route outside Leptos has expected answers"
    );
    let registered_functions: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect();
    let listed_functions: BTreeSet<String> = actions.iter().map(|(p, ..)| p.to_string()).collect();
    assert_eq!(
        listed_functions, registered_functions,
        "every server function has expected answers"
    );

    for who in EVERYONE {
        let as_who = client_as(&app, who, &secrets).await;
        let page_cases = pages
            .iter()
            .map(|(_, path, expect)| (path.clone(), expect))
            .chain(
                other_team
                    .iter()
                    .map(|(path, expect)| (path.clone(), expect)),
            )
            .chain(
                routes
                    .iter()
                    .map(|(_, path, expect)| (path.clone(), expect)),
            );
        for (path, expect) in page_cases {
            let response = match path.strip_prefix("POST ") {
                Some(posted) => as_who
                    .client
                    .post(format!("{}{posted}", as_who.address))
                    .send()
                    .await
                    .unwrap(),
                None => as_who.get(&path).await,
            };
            let got = answer(response).await;
            assert_eq!(got, expect(who), "{kind}: {who:?} GET {path}");
        }
        for (path, fields, expect) in &actions {
            let who_name = format!("{who:?}").to_lowercase();
            let fields: Vec<(&str, String)> = fields
                .iter()
                .map(|(k, v)| (*k, v.replace("{who}", &who_name)))
                .collect();
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let got = answer(as_who.post_form(path, &fields).await).await;
            assert_eq!(got, expect(who), "{kind}: {who:?} POST {path}");
        }
    }
    // Only the allowed changes happened: the BW001 team member and the administrator each
    // added one team member.
    assert_eq!(
        audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("team_member.create"))
            .count(&app.db)
            .await
            .unwrap(),
        2,
        "{kind}"
    );
}
