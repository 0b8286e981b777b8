//! Local priorities: votes (one person, one vote, also racing on two instances), paper ballots
//! apart, final results; priorities set from a vote and kept up to date; "you said, we did"
//! updates emailed once to those they answer, with one-click unsubscribe; the Atom feed and the
//! data.police.uk `priorities` call.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::open_data::compare_with_sample;
use crate::staff_accounts::{create_staff, neighbourhood_id, sign_in_staff};
use crate::surgeries::{audit_count, many_residents, resident, small_pool};
use app::domain::ids::ResidentId;
use app::domain::schedule::uk_local;
use app::domain::staff::Role;
use chrono::Datelike;
use entity::{ballot, outbox_message, priority, vote, vote_option};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// An open vote in a neighbourhood (one option of two) and a priority set directly, for tests
/// that need them to exist: (vote, its first option, priority).
pub async fn vote_and_priority_in(app: &TestApp, code: &str) -> (i32, i32, i32) {
    use sea_orm::ActiveModelTrait;
    use sea_orm::ActiveValue::Set;
    let n = neighbourhood_id(app, code).await;
    let now = app.clock.now();
    let vote = vote::ActiveModel {
        neighbourhood_id: Set(n),
        question: Set("Which should the team work on first?".into()),
        most_choices: Set(1),
        opens_at: Set(now - 3600),
        closes_at: Set(now + 7 * 86_400),
        eligibility: Set(entity::vote::Eligibility::AnyResident),
        show_running_totals: Set(false),
        finalised_at: Set(None),
        created_at: Set(now),
        created_by: Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let mut first = 0;
    for (position, label) in ["Speeding", "Parking"].into_iter().enumerate() {
        let option = vote_option::ActiveModel {
            vote_id: Set(vote.id),
            position: Set(position as i32 + 1),
            label: Set(label.into()),
            concern_id: Set(None),
            problem_id: Set(None),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        if position == 0 {
            first = option.id;
        }
    }
    let priority = priority::ActiveModel {
        neighbourhood_id: Set(n),
        issue: Set("Speeding near the school".into()),
        issue_date: Set(now),
        status: Set(entity::priority::PriorityStatus::Open),
        vote_option_id: Set(None),
        problem_id: Set(None),
        created_at: Set(now),
        created_by: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    (vote.id, first, priority.id)
}

/// A BW003 team member, signed in on a browser of their own.
pub async fn team(app: &TestApp) -> TestApp {
    create_staff(
        app,
        "edgbaston@police.example.uk",
        Role::TeamMember,
        &["BW003"],
    )
    .await;
    let team = app.new_browser();
    sign_in_staff(&team, "edgbaston@police.example.uk").await;
    team
}

/// The fields of the open-a-vote form: open from today at midnight for `days` days.
pub fn vote_fields(
    app: &TestApp,
    options: &str,
    most: &str,
    eligibility: &str,
    opens_in_days: i64,
) -> Vec<(&'static str, String)> {
    let today = uk_local(app.clock.now()).date();
    let opens = today + chrono::Duration::days(opens_in_days);
    let closes = opens + chrono::Duration::days(7);
    vec![
        ("code", "BW003".into()),
        ("question", "Which should the team work on first?".into()),
        ("options", options.into()),
        ("most_choices", most.into()),
        ("opens_date_day", opens.day().to_string()),
        ("opens_date_month", opens.month().to_string()),
        ("opens_date_year", opens.year().to_string()),
        ("opens_time", "12am".into()),
        ("closes_date_day", closes.day().to_string()),
        ("closes_date_month", closes.month().to_string()),
        ("closes_date_year", closes.year().to_string()),
        ("closes_time", "11pm".into()),
        ("eligibility", eligibility.into()),
    ]
}

/// Sends the form on `page` whose action is `action`, with `fields` typed in.
pub async fn post(
    browser: &TestApp,
    page: &str,
    action: &str,
    fields: &[(&str, String)],
) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.submit(page, action, &fields).await
}

const VOTES_PAGE: &str = "/staff/neighbourhoods/BW003/votes";

fn team_vote_page(id: i32) -> String {
    format!("{VOTES_PAGE}/{id}")
}

/// Opens a vote as the team; returns its id.
pub async fn open_vote(team: &TestApp, fields: &[(&str, String)]) -> i32 {
    let opened = post(team, VOTES_PAGE, "/fn/staff/votes/open", fields).await;
    let to = location(&opened).to_string();
    to.rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("opened to {to}"))
}

async fn options(app: &TestApp, vote_id: i32) -> Vec<vote_option::Model> {
    vote_option::Entity::find()
        .filter(vote_option::Column::VoteId.eq(vote_id))
        .order_by_asc(vote_option::Column::Position)
        .all(&app.db)
        .await
        .unwrap()
}

/// Chooses `chosen` (option ids) on the vote's page and casts the ballot; returns where
/// casting led.
pub(crate) async fn vote_for(browser: &TestApp, vote_id: i32, chosen: &[i32]) -> String {
    let all = options(browser, vote_id).await;
    let most = vote::Entity::find_by_id(vote_id)
        .one(&browser.db)
        .await
        .unwrap()
        .unwrap()
        .most_choices;
    // Radios share the first name; each checkbox is named by its option's place.
    let fields: Vec<(String, String)> = chosen
        .iter()
        .map(|option| {
            let place = if most == 1 {
                0
            } else {
                all.iter().position(|o| o.id == *option).unwrap()
            };
            (format!("choices[{place}]"), option.to_string())
        })
        .collect();
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let chose = browser
        .submit(
            &format!("/votes/{vote_id}/choose"),
            "/fn/votes/choose",
            &fields,
        )
        .await;
    let to = location(&chose).to_string();
    if !to.ends_with("/check") {
        return to;
    }
    let cast = browser.submit(&to, "/fn/votes/confirm", &[]).await;
    location(&cast).to_string()
}

async fn ballots(app: &TestApp, vote_id: i32) -> u64 {
    ballot::Entity::find()
        .filter(ballot::Column::VoteId.eq(vote_id))
        .count(&app.db)
        .await
        .unwrap()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn residents_vote_once_each_without_javascript_and_the_results_are_final_when_it_closes(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    // A mistake first: one option only.
    post(
        &team,
        VOTES_PAGE,
        "/fn/staff/votes/open",
        &vote_fields(&app, "Speeding", "1", "any-resident", 0),
    )
    .await;
    let (_, refused) = team.html("/staff/neighbourhoods/BW003/votes").await;
    assert!(refused.contains("Enter at least 2 options"), "{kind}");

    let id = open_vote(
        &team,
        &vote_fields(
            &app,
            "Speeding by the park\nParking on pavements\nLitter in the precinct",
            "2",
            "any-resident",
            0,
        ),
    )
    .await;
    let opts = options(&app, id).await;
    assert_eq!(opts.len(), 3, "{kind}");
    assert_eq!(audit_count(&app, "priority.vote_create").await, 1, "{kind}");
    // The home page leads to it, among the votes open now.
    let (_, home) = app.new_browser().html("/").await;
    assert!(home.contains("Votes open now"), "{kind}");
    assert!(
        home.contains(&format!(r#"href="/votes/{id}""#))
            && home.contains("Which should the team work on first?"),
        "{kind}"
    );

    // Sam votes for two, is refused three, then changes to one: one ballot all along.
    let sam = resident(&app, "sam@example.org").await;
    let (status, choose) = sam.html(&format!("/votes/{id}/choose")).await;
    assert_eq!(status, 200, "{kind}");
    assert!(choose.contains("Select up to 2 options"), "{kind}");
    let done = vote_for(&sam, id, &[opts[0].id, opts[1].id]).await;
    assert_eq!(done, format!("/votes/{id}"), "{kind}");
    let (_, page) = sam.html(&done).await;
    assert!(page.contains("Vote recorded"), "{kind}");
    let too_many = vote_for(&sam, id, &[opts[0].id, opts[1].id, opts[2].id]).await;
    assert_eq!(too_many, format!("/votes/{id}/choose"), "{kind}");
    let (_, refused) = sam.html(&too_many).await;
    assert!(refused.contains("Select up to 2 options"), "{kind}");
    vote_for(&sam, id, &[opts[0].id]).await;
    assert_eq!(
        ballots(&app, id).await,
        1,
        "{kind}: changed, never counted twice"
    );
    let alex = resident(&app, "alex@example.org").await;
    vote_for(&alex, id, &[opts[0].id, opts[2].id]).await;
    let (_, public) = app.new_browser().html(&format!("/votes/{id}")).await;
    assert!(
        public.contains("So far, 2 people have voted online."),
        "{kind}"
    );
    assert!(
        !public.contains("Totals so far"),
        "{kind}: no running totals asked for"
    );

    // Paper ballots from a meeting, counted apart.
    let recorded = post(
        &team,
        &team_vote_page(id),
        "/fn/staff/votes/paper",
        &[
            ("code", "BW003".into()),
            ("vote_id", id.to_string()),
            ("paper_label", "Residents' meeting at the library".into()),
            ("paper_ballots", "3".into()),
            ("option_ids[0]", opts[0].id.to_string()),
            ("counts[0]", "0".into()),
            ("option_ids[1]", opts[1].id.to_string()),
            ("counts[1]", "2".into()),
            ("option_ids[2]", opts[2].id.to_string()),
            ("counts[2]", "1".into()),
        ],
    )
    .await;
    assert_eq!(
        location(&recorded),
        format!("/staff/neighbourhoods/BW003/votes/{id}"),
        "{kind}"
    );
    let (_, counted) = team
        .html(&format!("/staff/neighbourhoods/BW003/votes/{id}"))
        .await;
    assert!(
        counted.contains("The paper ballots have been counted"),
        "{kind}: {counted}"
    );

    // Closed: the results are final, ties shown as ties, and nobody can vote any more.
    post(
        &team,
        &team_vote_page(id),
        "/fn/staff/votes/close",
        &[("code", "BW003".into()), ("vote_id", id.to_string())],
    )
    .await;
    let closed = vote::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(closed.finalised_at.is_some(), "{kind}");
    assert_eq!(
        audit_count(&app, "priority.vote_results").await,
        1,
        "{kind}"
    );
    let (_, results) = app.new_browser().html(&format!("/votes/{id}")).await;
    assert!(results.contains("These results are final"), "{kind}");
    // Speeding 2 online; Parking 2 on paper; Litter 1 + 1: a three-way tie at 2.
    assert_eq!(results.matches("1 (tied)").count(), 3, "{kind}: {results}");
    assert!(results.contains("<svg"), "{kind}: the bar chart");
    // A choice sent from a page left open since before it closed.
    let late = alex
        .post_form(
            "/fn/votes/choose",
            &[
                ("vote_id", &id.to_string()),
                ("choices[0]", &opts[1].id.to_string()),
            ],
        )
        .await;
    assert_eq!(
        location(&late),
        format!("/votes/{id}"),
        "{kind}: sent back to the results"
    );
    assert_eq!(ballots(&app, id).await, 2, "{kind}");

    // One click makes an option a priority, once: its button goes, and a second click
    // from a page left open adds nothing.
    let make_priority = [
        ("code", "BW003".to_string()),
        ("option_id", opts[0].id.to_string()),
    ];
    post(
        &team,
        &team_vote_page(id),
        "/fn/staff/priorities/from-option",
        &make_priority,
    )
    .await;
    let again: Vec<(&str, &str)> = make_priority
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    team.post_form("/fn/staff/priorities/from-option", &again)
        .await;
    let set = priority::Entity::find()
        .filter(priority::Column::VoteOptionId.eq(opts[0].id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(set.len(), 1, "{kind}");
    let (_, neighbourhood) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(neighbourhood.contains("Speeding by the park"), "{kind}");
    assert!(neighbourhood.contains("No action recorded yet"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn options_change_until_the_vote_opens_and_a_postcode_vote_asks_for_a_postcode_inside(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let id = open_vote(
        &team,
        &vote_fields(
            &app,
            "Speeding\nParking",
            "1",
            "postcode-in-neighbourhood",
            1,
        ),
    )
    .await;
    let options_fields = |options: &str| {
        [
            ("code", "BW003".to_string()),
            ("vote_id", id.to_string()),
            ("options", options.to_string()),
            ("most_choices", "1".to_string()),
        ]
    };
    post(
        &team,
        &team_vote_page(id),
        "/fn/staff/votes/options",
        &options_fields("Speeding\nParking\nNoise at night"),
    )
    .await;
    assert_eq!(options(&app, id).await.len(), 3, "{kind}");
    // It opens tomorrow at midnight; a day and a bit later the options are fixed: the form
    // is gone, and one sent from a page left open changes nothing.
    app.clock.advance(36 * 3600);
    sign_in_staff(&team, "edgbaston@police.example.uk").await;
    let stale = options_fields("Something else\nAnother thing");
    let stale: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
    team.post_form("/fn/staff/votes/options", &stale).await;
    let (_, fixed) = team
        .html(&format!("/staff/neighbourhoods/BW003/votes/{id}"))
        .await;
    assert!(fixed.contains("its options can no longer change"), "{kind}");
    assert_eq!(options(&app, id).await.len(), 3, "{kind}");

    let sam = resident(&app, "sam@example.org").await;
    let asked = sam.get(&format!("/votes/{id}/choose")).await;
    assert_eq!(location(&asked), format!("/votes/{id}/postcode"), "{kind}");
    // B1 2JB is in the city centre, not Edgbaston.
    let postcode_page = format!("/votes/{id}/postcode");
    sam.submit(
        &postcode_page,
        "/fn/votes/postcode",
        &[("postcode", "B1 2JB")],
    )
    .await;
    let (_, refused) = sam.html(&format!("/votes/{id}/postcode")).await;
    assert!(
        refused.contains("That postcode is not in Edgbaston"),
        "{kind}: {refused}"
    );
    let confirmed = sam
        .submit(
            &postcode_page,
            "/fn/votes/postcode",
            &[("postcode", "b15 2tt")],
        )
        .await;
    assert_eq!(
        location(&confirmed),
        format!("/votes/{id}/choose"),
        "{kind}"
    );
    let opts = options(&app, id).await;
    vote_for(&sam, id, &[opts[2].id]).await;
    let cast = ballot::Entity::find()
        .filter(ballot::Column::VoteId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(cast.postcode_confirmed, "{kind}");
    let stored = entity::vote::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !format!("{stored:?}").contains("B15"),
        "{kind}: no postcode kept"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_residents_voting_at_once_on_two_instances_make_two_hundred_ballots(
    kind: Database,
) {
    use app::services::votes::{BallotRequest, Voted, cast};
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let id = open_vote(
        &team,
        &vote_fields(&app, "Speeding\nParking\nLitter", "2", "any-resident", 0),
    )
    .await;
    let opts: Vec<i32> = options(&app, id).await.iter().map(|o| o.id).collect();
    let (first, second) = (
        small_pool(&app.database_url).await,
        small_pool(&app.database_url).await,
    );
    let instance = |i: usize| {
        if i.is_multiple_of(2) {
            first.clone()
        } else {
            second.clone()
        }
    };
    let attempt = |db: app::services::write::Database, resident_id: i32, choices: Vec<i32>| {
        let clock = app.clock.clone();
        tokio::spawn(async move {
            cast(
                &db,
                &clock,
                &BallotRequest {
                    vote_id: id,
                    resident_id: ResidentId::new(resident_id),
                    choices,
                    postcode_confirmed: false,
                },
            )
            .await
            .unwrap()
        })
    };
    let voters = many_residents(&app, "voter", 200).await;
    let racing: Vec<_> = voters
        .iter()
        .enumerate()
        .map(|(i, id)| attempt(instance(i), *id, vec![opts[i % 3]]))
        .collect();
    for race in racing {
        assert!(matches!(race.await.unwrap(), Voted::Counted), "{kind}");
    }
    assert_eq!(ballots(&app, id).await, 200, "{kind}");

    // One resident sending 20 ballots at once, some over the limit: one ballot, within it.
    let sam = many_residents(&app, "sam-votes", 1).await[0];
    let repeated: Vec<_> = (0..20)
        .map(|i| {
            let choices = if i % 4 == 0 {
                opts.clone()
            } else {
                vec![opts[i % 3]]
            };
            attempt(instance(i), sam, choices)
        })
        .collect();
    let mut refused = 0;
    for race in repeated {
        if matches!(race.await.unwrap(), Voted::Refused(_)) {
            refused += 1;
        }
    }
    assert_eq!(refused, 5, "{kind}: three choices of a limit of two");
    assert_eq!(ballots(&app, id).await, 201, "{kind}");
    let theirs = app::services::votes::resident_choices(&app.db, id, ResidentId::new(sam))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(theirs.len(), 1, "{kind}");

    // Ballots racing the team closing the vote (ballots take a shared lock, closing an
    // exclusive one): whatever got in before the close is in the final count, and nothing after.
    let late = many_residents(&app, "late-voter", 60).await;
    let racing: Vec<_> = late
        .iter()
        .enumerate()
        .map(|(i, id)| attempt(instance(i), *id, vec![opts[0]]))
        .collect();
    let id_text = id.to_string();
    team.post_form(
        "/fn/staff/votes/close",
        &[("code", "BW003"), ("vote_id", id_text.as_str())],
    )
    .await;
    for race in racing {
        race.await.unwrap();
    }
    let counted = ballots(&app, id).await;
    let last = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::Action.eq("priority.vote_results"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the final results, audited");
    let record: serde_json::Value = serde_json::from_str(&last.after.unwrap()).unwrap();
    assert_eq!(
        record["online_ballots"].as_u64(),
        Some(counted),
        "{kind}: the final count is every ballot kept"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_emails_each_linked_resident_once_who_can_stop_the_emails_in_one_click(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let id = open_vote(
        &team,
        &vote_fields(&app, "Speeding\nParking", "1", "any-resident", 0),
    )
    .await;
    let opts = options(&app, id).await;
    let sam = resident(&app, "sam@example.org").await;
    vote_for(&sam, id, &[opts[0].id]).await;
    let alex = resident(&app, "alex@example.org").await;
    vote_for(&alex, id, &[opts[1].id]).await;
    // Sam also raised a concern the update answers: still one email for Sam.
    let concern = crate::concerns::concern_in(&app, "BW003").await;
    let sam_id = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("sam@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    entity::concern::Entity::update_many()
        .col_expr(
            entity::concern::Column::ResidentId,
            sea_orm::sea_query::Expr::value(sam_id),
        )
        .filter(entity::concern::Column::Reference.eq(&concern))
        .exec(&app.db)
        .await
        .unwrap();
    // Alex would rather not hear.
    alex.submit("/account", "/fn/account/update-emails", &[("choice", "no")])
        .await;

    let published = post(
        &team,
        "/staff/neighbourhoods/BW003/updates",
        "/fn/staff/updates/publish",
        &[
            ("code", "BW003".into()),
            ("you_said", "Cars speed past the park gates.".into()),
            (
                "we_did",
                "Speed checks on four evenings with the council.".into(),
            ),
            ("next_steps", "A crossing is planned for the spring.".into()),
            ("outcome", "12 vehicles stopped, 3 seized".into()),
            ("published_on_day", String::new()),
            ("published_on_month", String::new()),
            ("published_on_year", String::new()),
            ("votes[0]", id.to_string()),
            ("concerns", concern.clone()),
        ],
    )
    .await;
    assert_eq!(
        location(&published),
        "/staff/neighbourhoods/BW003/updates",
        "{kind}"
    );
    let (_, page) = team.html("/staff/neighbourhoods/BW003/updates").await;
    assert!(
        page.contains("1 resident linked to it has been emailed"),
        "{kind}: {page}"
    );
    let emails = outbox_message::Entity::find()
        .filter(outbox_message::Column::Subject.starts_with("You said, we did"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(emails.len(), 1, "{kind}: once, to Sam only");
    assert_eq!(emails[0].recipient, "sam@example.org", "{kind}");
    let delivered = app.delivered_to("sam@example.org").await;
    assert!(
        delivered.contains("12 vehicles stopped, 3 seized"),
        "{kind}"
    );
    assert!(
        delivered.contains("List-Unsubscribe: <"),
        "{kind}: {delivered}"
    );
    assert!(
        delivered.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{kind}"
    );
    let one_click = emails[0]
        .list_unsubscribe
        .clone()
        .expect("an unsubscribe address");
    let path = one_click.strip_prefix(&app.address).unwrap().to_string();
    // A forged signature is refused; the real one stops the emails, with no session.
    let forged = app
        .client
        .post(format!(
            "{}/unsubscribe?resident={sam_id}&signature=0000",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403, "{kind}");
    let stopped = reqwest::Client::new()
        .post(format!("{}{path}", app.address))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), 200, "{kind}");
    let sam_now = entity::resident::Entity::find_by_id(sam_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!sam_now.update_emails, "{kind}");

    // Public: on the neighbourhood page, and as valid Atom with a stable id.
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(public.contains("Speed checks on four evenings"), "{kind}");
    let feed = app.feed("/neighbourhoods/BW003/updates.atom").await;
    assert_eq!(feed.entries().len(), 1, "{kind}");
    let first_id = feed.entries()[0].id().to_string();
    let again = app.feed("/neighbourhoods/BW003/updates.atom").await;
    assert_eq!(again.entries()[0].id(), first_id, "{kind}: stable ids");
    assert_eq!(
        audit_count(&app, "priority.you_said_we_did").await,
        1,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_priorities_call_answers_in_data_police_uk_shape_and_flags_stale_priorities(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let today = uk_local(app.clock.now()).date();
    for issue in ["Drug dealing near the shops", "Parking outside the school"] {
        post(
            &team,
            "/staff/neighbourhoods/BW003/priorities",
            "/fn/staff/priorities/set",
            &[
                ("code", "BW003".into()),
                ("issue", issue.into()),
                ("issue_date_day", today.day().to_string()),
                ("issue_date_month", today.month().to_string()),
                ("issue_date_year", today.year().to_string()),
            ],
        )
        .await;
    }
    let set = priority::Entity::find()
        .filter(priority::Column::NeighbourhoodId.eq(neighbourhood_id(&app, "BW003").await))
        .order_by_asc(priority::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(set.len(), 2, "{kind}");
    post(
        &team,
        &format!("/staff/neighbourhoods/BW003/priorities/{}", set[0].id),
        "/fn/staff/priorities/action",
        &[
            ("code", "BW003".into()),
            ("priority_id", set[0].id.to_string()),
            (
                "action",
                "Two arrests after patrols with the housing team.".into(),
            ),
            ("action_date_day", today.day().to_string()),
            ("action_date_month", today.month().to_string()),
            ("action_date_year", today.year().to_string()),
        ],
    )
    .await;

    let (status, answer) = app.api("/api/west-midlands/BW003/priorities").await;
    assert_eq!(status, 200, "{kind}");
    let list = answer.as_array().unwrap();
    assert_eq!(list.len(), 2, "{kind}");
    let acted = list
        .iter()
        .find(|p| p["issue"] == "Drug dealing near the shops")
        .unwrap();
    let open = list
        .iter()
        .find(|p| p["issue"] == "Parking outside the school")
        .unwrap();
    let date = format!("{}T00:00:00", today.format("%Y-%m-%d"));
    assert_eq!(acted["issue-date"], date.as_str(), "{kind}");
    assert_eq!(acted["action-date"], date.as_str(), "{kind}");
    assert_eq!(
        acted["action"], "Two arrests after patrols with the housing team.",
        "{kind}"
    );
    // While open, the action and its date are there, and null.
    assert!(open.as_object().unwrap().contains_key("action"), "{kind}");
    assert!(
        open["action"].is_null() && open["action-date"].is_null(),
        "{kind}"
    );
    for (sample, ours) in [
        (
            "fixtures_laravel/returnsNeighbourhoodPrioritiesWhenActionIsNull.json",
            open,
        ),
        (
            "fixtures_laravel/returnsNeighbourhoodPrioritiesWhenActionIsPopulated.json",
            acted,
        ),
    ] {
        compare_with_sample(kind, sample, &serde_json::json!([ours]), &[]);
    }
    for missing in [
        "/api/west-midlands/NOPE/priorities",
        "/api/west-midlands/bw003/priorities",
    ] {
        let response = app.get(missing).await;
        assert_eq!(response.status(), 404, "{kind}");
        assert_eq!(response.text().await.unwrap(), "Not Found", "{kind}");
    }

    // Three months on with no update: flagged to the team and shown as "update due".
    app.clock.advance(93 * 86_400);
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert_eq!(public.matches("Update due").count(), 2, "{kind}");
    sign_in_staff(&team, "edgbaston@police.example.uk").await;
    let (_, staff) = team.html("/staff/neighbourhoods/BW003/priorities").await;
    assert!(
        staff.contains("2 priorities have not been updated for 3 months"),
        "{kind}"
    );
    let (_, dashboard) = team.html("/staff").await;
    assert!(dashboard.contains("2 priorities due an update"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_mailbox_is_one_person_with_one_vote_however_its_address_is_tagged(kind: Database) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let id = open_vote(
        &team,
        &vote_fields(&app, "Speeding\nParking", "1", "any-resident", 0),
    )
    .await;
    let opts = options(&app, id).await;
    let addresses = [
        "sam@example.org",
        "sam+1@example.org",
        "sam+votes@example.org",
    ];
    for (address, option) in addresses.iter().zip([0, 1, 0]) {
        let browser = resident(&app, address).await;
        vote_for(&browser, id, &[opts[option].id]).await;
    }
    assert_eq!(ballots(&app, id).await, 1, "{kind}: one person, one ballot");
    assert_eq!(
        entity::resident::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1,
        "{kind}: one account for the mailbox"
    );
    // Gmail ignores dots: one person again.
    for address in ["jo.bloggs@gmail.com", "jobloggs+x@googlemail.com"] {
        let browser = resident(&app, address).await;
        vote_for(&browser, id, &[opts[1].id]).await;
    }
    assert_eq!(ballots(&app, id).await, 2, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_keeps_what_it_answers_through_a_mistake_and_can_be_corrected_and_withdrawn(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let page = "/staff/neighbourhoods/BW003/updates";
    let id = open_vote(
        &team,
        &vote_fields(&app, "Speeding\nParking", "1", "any-resident", 0),
    )
    .await;
    let vote_id = id.to_string();

    // "You said" is missing: the vote ticked stays ticked, so sending it again links it.
    let mistaken = post(
        &team,
        page,
        "/fn/staff/updates/publish",
        &[
            ("you_said", String::new()),
            ("we_did", "Speed checks on four evenings.".into()),
            ("votes[0]", vote_id.clone()),
        ],
    )
    .await;
    assert_eq!(location(&mistaken), page, "{kind}");
    let published = post(
        &team,
        page,
        "/fn/staff/updates/publish",
        &[("you_said", "Cars speed past the park gates.".into())],
    )
    .await;
    assert_eq!(location(&published), page, "{kind}");
    let update = entity::team_update::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("published");
    let links = entity::update_link::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(links.len(), 1, "{kind}: still linked");
    assert_eq!(links[0].vote_id, Some(id), "{kind}");

    // Corrected: the vote still ticked, the text changed, "Updated on" shown, audited.
    let edit_page = format!("{page}/{}", update.id);
    let (status, form) = team.html(&edit_page).await;
    assert_eq!(status, 200, "{kind}");
    assert!(form.contains("Cars speed past the park gates."), "{kind}");
    let corrected = post(
        &team,
        &edit_page,
        "/fn/staff/updates/edit",
        &[("we_did", "Speed checks on five evenings.".into())],
    )
    .await;
    assert_eq!(location(&corrected), page, "{kind}");
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(public.contains("Speed checks on five evenings."), "{kind}");
    assert!(public.contains("Updated on"), "{kind}");
    assert_eq!(
        entity::update_link::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        1,
        "{kind}: what it answers is kept"
    );
    assert_eq!(
        audit_count(&app, "priority.you_said_we_did.edit").await,
        1,
        "{kind}"
    );

    // Withdrawn: gone from the page and the feed, kept on record; once only.
    let withdrawn = post(&team, &edit_page, "/fn/staff/updates/withdraw", &[]).await;
    assert_eq!(location(&withdrawn), page, "{kind}");
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(!public.contains("Speed checks on five evenings."), "{kind}");
    let feed = app.feed("/neighbourhoods/BW003/updates.atom").await;
    assert!(feed.entries().is_empty(), "{kind}");
    assert_eq!(
        entity::team_update::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1,
        "{kind}: kept on record"
    );
    assert_eq!(team.get(&edit_page).await.status(), 404, "{kind}");
    team.post_form(
        "/fn/staff/updates/withdraw",
        &[("code", "BW003"), ("update_id", &update.id.to_string())],
    )
    .await;
    let (_, told) = team.html(page).await;
    assert!(told.contains("That update has been withdrawn"), "{kind}");
    assert_eq!(
        audit_count(&app, "priority.you_said_we_did.withdraw").await,
        1,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ballot_counts_only_while_its_vote_is_open_to_the_resident_and_each_refusal_says_why(
    kind: Database,
) {
    use app::domain::vote::ChoiceProblem;
    use app::services::votes::{BallotRequest, Voted, cast, resident_choices};
    use sea_orm::sea_query::Expr;
    let app = spawn_app(kind).await;
    let (id, speeding, _) = vote_and_priority_in(&app, "BW003").await;
    let parking = options(&app, id).await[1].id;
    let (_, elsewhere, _) = vote_and_priority_in(&app, "BW001").await;
    let sam = app::services::resident_accounts::find_or_create(
        &app.db,
        &app::domain::email_address::EmailAddress::parse("sam@example.org").unwrap(),
        "",
        app.clock.now(),
    )
    .await
    .unwrap();
    let sam = ResidentId::new(sam.id);
    let casting = |choices: Vec<i32>, postcode_confirmed: bool| {
        let request = BallotRequest {
            vote_id: id,
            resident_id: sam,
            choices,
            postcode_confirmed,
        };
        let app = &app;
        async move { cast(&app.db, &app.clock, &request).await.unwrap() }
    };
    let set = |column: vote::Column, value: Expr| {
        let app = &app;
        async move {
            vote::Entity::update_many()
                .col_expr(column, value)
                .filter(vote::Column::Id.eq(id))
                .exec(&app.db)
                .await
                .unwrap();
        }
    };

    assert_eq!(
        casting(vec![], false).await,
        Voted::Refused(ChoiceProblem::NoneChosen { most: 1 }),
        "{kind}"
    );
    assert_eq!(
        casting(vec![elsewhere], false).await,
        Voted::Refused(ChoiceProblem::NotAnOption),
        "{kind}: another vote's option"
    );
    assert_eq!(
        casting(vec![speeding, parking], false).await,
        Voted::Refused(ChoiceProblem::TooMany { most: 1 }),
        "{kind}"
    );
    assert_eq!(
        casting(vec![speeding, speeding], false).await,
        Voted::Counted,
        "{kind}"
    );
    assert_eq!(
        casting(vec![parking], false).await,
        Voted::Counted,
        "{kind}"
    );
    assert_eq!(
        resident_choices(&app.db, id, sam).await.unwrap(),
        Some(vec![parking]),
        "{kind}: the second replaced the first"
    );

    set(
        vote::Column::Eligibility,
        Expr::value(vote::Eligibility::PostcodeInNeighbourhood),
    )
    .await;
    assert_eq!(
        casting(vec![speeding], false).await,
        Voted::NotEligible,
        "{kind}"
    );
    assert_eq!(
        casting(vec![speeding], true).await,
        Voted::Counted,
        "{kind}"
    );

    // Final on an instance whose clock is a little ahead, though not yet closed on this one's.
    set(vote::Column::FinalisedAt, Expr::value(app.clock.now())).await;
    assert_eq!(casting(vec![parking], true).await, Voted::NotOpen, "{kind}");
    set(vote::Column::FinalisedAt, Expr::value(Option::<i64>::None)).await;
    app.clock.advance(8 * 86_400);
    assert_eq!(casting(vec![parking], true).await, Voted::NotOpen, "{kind}");
    assert_eq!(
        resident_choices(&app.db, id, sam).await.unwrap(),
        Some(vec![speeding]),
        "{kind}: refused ballots changed nothing"
    );
    assert_eq!(ballots(&app, id).await, 1, "{kind}");
}
