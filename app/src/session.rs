//! The portal's typed view of a browser session (server only): the resident signed in, where a
//! member of staff is in signing in, a second factor being set up, and feedback for the next
//! page.

use crate::domain::forms::FormFeedback;
use crate::domain::ids::ResidentId;
use crate::state::fault;
use leptos::prelude::ServerFnError;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const RESIDENT: &str = "resident_id";
/// Also read by the session store, which never answers a staff session from memory.
pub(crate) const STAFF: &str = "staff";
const FEEDBACK: &str = "feedback";
const ENROLMENT: &str = "factor_enrolment";
const BOOKING: &str = "booking";
const CONCERN: &str = "concern";
const AFTER_SIGN_IN: &str = "after_sign_in";
const VOTE: &str = "vote";
const FAILED_FORM: &str = "failed_form";
const LINKS_ASKED: &str = "sign_in_links_asked";

/// How many sign-in links a browser remembers asking for (the newest).
const MOST_LINKS_ASKED: usize = 5;

/// How long a staff sign-in lasts, however active the session: a shared computer in a station
/// should not stay signed in for days.
pub const STAFF_SIGN_IN_SECONDS: i64 = 12 * 3600;

/// How long the step between the password and the code (or the set-up) may take.
pub const PENDING_SECONDS: i64 = 10 * 60;

/// Activity is written back at most this often, so an active session is not rewritten on
/// every request.
const ACTIVITY_RESOLUTION_SECONDS: i64 = 60;

/// Where a member of staff is in signing in. The session holds this one value; each page and
/// server function accepts only the states it is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffSignIn {
    /// The password was right and the account has a second factor: a code is needed next.
    CodeRequired {
        id: i32,
        since: i64,
    },
    /// The password was right, but the account's role needs a second factor and it has none:
    /// setting one up comes next.
    SetUpRequired {
        id: i32,
        since: i64,
    },
    SignedIn(SignedIn),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub id: i32,
    /// Shown in the header.
    pub name: String,
    pub at: i64,
    pub last_active: i64,
    /// The account's session generation at sign-in: when the account's moves on (signing out
    /// everywhere, a new password), this sign-in ends.
    pub generation: i64,
}

impl StaffSignIn {
    /// Whether this state still holds at `now`, with staff signed out after `idle_seconds`
    /// without activity.
    fn is_current(&self, now: i64, idle_seconds: i64) -> bool {
        match self {
            StaffSignIn::CodeRequired { since, .. } | StaffSignIn::SetUpRequired { since, .. } => {
                now - since < PENDING_SECONDS
            }
            StaffSignIn::SignedIn(signed_in) => {
                now - signed_in.at < STAFF_SIGN_IN_SECONDS
                    && now - signed_in.last_active < idle_seconds
            }
        }
    }
}

/// A second factor being set up: the secret shown to the member, kept until they prove their
/// app shows its codes. It belongs to one account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorEnrolment {
    pub staff_id: i32,
    pub secret: String,
}

/// Where a resident who was asked to sign in goes back to afterwards. A closed list of pages,
/// so a sign-in can never be made to lead anywhere else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AfterSignIn {
    /// Booking a place at this occurrence.
    Book { surgery_id: i32 },
    /// Raising a concern with this neighbourhood's team.
    RaiseConcern { code: String },
    /// Voting in this vote.
    Vote { vote_id: i32 },
    /// Registering a community group.
    RegisterGroup,
    /// Answering the confidence survey for this neighbourhood.
    Survey { code: String },
}

impl AfterSignIn {
    pub fn path(&self) -> String {
        match self {
            AfterSignIn::Book { surgery_id } => crate::domain::surgery::book_path(*surgery_id),
            AfterSignIn::RaiseConcern { code } => {
                crate::domain::neighbourhood::raise_concern_path(code)
            }
            AfterSignIn::Vote { vote_id } => format!("/votes/{vote_id}/choose"),
            AfterSignIn::RegisterGroup => "/groups/new".to_string(),
            AfterSignIn::Survey { code } => crate::domain::neighbourhood::survey_path(code),
        }
    }
}

/// A booking with its time chosen and details entered: the check-your-answers step comes next.
/// Each step's page and server function accepts only the draft it is for, and only for the same
/// occurrence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingDraft {
    pub surgery_id: i32,
    pub slot_id: i32,
    pub topic: String,
    pub adjustments: String,
    /// Names this attempt: confirming it twice finds the first booking.
    pub key: String,
    /// The slot was full when chosen: confirming joins its waiting list if it still is.
    pub wait: bool,
}

/// Where a resident is in voting. Each step's page and server function accepts only the state
/// it is for, and only for the same vote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteFlow {
    /// They confirmed a postcode inside the vote's neighbourhood (the postcode is not kept):
    /// choosing comes next.
    Eligible { vote_id: i32 },
    /// They chose: check your answers comes next.
    Chosen(VoteDraft),
}

impl VoteFlow {
    pub fn vote_id(&self) -> i32 {
        match self {
            VoteFlow::Eligible { vote_id } => *vote_id,
            VoteFlow::Chosen(draft) => draft.vote_id,
        }
    }

    pub fn postcode_confirmed(&self) -> bool {
        match self {
            VoteFlow::Eligible { .. } => true,
            VoteFlow::Chosen(draft) => draft.postcode_confirmed,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteDraft {
    pub vote_id: i32,
    pub choices: Vec<i32>,
    pub postcode_confirmed: bool,
}

/// A concern written and placed: the check-your-answers step comes next, for the same
/// neighbourhood.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConcernDraft {
    /// The neighbourhood's code.
    pub code: String,
    pub entry: crate::domain::concern::ConcernEntry,
    /// Where the pin or postcode put it, if anywhere.
    pub position: Option<crate::domain::geometry::Position>,
    /// Names this attempt: confirming it twice finds the first concern.
    pub key: String,
    /// The community group it is put forward for, if the resident chose one they organise.
    #[serde(default)]
    pub on_behalf: Option<DraftGroup>,
}

/// A group chosen on the concern form; checked again when the concern is sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftGroup {
    pub reference: String,
    pub name: String,
    pub propose_for_vote: bool,
}

pub struct PortalSession(Session);

fn session_fault(error: tower_sessions::session::Error) -> ServerFnError {
    fault("using the session", error)
}

impl PortalSession {
    pub fn new(session: Session) -> Self {
        Self(session)
    }

    pub async fn from_request() -> Result<Self, ServerFnError> {
        leptos_axum::extract::<Session>()
            .await
            .map(Self)
            .map_err(|e| ServerFnError::new(format!("no session: {e:?}")))
    }

    pub async fn resident_id(&self) -> Result<Option<ResidentId>, ServerFnError> {
        self.0.get(RESIDENT).await.map_err(session_fault)
    }

    /// The resident signed in, when nothing else in the session changes how a public page
    /// looks: no member of staff signed in or signing in, no message waiting for the page.
    pub async fn resident_alone(&self) -> Result<Option<ResidentId>, ServerFnError> {
        for key in [STAFF, FEEDBACK, FAILED_FORM] {
            if self
                .0
                .get_value(key)
                .await
                .map_err(session_fault)?
                .is_some()
            {
                return Ok(None);
            }
        }
        self.resident_id().await
    }

    /// Signs a resident in, under a new session id so an id planted before sign-in is useless.
    pub async fn sign_in_resident(&self, id: ResidentId) -> Result<(), ServerFnError> {
        self.0.cycle_id().await.map_err(session_fault)?;
        self.0.insert(RESIDENT, id).await.map_err(session_fault)
    }

    /// The staff sign-in state, if it still holds. A state that has run out is removed.
    pub async fn staff(
        &self,
        now: i64,
        idle_seconds: i64,
    ) -> Result<Option<StaffSignIn>, ServerFnError> {
        let state: Option<StaffSignIn> = self.0.get(STAFF).await.map_err(session_fault)?;
        match state {
            Some(state) if state.is_current(now, idle_seconds) => Ok(Some(state)),
            Some(_) => {
                self.end_staff_sign_in().await?;
                Ok(None)
            }
            None => Ok(None),
        }
    }

    /// Records that the signed-in member of staff is active (for the idle time-out).
    pub async fn touch(&self, signed_in: &SignedIn, now: i64) -> Result<(), ServerFnError> {
        if now - signed_in.last_active < ACTIVITY_RESOLUTION_SECONDS {
            return Ok(());
        }
        let active = SignedIn {
            last_active: now,
            ..signed_in.clone()
        };
        self.set_staff(&StaffSignIn::SignedIn(active)).await
    }

    /// Moves staff sign-in to its next state.
    pub async fn set_staff(&self, state: &StaffSignIn) -> Result<(), ServerFnError> {
        self.0.insert(STAFF, state).await.map_err(session_fault)
    }

    /// Signs a member of staff in, under a new session id so an id planted before sign-in is
    /// useless.
    pub async fn sign_in_staff(&self, signed_in: SignedIn) -> Result<(), ServerFnError> {
        self.0.cycle_id().await.map_err(session_fault)?;
        self.set_enrolment(None).await?;
        self.set_staff(&StaffSignIn::SignedIn(signed_in)).await
    }

    pub async fn end_staff_sign_in(&self) -> Result<(), ServerFnError> {
        self.0
            .remove::<StaffSignIn>(STAFF)
            .await
            .map_err(session_fault)?;
        self.set_enrolment(None).await
    }

    /// Ends the whole session (resident and staff) and starts a fresh one with a new id.
    pub async fn sign_out(&self) -> Result<(), ServerFnError> {
        self.0.flush().await.map_err(session_fault)
    }

    /// The second factor being set up for `staff_id`, if any.
    pub async fn enrolment(&self, staff_id: i32) -> Result<Option<String>, ServerFnError> {
        let enrolment: Option<FactorEnrolment> =
            self.0.get(ENROLMENT).await.map_err(session_fault)?;
        Ok(enrolment
            .filter(|e| e.staff_id == staff_id)
            .map(|e| e.secret))
    }

    pub async fn set_enrolment(
        &self,
        enrolment: Option<FactorEnrolment>,
    ) -> Result<(), ServerFnError> {
        match enrolment {
            Some(enrolment) => self.0.insert(ENROLMENT, enrolment).await,
            None => self
                .0
                .remove::<FactorEnrolment>(ENROLMENT)
                .await
                .map(|_| ()),
        }
        .map_err(session_fault)
    }

    pub async fn booking_draft(&self) -> Result<Option<BookingDraft>, ServerFnError> {
        self.0.get(BOOKING).await.map_err(session_fault)
    }

    pub async fn set_booking_draft(
        &self,
        draft: Option<BookingDraft>,
    ) -> Result<(), ServerFnError> {
        match draft {
            Some(draft) => self.0.insert(BOOKING, draft).await,
            None => self.0.remove::<BookingDraft>(BOOKING).await.map(|_| ()),
        }
        .map_err(session_fault)
    }

    pub async fn concern_draft(&self) -> Result<Option<ConcernDraft>, ServerFnError> {
        self.0.get(CONCERN).await.map_err(session_fault)
    }

    pub async fn set_concern_draft(
        &self,
        draft: Option<ConcernDraft>,
    ) -> Result<(), ServerFnError> {
        match draft {
            Some(draft) => self.0.insert(CONCERN, draft).await,
            None => self.0.remove::<ConcernDraft>(CONCERN).await.map(|_| ()),
        }
        .map_err(session_fault)
    }

    /// The vote the resident is voting in, if any.
    pub async fn vote_flow(&self, vote_id: i32) -> Result<Option<VoteFlow>, ServerFnError> {
        let flow: Option<VoteFlow> = self.0.get(VOTE).await.map_err(session_fault)?;
        Ok(flow.filter(|flow| flow.vote_id() == vote_id))
    }

    pub async fn set_vote_flow(&self, flow: Option<VoteFlow>) -> Result<(), ServerFnError> {
        match flow {
            Some(flow) => self.0.insert(VOTE, flow).await,
            None => self.0.remove::<VoteFlow>(VOTE).await.map(|_| ()),
        }
        .map_err(session_fault)
    }

    /// Remembers that this browser asked for the sign-in link `link_id`.
    pub async fn asked_for_link(&self, link_id: i32) -> Result<(), ServerFnError> {
        let mut asked: Vec<i32> = self
            .0
            .get(LINKS_ASKED)
            .await
            .map_err(session_fault)?
            .unwrap_or_default();
        asked.push(link_id);
        let excess = asked.len().saturating_sub(MOST_LINKS_ASKED);
        asked.drain(..excess);
        self.0
            .insert(LINKS_ASKED, asked)
            .await
            .map_err(session_fault)
    }

    /// Whether this browser asked for the sign-in link `link_id`.
    pub async fn asked_here(&self, link_id: i32) -> Result<bool, ServerFnError> {
        let asked: Vec<i32> = self
            .0
            .get(LINKS_ASKED)
            .await
            .map_err(session_fault)?
            .unwrap_or_default();
        Ok(asked.contains(&link_id))
    }

    /// Where to go once signed in, taken once.
    pub async fn take_after_sign_in(&self) -> Result<Option<AfterSignIn>, ServerFnError> {
        self.0.remove(AFTER_SIGN_IN).await.map_err(session_fault)
    }

    pub async fn set_after_sign_in(&self, next: AfterSignIn) -> Result<(), ServerFnError> {
        self.0
            .insert(AFTER_SIGN_IN, next)
            .await
            .map_err(session_fault)
    }

    pub async fn give_feedback(&self, feedback: FormFeedback) -> Result<(), ServerFnError> {
        self.0
            .insert(FEEDBACK, feedback)
            .await
            .map_err(session_fault)
    }

    /// The feedback left for the page being shown, once: reloading the page clears it.
    pub async fn take_feedback(&self) -> Result<Option<FormFeedback>, ServerFnError> {
        self.0.remove(FEEDBACK).await.map_err(session_fault)
    }

    /// Keeps the message of a form its server function refused as a whole, for the page the
    /// browser is sent back to.
    pub async fn set_failed_form(&self, message: &str) -> Result<(), ServerFnError> {
        self.0
            .insert(FAILED_FORM, message)
            .await
            .map_err(session_fault)
    }

    /// The message of a refused form, once.
    pub async fn take_failed_form(&self) -> Result<Option<String>, ServerFnError> {
        self.0.remove(FAILED_FORM).await.map_err(session_fault)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed_in(at: i64, last_active: i64) -> StaffSignIn {
        StaffSignIn::SignedIn(SignedIn {
            id: 1,
            name: "Sam".into(),
            at,
            last_active,
            generation: 0,
        })
    }

    #[test]
    fn a_staff_sign_in_ends_after_idle_time_or_twelve_hours() {
        let idle = 30 * 60;
        assert!(signed_in(0, 0).is_current(29 * 60, idle));
        assert!(!signed_in(0, 0).is_current(30 * 60, idle));
        assert!(signed_in(0, 11 * 3600).is_current(11 * 3600 + 60, idle));
        assert!(!signed_in(0, 12 * 3600 - 60).is_current(12 * 3600, idle));
    }

    #[test]
    fn the_step_after_the_password_lasts_ten_minutes() {
        let code = StaffSignIn::CodeRequired { id: 1, since: 0 };
        assert!(code.is_current(9 * 60, 60));
        assert!(!code.is_current(10 * 60, 60));
    }
}
