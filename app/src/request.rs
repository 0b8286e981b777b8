//! What a server function knows about the request it serves (server only): the portal's state,
//! the session, who is signed in and from where, and what `policy` lets them do.

pub mod group;

use crate::components::page::PageError;
use crate::domain::forms::FormFeedback;
use crate::domain::ids::ResidentId;
use crate::domain::staff::StaffMember;
use crate::policy::{self, Denied, Permit};
use crate::services::messages::EmailSite;
use crate::services::staff_auth::Attempt;
use crate::services::staff_members;
use crate::session::{PortalSession, SignedIn, StaffSignIn};
use crate::state::{PortalState, fault};
use entity::{neighbourhood, staff_account};
use leptos::prelude::*;

pub struct RequestContext {
    pub state: PortalState,
    pub session: PortalSession,
    /// The language the request is answered in.
    pub language: crate::i18n::Language,
}

impl RequestContext {
    pub async fn new() -> Result<Self, ServerFnError> {
        // Read from the context before the first await.
        let (state, language) = (PortalState::from_context()?, crate::i18n::current());
        Ok(Self {
            state,
            session: PortalSession::from_request().await?,
            language,
        })
    }

    pub fn now(&self) -> i64 {
        self.state.clock.now()
    }

    /// Where the member of staff in this session is in signing in, checked against their
    /// account: a disabled account, or one whose sessions were ended, is signed out here.
    pub async fn staff_state(&self) -> Result<Option<StaffState>, ServerFnError> {
        let now = self.now();
        let Some(state) = self
            .session
            .staff(now, self.state.staff_idle_seconds)
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(match state {
            StaffSignIn::CodeRequired { id, .. } => StaffState::CodeRequired { id },
            StaffSignIn::SetUpRequired { id, .. } => StaffState::SetUpRequired { id },
            StaffSignIn::SignedIn(signed_in) => {
                let member = staff_members::member(&self.state.db, signed_in.id)
                    .await
                    .map_err(|e| fault("reading the signed-in member of staff", e))?;
                match member {
                    Some(member) if member.session_generation == signed_in.generation => {
                        self.session.touch(&signed_in, now).await?;
                        StaffState::SignedIn(member)
                    }
                    _ => {
                        self.session.end_staff_sign_in().await?;
                        return Ok(None);
                    }
                }
            }
        }))
    }

    /// The signed-in member of staff, read afresh so a disabled account stops at once.
    pub async fn staff(&self) -> Result<Option<StaffMember>, ServerFnError> {
        Ok(match self.staff_state().await? {
            Some(StaffState::SignedIn(member)) => Some(member),
            _ => None,
        })
    }

    /// The member of staff, signed in as their role requires, or why not (`policy::signed_in`).
    pub async fn signed_in_staff(&self) -> Result<Result<StaffMember, Denied>, ServerFnError> {
        Ok(policy::signed_in(self.staff().await?))
    }

    /// A permit from `rule` for the member of staff; otherwise why not.
    pub async fn staff_access<T>(
        &self,
        rule: impl FnOnce(StaffMember) -> Result<Permit<T>, Denied>,
    ) -> Result<Result<Permit<T>, Denied>, ServerFnError> {
        Ok(self.signed_in_staff().await?.and_then(rule))
    }

    /// For pages: a permit from `rule`, or the page that says why not.
    pub async fn staff_page<T>(
        &self,
        rule: impl FnOnce(StaffMember) -> Result<Permit<T>, Denied>,
    ) -> Result<Permit<T>, PageError> {
        Ok(self.staff_access(rule).await??)
    }

    /// For actions: a permit from `rule`, or an error answered 401 or 403.
    pub async fn require_staff<T>(
        &self,
        rule: impl FnOnce(StaffMember) -> Result<Permit<T>, Denied>,
    ) -> Result<Permit<T>, ServerFnError> {
        self.staff_access(rule).await?.map_err(deny_access)
    }

    /// Whether the member of staff may manage the neighbourhood with this code
    /// (`policy::neighbourhood::manage`). Only signed-in staff learn which neighbourhoods exist.
    pub async fn neighbourhood_access(
        &self,
        code: &str,
    ) -> Result<StaffGuard<neighbourhood::Model>, ServerFnError> {
        let n = crate::services::neighbourhoods::neighbourhood_by_code(&self.state.db, code)
            .await
            .map_err(|e| fault("reading a neighbourhood", e))?;
        StaffGuard::check(self, n, policy::neighbourhood::manage).await
    }

    /// For a page of a neighbourhood's: the permit to manage it, or the page saying why not.
    pub async fn neighbourhood_page(
        &self,
        code: &str,
    ) -> Result<Permit<neighbourhood::Model>, PageError> {
        self.neighbourhood_access(code).await?.page()
    }

    /// For a neighbourhood's actions: the permit to manage it, or an error answered 401, 403
    /// or 404.
    pub async fn neighbourhood_action(
        &self,
        code: &str,
    ) -> Result<Permit<neighbourhood::Model>, ServerFnError> {
        self.neighbourhood_access(code)
            .await?
            .action("There is no such neighbourhood.")
    }

    /// The feedback left for this page by the form sent last, once.
    pub async fn feedback(&self) -> Result<FormFeedback, ServerFnError> {
        Ok(self.session.take_feedback().await?.unwrap_or_default())
    }

    /// The client's address, for rate limits: the connection's peer, or the last
    /// `X-Forwarded-For` entry when the server sits behind a proxy that sets it.
    pub async fn client_ip(&self) -> String {
        if self.state.trust_forwarded_for
            && let Ok(headers) = leptos_axum::extract::<http::HeaderMap>().await
            && let Some(forwarded) = last_forwarded_for(&headers)
        {
            return forwarded.to_string();
        }
        leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .await
            .map_or_else(|_| "unknown".to_string(), |info| info.0.ip().to_string())
    }

    /// Whom emails are from, and where their links lead.
    pub fn email_site(&self) -> EmailSite {
        self.state.email_site()
    }

    /// Who is trying to sign in, for the rate limits.
    pub fn attempt<'a>(&'a self, client_ip: &'a str) -> Attempt<'a> {
        Attempt {
            keys: &self.state.bucket_keys,
            client_ip,
        }
    }

    /// Signs in the member of staff with the account `id`, as the account is now.
    pub async fn sign_in_staff_by_id(&self, id: i32) -> Result<(), ServerFnError> {
        use sea_orm::EntityTrait;
        let account = staff_account::Entity::find_by_id(id)
            .one(&self.state.db)
            .await
            .map_err(|e| fault("reading a staff account", e))?
            .ok_or_else(|| ServerFnError::new("the staff account has gone"))?;
        self.sign_in_staff(&account).await
    }

    /// Signs the member of staff with this account in.
    pub async fn sign_in_staff(&self, account: &staff_account::Model) -> Result<(), ServerFnError> {
        let now = self.now();
        self.session
            .sign_in_staff(SignedIn {
                id: account.id,
                name: account.name.clone(),
                at: now,
                last_active: now,
                generation: account.session_generation,
            })
            .await
    }

    /// The signed-in resident; anyone else is sent to sign in with `why` (said on the sign-in
    /// page) and brought back to `next` afterwards.
    pub async fn resident_or_sign_in(
        &self,
        next: crate::session::AfterSignIn,
        why: &str,
    ) -> Result<Result<ResidentId, PageError>, ServerFnError> {
        if let Some(resident) = self.session.resident_id().await? {
            return Ok(Ok(resident));
        }
        self.session.set_after_sign_in(next).await?;
        self.session
            .give_feedback(FormFeedback::notice("sign-in", why))
            .await?;
        Ok(Err(PageError::Redirect("/sign-in".into())))
    }

    /// Leaves feedback for the next page and sends the browser there.
    pub async fn reply(&self, path: &str, feedback: FormFeedback) -> Result<(), ServerFnError> {
        self.session.give_feedback(feedback).await?;
        leptos_axum::redirect(path);
        Ok(())
    }
}

/// What a staff page or action learns about the thing it is for (a neighbourhood, a group):
/// the permit to act on it, that there is no such thing, or why this person may not. Every
/// signed-in member of staff is told of a thing that is not there; only those the rule lets in
/// see one that is.
pub enum StaffGuard<T> {
    Granted(Box<Permit<T>>),
    Missing,
    Denied(Denied),
}

impl<T> StaffGuard<T> {
    /// Checks the signed-in member of staff against `rule` for `found`.
    pub async fn check(
        context: &RequestContext,
        found: Option<T>,
        rule: impl FnOnce(StaffMember, T) -> Result<Permit<T>, Denied>,
    ) -> Result<Self, ServerFnError> {
        let member = match context.signed_in_staff().await? {
            Ok(member) => member,
            Err(denied) => return Ok(StaffGuard::Denied(denied)),
        };
        Ok(match found {
            None => StaffGuard::Missing,
            Some(thing) => match rule(member, thing) {
                Ok(permit) => StaffGuard::Granted(Box::new(permit)),
                Err(denied) => StaffGuard::Denied(denied),
            },
        })
    }

    /// For a page: the permit, or the page saying why not.
    pub fn page(self) -> Result<Permit<T>, PageError> {
        match self {
            StaffGuard::Granted(permit) => Ok(*permit),
            StaffGuard::Missing => Err(PageError::NotFound),
            StaffGuard::Denied(denied) => Err(denied.into()),
        }
    }

    /// For an action: the permit, or an error answered 401, 403 or 404 (`missing` says what
    /// is not there).
    pub fn action(self, missing: &str) -> Result<Permit<T>, ServerFnError> {
        match self {
            StaffGuard::Granted(permit) => Ok(*permit),
            StaffGuard::Missing => Err(deny(http::StatusCode::NOT_FOUND, missing)),
            StaffGuard::Denied(denied) => Err(deny_access(denied)),
        }
    }
}

/// The feedback left for a page by the form sent last, for pages that show only that.
pub async fn feedback() -> Result<FormFeedback, PageError> {
    Ok(RequestContext::new().await?.feedback().await?)
}

/// Where the member of staff in a session is in signing in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffState {
    /// Their password was right; a code from their authenticator is needed.
    CodeRequired {
        id: i32,
    },
    /// Their password was right; their role needs a second factor, which they must set up.
    SetUpRequired {
        id: i32,
    },
    SignedIn(StaffMember),
}

impl From<Denied> for PageError {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::SignInNeeded => PageError::Redirect("/staff/sign-in".into()),
            Denied::SecondFactorNeeded => PageError::Redirect("/staff/two-factor".into()),
            Denied::Forbidden => PageError::Forbidden,
        }
    }
}

/// The error for an action refused to someone: 401 when they are not signed in as staff, 403
/// when they are but may not.
pub fn deny_access(denied: Denied) -> ServerFnError {
    match denied {
        Denied::SignInNeeded => deny(
            http::StatusCode::UNAUTHORIZED,
            "Sign in as staff to do this.",
        ),
        Denied::SecondFactorNeeded => deny(
            http::StatusCode::FORBIDDEN,
            "Set up your second factor before you do anything else.",
        ),
        Denied::Forbidden => deny(
            http::StatusCode::FORBIDDEN,
            "You do not have permission to do this.",
        ),
    }
}

/// An error answered with `status` (and shown to the person as it is).
pub fn deny(status: http::StatusCode, message: &str) -> ServerFnError {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    ServerFnError::new(message)
}

/// The address the nearest proxy saw the client at: the last `X-Forwarded-For` entry. Only
/// to be believed behind a proxy that sets the header.
pub fn last_forwarded_for(headers: &http::HeaderMap) -> Option<&str> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .rfind(|v| !v.is_empty())
}
