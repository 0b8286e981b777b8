//! A team's message as residents read it (and as its team previews it): its kind, title, when it
//! was sent, until when it applies, and the team's words, paragraph by paragraph, with web
//! addresses made links.

use crate::components::data::StaffText;
use crate::domain::team_message::kind_key;
use crate::i18n::Language;
use crate::t;
use entity::team_message::{MessageKind, Model};
use leptos::prelude::*;

/// A message as its card shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownMessage {
    pub reference: String,
    pub kind: MessageKind,
    pub title: String,
    pub body: String,
    /// When it went (or will go; the team's preview).
    pub sent_at: Option<i64>,
    pub expires_at: Option<i64>,
}

impl From<Model> for ShownMessage {
    fn from(message: Model) -> Self {
        Self {
            reference: message.reference,
            kind: message.kind,
            title: message.title,
            body: message.body,
            sent_at: message.send_at,
            expires_at: message.expires_at,
        }
    }
}

/// The last day a message applies: the day before the moment it ends.
pub fn last_day(language: Language, expires_at: i64) -> String {
    language.date(expires_at - 1)
}

/// The team's text, a paragraph for each blank line, with web addresses as links.
pub fn paragraphs(text: &str) -> AnyView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p class="timeline__text">{with_links(p)}</p> })
        .collect_view()
        .into_any()
}

fn with_links(text: &str) -> AnyView {
    let mut finder = linkify::LinkFinder::new();
    finder.kinds(&[linkify::LinkKind::Url]);
    finder
        .spans(text)
        .map(|span| {
            let words = span.as_str().to_string();
            match span.kind() {
                Some(linkify::LinkKind::Url)
                    if words.starts_with("https://") || words.starts_with("http://") =>
                {
                    let href = words.clone();
                    view! { <a href=href>{words}</a> }.into_any()
                }
                _ => words.into_any(),
            }
        })
        .collect_view()
        .into_any()
}

/// One message, under a heading of `level` (1, 2 or 3), with `now` deciding whether it still
/// applies.
#[component]
pub fn MessageCard(
    message: ShownMessage,
    now: i64,
    #[prop(default = 2)] level: u8,
) -> impl IntoView {
    let language = crate::i18n::current();
    let title = StaffText::of(language, (&message.title, true));
    let body_lang = title.lang;
    let heading = match level {
        1 => view! { <h1 class="heading-l" lang=title.lang>{title.text.clone()}</h1> }.into_any(),
        3 => view! { <h3 class="heading-s" lang=title.lang>{title.text.clone()}</h3> }.into_any(),
        _ => view! { <h2 class="heading-m" lang=title.lang>{title.text.clone()}</h2> }.into_any(),
    };
    let warning = message.kind == MessageKind::Warning;
    view! {
        <article class="team-message" class:team-message--warning=warning id=message.reference.clone()>
            <p class="tag" class:tag--warning=warning>{t!(kind_key(message.kind))}</p>
            {heading}
            {message.sent_at.map(|at| view! { <p class="hint">{t!("messages-sent-on", date = language.date(at))}</p> })}
            <div lang=body_lang>{paragraphs(&message.body)}</div>
            {message.expires_at.map(|end| if end > now {
                view! { <p class="hint">{t!("messages-until", date = last_day(language, end))}</p> }.into_any()
            } else {
                view! { <p class="hint">{t!("messages-ended", date = last_day(language, end))}</p> }.into_any()
            })}
        </article>
    }
    .into_any()
}
