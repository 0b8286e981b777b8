//! Data written in English (a team's titles, a group's name, what a resident typed) shown on a
//! page in any language. On a page in another language it is marked `lang="en"`, so screen
//! readers say it in English; an English page stays as it is.
//!
//! Where data goes inside a translated sentence, the message is given `DATA` for it, so the
//! sentence stays whole for its translator, and the page splits it there: `with_data`.

use leptos::prelude::*;

/// Stands in a message for the data put there afterwards.
pub const DATA: &str = "\u{E000}";

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
    match data_lang() {
        Some(lang) => view! { <span lang=lang dir=data_dir()>{text}</span> }.into_any(),
        None => text.into_any(),
    }
}

/// What staff wrote (a surgery's title), chosen for a page: the Welsh version on a Welsh page
/// where the team gave one, else the English, with the `lang` it needs there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffText {
    pub text: String,
    pub lang: Option<&'static str>,
}

impl StaffText {
    pub fn chosen(language: crate::i18n::Language, english: &str, welsh: Option<&str>) -> Self {
        let (text, is_english) = crate::i18n::staff_words(language, english, welsh);
        Self {
            text: text.to_string(),
            lang: (is_english && language != crate::i18n::Language::English).then_some("en"),
        }
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
    let Some(lang) = data_lang() else {
        return text.replacen(DATA, &data, 1).into_any();
    };
    let (before, after) = split_at_data(&text);
    // An empty text would be written as a space.
    let (before, after) = (
        (!before.is_empty()).then_some(before),
        (!after.is_empty()).then_some(after),
    );
    view! { {before}<span lang=lang dir=data_dir()>{data}</span>{after} }.into_any()
}
