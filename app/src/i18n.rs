//! The languages residents read the portal in (server only). Every piece of text a resident
//! sees comes from Project Fluent message files in `app/locales/`, one folder a language, with
//! CLDR's plural rules (Welsh has six forms) and dates written as GOV.UK writes them in each.
//!
//! A request's language is chosen once, by `server::language` (the browser's choice remembered
//! in a cookie, or else its `Accept-Language`), from the languages the force has switched on,
//! and reaches pages and server functions as a context value: `t!("message-id")`.

pub use fluent_bundle::FluentArgs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// A language the portal speaks. English is the default and the one every message is written in
/// first; `Pseudo` is English made strange (accented and lengthened) for the tests that find
/// text which escaped translation, and is never switched on unless configured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    Welsh,
    Urdu,
    Punjabi,
    Polish,
    Bengali,
    Arabic,
    Pseudo,
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::English,
        Language::Welsh,
        Language::Urdu,
        Language::Punjabi,
        Language::Polish,
        Language::Bengali,
        Language::Arabic,
        Language::Pseudo,
    ];

    /// The code in the cookie, the configuration and the switcher's form: BCP 47, lower case.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
            Language::Urdu => "ur",
            Language::Punjabi => "pa",
            Language::Polish => "pl",
            Language::Bengali => "bn",
            Language::Arabic => "ar",
            Language::Pseudo => "en-xa",
        }
    }

    /// The tag for `<html lang>` and `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-GB",
            Language::Punjabi => "pa-Guru",
            Language::Pseudo => "en-XA",
            other => other.code(),
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language a resident's account records (English if it records none the portal
    /// speaks).
    pub fn of_account(code: &str) -> Language {
        Language::parse(code)
            .filter(|language| *language != Language::Pseudo)
            .unwrap_or_default()
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Urdu | Language::Arabic => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The language's name for itself, as the switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Welsh => "Cymraeg",
            Language::Urdu => "اردو",
            Language::Punjabi => "ਪੰਜਾਬੀ",
            Language::Polish => "Polski",
            Language::Bengali => "বাংলা",
            Language::Arabic => "العربية",
            Language::Pseudo => "Ƥşeeuuḓoo",
        }
    }

    /// Whether a native speaker has checked this translation, as its message file records.
    pub fn reviewed(self) -> bool {
        self == Language::English || self.text("translation-reviewed") == "yes"
    }

    fn bundle(self) -> &'static Bundle {
        &BUNDLES[&self]
    }

    /// A message in this language, or in English if this language lacks it (the tests fail on
    /// any such gap in an enabled language).
    pub fn text(self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn text_with(self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [self.bundle(), Language::English.bundle()] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::error!(
                        message = id,
                        language = self.code(),
                        ?errors,
                        "a message could not be formatted"
                    );
                }
                return text.into_owned();
            }
        }
        tracing::error!(message = id, "no such message");
        id.to_string()
    }

    /// Names as one list in this language: "A", "A and B", "A, B and C".
    pub fn list(self, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [all_but_last @ .., last] => crate::t_in!(
                self,
                "list-and",
                first = all_but_last.join(&self.text("list-separator")),
                last = last.clone()
            ),
        }
    }

    /// Whether this language's own files hold the message (not only English).
    pub fn has(self, id: &str) -> bool {
        self.bundle().has_message(id)
    }
}

type Bundle = FluentBundle<FluentResource>;

impl Language {
    /// A number in each of the language's CLDR plural categories, to render a message's form
    /// for that category (the browser then chooses among them: `islands::CharacterCount`).
    fn plural_samples(self) -> &'static [(&'static str, usize)] {
        match self {
            Language::Welsh => &[
                ("zero", 0),
                ("one", 1),
                ("two", 2),
                ("few", 3),
                ("many", 6),
                ("other", 4),
            ],
            Language::Arabic => &[
                ("zero", 0),
                ("one", 1),
                ("two", 2),
                ("few", 3),
                ("many", 11),
                ("other", 100),
            ],
            // Whole numbers are one, few or many; "other" is for fractions.
            Language::Polish => &[("one", 1), ("few", 2), ("many", 5)],
            _ => &[("one", 1), ("other", 2)],
        }
    }

    /// What the character count of a field of `max` characters says, in this language.
    pub fn count_words(self, max: usize) -> crate::islands::CountWords {
        let forms = |id: &str| {
            self.plural_samples()
                .iter()
                .map(|(category, sample)| {
                    let text = crate::t_in!(self, id, count = *sample);
                    (
                        category.to_string(),
                        text.replacen(&sample.to_string(), "{n}", 1),
                    )
                })
                .collect()
        };
        crate::islands::CountWords {
            lang: self.tag().to_string(),
            up_to: crate::t_in!(
                self,
                "charcount-up-to",
                count = crate::islands::thousands(max)
            ),
            remaining: forms("charcount-remaining"),
            too_many: forms("charcount-too-many"),
        }
    }
}

/// Each language's message files, compiled in.
macro_rules! locale {
    ($code:literal) => {
        [
            include_str!(concat!("../locales/", $code, "/shell.ftl")),
            include_str!(concat!("../locales/", $code, "/dates.ftl")),
            include_str!(concat!("../locales/", $code, "/find.ftl")),
            include_str!(concat!("../locales/", $code, "/sign-in.ftl")),
            include_str!(concat!("../locales/", $code, "/emails.ftl")),
            include_str!(concat!("../locales/", $code, "/neighbourhood.ftl")),
            include_str!(concat!("../locales/", $code, "/surgeries.ftl")),
            include_str!(concat!("../locales/", $code, "/concerns.ftl")),
            include_str!(concat!("../locales/", $code, "/votes.ftl")),
            include_str!(concat!("../locales/", $code, "/groups.ftl")),
            include_str!(concat!("../locales/", $code, "/account.ftl")),
            include_str!(concat!("../locales/", $code, "/statements.ftl")),
            include_str!(concat!("../locales/", $code, "/messages.ftl")),
        ]
    };
}

/// The message files of a language, by name, for the tests that compare them.
pub fn sources(language: Language) -> [&'static str; 13] {
    match language {
        Language::English | Language::Pseudo => locale!("en"),
        Language::Welsh => locale!("cy"),
        Language::Urdu => locale!("ur"),
        Language::Punjabi => locale!("pa"),
        Language::Polish => locale!("pl"),
        Language::Bengali => locale!("bn"),
        Language::Arabic => locale!("ar"),
    }
}

/// Accented and lengthened, so that any English left on a page stands out.
fn pseudo(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

static BUNDLES: LazyLock<HashMap<Language, Bundle>> = LazyLock::new(|| {
    Language::ALL
        .into_iter()
        .map(|language| {
            let id: LanguageIdentifier = match language {
                // CLDR's English rules for the pseudo-locale's plurals and dates.
                Language::Pseudo => "en".parse(),
                other => other.code().parse(),
            }
            .expect("every language's code is a valid identifier");
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Placeables are not wrapped in invisible isolation marks: pages mark the direction
            // of what needs it (a postcode, a reference) in HTML.
            bundle.set_use_isolating(false);
            if language == Language::Pseudo {
                bundle.set_transform(Some(pseudo));
            }
            for source in sources(language) {
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(_, errors)| panic!("{language:?} messages: {errors:?}"));
                if let Err(errors) = bundle.add_resource(resource) {
                    panic!("{language:?} messages: {errors:?}");
                }
            }
            (language, bundle)
        })
        .collect()
});

/// The languages a force has switched on (English always), in the switcher's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Languages(Vec<Language>);

impl Default for Languages {
    /// Every language but the pseudo-locale.
    fn default() -> Self {
        Languages(
            Language::ALL
                .into_iter()
                .filter(|l| *l != Language::Pseudo)
                .collect(),
        )
    }
}

impl Languages {
    /// From `PORTAL_LANGUAGES`: codes separated by commas ("en,cy"); English is always on.
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut languages = vec![Language::English];
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let language = Language::parse(code).ok_or_else(|| {
                format!(
                    "unknown language {code:?}: the portal speaks {}",
                    Language::ALL.map(Language::code).join(", ")
                )
            })?;
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        languages.sort();
        Ok(Languages(languages))
    }

    pub fn all(&self) -> &[Language] {
        &self.0
    }

    pub fn contains(&self, language: Language) -> bool {
        self.0.contains(&language)
    }

    /// The language for a request: the one chosen before (its cookie), if still on; else the
    /// best match for the browser's `Accept-Language`; else English.
    pub fn choose(&self, chosen: Option<&str>, accept_language: Option<&str>) -> Language {
        if let Some(language) = chosen.and_then(Language::parse)
            && self.contains(language)
        {
            return language;
        }
        let Some(accept_language) = accept_language else {
            return Language::English;
        };
        let requested = by_preference(accept_language);
        let available: Vec<LanguageIdentifier> = self
            .0
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let english: LanguageIdentifier = "en".parse().expect("a valid identifier");
        fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&english),
            fluent_langneg::NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|id| Language::parse(&id.to_string()))
        .unwrap_or_default()
    }
}

/// Stands in a message for data (what someone wrote) put there afterwards, so a page can mark
/// the data with its own `lang`.
pub const DATA: &str = "\u{E000}";

/// What staff wrote (a surgery's title), chosen for a page: the Welsh version on a Welsh page
/// where the team gave one, else the English, with the `lang` it needs there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffText {
    pub text: String,
    pub lang: Option<&'static str>,
}

impl StaffText {
    pub fn chosen(language: Language, english: &str, welsh: Option<&str>) -> Self {
        Self::of(language, staff_words(language, english, welsh))
    }

    /// Words already chosen (`staff_words`), with whether they are the English.
    pub fn of(language: Language, (text, is_english): (&str, bool)) -> Self {
        Self {
            text: text.to_string(),
            lang: (is_english && language != Language::English).then_some("en"),
        }
    }
}

/// What someone wrote: a team's words with the Welsh the team gave beside them, if it did.
/// What a resident or a group wrote, and what a team writes in English only, has no Welsh.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub english: String,
    pub welsh: Option<String>,
}

impl From<String> for Written {
    fn from(english: String) -> Self {
        Written {
            english,
            welsh: None,
        }
    }
}

impl Written {
    /// As a page or an email in `language` shows it: the team's Welsh on a Welsh one where it
    /// gave it, else the English, with the `lang` that needs.
    pub fn chosen(&self, language: Language) -> StaffText {
        StaffText::chosen(language, &self.english, self.welsh.as_deref())
    }
}

/// What staff wrote, as a page or email in `language` shows it: the Welsh version on a Welsh
/// page where the team gave one, else the English; and whether it is the English (data, to be
/// marked `lang="en"` on a page in another language).
pub fn staff_words<'a>(
    language: Language,
    english: &'a str,
    welsh: Option<&'a str>,
) -> (&'a str, bool) {
    match welsh.filter(|w| language == Language::Welsh && !w.trim().is_empty()) {
        Some(welsh) => (welsh, false),
        None => (english, true),
    }
}

/// The languages an `Accept-Language` header asks for, most wanted first: by their `q`
/// (stably, so equal ones keep the browser's order), without those it refuses (`q=0`).
fn by_preference(accept_language: &str) -> Vec<LanguageIdentifier> {
    let mut wanted: Vec<(f32, LanguageIdentifier)> = accept_language
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';').map(str::trim);
            let tag = parts.next()?;
            let q = parts
                .find_map(|p| p.strip_prefix("q="))
                .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            (q > 0.0).then_some((q, id))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    wanted.into_iter().map(|(_, id)| id).collect()
}

/// The language of the request being served (provided by the app, or read from the request a
/// server function serves), or English outside one.
pub fn current() -> Language {
    use leptos::prelude::use_context;
    use_context::<Language>()
        .or_else(|| of_request(&use_context::<http::request::Parts>()?))
        .unwrap_or_default()
}

/// The language the server chose for a request (see `server::language`).
pub fn of_request(parts: &http::request::Parts) -> Option<Language> {
    parts.extensions.get::<Language>().copied()
}

/// What `render` makes, rendered outside a request in `language` (parts of pages the page
/// cache puts together).
pub fn render_in<T>(language: Language, render: impl FnOnce() -> T) -> T {
    use leptos::prelude::{Owner, provide_context};
    Owner::new().with(|| {
        provide_context(language);
        render()
    })
}

/// The cookie that remembers the language a browser chose.
pub const COOKIE: &str = "portal_language";

/// A message in the request's language: `t!("id")`, or `t!("id", name = value, …)` with
/// values that Fluent can take (text and numbers; numbers choose plural forms).
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::current().text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::value($value));)+
        $crate::i18n::current().text_with($id, &args)
    }};
}

/// The same, in a given language (emails, written outside a page).
#[macro_export]
macro_rules! t_in {
    ($language:expr, $id:expr) => {
        $language.text($id)
    };
    ($language:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::value($value));)+
        $language.text_with($id, &args)
    }};
}

/// A value for a message's placeable.
pub fn value<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

pub mod dates;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_listed_as_each_language_writes_a_list() {
        let names = |list: &[&str]| list.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(Language::English.list(&[]), "");
        assert_eq!(Language::English.list(&names(&["A"])), "A");
        assert_eq!(Language::English.list(&names(&["A", "B"])), "A and B");
        assert_eq!(
            Language::English.list(&names(&["A", "B", "C"])),
            "A, B and C"
        );
        assert_eq!(Language::Welsh.list(&names(&["A", "B", "C"])), "A, B a C");
    }

    fn count(language: Language, id: &str, n: i64) -> String {
        t_in!(language, id, count = n)
    }

    #[test]
    fn welsh_plurals_follow_cldr_six_forms() {
        let places = |n| count(Language::Welsh, "places-left", n);
        assert_eq!(places(0), "Dim lleoedd ar ôl");
        assert_eq!(places(1), "1 lle ar ôl");
        assert_eq!(places(2), "2 le ar ôl");
        assert_eq!(places(3), "3 lle ar ôl");
        assert_eq!(places(6), "6 lle ar ôl");
        assert_eq!(places(4), "4 lle ar ôl");
        assert_eq!(places(20), "20 lle ar ôl");
    }

    #[test]
    fn english_plurals_have_one_and_other() {
        let places = |n| count(Language::English, "places-left", n);
        assert_eq!(places(0), "No places left");
        assert_eq!(places(1), "1 place left");
        assert_eq!(places(2), "2 places left");
    }

    #[test]
    fn a_cookie_choice_wins_over_the_browser_when_it_is_switched_on() {
        let languages = Languages::default();
        assert_eq!(languages.choose(Some("cy"), Some("ur")), Language::Welsh);
        assert_eq!(languages.choose(Some("xx"), Some("ur")), Language::Urdu);
        let english_and_welsh = Languages::parse("cy").unwrap();
        assert_eq!(
            english_and_welsh.choose(Some("ur"), None),
            Language::English
        );
    }

    #[test]
    fn the_browsers_languages_are_matched_in_its_order_of_preference() {
        let languages = Languages::default();
        assert_eq!(
            languages.choose(None, Some("cy-GB,cy;q=0.9,en;q=0.8")),
            Language::Welsh
        );
        assert_eq!(
            languages.choose(None, Some("fr-FR, ur;q=0.5")),
            Language::Urdu
        );
        assert_eq!(
            languages.choose(None, Some("en-GB,en;q=0.9,cy;q=0.5")),
            Language::English
        );
        assert_eq!(languages.choose(None, Some("de")), Language::English);
        // By quality, not by place; and never one refused.
        assert_eq!(
            languages.choose(None, Some("en;q=0.5, cy")),
            Language::Welsh
        );
        assert_eq!(
            languages.choose(None, Some("cy;q=0, en")),
            Language::English
        );
        assert_eq!(languages.choose(None, Some("cy;q=0")), Language::English);
        assert_eq!(languages.choose(None, Some("pa-IN")), Language::Punjabi);
        assert_eq!(languages.choose(None, None), Language::English);
        assert_eq!(
            Languages::parse("cy,pl")
                .unwrap()
                .choose(None, Some("ar,pl")),
            Language::Polish
        );
    }

    #[test]
    fn the_pseudo_locale_is_on_only_when_configured() {
        assert!(!Languages::default().contains(Language::Pseudo));
        assert!(
            Languages::parse("en-xa")
                .unwrap()
                .contains(Language::Pseudo)
        );
        assert!(Languages::parse("fr").is_err());
    }

    #[test]
    fn every_language_has_every_english_message_and_no_other() {
        let ids = |language| -> std::collections::BTreeSet<String> {
            sources(language)
                .iter()
                .flat_map(|source| {
                    let resource = FluentResource::try_new(source.to_string())
                        .unwrap_or_else(|_| panic!("{language:?} does not parse"));
                    resource
                        .entries()
                        .filter_map(|entry| match entry {
                            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let english = ids(Language::English);
        for language in Language::ALL {
            let theirs = ids(language);
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language:?} has messages English lacks: {extra:?}"
            );
        }
    }

    /// Each message's variables, by message, in a language's files.
    fn variables(language: Language) -> std::collections::BTreeMap<String, Vec<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn walk_inline(e: &InlineExpression<&str>, into: &mut Vec<String>) {
            match e {
                InlineExpression::VariableReference { id } => into.push(id.name.to_string()),
                InlineExpression::Placeable { expression } => walk(expression, into),
                _ => {}
            }
        }
        fn walk(e: &Expression<&str>, into: &mut Vec<String>) {
            match e {
                Expression::Inline(inline) => walk_inline(inline, into),
                Expression::Select { selector, variants } => {
                    walk_inline(selector, into);
                    for variant in variants {
                        pattern(&variant.value, into);
                    }
                }
            }
        }
        fn pattern(p: &Pattern<&str>, into: &mut Vec<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    walk(expression, into);
                }
            }
        }
        let mut found = std::collections::BTreeMap::new();
        for source in sources(language) {
            let resource = fluent_syntax::parser::parse(source).expect("the messages parse");
            for entry in &resource.body {
                if let Entry::Message(message) = entry {
                    let mut names = vec![];
                    if let Some(value) = &message.value {
                        pattern(value, &mut names);
                    }
                    names.sort();
                    names.dedup();
                    found.insert(message.id.name.to_string(), names);
                }
            }
        }
        found
    }

    #[test]
    fn every_translation_uses_the_variables_its_english_message_is_given() {
        let mut english = variables(Language::English);
        // Given to every language, though English's own message does not use it.
        english
            .entry("time-of-day".into())
            .or_default()
            .push("clock24".into());
        for language in Language::ALL {
            for (id, theirs) in variables(language) {
                let Some(given) = english.get(&id) else {
                    continue;
                };
                // A language may leave out what it does not need (a 12-hour clock, the number
                // in a plural form it spells out), but never use what it is not given.
                let unknown: Vec<_> = theirs.iter().filter(|v| !given.contains(v)).collect();
                assert!(
                    unknown.is_empty(),
                    "{language:?} {id} uses {unknown:?}, not given"
                );
            }
        }
    }

    #[test]
    fn a_message_that_shows_what_was_typed_shows_it_in_every_language() {
        let english = variables(Language::English);
        for language in Language::ALL {
            let theirs = variables(language);
            for id in [
                "confirm-as",
                "check-email-sent-to",
                "district-explained",
                "find-unknown-postcode",
                "sign-in-email-works-once",
                "email-sent-by",
                "ways-vote-closes",
            ] {
                assert_eq!(theirs.get(id), english.get(id), "{language:?} {id}");
            }
        }
    }

    #[test]
    fn the_character_count_has_a_sentence_for_each_plural_form_of_the_language() {
        let english = Language::English.count_words(1000);
        assert_eq!(english.up_to, "You can enter up to 1,000 characters");
        assert_eq!(
            english.remaining,
            [
                ("one".into(), "You have {n} character remaining".into()),
                ("other".into(), "You have {n} characters remaining".into())
            ]
        );
        let welsh = Language::Welsh.count_words(500);
        let categories: Vec<_> = welsh.remaining.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(categories, ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(Language::Polish.count_words(500).too_many.len(), 3);
    }

    #[test]
    fn the_pseudo_locale_changes_every_letter_but_not_placeables() {
        let text = t_in!(Language::Pseudo, "places-left", count = 2);
        assert!(text.starts_with("2 "), "{text}");
        assert!(!text.contains("places"), "{text}");
    }
}
