//! Data written in English (a team's titles, a group's name, what a resident typed) shown on a
//! page in any language. On a page in another language it is marked `lang="en"`, so screen
//! readers say it in English; an English page stays as it is.
//!
//! Where data goes inside a translated sentence, the message is given `DATA` for it, so the
//! sentence stays whole for its translator, and the page splits it there: `with_data`.

pub use crate::i18n::{DATA, StaffText};
use leptos::prelude::*;

/// `lang` for an element holding data in English: none on an English page.
pub fn data_lang() -> Option<&'static str> {
    (crate::i18n::current() != crate::i18n::Language::English).then_some("en")
}

/// `dir` for data in English on a page that runs right to left: left to right, so its
/// punctuation stays at its end.
pub fn data_dir() -> Option<&'static str> {
    (crate::i18n::current().direction() == crate::i18n::Direction::RightToLeft).then_some("ltr")
}

/// Data on its own among other words.
pub fn data(text: String) -> AnyView {
    StaffText {
        text,
        lang: data_lang(),
    }
    .view()
}

impl StaffText {
    /// On its own among other words.
    pub fn view(self) -> AnyView {
        match self.lang {
            Some(lang) => view! { <span lang=lang dir=data_dir()>{self.text}</span> }.into_any(),
            None => self.text.into_any(),
        }
    }

    /// Put in a message formatted with `DATA` for it.
    pub fn inside(self, message: String) -> AnyView {
        let Some(lang) = self.lang else {
            return message.replacen(DATA, &self.text, 1).into_any();
        };
        let (before, after) = split_at_data(&message);
        // An empty text would be written as a space.
        let (before, after) = (
            (!before.is_empty()).then_some(before),
            (!after.is_empty()).then_some(after),
        );
        view! { {before}<span lang=lang dir=data_dir()>{self.text}</span>{after} }.into_any()
    }
}

/// A message's text before and after the `DATA` in it.
pub fn split_at_data(text: &str) -> (String, String) {
    match text.split_once(DATA) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text.to_string(), String::new()),
    }
}

/// A message formatted with `DATA` for a placeable (`text`), with `data` put in its place.
pub fn with_data(text: String, data: String) -> AnyView {
    StaffText {
        text: data,
        lang: data_lang(),
    }
    .inside(text)
}
