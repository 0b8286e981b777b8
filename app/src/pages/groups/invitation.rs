//! Accepting an invitation to a group. The emailed link opens this page; its button joins (a
//! mail scanner opening the link changes nothing). The link, used once, proves the address: for
//! someone new it also makes their account and signs them in; someone with an account signs in
//! as usual.

use super::group::with_data;
use crate::components::form::{FeedbackBanner, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::{FieldError, FormFeedback};
use crate::domain::group::dashboard_path;
use crate::request::RequestContext;
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const ACCEPT_PATH: &str = "/groups/invitations/accept";

#[derive(Clone, Debug, PartialEq, Eq)]
struct InvitationView {
    token: String,
    /// (group name, invited address), if the link still works.
    invitation: Option<(String, String)>,
    feedback: FormFeedback,
}

async fn invitation(token: String) -> Result<InvitationView, PageError> {
    let context = RequestContext::new().await?;
    let found =
        crate::services::groups::invitation(&context.state.db, &context.state.clock, &token)
            .await
            .map_err(|e| fault("reading an invitation", e))?;
    Ok(InvitationView {
        token,
        invitation: found.map(|(group, email)| (group.group.name, email)),
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "groups/invitations/accept")]
pub async fn accept_invitation(token: String) -> Result<(), ServerFnError> {
    use crate::services::groups::{self, Accepted};
    let context = RequestContext::new().await?;
    let accepted = groups::accept(&context.state.db, &context.state.clock, &token)
        .await
        .map_err(|e| fault("accepting an invitation", e))?;
    match accepted {
        Accepted::Joined {
            resident_id,
            reference,
        } => {
            let signed_in = context.session.resident_id().await? == Some(resident_id);
            if !signed_in {
                // An account is opened by signing in, never by this link: a link someone else
                // was sent could otherwise sign this browser in to their account.
                return context
                    .reply(
                        "/sign-in",
                        FormFeedback::notice(
                            "sign-in",
                            context.language.text("group-joined-sign-in"),
                        ),
                    )
                    .await;
            }
            context
                .reply(
                    &dashboard_path(&reference),
                    FormFeedback::notice("joined", context.language.text("group-joined")),
                )
                .await
        }
        Accepted::NotValid => {
            context
                .reply(
                    ACCEPT_PATH,
                    FormFeedback::errors(
                        "accept",
                        vec![FieldError::new(
                            "accept",
                            context.language.text("group-invitation-not-valid"),
                        )],
                        &[],
                    ),
                )
                .await
        }
    }
}

#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let token = use_query_map()
        .read_untracked()
        .get("token")
        .unwrap_or_default();
    page(
        move || invitation(token.clone()),
        |InvitationView {
             token,
             invitation,
             feedback,
         }| {
            view! {
                <Title text=page_title(&t!("group-join-title"), &feedback) />
                <FeedbackBanner feedback=feedback.clone() />
                {match invitation {
                    Some((group, email)) => {
                        let mut invited = crate::i18n::FluentArgs::new();
                        invited.set("email", email);
                        view! {
                            <h1 class="heading-l">{with_data("group-join-heading", Default::default(), "group", group.clone())}</h1>
                            <p>{with_data("group-invited", invited, "group", group)}</p>
                            <p>{t!("group-invitation-members")}</p>
                            <form method="post" action=AcceptInvitation::url() id="accept">
                                <input type="hidden" name="token" value=token />
                                <button type="submit" class="button">{t!("group-join-button")}</button>
                            </form>
                        }
                        .into_any()
                    }
                    None => view! {
                        <h1 class="heading-l" id="accept">{t!("group-invitation-broken")}</h1>
                        <p>{t!("group-invitation-broken-why")}</p>
                        <p><a href="/groups">{t!("group-list-title")}</a></p>
                    }
                    .into_any(),
                }}
            }
            .into_any()
        },
    )
}
