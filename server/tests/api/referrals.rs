//! Concerns passed to a partner: a team passes a resident's concern to an organisation working
//! in its neighbourhood; it lands in that organisation's queue and nowhere else; the partner sees
//! who raised it only with the resident's consent, for that organisation; its reply reaches the
//! resident under its name, and the 72-hour clock stays the team's.

use crate::concerns::{raise, stored, team_member};
use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::partners::{administrator, partner_person, register};
use crate::surgeries::resident;
use entity::concern::ConcernStatus;
use entity::concern_event::{self, EventKind};
use entity::{audit_entry, concern_referral};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn refer(team: &TestApp, reference: &str, organisation: i32) -> reqwest::Response {
    team.post_form(
        "/fn/staff/concerns/refer",
        &[
            ("code", "BW003"),
            ("reference", reference),
            ("organisation_id", organisation.to_string().as_str()),
        ],
    )
    .await
}

async fn referrals(app: &TestApp) -> u64 {
    concern_referral::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}

async fn partner_replies(app: &TestApp) -> u64 {
    concern_event::Entity::find()
        .filter(concern_event::Column::Kind.eq(EventKind::PartnerReply))
        .count(&app.db)
        .await
        .unwrap()
}

async fn answer(resident: &TestApp, reference: &str, organisation: i32, given: &str) -> String {
    let response = resident
        .post_form(
            "/fn/account/concerns/partner-contact",
            &[
                ("reference", reference),
                ("organisation_id", organisation.to_string().as_str()),
                ("contact_details", given),
            ],
        )
        .await;
    location(&response).to_string()
}

async fn reply(partner: &TestApp, reference: &str, text: &str) -> reqwest::Response {
    partner
        .post_form(
            "/fn/partner/concerns/reply",
            &[("reference", reference), ("reply", text)],
        )
        .await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concern_passed_to_a_partner_reaches_only_them_and_their_reply_reaches_the_resident(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "neighbourhood:BW003").await;
    let housing = register(&admin, "Midland Heart", "neighbourhood:BW003").await;
    let elsewhere = register(&admin, "Sandwell Youth Service", "neighbourhood:BW001").await;
    let dana = partner_person(&app, &admin, council, "dana@birmingham.example.gov.uk").await;
    let lee = partner_person(&app, &admin, housing, "lee@midlandheart.example.org").await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(&sam, &[]).await;
    let team = team_member(&app, "BW003").await;
    let theirs = format!("/partner/concerns/{reference}");
    let team_page = format!("/staff/neighbourhoods/BW003/concerns/{reference}");
    let own_page = format!("/account/concerns/{reference}");

    // Not passed on yet: the partner's page answers as one that does not exist.
    assert_eq!(dana.get(&theirs).await.status(), 403, "{kind}");
    assert_eq!(
        dana.get("/partner/concerns/NC-2222-2222").await.status(),
        403,
        "{kind}"
    );
    // Only to an organisation working in the neighbourhood.
    assert_eq!(
        location(&refer(&team, &reference, elsewhere).await),
        team_page,
        "{kind}"
    );
    let (_, refused) = team.html(&team_page).await;
    assert!(
        refused.contains("That partner does not work in this neighbourhood"),
        "{kind}"
    );
    assert_eq!(referrals(&app).await, 0, "{kind}");
    assert_eq!(
        stored(&app, &reference).await.status,
        ConcernStatus::Received,
        "{kind}"
    );

    // Passed on, twice: one referral, and the status names the organisation.
    assert_eq!(
        location(&refer(&team, &reference, council).await),
        team_page,
        "{kind}"
    );
    refer(&team, &reference, council).await;
    assert_eq!(referrals(&app).await, 1, "{kind}");
    let passed = stored(&app, &reference).await;
    assert_eq!(passed.status, ConcernStatus::PassedToPartner, "{kind}");
    assert_eq!(
        passed.partner.as_deref(),
        Some("Birmingham City Council"),
        "{kind}"
    );
    let emailed = app.delivered_to("sam@example.org").await;
    assert!(
        emailed.contains(
            "Birmingham City Council does not see your name or email address unless you agree"
        ),
        "{kind}: {emailed}"
    );
    // A note for the team stays the team's.
    team.post_form(
        "/fn/staff/concerns/note",
        &[
            ("code", "BW003"),
            ("reference", reference.as_str()),
            ("note", "Known to us from last summer."),
        ],
    )
    .await;

    let (_, home) = dana.html("/partner").await;
    assert!(home.contains(&reference), "{kind}");
    let (status, page) = dana.html(&theirs).await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        page.contains("Cars race along the road by the park most evenings."),
        "{kind}"
    );
    assert!(!page.contains("sam@example.org"), "{kind}: no consent yet");
    assert!(!page.contains("Known to us from last summer."), "{kind}");
    assert!(page.contains("has not yet said whether"), "{kind}");
    // Another organisation sees nothing of it.
    let (_, lees) = lee.html("/partner").await;
    assert!(!lees.contains(&reference), "{kind}");
    assert_eq!(lee.get(&theirs).await.status(), 403, "{kind}");

    // The resident agrees, for that organisation only.
    let (_, own) = sam.html(&own_page).await;
    assert!(
        own.contains("You have not answered yet: Birmingham City Council cannot see"),
        "{kind}"
    );
    assert_eq!(answer(&sam, &reference, council, "given").await, own_page);
    let (_, page) = dana.html(&theirs).await;
    assert!(page.contains("sam@example.org"), "{kind}");
    // Not passed to the housing association: refused, and it still sees nothing.
    assert_eq!(answer(&sam, &reference, housing, "given").await, own_page);
    let (_, own) = sam.html(&own_page).await;
    assert!(own.contains("Your answer could not be saved"), "{kind}");
    assert_eq!(lee.get(&theirs).await.status(), 403, "{kind}");
    // Someone else's concern is not theirs to answer for.
    let other = resident(&app, "alex@example.org").await;
    assert_eq!(
        answer(&other, &reference, council, "refused").await,
        "/account/concerns/".to_string() + &reference
    );
    assert!(
        dana.html(&theirs).await.1.contains("sam@example.org"),
        "{kind}"
    );
    // The resident changes their mind.
    answer(&sam, &reference, council, "refused").await;
    let (_, page) = dana.html(&theirs).await;
    assert!(!page.contains("sam@example.org"), "{kind}");
    assert!(page.contains("chose not to share"), "{kind}");

    // The partner replies: an empty reply is refused and changes nothing.
    assert_eq!(location(&reply(&dana, &reference, " ").await), theirs);
    assert_eq!(partner_replies(&app).await, 0, "{kind}");
    assert_eq!(
        reply(&lee, &reference, "Not ours.").await.status(),
        403,
        "{kind}"
    );
    assert_eq!(
        location(
            &reply(
                &dana,
                &reference,
                "We will clear the fly-tipping on Tuesday."
            )
            .await
        ),
        theirs
    );
    assert_eq!(partner_replies(&app).await, 1, "{kind}");
    let emailed = app.delivered_to("sam@example.org").await;
    assert!(
        emailed.contains("Birmingham City Council has replied about your concern")
            && emailed.contains("We will clear the fly-tipping on Tuesday."),
        "{kind}: {emailed}"
    );
    let (_, own) = sam.html(&own_page).await;
    assert!(
        own.contains("Birmingham City Council") && own.contains("We will clear the fly-tipping"),
        "{kind}"
    );
    let (_, teams) = team.html(&team_page).await;
    assert!(
        teams.contains("Dana Whitfield (Birmingham City Council)"),
        "{kind}"
    );
    // The 72-hour clock is the team's: a partner's reply does not stop it.
    assert_eq!(
        stored(&app, &reference).await.first_reply_at,
        None,
        "{kind}"
    );
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.is_in(["partner.refer_concern", "partner.reply"]))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 2, "{kind}");

    // The resident's download says who it was passed to and what they let them see.
    let download = sam.get("/account/data").await.text().await.unwrap();
    assert!(
        download.contains("Birmingham City Council") && download.contains("refused"),
        "{kind}: {download}"
    );

    // Closed by the team: the partner's reply is refused and nothing is written.
    team.post_form(
        "/fn/staff/concerns/status",
        &[
            ("code", "BW003"),
            ("reference", reference.as_str()),
            ("status", "closed"),
            ("partner", ""),
            ("close_reason", "action-taken"),
            ("duplicate_of", ""),
        ],
    )
    .await;
    assert_eq!(
        stored(&app, &reference).await.status,
        ConcernStatus::Closed,
        "{kind}"
    );
    reply(&dana, &reference, "One more thing.").await;
    assert_eq!(partner_replies(&app).await, 1, "{kind}");
    assert!(
        dana.html(&theirs)
            .await
            .1
            .contains("The team has closed this concern"),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concern_passed_on_from_two_instances_at_once_is_passed_once(kind: Database) {
    let app = spawn_app(kind).await;
    let admin = administrator(&app).await;
    let council = register(&admin, "Birmingham City Council", "neighbourhood:BW003").await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = raise(&sam, &[]).await;
    // The same administrator's browser, its requests answered by a second instance.
    let other_admin = admin.another_instance().await;
    let (one, two) = tokio::join!(
        refer(&admin, &reference, council),
        refer(&other_admin, &reference, council),
    );
    assert_eq!(location(&one), location(&two), "{kind}");
    assert_eq!(referrals(&app).await, 1, "{kind}");
    let count = |action: &'static str| {
        audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq(action))
            .count(&app.db)
    };
    assert_eq!(count("partner.refer_concern").await.unwrap(), 1, "{kind}");
    let changes = concern_event::Entity::find()
        .filter(concern_event::Column::Kind.eq(EventKind::StatusChanged))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(changes, 1, "{kind}: one change of status, told once");
}
