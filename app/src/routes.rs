use crate::components::layout::Layout;
use crate::components::page::NotFound;
use crate::islands::IslandScripts;
use crate::pages::account::{
    booking::YourBookingPage, check_email::CheckEmailPage, concern::YourConcernPage,
    confirm::ConfirmSignInPage, delete::DeleteAccountPage, message::YourMessagePage,
    overview::AccountPage, sign_in::SignInPage,
};
use crate::pages::concerns::{
    check::CheckConcernPage, raise::RaiseConcernPage, start::RaiseConcernStartPage,
};
use crate::pages::groups::{
    dashboard::GroupDashboardPage, group::GroupPage, invitation::AcceptInvitationPage,
    list::GroupsPage, members::GroupMembersPage, register::RegisterGroupPage,
};
use crate::pages::partner::{
    concern::ReferredConcernPage, home::PartnerHomePage, problem::SharedProblemPage,
};
use crate::pages::staff::{
    accounts::StaffAccountsPage,
    areas::StaffAreasPage,
    audit::StaffAuditPage,
    categories::ConcernCategoriesPage,
    code::StaffCodePage,
    concern::TeamConcernPage,
    concerns::StaffConcernsPage,
    dashboard::StaffDashboardPage,
    duty_time::DutyTimePage,
    edit_team_member::EditTeamMemberPage,
    forgot_password::ForgotPasswordPage,
    group::StaffGroupPage,
    groups::StaffGroupsPage,
    guarantee::GuaranteeDashboardPage,
    guarantee_confidence::GuaranteeConfidencePage,
    guarantee_hotspots::GuaranteeHotspotsPage,
    guarantee_trends::GuaranteeTrendsPage,
    guarantee_visibility::GuaranteeVisibilityPage,
    message::TeamMessageStaffPage,
    message_thread::MessageThreadStaffPage,
    messages::TeamMessagesStaffPage,
    moderation::ModerationPage,
    neighbourhood::ManageNeighbourhoodPage,
    neighbourhood_concerns::NeighbourhoodConcernsPage,
    occurrence::TeamOccurrencePage,
    outbox::StaffOutboxPage,
    partner_organisation::PartnerOrganisationPage,
    partners::StaffPartnersPage,
    priorities::NeighbourhoodPrioritiesPage,
    priority::TeamPriorityPage,
    problem::ProblemPage,
    problems::NeighbourhoodProblemsPage,
    remove_team_member::RemoveTeamMemberPage,
    reset_password::ResetPasswordPage,
    sign_in::StaffSignInPage,
    surgeries::NeighbourhoodSurgeriesPage,
    two_factor::TwoFactorPage,
    update::TeamUpdatePage,
    updates::NeighbourhoodUpdatesPage,
    venue::VenuePage,
    venues::NeighbourhoodVenuesPage,
    vote::TeamVotePage,
    votes::NeighbourhoodVotesPage,
    wide_messages::{WideMessagePage, WideMessagesPage},
    your_sign_in::YourSignInPage,
};
use crate::pages::surgeries::{
    book::BookPage, cancel::CancelBookingPage, check::CheckBookingPage, occurrence::OccurrencePage,
    search::SurgerySearchPage,
};
use crate::pages::votes::{
    check::CheckVotePage,
    choose::{ChooseVotePage, VotePostcodePage},
    vote::VotePage,
};
use crate::pages::{
    accessibility::AccessibilityPage, email_preferences::UnsubscribePage, home::HomePage,
    how_we_are_doing::HowWeAreDoingPage, messages::TeamMessagesPage,
    neighbourhood::NeighbourhoodPage, open_data::OpenDataPage, priority::PriorityPage,
    privacy::PrivacyPage, survey::SurveyPage, useful::UsefulPage,
};
use crate::state::PortalState;
use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The HTML document around the app. Scripts appear in the `<head>` only when a page holds an
/// island (see `islands`).
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let stylesheet = use_context::<PortalState>()
        .map(|state| state.assets.stylesheet.clone())
        .unwrap_or_default();
    let language = crate::i18n::current();
    view! {
        <!DOCTYPE html>
        <html lang=language.tag() dir=language.direction().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b0c0c" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=stylesheet />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(IslandScripts::default());
    let language = crate::i18n::current();
    provide_context(language);
    crate::security::send_content_security_policy();
    // Every page is rendered whole before it is sent (SsrMode::Async), so its status code
    // (redirect, 403, 404) is known before the first byte.
    view! {
        <Title formatter=move |title: String| crate::t_in!(language, "page-title", title = title) />
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code") view=NeighbourhoodPage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code/how-we-are-doing") view=HowWeAreDoingPage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code/messages") view=TeamMessagesPage ssr=SsrMode::Async />
                    <Route path=path!("/messages/:reference/useful") view=UsefulPage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code/survey") view=SurveyPage ssr=SsrMode::Async />
                    <Route path=path!("/surgeries") view=SurgerySearchPage ssr=SsrMode::Async />
                    <Route path=path!("/surgeries/:id") view=OccurrencePage ssr=SsrMode::Async />
                    <Route path=path!("/surgeries/:id/book") view=BookPage ssr=SsrMode::Async />
                    <Route path=path!("/surgeries/:id/book/check") view=CheckBookingPage ssr=SsrMode::Async />
                    <Route path=path!("/bookings/cancel") view=CancelBookingPage ssr=SsrMode::Async />
                    <Route path=path!("/concerns/new") view=RaiseConcernStartPage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code/priorities/:id") view=PriorityPage ssr=SsrMode::Async />
                    <Route path=path!("/votes/:id") view=VotePage ssr=SsrMode::Async />
                    <Route path=path!("/votes/:id/postcode") view=VotePostcodePage ssr=SsrMode::Async />
                    <Route path=path!("/votes/:id/choose") view=ChooseVotePage ssr=SsrMode::Async />
                    <Route path=path!("/votes/:id/check") view=CheckVotePage ssr=SsrMode::Async />
                    <Route path=path!("/email-preferences/unsubscribe") view=UnsubscribePage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code/concerns/new") view=RaiseConcernPage ssr=SsrMode::Async />
                    <Route path=path!("/neighbourhoods/:code/concerns/new/check") view=CheckConcernPage ssr=SsrMode::Async />
                    <Route path=path!("/groups") view=GroupsPage ssr=SsrMode::Async />
                    <Route path=path!("/groups/new") view=RegisterGroupPage ssr=SsrMode::Async />
                    <Route path=path!("/groups/invitations/accept") view=AcceptInvitationPage ssr=SsrMode::Async />
                    <Route path=path!("/groups/:reference") view=GroupPage ssr=SsrMode::Async />
                    <Route path=path!("/groups/:reference/dashboard") view=GroupDashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/groups/:reference/members") view=GroupMembersPage ssr=SsrMode::Async />
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async />
                    <Route path=path!("/api") view=OpenDataPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in/check-email") view=CheckEmailPage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in/confirm") view=ConfirmSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/account/bookings/:reference") view=YourBookingPage ssr=SsrMode::Async />
                    <Route path=path!("/account/concerns/:reference") view=YourConcernPage ssr=SsrMode::Async />
                    <Route path=path!("/account/delete") view=DeleteAccountPage ssr=SsrMode::Async />
                    <Route path=path!("/account/messages/:reference") view=YourMessagePage ssr=SsrMode::Async />
                    <Route path=path!("/staff") view=StaffDashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sign-in") view=StaffSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sign-in/code") view=StaffCodePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/reset-password") view=ResetPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/two-factor") view=TwoFactorPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/account") view=YourSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code") view=ManageNeighbourhoodPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/surgeries") view=NeighbourhoodSurgeriesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/surgeries/:id") view=TeamOccurrencePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/concerns") view=StaffConcernsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/groups") view=StaffGroupsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/guarantee") view=GuaranteeDashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/guarantee/trends") view=GuaranteeTrendsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/guarantee/visibility") view=GuaranteeVisibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/guarantee/confidence") view=GuaranteeConfidencePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/guarantee/hotspots") view=GuaranteeHotspotsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/groups/:reference") view=StaffGroupPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/moderation") view=ModerationPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/concern-categories") view=ConcernCategoriesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/concerns") view=NeighbourhoodConcernsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/concerns/:reference") view=TeamConcernPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/problems") view=NeighbourhoodProblemsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/problems/:reference") view=ProblemPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/votes") view=NeighbourhoodVotesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/votes/:id") view=TeamVotePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/priorities") view=NeighbourhoodPrioritiesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/priorities/:id") view=TeamPriorityPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/updates") view=NeighbourhoodUpdatesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/updates/:id") view=TeamUpdatePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/messages") view=TeamMessagesStaffPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/messages/:reference") view=TeamMessageStaffPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/replies/:reference") view=MessageThreadStaffPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/time") view=DutyTimePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/venues") view=NeighbourhoodVenuesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/venues/:id") view=VenuePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/team/:member") view=EditTeamMemberPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/neighbourhoods/:code/team/:member/remove") view=RemoveTeamMemberPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/accounts") view=StaffAccountsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/areas") view=StaffAreasPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/audit") view=StaffAuditPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/outbox") view=StaffOutboxPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/partners") view=StaffPartnersPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/partners/:id") view=PartnerOrganisationPage ssr=SsrMode::Async />
                    <Route path=path!("/partner") view=PartnerHomePage ssr=SsrMode::Async />
                    <Route path=path!("/partner/problems/:reference") view=SharedProblemPage ssr=SsrMode::Async />
                    <Route path=path!("/partner/concerns/:reference") view=ReferredConcernPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/messages") view=WideMessagesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/messages/:reference") view=WideMessagePage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
