//! Setting up the second factor: the member adds the secret to an authenticator app and proves
//! it works with a code. Administrators must do this before they can sign in.

use crate::components::form::{FeedbackBanner, SecurityCodeField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::islands::CopyButton;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const FORM: &str = "two-factor";

#[derive(Clone, Debug, PartialEq, Eq)]
struct SetUpView {
    key: NewKeyView,
    feedback: FormFeedback,
}

/// A new key for an authenticator app, in each form an app takes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewKeyView {
    /// Base32, as typed into an app.
    secret: String,
    /// `otpauth://` address, which phone apps open directly.
    otpauth_url: String,
    /// The address as a QR code (an SVG drawn by the `qrcode` crate), for scanning.
    qr_svg: String,
}

/// Who may set up a second factor: someone whose password was just accepted and whose role
/// needs one, or a signed-in member who has none yet. Anyone else is sent where they belong:
/// replacing a factor that exists needs a code from it (on "Your sign-in").
enum SettingUp {
    AfterPassword { id: i32 },
    SignedIn { id: i32 },
}

impl SettingUp {
    fn id(&self) -> i32 {
        match self {
            SettingUp::AfterPassword { id } | SettingUp::SignedIn { id } => *id,
        }
    }
}

async fn setting_up(
    context: &crate::request::RequestContext,
) -> Result<Result<SettingUp, &'static str>, ServerFnError> {
    use crate::request::StaffState;
    Ok(match context.staff_state().await? {
        Some(StaffState::SetUpRequired { id }) => Ok(SettingUp::AfterPassword { id }),
        Some(StaffState::SignedIn(member)) if !member.has_second_factor => {
            Ok(SettingUp::SignedIn { id: member.id })
        }
        Some(StaffState::SignedIn(_)) => Err("/staff/account"),
        Some(StaffState::CodeRequired { .. }) => Err("/staff/sign-in/code"),
        None => Err("/staff/sign-in"),
    })
}

/// The secret being set up for `id`, made now if there is none yet.
async fn enrolment_secret(
    context: &crate::request::RequestContext,
    id: i32,
) -> Result<String, ServerFnError> {
    use crate::services::staff_auth;
    use crate::session::FactorEnrolment;
    if let Some(secret) = context.session.enrolment(id).await? {
        return Ok(secret);
    }
    let secret = staff_auth::new_totp_secret();
    context
        .session
        .set_enrolment(Some(FactorEnrolment {
            staff_id: id,
            secret: secret.clone(),
        }))
        .await?;
    Ok(secret)
}

/// The key being set up for the account `id` (made now if there is none yet), with its
/// address and QR code.
pub(super) async fn new_key(
    context: &crate::request::RequestContext,
    id: i32,
) -> Result<NewKeyView, ServerFnError> {
    let secret = enrolment_secret(context, id).await?;
    let otpauth_url = otpauth_url(context, id, &secret).await?;
    let qr_svg = qrcode::QrCode::new(otpauth_url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        // Inline in the page, so without the XML declaration the renderer starts with.
        .map(|svg| {
            svg.find("<svg")
                .map_or(svg.clone(), |at| svg[at..].to_string())
        })
        .unwrap_or_default();
    Ok(NewKeyView {
        secret,
        otpauth_url,
        qr_svg,
    })
}

/// The `otpauth://` address of a secret, which phone apps open directly.
async fn otpauth_url(
    context: &crate::request::RequestContext,
    id: i32,
    secret: &str,
) -> Result<String, ServerFnError> {
    use crate::services::staff_auth;
    use crate::state::fault;
    use sea_orm::EntityTrait;
    let email = entity::staff_account::Entity::find_by_id(id)
        .one(&context.state.db)
        .await
        .map_err(|e| fault("reading a staff account", e))?
        .map(|account| account.email)
        .unwrap_or_default();
    Ok(staff_auth::totp(secret, &email)
        .and_then(|totp| totp.to_url().ok())
        .unwrap_or_default())
}

async fn set_up_page() -> Result<SetUpView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let who = setting_up(&context)
        .await?
        .map_err(|path| PageError::Redirect(path.into()))?;
    Ok(SetUpView {
        key: new_key(&context, who.id()).await?,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/two-factor")]
pub async fn confirm_second_factor(code: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::staff_auth::{self, EnableFactor};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let who = match setting_up(&context).await? {
        Ok(who) => who,
        Err(path) => {
            leptos_axum::redirect(path);
            return Ok(());
        }
    };
    let Some(secret) = context.session.enrolment(who.id()).await? else {
        // The page makes the secret; without one there is nothing to confirm.
        leptos_axum::redirect("/staff/two-factor");
        return Ok(());
    };
    let outcome = staff_auth::enable_second_factor(
        &context.state.db,
        &context.state.clock,
        who.id(),
        &secret,
        &code,
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("setting up a second factor", e))?;
    match outcome {
        EnableFactor::WrongCode => {
            let message = if code.trim().is_empty() {
                "Enter the code from your authenticator app"
            } else {
                "The code is not right. Check the app shows Neighbourhood policing and enter the code it shows now."
            };
            return context
                .reply(
                    "/staff/two-factor",
                    FormFeedback::errors(FORM, vec![FieldError::new("code", message)], &[]),
                )
                .await;
        }
        EnableFactor::AlreadyOn => {
            context.session.set_enrolment(None).await?;
            return context
                .reply(
                    "/staff/account",
                    FormFeedback::notice(
                        "second-factor",
                        "Your account already has a second factor. To move it to a new app, use a code from the one you have.",
                    ),
                )
                .await;
        }
        EnableFactor::Enabled => {}
    }
    context.session.set_enrolment(None).await?;
    if let SettingUp::AfterPassword { id } = who {
        context.sign_in_staff_by_id(id).await?;
    }
    context
        .reply(
            "/staff",
            FormFeedback::notice(
                "dashboard",
                "Your second factor is set up. You will be asked for a code each time you sign in.",
            ),
        )
        .await
}

#[component]
pub fn TwoFactorPage() -> impl IntoView {
    page(set_up_page, |view| view! { <SetUp view /> })
}

#[component]
fn SetUp(view: SetUpView) -> impl IntoView {
    let SetUpView { key, feedback } = view;
    view! {
        <Title text=page_title("Set up your second factor", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Set up your second factor"</h1>
        <p>"Each time you sign in you will also enter a code from an authenticator app on your phone, so a stolen password alone cannot be used."</p>
        <NewKey key />
        <form method="post" action=ConfirmSecondFactor::url() novalidate>
            <SecurityCodeField feedback />
            <button type="submit" class="button">"Turn on the second factor"</button>
        </form>
    }
    .into_any()
}

/// The steps to add a new key to an authenticator app.
#[component]
pub(super) fn NewKey(key: NewKeyView) -> impl IntoView {
    let NewKeyView {
        secret,
        otpauth_url,
        qr_svg,
    } = key;
    // Groups of four are easier to type.
    let grouped = secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <ol class="list list--number">
            <li>"Open your authenticator app and add an account."</li>
            <li>
                "Scan this QR code with the app:"
                // Drawn on the server from the key's address: nothing in it comes from a person.
                <div class="qr-code" role="img" aria-label="QR code of the key for your authenticator app" inner_html=qr_svg></div>
                "Or enter this key: "<code class="secret" id="totp-secret" data-secret=secret.clone()>{grouped}</code>
                " "<CopyButton text=secret label="Copy the key".to_string() />
                ". On a phone you can instead "<a href=otpauth_url>"open the key in your app"</a>"."
            </li>
            <li>"Enter the 6-digit code the app shows."</li>
        </ol>
    }
    .into_any()
}
