//! Delivering email: through an SMTP server (lettre), or into a folder of .eml files for the
//! demo and development.

use crate::config::{EmailConfig, EmailTransport, SmtpTls};
use app::state::error_chain;
use entity::outbox_message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Mailer {
    pub fn from_config(config: &EmailConfig) -> anyhow::Result<Self> {
        Ok(match config.transport {
            EmailTransport::Folder => {
                std::fs::create_dir_all(&config.folder)?;
                Mailer::Folder(
                    AsyncFileTransport::new(&config.folder),
                    config.folder.clone(),
                )
            }
            EmailTransport::Smtp => {
                let host = config.smtp_host.as_str();
                let mut builder = match config.smtp_tls {
                    SmtpTls::Starttls => {
                        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?
                    }
                    SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
                    SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                }
                .port(config.smtp_port)
                .timeout(Some(Duration::from_secs(30)));
                if let (Some(username), Some(password)) =
                    (&config.smtp_username, &config.smtp_password)
                {
                    builder =
                        builder.credentials(Credentials::new(username.clone(), password.clone()));
                }
                Mailer::Smtp(builder.build())
            }
        })
    }

    /// Delivers one message; the error is kept in the outbox and logged.
    pub async fn send(&self, message: Message) -> Result<(), String> {
        match self {
            Mailer::Smtp(transport) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| error_chain(&e)),
            Mailer::Folder(transport, folder) => {
                let id = transport.send(message).await.map_err(|e| error_chain(&e))?;
                tracing::info!(path = %folder.join(format!("{id}.eml")).display(), "email written");
                Ok(())
            }
        }
    }
}

/// The message for an outbox row: from the team or force named in it, with a plain-text and an
/// HTML part (and its calendar file, if it has one), and a Message-ID fixed by the row so a
/// repeat delivery can be recognised.
pub fn message_for(
    row: &outbox_message::Model,
    from_address: &str,
    site_host: &str,
) -> Result<Message, String> {
    let from = Mailbox::new(
        Some(row.sender.clone()),
        from_address
            .parse()
            .map_err(|e| format!("the from address: {e}"))?,
    );
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("the recipient's address: {e}"))?;
    let builder = Message::builder()
        .from(from)
        .to(to)
        .subject(&row.subject)
        .message_id(Some(format!(
            "<outbox-{}-{}@{site_host}>",
            row.id, row.created_at
        )));
    let builder = match &row.list_unsubscribe {
        Some(url) => builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost),
        None => builder,
    };
    let body = MultiPart::alternative_plain_html(row.text_body.clone(), row.html_body.clone());
    let body = match &row.calendar {
        None => body,
        Some(calendar) => MultiPart::mixed().multipart(body).singlepart(
            Attachment::new("surgery.ics".into())
                .body(calendar.clone(), calendar_content_type(calendar)?),
        ),
    };
    builder
        .multipart(body)
        .map_err(|e| format!("building the message: {e}"))
}

/// `List-Unsubscribe: <https://…>`: where a mail program's "unsubscribe" goes.
#[derive(Clone)]
struct ListUnsubscribe(String);

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): that address unsubscribes
/// with one POST, no page to fill in.
#[derive(Clone)]
struct ListUnsubscribePost;

impl lettre::message::header::Header for ListUnsubscribe {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(value: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(value.to_string()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

impl lettre::message::header::Header for ListUnsubscribePost {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(
            Self::name(),
            "List-Unsubscribe=One-Click".to_string(),
        )
    }
}

/// `text/calendar` with the file's own METHOD, which mail programs read to offer "add to
/// calendar" or "remove from calendar".
fn calendar_content_type(calendar: &str) -> Result<ContentType, String> {
    let method = calendar
        .lines()
        .find_map(|line| line.strip_prefix("METHOD:"))
        .unwrap_or("PUBLISH")
        .trim();
    ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
        .map_err(|e| format!("the calendar's content type: {e}"))
}
