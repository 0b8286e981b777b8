//! What a server function knows about the request it serves (server only): the portal's state,
//! the session, who is signed in and from where.

use crate::components::page::PageError;
use crate::domain::forms::FormFeedback;
use crate::domain::staff::StaffMember;
use crate::services::messages::EmailSite;
use crate::services::staff;
use crate::services::staff_auth::Attempt;
use crate::session::{PortalSession, SignedIn, StaffSignIn};
use crate::state::{PortalState, fault};
use entity::staff_account;
use leptos::prelude::*;

pub struct RequestContext {
    pub state: PortalState,
    pub session: PortalSession,
}

impl RequestContext {
    pub async fn new() -> Result<Self, ServerFnError> {
        Ok(Self {
            state: PortalState::from_context()?,
            session: PortalSession::from_request().await?,
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
                let member = staff::member(&self.state.db, signed_in.id)
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

    /// The member of staff, if `allowed` lets them in; otherwise why not.
    pub async fn staff_access(
        &self,
        allowed: impl Fn(&StaffMember) -> bool,
    ) -> Result<Result<StaffMember, Denied>, ServerFnError> {
        Ok(match self.staff().await? {
            None => Err(Denied::SignInNeeded),
            // The role's rule holds for the whole session: an administrator without a second
            // factor (just promoted, say) can do nothing but set one up.
            Some(member) if member.role.requires_second_factor() && !member.has_second_factor => {
                Err(Denied::SecondFactorNeeded)
            }
            Some(member) if !allowed(&member) => Err(Denied::Forbidden),
            Some(member) => Ok(member),
        })
    }

    /// For pages: the member of staff, or the page that says why not.
    pub async fn staff_page(
        &self,
        allowed: impl Fn(&StaffMember) -> bool,
    ) -> Result<StaffMember, PageError> {
        Ok(self.staff_access(allowed).await??)
    }

    /// For actions: the member of staff, or an error answered 401 or 403.
    pub async fn require_staff(
        &self,
        allowed: impl Fn(&StaffMember) -> bool,
    ) -> Result<StaffMember, ServerFnError> {
        self.staff_access(allowed).await?.map_err(deny_access)
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
    ) -> Result<Result<i32, PageError>, ServerFnError> {
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
/// the thing and the member of staff, that there is no such thing, or why this person may not.
/// Only staff allowed by the rule learn whether the thing exists.
pub enum StaffGuard<T> {
    Granted(Box<(T, StaffMember)>),
    Missing,
    Denied(Denied),
}

impl<T> StaffGuard<T> {
    /// Checks the signed-in member of staff against `allowed` for `found` (every signed-in
    /// member is told of a thing that is not there).
    pub async fn check(
        context: &RequestContext,
        found: Option<T>,
        allowed: impl Fn(&T, &StaffMember) -> bool,
    ) -> Result<Self, ServerFnError> {
        let access = context
            .staff_access(|member| found.as_ref().is_none_or(|thing| allowed(thing, member)))
            .await?;
        Ok(match (access, found) {
            (Err(denied), _) => StaffGuard::Denied(denied),
            (Ok(_), None) => StaffGuard::Missing,
            (Ok(member), Some(thing)) => StaffGuard::Granted(Box::new((thing, member))),
        })
    }

    /// For a page: the thing and the member of staff, or the page saying why not.
    pub fn page(self) -> Result<(T, StaffMember), PageError> {
        match self {
            StaffGuard::Granted(granted) => Ok(*granted),
            StaffGuard::Missing => Err(PageError::NotFound),
            StaffGuard::Denied(denied) => Err(denied.into()),
        }
    }

    /// For an action: the thing and the member of staff, or an error answered 401, 403 or
    /// 404 (`missing` says what is not there).
    pub fn action(self, missing: &str) -> Result<(T, StaffMember), ServerFnError> {
        match self {
            StaffGuard::Granted(granted) => Ok(*granted),
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

/// Why someone may not see a staff page or do a staff action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// Nobody (or only a resident, or someone halfway through signing in) is signed in as
    /// staff.
    SignInNeeded,
    /// Signed in, but their role needs a second factor they have not set up yet.
    SecondFactorNeeded,
    /// Signed in, but this is not theirs to see or do.
    Forbidden,
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
