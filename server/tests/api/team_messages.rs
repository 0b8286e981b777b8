//! Messages from a neighbourhood team: written as a draft, sent now or later, cancelled; each
//! follower emailed once even with two instances sending at once; residents' choices of kind and
//! one-click unsubscribe honoured; public on the neighbourhood's messages page and feed, and a
//! warning on the neighbourhood page until its last day ends.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::priorities::{post, team};
use crate::staff_accounts::neighbourhood_id;
use crate::surgeries::{audit_count, many_residents, resident};
use app::domain::schedule::uk_local;
use chrono::Datelike;
use entity::team_message::{self, MessageStatus};
use entity::{follow, message_preference, outbox_message};
use rstest_reuse::apply;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::HashSet;

const MESSAGES: &str = "/staff/neighbourhoods/BW003/messages";

/// `residents` follow neighbourhood `code` themselves.
async fn follow_neighbourhood(app: &TestApp, code: &str, residents: &[i32]) {
    let n = neighbourhood_id(app, code).await;
    follow::Entity::insert_many(residents.iter().map(|id| follow::ActiveModel {
        group_id: Set(None),
        resident_id: Set(Some(*id)),
        item_kind: Set(follow::ItemKind::Neighbourhood),
        item_id: Set(n),
        created_at: Set(app.clock.now()),
        ..Default::default()
    }))
    .exec_without_returning(&app.db)
    .await
    .unwrap();
}

/// The residents following BW003 themselves, however the test data came to be.
async fn followers_of_bw003(app: &TestApp) -> HashSet<i32> {
    let n = neighbourhood_id(app, "BW003").await;
    follow::Entity::find()
        .filter(follow::Column::ItemKind.eq(follow::ItemKind::Neighbourhood))
        .filter(follow::Column::ItemId.eq(n))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|f| f.resident_id)
        .collect()
}

/// Writes a message as the team; the address of its page.
async fn draft(
    team: &TestApp,
    kind: &str,
    title: &str,
    last_day: Option<(u32, u32, i32)>,
) -> String {
    let (day, month, year) = last_day
        .map(|(d, m, y)| (d.to_string(), m.to_string(), y.to_string()))
        .unwrap_or_default();
    let drafted = post(
        team,
        MESSAGES,
        "/fn/staff/messages/draft",
        &[
            ("code", "BW003".into()),
            ("kind", kind.into()),
            ("title", title.into()),
            (
                "body",
                "Please lock bikes to the stands by the ticket office.\n\nMore at https://www.example.org/bikes".into(),
            ),
            ("expires_day", day),
            ("expires_month", month),
            ("expires_year", year),
        ],
    )
    .await;
    let page = location(&drafted).to_string();
    assert!(
        page.starts_with(&format!("{MESSAGES}/TM-")),
        "drafted to {page}"
    );
    page
}

fn reference_of(page: &str) -> &str {
    page.rsplit('/').next().unwrap()
}

/// Sends the draft on `page` now.
async fn send_now(team: &TestApp, page: &str) -> reqwest::Response {
    post(
        team,
        page,
        "/fn/staff/messages/send",
        &[
            ("reference", reference_of(page).into()),
            ("when", "now".into()),
        ],
    )
    .await
}

/// The emails of a message titled `title` in the outbox: (recipient, its one-click address).
async fn emails_titled(app: &TestApp, title: &str) -> Vec<(String, Option<String>)> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Subject.ends_with(format!(": {title}")))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.recipient, m.list_unsubscribe))
        .collect()
}

async fn status_of(app: &TestApp, page: &str) -> MessageStatus {
    team_message::Entity::find()
        .filter(team_message::Column::Reference.eq(reference_of(page)))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_message_goes_once_to_each_follower_even_with_two_instances_sending_it_at_once(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let followers = many_residents(&app, "follower", 40).await;
    follow_neighbourhood(&app, "BW003", &followers).await;
    // One follows another neighbourhood; one stopped appeals before this one was written.
    let elsewhere = many_residents(&app, "elsewhere", 1).await;
    follow_neighbourhood(&app, "BW001", &elsewhere).await;
    let stopped = many_residents(&app, "stopped", 1).await;
    follow_neighbourhood(&app, "BW003", &stopped).await;
    message_preference::Entity::insert(message_preference::ActiveModel {
        resident_id: Set(stopped[0]),
        kind: Set(team_message::MessageKind::Appeal),
        frequency: Set(message_preference::MessageFrequency::Never),
        ..Default::default()
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    let expected: HashSet<i32> = followers_of_bw003(&app)
        .await
        .into_iter()
        .filter(|id| *id != stopped[0])
        .collect();

    let page = draft(&team, "appeal", "Bike thefts at the station", None).await;
    let (_, preview) = team.html(&page).await;
    assert!(preview.contains("As residents will see it"), "{kind}");
    assert!(
        preview.contains(r#"<a href="https://www.example.org/bikes">"#),
        "{kind}: web addresses become links"
    );
    // A draft is not public and goes nowhere.
    app.run_jobs().await;
    assert!(
        emails_titled(&app, "Bike thefts at the station")
            .await
            .is_empty(),
        "{kind}"
    );
    let (_, public) = app
        .new_browser()
        .html("/neighbourhoods/BW003/messages")
        .await;
    assert!(!public.contains("Bike thefts at the station"), "{kind}");

    let sent = send_now(&team, &page).await;
    assert_eq!(location(&sent), page, "{kind}");
    let other = app.another_instance().await;
    let (first, second) = tokio::join!(
        app.jobs.send_team_messages(),
        other.jobs.send_team_messages()
    );
    first.unwrap();
    second.unwrap();
    app.jobs.send_team_messages().await.unwrap();
    let emails = emails_titled(&app, "Bike thefts at the station").await;
    let recipients: HashSet<String> = emails.iter().map(|(to, _)| to.clone()).collect();
    assert_eq!(emails.len(), expected.len(), "{kind}: one email each");
    assert_eq!(recipients.len(), expected.len(), "{kind}: nobody twice");
    assert!(!recipients.contains("elsewhere0@example.org"), "{kind}");
    assert!(!recipients.contains("stopped0@example.org"), "{kind}");
    assert!(
        emails.iter().all(|(_, one_click)| one_click.is_some()),
        "{kind}"
    );
    assert_eq!(status_of(&app, &page).await, MessageStatus::Sent, "{kind}");

    app.send_emails().await;
    let (_, after) = team.html(&page).await;
    assert!(
        after.contains(&format!("0 queued, {} sent, 0 failed", expected.len())),
        "{kind}: {after}"
    );
    let delivered = app.delivered_to("follower0@example.org").await;
    assert!(
        delivered.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{kind}"
    );
    assert!(delivered.contains("Please lock bikes"), "{kind}");

    // Nothing goes twice, and a message that went can no longer be cancelled.
    app.run_jobs().await;
    assert_eq!(
        emails_titled(&app, "Bike thefts at the station")
            .await
            .len(),
        expected.len(),
        "{kind}"
    );
    // The page no longer offers it; a page left open from before it went still posts it.
    let (_, sent_page) = team.html(&page).await;
    assert!(!sent_page.contains("Cancel the message"), "{kind}");
    let cancelled = team
        .post_form(
            "/fn/staff/messages/cancel",
            &[("code", "BW003"), ("reference", reference_of(&page))],
        )
        .await;
    assert_eq!(location(&cancelled), page, "{kind}");
    let (_, refused) = team.html(&page).await;
    assert!(
        refused.contains("It has already been sent: nothing was changed"),
        "{kind}"
    );
    for action in ["message.draft", "message.send", "message.queue"] {
        assert_eq!(audit_count(&app, action).await, 1, "{kind}: {action}");
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_message_never_goes_and_one_set_for_later_waits_for_its_time(kind: Database) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let followers = many_residents(&app, "later", 3).await;
    follow_neighbourhood(&app, "BW003", &followers).await;
    let tomorrow = uk_local(app.clock.now()).date() + chrono::Duration::days(1);
    let later = |page: &str| {
        vec![
            ("reference", reference_of(page).to_string()),
            ("when", "later".to_string()),
            ("send_day", tomorrow.day().to_string()),
            ("send_month", tomorrow.month().to_string()),
            ("send_year", tomorrow.year().to_string()),
            ("send_time", "9am".to_string()),
        ]
    };

    let cancelled = draft(&team, "event", "Coffee with a cop", None).await;
    post(
        &team,
        &cancelled,
        "/fn/staff/messages/send",
        &later(&cancelled),
    )
    .await;
    assert_eq!(
        status_of(&app, &cancelled).await,
        MessageStatus::Scheduled,
        "{kind}"
    );
    let kept = draft(&team, "news", "New PCSO for the park", None).await;
    post(&team, &kept, "/fn/staff/messages/send", &later(&kept)).await;
    app.run_jobs().await;
    assert!(
        emails_titled(&app, "New PCSO for the park")
            .await
            .is_empty(),
        "{kind}: not yet"
    );

    let gone = post(
        &team,
        &cancelled,
        "/fn/staff/messages/cancel",
        &[("reference", reference_of(&cancelled).into())],
    )
    .await;
    assert_eq!(location(&gone), cancelled, "{kind}");
    // A time in the past is refused, and nothing changes.
    let past = draft(&team, "news", "Too late", None).await;
    let mut fields = later(&past);
    fields[2] = ("send_day", "1".into());
    fields[3] = ("send_month", "1".into());
    post(&team, &past, "/fn/staff/messages/send", &fields).await;
    let (_, refused) = team.html(&past).await;
    assert!(
        refused.contains("The time to send must be in the future"),
        "{kind}"
    );
    assert_eq!(status_of(&app, &past).await, MessageStatus::Draft, "{kind}");
    app.clock.advance(2 * 86_400);
    app.run_jobs().await;
    assert!(
        emails_titled(&app, "Coffee with a cop").await.is_empty(),
        "{kind}: never"
    );
    assert_eq!(
        status_of(&app, &cancelled).await,
        MessageStatus::Cancelled,
        "{kind}"
    );
    assert_eq!(
        emails_titled(&app, "New PCSO for the park").await.len(),
        followers_of_bw003(&app).await.len(),
        "{kind}: once its time came"
    );
    let (_, public) = app
        .new_browser()
        .html("/neighbourhoods/BW003/messages")
        .await;
    assert!(public.contains("New PCSO for the park"), "{kind}");
    assert!(!public.contains("Coffee with a cop"), "{kind}");

    assert_eq!(audit_count(&app, "message.cancel").await, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_chooses_which_kinds_come_and_one_click_stops_only_that_kind(kind: Database) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let sam = resident(&app, "sam@example.org").await;
    let sam_id = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("sam@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    follow_neighbourhood(&app, "BW003", &[sam_id]).await;
    let chose = sam
        .submit("/account", "/fn/account/messages", &[("news", "never")])
        .await;
    assert_eq!(location(&chose), "/account", "{kind}");
    let (_, account) = sam.html("/account").await;
    assert!(
        account.contains("Your choices of messages are saved"),
        "{kind}"
    );

    for (kind_value, title) in [
        ("news", "Road closed for the fun run"),
        ("advice", "Lock your shed"),
    ] {
        let page = draft(&team, kind_value, title, None).await;
        send_now(&team, &page).await;
    }
    app.run_jobs().await;
    assert!(
        emails_titled(&app, "Road closed for the fun run")
            .await
            .is_empty(),
        "{kind}"
    );
    let advice = emails_titled(&app, "Lock your shed").await;
    let (_, one_click) = advice
        .iter()
        .find(|(to, _)| to == "sam@example.org")
        .expect("advice to Sam")
        .clone();
    let one_click = one_click.expect("a one-click address");
    assert!(
        one_click.contains("list=messages-advice"),
        "{kind}: {one_click}"
    );

    // The link in the email opens a page naming the kind; mail programs post one click.
    let delivered = app.delivered_to("sam@example.org").await;
    assert!(
        delivered.contains("/email-preferences/unsubscribe?"),
        "{kind}"
    );
    let page = one_click.replace("/unsubscribe?", "/email-preferences/unsubscribe?");
    let (_, stop_page) = app
        .new_browser()
        .html(page.strip_prefix(&app.address).unwrap())
        .await;
    assert!(
        stop_page.contains("Stop emails of this kind: Crime prevention advice"),
        "{kind}"
    );
    let stopped = reqwest::Client::new()
        .post(&one_click)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), 200, "{kind}");

    for (kind_value, title) in [
        ("advice", "Mark your bike"),
        ("appeal", "Did you see the van?"),
    ] {
        let page = draft(&team, kind_value, title, None).await;
        send_now(&team, &page).await;
    }
    app.run_jobs().await;
    let to_sam = |emails: Vec<(String, Option<String>)>| {
        emails
            .iter()
            .filter(|(to, _)| to == "sam@example.org")
            .count()
    };
    assert_eq!(
        to_sam(emails_titled(&app, "Mark your bike").await),
        0,
        "{kind}: advice stopped"
    );
    assert_eq!(
        to_sam(emails_titled(&app, "Did you see the van?").await),
        1,
        "{kind}: appeals still come"
    );
    let (_, account) = sam.html("/account").await;
    let choices = message_preference::Entity::find()
        .filter(message_preference::Column::ResidentId.eq(sam_id))
        .filter(
            message_preference::Column::Frequency.eq(message_preference::MessageFrequency::Never),
        )
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(choices, 2, "{kind}: news and advice stopped");
    assert!(account.contains("Messages from your teams"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_warning_shows_on_the_neighbourhood_page_until_its_last_day_ends(kind: Database) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let before = team_message::Entity::find().count(&app.db).await.unwrap();
    // A warning must say its last day; nothing is saved until it does.
    let refused = post(
        &team,
        MESSAGES,
        "/fn/staff/messages/draft",
        &[
            ("code", "BW003".into()),
            ("kind", "warning".into()),
            ("title", "Courier fraud calls".into()),
            ("body", "Police never ask for your bank card.".into()),
        ],
    )
    .await;
    assert_eq!(location(&refused), MESSAGES, "{kind}");
    let (_, form) = team.html(MESSAGES).await;
    assert!(
        form.contains("Enter the last day the warning applies"),
        "{kind}"
    );
    assert_eq!(
        team_message::Entity::find().count(&app.db).await.unwrap(),
        before,
        "{kind}"
    );

    let today = uk_local(app.clock.now()).date();
    let page = draft(
        &team,
        "warning",
        "Courier fraud calls",
        Some((today.day(), today.month(), today.year())),
    )
    .await;
    send_now(&team, &page).await;
    app.run_jobs().await;
    let visitor = app.new_browser();
    let (_, neighbourhood) = visitor.html("/neighbourhoods/BW003").await;
    assert!(neighbourhood.contains("Warning from the team"), "{kind}");
    assert!(neighbourhood.contains("Courier fraud calls"), "{kind}");
    let (_, messages) = visitor.html("/neighbourhoods/BW003/messages").await;
    assert!(messages.contains("Applies until the end of"), "{kind}");
    let feed = app.feed("/neighbourhoods/BW003/messages.atom").await;
    assert!(
        feed.entries()
            .iter()
            .any(|e| e.title().as_str() == "Warning: Courier fraud calls"),
        "{kind}"
    );

    // The day after its last day, it leaves the neighbourhood page but stays on the list.
    app.clock.advance(86_400);
    let (_, neighbourhood) = visitor.html("/neighbourhoods/BW003").await;
    assert!(!neighbourhood.contains("Warning from the team"), "{kind}");
    let (_, messages) = visitor.html("/neighbourhoods/BW003/messages").await;
    assert!(messages.contains("This no longer applies"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_digest_gathers_a_day_or_a_week_of_messages_into_one_email_once(kind: Database) {
    use message_preference::MessageFrequency::{Daily, Weekly};
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let people = many_residents(&app, "digest", 2).await;
    follow_neighbourhood(&app, "BW003", &people).await;
    let id_of = |email: &'static str| {
        let db = app.db.clone();
        async move {
            entity::resident::Entity::find()
                .filter(entity::resident::Column::Email.eq(email))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let (dana, wes) = (
        id_of("digest0@example.org").await,
        id_of("digest1@example.org").await,
    );
    let (dana_email, wes_email) = (
        "digest0@example.org".to_string(),
        "digest1@example.org".to_string(),
    );
    let choices = [
        (dana, team_message::MessageKind::Advice, Daily),
        (dana, team_message::MessageKind::News, Daily),
        (wes, team_message::MessageKind::News, Weekly),
    ];
    message_preference::Entity::insert_many(choices.iter().map(|(resident, kind, frequency)| {
        message_preference::ActiveModel {
            resident_id: Set(*resident),
            kind: Set(*kind),
            frequency: Set(*frequency),
            ..Default::default()
        }
    }))
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    let digests = |app: &TestApp, to: String| {
        let db = app.db.clone();
        async move {
            outbox_message::Entity::find()
                .filter(outbox_message::Column::Recipient.eq(to))
                .filter(
                    outbox_message::Column::Subject
                        .starts_with("Messages from your neighbourhood teams"),
                )
                .all(&db)
                .await
                .unwrap()
        }
    };

    // Monday 23 November, 10am: the team sends advice, then news.
    for (kind_value, title) in [
        ("advice", "Lock your shed"),
        ("news", "Road closed for the fun run"),
    ] {
        let page = draft(&team, kind_value, title, None).await;
        send_now(&team, &page).await;
    }
    app.run_jobs().await;
    assert!(
        digests(&app, dana_email.clone()).await.is_empty(),
        "{kind}: not before the day is over"
    );
    assert!(
        emails_titled(&app, "Lock your shed")
            .await
            .iter()
            .all(|(to, _)| *to != dana_email),
        "{kind}"
    );

    // Tuesday 7:30am: Dana's daily digest, once, with both; two instances look at once.
    app.clock.advance(21 * 3600 + 1800);
    let other = app.another_instance().await;
    let (first, second) = tokio::join!(
        app.jobs.send_team_messages(),
        other.jobs.send_team_messages()
    );
    first.unwrap();
    second.unwrap();
    let daily = digests(&app, dana_email.clone()).await;
    assert_eq!(daily.len(), 1, "{kind}: one daily digest");
    assert!(daily[0].text_body.contains("Lock your shed"), "{kind}");
    assert!(
        daily[0].text_body.contains("Road closed for the fun run"),
        "{kind}"
    );
    assert!(
        daily[0].subject.contains("Monday 23 November 2026"),
        "{kind}: {}",
        daily[0].subject
    );
    assert!(
        digests(&app, wes_email.clone()).await.is_empty(),
        "{kind}: the week is not over"
    );

    // Monday 30 November, 7:30am: Wes's weekly digest.
    app.clock.advance(6 * 86_400);
    app.run_jobs().await;
    let weekly = digests(&app, wes_email.clone()).await;
    assert_eq!(weekly.len(), 1, "{kind}: one weekly digest");
    assert!(
        weekly[0].text_body.contains("Road closed for the fun run"),
        "{kind}"
    );
    assert!(
        !weekly[0].text_body.contains("Lock your shed"),
        "{kind}: Wes gets advice at once"
    );
    assert_eq!(
        digests(&app, dana_email.clone()).await.len(),
        1,
        "{kind}: nothing twice"
    );

    // One click stops Dana's daily digest: both kinds it brought.
    let one_click = daily[0]
        .list_unsubscribe
        .clone()
        .expect("a one-click address");
    assert!(
        one_click.contains("list=digest-daily"),
        "{kind}: {one_click}"
    );
    let stopped = reqwest::Client::new()
        .post(&one_click)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), 200, "{kind}");
    let never = message_preference::Entity::find()
        .filter(message_preference::Column::ResidentId.eq(dana))
        .filter(
            message_preference::Column::Frequency.eq(message_preference::MessageFrequency::Never),
        )
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(never, 2, "{kind}");
}

/// An administrator, signed in (second factor set up on the way) on a browser of their own.
async fn administrator(app: &TestApp, email: &str) -> TestApp {
    crate::staff_accounts::create_staff(app, email, app::domain::staff::Role::Administrator, &[])
        .await;
    let browser = app.new_browser();
    crate::staff_accounts::sign_in_staff(&browser, email).await;
    browser
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_for_the_whole_force_goes_only_once_a_second_administrator_approves_it(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let author = administrator(&app, "author@police.example.uk").await;
    let second = administrator(&app, "second@police.example.uk").await;
    let edgbaston = many_residents(&app, "force-bw", 2).await;
    follow_neighbourhood(&app, "BW003", &edgbaston).await;
    let dudley = many_residents(&app, "force-dy", 1).await;
    follow_neighbourhood(&app, "DY005", &dudley).await;

    let drafted = post(
        &author,
        "/staff/messages",
        "/fn/staff/wide-messages/draft",
        &[
            ("whom", "force".into()),
            ("kind", "warning".into()),
            ("title", "Courier fraud across the force".into()),
            ("body", "The police never ask for your card.".into()),
            (
                "expires_day",
                uk_local(app.clock.now()).date().day().to_string(),
            ),
            (
                "expires_month",
                uk_local(app.clock.now()).date().month().to_string(),
            ),
            (
                "expires_year",
                uk_local(app.clock.now()).date().year().to_string(),
            ),
        ],
    )
    .await;
    let page = location(&drafted).to_string();
    assert!(page.starts_with("/staff/messages/TM-"), "{kind}: {page}");
    let reference = reference_of(&page).to_string();
    // Another administrator may not send it (or change it): then approving it would be theirs
    // alone.
    post(
        &second,
        &page,
        "/fn/staff/wide-messages/send",
        &[("reference", reference.clone()), ("when", "now".into())],
    )
    .await;
    let (_, refused_send) = second.html(&page).await;
    assert!(
        refused_send.contains("Only the administrator who wrote a message for the whole force"),
        "{kind}"
    );
    assert_eq!(status_of(&app, &page).await, MessageStatus::Draft, "{kind}");
    let asked = post(
        &author,
        &page,
        "/fn/staff/wide-messages/send",
        &[("reference", reference.clone()), ("when", "now".into())],
    )
    .await;
    assert_eq!(location(&asked), page, "{kind}");
    assert_eq!(
        status_of(&app, &page).await,
        MessageStatus::AwaitingApproval,
        "{kind}"
    );

    // Not yet approved: it goes nowhere, and its author cannot approve it.
    app.run_jobs().await;
    assert!(
        emails_titled(&app, "Courier fraud across the force")
            .await
            .is_empty(),
        "{kind}"
    );
    let (_, own) = author.html(&page).await;
    assert!(
        own.contains("It waits for another administrator to approve it"),
        "{kind}"
    );
    let refused = author
        .post_form(
            "/fn/staff/wide-messages/approve",
            &[("reference", &reference)],
        )
        .await;
    assert_eq!(refused.status(), 403, "{kind}: not its own author");
    let (_, public) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(!public.contains("Courier fraud across the force"), "{kind}");

    // The second administrator approves it: every follower of any neighbourhood gets it once.
    let approved = post(
        &second,
        &page,
        "/fn/staff/wide-messages/approve",
        &[("reference", reference.clone())],
    )
    .await;
    assert_eq!(location(&approved), page, "{kind}");
    app.run_jobs().await;
    let emails = emails_titled(&app, "Courier fraud across the force").await;
    let recipients: HashSet<String> = emails.iter().map(|(to, _)| to.clone()).collect();
    for expected in [
        "force-bw0@example.org",
        "force-bw1@example.org",
        "force-dy0@example.org",
    ] {
        assert!(recipients.contains(expected), "{kind}: {expected}");
    }
    assert_eq!(recipients.len(), emails.len(), "{kind}: nobody twice");
    let (_, edgbaston_page) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(
        edgbaston_page.contains("Courier fraud across the force"),
        "{kind}"
    );
    let (_, dudley_page) = app
        .new_browser()
        .html("/neighbourhoods/DY005/messages")
        .await;
    assert!(
        dudley_page.contains("Courier fraud across the force"),
        "{kind}"
    );
    assert_eq!(audit_count(&app, "message.approve").await, 1, "{kind}");

    // A neighbourhood team neither sees nor changes the force's messages as its own.
    let team = team(&app).await;
    let (_, team_list) = team.html(MESSAGES).await;
    assert!(
        !team_list.contains("Courier fraud across the force"),
        "{kind}"
    );
    let (status, _) = team.html(&format!("{MESSAGES}/{reference}")).await;
    assert_eq!(status, 404, "{kind}");

    // A cancelled message waiting for approval never goes, even once approved.
    let second_draft = post(
        &author,
        "/staff/messages",
        "/fn/staff/wide-messages/draft",
        &[
            ("whom", "force".into()),
            ("kind", "news".into()),
            ("title", "New force website".into()),
            ("body", "Our pages have moved.".into()),
        ],
    )
    .await;
    let second_page = location(&second_draft).to_string();
    let second_reference = reference_of(&second_page).to_string();
    post(
        &author,
        &second_page,
        "/fn/staff/wide-messages/send",
        &[
            ("reference", second_reference.clone()),
            ("when", "now".into()),
        ],
    )
    .await;
    post(
        &author,
        &second_page,
        "/fn/staff/wide-messages/cancel",
        &[("reference", second_reference.clone())],
    )
    .await;
    let late = second
        .post_form(
            "/fn/staff/wide-messages/approve",
            &[("reference", &second_reference)],
        )
        .await;
    assert_eq!(late.status(), 403, "{kind}: nothing left to approve");
    app.run_jobs().await;
    assert!(
        emails_titled(&app, "New force website").await.is_empty(),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn residents_say_whether_a_message_was_useful_once_each_and_the_figures_count_it(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let readers = many_residents(&app, "reader", 6).await;
    follow_neighbourhood(&app, "BW003", &readers).await;
    let page = draft(&team, "advice", "Mark your bike", None).await;
    send_now(&team, &page).await;
    app.run_jobs().await;
    let reference = reference_of(&page).to_string();

    // Each email has a link for yes and one for no, signed for its reader and this message.
    let links = |to: &str| {
        let email = outbox_message::Entity::find()
            .filter(outbox_message::Column::Recipient.eq(to))
            .filter(outbox_message::Column::Subject.ends_with(": Mark your bike"));
        let db = app.db.clone();
        async move {
            let text = email.one(&db).await.unwrap().unwrap().text_body;
            let link = |answer: &str| {
                text.split_whitespace()
                    .find(|w| w.contains("/useful?") && w.ends_with(&format!("answer={answer}")))
                    .unwrap_or_else(|| panic!("a link for {answer} in {text}"))
                    .to_string()
            };
            (link("yes"), link("no"))
        }
    };
    let answer = |browser: TestApp, link: String, choice: &'static str| async move {
        let path = link.strip_prefix(&browser.address).unwrap().to_string();
        let (status, opened) = browser.html(&path).await;
        assert_eq!(status, 200);
        assert!(opened.contains("Was this message useful?"));
        browser
            .submit(&path, "/fn/messages/useful", &[("answer", choice)])
            .await
    };
    let ratings = || {
        let db = app.db.clone();
        async move {
            entity::message_rating::Entity::find()
                .count(&db)
                .await
                .unwrap()
        }
    };
    // Opening the link records nothing: a mail scanner follows links.
    let (yes, _) = links("reader0@example.org").await;
    let path = yes.strip_prefix(&app.address).unwrap().to_string();
    app.new_browser().html(&path).await;
    assert_eq!(ratings().await, 0, "{kind}");

    for i in 0..5 {
        let (yes, _) = links(&format!("reader{i}@example.org")).await;
        answer(app.new_browser(), yes, "yes").await;
    }
    // One changes their mind: still one answer each.
    let (_, no) = links("reader0@example.org").await;
    let browser = app.new_browser();
    answer(browser.clone_on(&app), no.clone(), "no").await;
    let path = no.strip_prefix(&app.address).unwrap().to_string();
    let (_, thanks) = browser.html(&path).await;
    assert!(
        thanks.contains("Thank you. Your answer is recorded."),
        "{kind}"
    );
    let (_, no5) = links("reader5@example.org").await;
    answer(app.new_browser(), no5, "no").await;
    assert_eq!(ratings().await, 6, "{kind}: one answer per reader");

    // A forged link records nothing.
    let refused = app
        .new_browser()
        .post_form(
            "/fn/messages/useful",
            &[
                ("reference", reference.as_str()),
                ("resident", "1"),
                ("signature", "00"),
                ("answer", "yes"),
            ],
        )
        .await;
    assert_eq!(
        location(&refused),
        format!("/messages/{reference}/useful?resident=1&signature=00&answer=yes"),
        "{kind}: back to the page, its link kept to answer again"
    );
    assert_eq!(ratings().await, 6, "{kind}");

    // The team sees the answers; the public figures count the message and the share useful.
    let (_, team_page) = team.html(&page).await;
    assert!(
        team_page.contains("4 residents said yes, 2 said no"),
        "{kind}: {team_page}"
    );
    let (_, figures) = app
        .new_browser()
        .html("/neighbourhoods/BW003/how-we-are-doing")
        .await;
    assert!(figures.contains("Messages to residents"), "{kind}");
    let bw003 = crate::staff_accounts::neighbourhood_id(&app, "BW003").await;
    let sent = app::services::team_messages::published(&app.db, bw003, 100)
        .await
        .unwrap()
        .len();
    assert!(figures.contains(&format!("{sent} sent")), "{kind}");
    assert!(
        figures.contains("Found useful by the residents who answered: too few"),
        "{kind}"
    );
    // The engagement dashboard and its CSV count them too, exactly, for staff.
    let (_, dashboard) = team.html("/staff/guarantee").await;
    assert!(
        dashboard.contains(&format!("{sent} sent; useful: ")),
        "{kind}"
    );
    let csv = team.get("/staff/guarantee.csv").await.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let edgbaston = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[1] == "BW003")
        .expect("Edgbaston's row");
    assert_eq!(
        &edgbaston[column("Messages sent")],
        sent.to_string(),
        "{kind}"
    );
    assert_eq!(&edgbaston[column("Messages found useful")], "4", "{kind}");
    assert_eq!(
        &edgbaston[column("Messages not found useful")],
        "2",
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_writes_back_to_the_team_and_reads_its_answer_without_either_seeing_an_address(
    kind: Database,
) {
    use app::services::message_replies::REPLIES_PER_DAY;
    use entity::{message_reply, message_thread};
    let app = spawn_app(kind).await;
    let team = team(&app).await;
    let readers = many_residents(&app, "writer", 1).await;
    follow_neighbourhood(&app, "BW003", &readers).await;
    let page = draft(&team, "appeal", "Seen this van?", None).await;
    send_now(&team, &page).await;
    app.run_jobs().await;
    let reference = reference_of(&page).to_string();
    let mine = format!("/account/messages/{reference}");
    let threads = || {
        let db = app.db.clone();
        async move { message_thread::Entity::find().count(&db).await.unwrap() }
    };
    let replies = || {
        let db = app.db.clone();
        async move { message_reply::Entity::find().count(&db).await.unwrap() }
    };

    // The email carries the way to write back.
    let email = app.delivered_to("writer0@example.org").await;
    assert!(email.contains(&format!("{}{mine}", app.address)), "{kind}");

    // Someone it was not sent to can neither read it there nor write about it.
    let stranger = resident(&app, "stranger@example.org").await;
    assert_eq!(stranger.html(&mine).await.0, 404, "{kind}");
    stranger
        .post_form(
            "/fn/account/messages/reply",
            &[("reference", reference.as_str()), ("reply", "Hello")],
        )
        .await;
    assert_eq!((threads().await, replies().await), (0, 0), "{kind}");

    // The reader writes back; a blank reply is refused and changes nothing.
    let reader = resident(&app, "writer0@example.org").await;
    let (status, opened) = reader.html(&mine).await;
    assert_eq!(status, 200, "{kind}");
    assert!(opened.contains("Seen this van?"), "{kind}");
    reader
        .submit(&mine, "/fn/account/messages/reply", &[("reply", "   ")])
        .await;
    assert!(
        reader.html(&mine).await.1.contains("Enter your reply"),
        "{kind}"
    );
    assert_eq!(threads().await, 0, "{kind}");
    let sent = reader
        .submit(
            &mine,
            "/fn/account/messages/reply",
            &[("reply", "A white van parked at 3am, registration AB12 CDE.")],
        )
        .await;
    assert_eq!(location(&sent), mine, "{kind}");
    assert!(
        reader
            .html(&mine)
            .await
            .1
            .contains("Your reply has been sent to the team"),
        "{kind}"
    );

    // It waits in the team's inbox, without the resident's address; another team cannot read it.
    let (_, inbox) = team.html(MESSAGES).await;
    assert!(
        inbox.contains("1 waiting for an answer."),
        "{kind}: {inbox}"
    );
    let thread = message_thread::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(thread.waiting, "{kind}");
    let thread_page = format!("/staff/neighbourhoods/BW003/replies/{}", thread.reference);
    let (status, read) = team.html(&thread_page).await;
    assert_eq!(status, 200, "{kind}");
    assert!(read.contains("registration AB12 CDE"), "{kind}");
    assert!(!read.contains("writer0@example.org"), "{kind}");
    let other_team = crate::groups::team_member(&app, "BW001").await;
    assert_eq!(other_team.html(&thread_page).await.0, 403, "{kind}");
    let elsewhere = format!("/staff/neighbourhoods/BW001/replies/{}", thread.reference);
    assert_eq!(other_team.html(&elsewhere).await.0, 404, "{kind}");

    // The team answers: the resident is emailed to read it in their account, where it is.
    team.submit(
        &thread_page,
        "/fn/staff/messages/answer",
        &[(
            "reply",
            "Thank you: the registration is with the officer now.",
        )],
    )
    .await;
    let answered = app.delivered_to("writer0@example.org").await;
    assert!(
        answered.contains("the registration is with the officer"),
        "{kind}"
    );
    assert!(answered.contains(&mine), "{kind}");
    assert!(!answered.contains("edgbaston@police.example.uk"), "{kind}");
    let (_, conversation) = reader.html(&mine).await;
    assert!(conversation.contains("The team answered"), "{kind}");
    assert!(
        conversation.contains("the registration is with the officer"),
        "{kind}"
    );
    assert_eq!(audit_count(&app, "message.answer").await, 1, "{kind}");
    assert!(
        team.html(MESSAGES)
            .await
            .1
            .contains("None waiting for an answer."),
        "{kind}"
    );
    assert!(
        !team
            .html("/staff")
            .await
            .1
            .contains("waiting for an answer"),
        "{kind}"
    );

    // Two replies at once share the one thread; then the day's limit refuses the next, which
    // changes nothing, until a day has passed.
    let again = reader.clone_on(&app);
    let write = |browser: TestApp, text: &'static str| {
        let mine = mine.clone();
        async move {
            browser
                .submit(&mine, "/fn/account/messages/reply", &[("reply", text)])
                .await
        }
    };
    tokio::join!(
        write(reader.clone_on(&app), "Also a red car."),
        write(again, "And a motorbike.")
    );
    assert_eq!((threads().await, replies().await), (1, 4), "{kind}");
    let mut written = 3;
    while written < REPLIES_PER_DAY.attempts {
        write(reader.clone_on(&app), "One more thing.").await;
        written += 1;
    }
    write(reader.clone_on(&app), "Too many.").await;
    assert!(
        reader.html(&mine).await.1.contains(&format!(
            "You have sent {written} replies about this message today"
        )),
        "{kind}"
    );
    assert_eq!(
        replies().await,
        written as u64 + 1,
        "{kind}: the refused reply is not kept"
    );
    app.clock.advance(86_400);
    write(reader.clone_on(&app), "A day later.").await;
    assert_eq!(replies().await, written as u64 + 2, "{kind}");

    // An answer settles only what the team had read: a reply written while they wrote it keeps
    // the conversation waiting for them.
    let waiting = || {
        let db = app.db.clone();
        async move {
            message_thread::Entity::find()
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .waiting
        }
    };
    assert!(waiting().await, "{kind}");
    // A day on, the team member signs in again (a staff session ends after half an hour idle).
    let team = app.new_browser();
    crate::staff_accounts::sign_in_staff(&team, "edgbaston@police.example.uk").await;
    let read_up_to = message_reply::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .max()
        .unwrap()
        .to_string();
    write(reader.clone_on(&app), "It is still there now.").await;
    team.post_form(
        "/fn/staff/messages/answer",
        &[
            ("code", "BW003"),
            ("reference", thread.reference.as_str()),
            ("seen", read_up_to.as_str()),
            ("reply", "Thank you for the day's update."),
        ],
    )
    .await;
    assert!(
        waiting().await,
        "{kind}: the newer reply is still unanswered"
    );
    team.submit(
        &thread_page,
        "/fn/staff/messages/answer",
        &[("reply", "We have it: an officer will look today.")],
    )
    .await;
    assert!(!waiting().await, "{kind}");
    // The audit keeps which conversation was answered, not the words (which go with the account).
    let audited = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::Action.eq("message.answer"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 3, "{kind}");
    assert!(
        audited
            .iter()
            .all(|entry| !format!("{entry:?}").contains("officer")),
        "{kind}"
    );

    // Their download holds the conversation; deleting the account erases it, answers too.
    let download = reader.get("/account/data").await.text().await.unwrap();
    assert!(download.contains("team_message_replies"), "{kind}");
    assert!(download.contains("registration AB12 CDE"), "{kind}");
    reader
        .submit("/account/delete", "/fn/account/delete", &[])
        .await;
    assert_eq!((threads().await, replies().await), (0, 0), "{kind}");
}
