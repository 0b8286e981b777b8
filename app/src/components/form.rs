//! Form pieces in the GOV.UK pattern: fields with their label, hint and error, and the feedback
//! (error summary or confirmation) left by the last form sent.

use crate::components::error_summary::ErrorSummary;
use crate::domain::forms::{FormFeedback, TypedDate};
use leptos::prelude::*;

/// The error summary when the last form had problems, or its confirmation when it worked.
#[component]
pub fn FeedbackBanner(feedback: FormFeedback) -> impl IntoView {
    if !feedback.errors.is_empty() {
        return view! { <ErrorSummary errors=feedback.errors /> }.into_any();
    }
    match feedback.notice {
        Some(notice) => view! {
            <div class="notification-banner notification-banner--success" role="alert">
                <p class="notification-banner__heading">{notice}</p>
            </div>
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// What every field shows above its control (label, hint, error) and the ids the control names
/// in `aria-describedby`.
struct FieldParts {
    has_error: bool,
    described_by: String,
    above: AnyView,
}

fn field_parts(
    name: &'static str,
    label: &str,
    hint: &str,
    error: Option<String>,
    also_described_by: Option<String>,
) -> FieldParts {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = [
        (!hint.is_empty()).then(|| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
        also_described_by,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    FieldParts {
        has_error: error.is_some(),
        described_by,
        above: view! {
            <label class="label" for=name>{label.to_string()}</label>
            {(!hint.is_empty()).then(|| view! { <p id=hint_id class="hint">{hint.to_string()}</p> })}
            {error.map(|message| view! {
                <p id=error_id class="error-message">
                    <span class="visually-hidden">{crate::t!("error-prefix")}" "</span>{message}
                </p>
            })}
        }
        .into_any(),
    }
}

/// A labelled text input, showing its error and the value typed last time.
#[component]
pub fn TextField(
    name: &'static str,
    #[prop(into)] label: String,
    feedback: FormFeedback,
    #[prop(optional, into)] hint: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] value: String,
    #[prop(default = "input")] class: &'static str,
    /// The language to be typed, where not the page's (`cy` for a Welsh version).
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let typed = feedback.value(name);
    // A password is never sent back to the browser.
    let value = if kind == "password" {
        String::new()
    } else if typed.is_empty() {
        value
    } else {
        typed
    };
    let FieldParts {
        has_error,
        described_by,
        above,
    } = field_parts(name, &label, &hint, feedback.error(name), None);
    view! {
        <div class="form-group" class:form-group--error=has_error>
            {above}
            <input
                class=class
                class:input--error=has_error
                id=name
                name=name
                type=kind
                lang=lang
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                spellcheck="false"
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                value=value
            />
        </div>
    }
    .into_any()
}

/// The six-digit code from the member of staff's authenticator app.
#[component]
pub fn SecurityCodeField(
    feedback: FormFeedback,
    #[prop(default = "code")] name: &'static str,
    #[prop(default = "Security code")] label: &'static str,
) -> impl IntoView {
    view! {
        <TextField
            name
            label
            hint="The 6-digit code your authenticator app shows for Neighbourhood policing."
            autocomplete="one-time-code"
            class="input input--width-10"
            feedback
        />
    }
}

/// A labelled textarea with the GOV.UK character count: the limit is in the hint, and counts
/// down as the person types once the page's script has loaded.
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] label: String,
    feedback: FormFeedback,
    max: usize,
    #[prop(optional, into)] hint: String,
    #[prop(optional)] value: String,
    #[prop(default = 5)] rows: u32,
    /// The language to be typed, where not the page's (`cy` for a Welsh version).
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    // What was sent back (after an error, or a step such as placing a pin) wins over the saved.
    let value = if feedback.errors.is_empty() && feedback.values.is_empty() {
        value
    } else {
        feedback.value(name)
    };
    let count_id = format!("{name}-count");
    let FieldParts {
        has_error,
        described_by,
        above,
    } = field_parts(
        name,
        &label,
        &hint,
        feedback.error(name),
        Some(count_id.clone()),
    );
    let initial = value.chars().count();
    let words = crate::i18n::current().count_words(max);
    view! {
        <div class="form-group character-count-group" class:form-group--error=has_error>
            {above}
            <textarea
                class="textarea"
                class:textarea--error=has_error
                id=name
                name=name
                rows=rows
                lang=lang
                aria-describedby=described_by
            >{textarea_content(&value)}</textarea>
            <div id=count_id>
                <crate::islands::CharacterCount field=name.to_string() max initial words />
            </div>
        </div>
    }
    .into_any()
}

/// Text to put inside a `<textarea>`. Leptos writes a textarea's children without escaping
/// them (it treats the element like `<script>`), so a value holding `</textarea>` could end the
/// element early; escaped here, the browser shows exactly what was typed.
pub fn textarea_content(value: &str) -> String {
    crate::services::messages::escape_html(value)
}

/// Whether the force offers Welsh, so a staff form asks for the Welsh beside the English.
pub fn offers_welsh() -> bool {
    use_context::<crate::state::PortalState>()
        .is_some_and(|state| state.languages.contains(crate::i18n::Language::Welsh))
}

/// A page title, prefixed "Error: " when the form on it had problems.
pub fn page_title(title: &str, feedback: &FormFeedback) -> String {
    if feedback.errors.is_empty() {
        title.to_string()
    } else {
        crate::t!("error-title", title = title)
    }
}

/// The GOV.UK date input: day, month and year in one fieldset.
#[component]
pub fn DateInput(
    name: &'static str,
    legend: &'static str,
    typed: TypedDate,
    #[prop(default = "For example, 27 3 2026")] hint: &'static str,
    error: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let has_error = error.is_some();
    let described_by = if has_error {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let part = move |part: &'static str,
                     label: &'static str,
                     value: String,
                     width: &'static str| {
        let id = format!("{name}_{part}");
        view! {
            <div class="date-input__item">
                <label class="label date-input__label" for=id.clone()>{label}</label>
                <input class=format!("input {width}") class:input--error=has_error id=id.clone() name=id inputmode="numeric" value=value />
            </div>
        }
        .into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <fieldset class="fieldset" role="group" aria-describedby=described_by>
                <legend class="fieldset__legend">{legend}</legend>
                <p id=hint_id class="hint">{hint}</p>
                {error.map(|message| view! {
                    <p id=error_id class="error-message"><span class="visually-hidden">{crate::t!("error-prefix")}" "</span>{message}</p>
                })}
                <div class="date-input">
                    {part("day", "Day", typed.day, "input--width-2")}
                    {part("month", "Month", typed.month, "input--width-2")}
                    {part("year", "Year", typed.year, "input--width-4")}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// A labelled select showing its error, with `chosen` selected. `id` is what the error summary
/// links to; `name` is what the form sends.
#[component]
pub fn Select(
    id: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
    /// (value sent, what the option says)
    options: Vec<(String, String)>,
    chosen: String,
    error: Option<String>,
    /// A first option that chooses nothing ("Choose a reason").
    #[prop(optional, into)]
    placeholder: Option<String>,
    /// Options in labelled groups, after `options`.
    #[prop(optional)]
    groups: Vec<OptionGroup>,
) -> impl IntoView {
    let has_error = error.is_some();
    let error_id = format!("{id}-error");
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=id>{label}</label>
            {error.map(|message| view! {
                <p id=error_id.clone() class="error-message"><span class="visually-hidden">{crate::t!("error-prefix")}" "</span>{message}</p>
            })}
            <select class="select" id=id name=name aria-describedby=has_error.then(|| error_id.clone())>
                {placeholder.map(|text| view! { <option value="">{text}</option> })}
                {options.into_iter().map(|(value, text)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
                {groups.into_iter().map(|group| {

                    view! {
                        <optgroup label=group.label>
                            {group.options.into_iter().map(|(value, words)| {
                                let selected = value == chosen;
                                view! { <option value=value selected=selected lang=words.lang>{words.text}</option> }
                            }).collect_view()}
                        </optgroup>
                    }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// Options of a `Select` under a label ("Priorities in Edgbaston"); `english_data` when what
/// they say is data in English (a team's titles) on a page that may be in another language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionGroup {
    pub label: String,
    /// (value sent, what the option says, with the `lang` it needs on this page)
    pub options: Vec<(String, crate::components::data::StaffText)>,
}

/// One choice among radios: the value sent, its label, an optional hint, and fields shown
/// beneath it (GOV.UK "conditional reveal", done in CSS so it works without JavaScript: only the
/// chosen option's fields show).
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    pub reveal: Option<AnyView>,
    /// The label is data in English (a category an administrator named), on a page that may
    /// be in another language.
    pub english_data: bool,
}

impl Choice {
    pub fn new(value: String, label: impl ToString) -> Self {
        Self {
            value,
            label: label.to_string(),
            hint: None,
            reveal: None,
            english_data: false,
        }
    }

    /// Marks the label as English data (`lang="en"`).
    pub fn english_data(self) -> Self {
        Self {
            english_data: true,
            ..self
        }
    }

    pub fn hint(self, hint: impl ToString) -> Self {
        Self {
            hint: Some(hint.to_string()),
            ..self
        }
    }

    pub fn reveal(self, reveal: AnyView) -> Self {
        Self {
            reveal: Some(reveal),
            ..self
        }
    }
}

/// GOV.UK radios in a fieldset, with the error for the group. The first radio carries the
/// group's name as its id, so the error summary's link lands on it.
#[component]
pub fn Radios(
    name: &'static str,
    legend: String,
    choices: Vec<Choice>,
    /// The value chosen (typed last time, or saved).
    chosen: String,
    error: Option<String>,
    #[prop(optional, into)] hint: String,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let has_error = error.is_some();
    let described_by = [
        (!hint.is_empty()).then(|| hint_id.clone()),
        has_error.then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <fieldset class="fieldset" aria-describedby=(!described_by.is_empty()).then_some(described_by)>
                <legend class="fieldset__legend">{legend}</legend>
                {(!hint.is_empty()).then(|| view! { <p id=hint_id class="hint">{hint}</p> })}
                {error.map(|message| view! {
                    <p id=error_id class="error-message"><span class="visually-hidden">{crate::t!("error-prefix")}" "</span>{message}</p>
                })}
                <div class="radios">
                    {choices.into_iter().enumerate().map(|(i, choice)| {
                        let id = if i == 0 { name.to_string() } else { format!("{name}-{i}") };
                        let checked = choice.value == chosen;
                        view! {
                            <div class="radios__choice">
                                <div class="radios__item">
                                    <input class="radios__input" id=id.clone() name=name type="radio" value=choice.value checked=checked />
                                    <label class="label radios__label" for=id lang=choice.english_data.then_some("en")>{choice.label}</label>
                                </div>
                                {choice.hint.map(|hint| view! { <p class="hint radios__hint">{hint}</p> })}
                                {choice.reveal.map(|reveal| view! { <div class="radios__conditional">{reveal}</div> })}
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// The postcode question, as the home page and the surgery search ask it: the label is the
/// page's heading when it is the page's only question.
#[component]
pub fn PostcodeField(
    entered: String,
    /// What is wrong with the postcode entered last.
    error: Option<String>,
    #[prop(into)] hint: String,
    #[prop(optional)] as_heading: bool,
) -> impl IntoView {
    const FIELD: &str = "postcode";
    let has_error = error.is_some();
    let label = if as_heading {
        view! {
            <h1 class="label-wrapper">
                <label class="label label--l" for=FIELD>{crate::t!("find-label")}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label class="label" for=FIELD>{crate::t!("find-label")}</label> }.into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=has_error>
            {label}
            <p id="postcode-hint" class="hint">{hint}</p>
            {error.map(|message| view! {
                <p id="postcode-error" class="error-message">
                    <span class="visually-hidden">{crate::t!("error-prefix")}" "</span>{message}
                </p>
            })}
            <input
                class="input input--width-10"
                class:input--error=has_error
                id=FIELD
                name=FIELD
                type="text"
                autocomplete="postal-code"
                spellcheck="false"
                aria-describedby=if has_error { "postcode-hint postcode-error" } else { "postcode-hint" }
                value=entered
            />
        </div>
    }
    .into_any()
}

/// Checkboxes in a fieldset, each named `{name}[i]` so a form may send several (a list of
/// values), those in `chosen` ticked; nothing at all when there is nothing to choose.
pub fn checkbox_list(
    name: &'static str,
    legend: &'static str,
    items: Vec<(String, String)>,
    chosen: Vec<String>,
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <div class="form-group">
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{legend}</legend>
                    <div class="checkboxes">
                        {items.into_iter().enumerate().map(|(i, (value, label))| {
                            let id = format!("{name}-{i}");
                            let checked = chosen.contains(&value);
                            view! {
                                <div class="checkbox">
                                    <input class="checkbox__input" id=id.clone() name=format!("{name}[{i}]") type="checkbox" value=value checked=checked />
                                    <label class="label checkbox__label" for=id>{label}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
        }
    })
}

/// One GOV.UK checkbox on its own, sending "yes" when ticked.
#[component]
pub fn Checkbox(name: &'static str, #[prop(into)] label: String, checked: bool) -> impl IntoView {
    view! {
        <div class="form-group">
            <div class="checkbox">
                <input class="checkbox__input" id=name name=name type="checkbox" value="yes" checked=checked />
                <label class="label checkbox__label" for=name>{label}</label>
            </div>
        </div>
    }
}
