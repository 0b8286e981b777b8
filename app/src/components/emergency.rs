//! The panel before and after raising a concern: the portal is not for emergencies or for
//! reporting crimes, which go to the force's own reporting page.

use crate::t;
use leptos::prelude::*;

#[component]
pub fn NotForEmergencies() -> impl IntoView {
    // The force's name from the data already in memory; its page for reporting a crime online
    // if one is configured, or else its website.
    let state = use_context::<crate::state::PortalState>();
    let report_page = state
        .as_ref()
        .and_then(|state| state.report_crime_url.clone());
    let force = state
        .and_then(|state| state.gazetteer.current().force.clone())
        .map(|force| {
            let page = report_page.unwrap_or_else(|| force.url.clone());
            (force.name, page)
        })
        .filter(|(_, page)| !page.is_empty());
    let report = match force {
        Some((name, page)) => view! {
            <p>
                {t!("concern-report-crime")}" "
                <a href=page>{t!("concern-report-online", force = name.as_str())}</a>
                {t!("concern-report-crime-end")}
            </p>
        }
        .into_any(),
        None => view! { <p>{t!("concern-report-crime-no-site")}</p> }.into_any(),
    };
    view! {
        <div class="warning-text" role="note">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <div class="warning-text__text">
                <strong><span class="visually-hidden">{t!("concern-warning")}" "</span>{t!("concern-not-for-emergencies")}</strong>
                <p>{t!("concern-emergency-999")}</p>
                {report}
                <p>{t!("concern-deaf")}</p>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Language;

    #[test]
    fn the_report_sentence_reads_as_before_in_english() {
        let english = Language::English;
        let sentence = format!(
            "{} {}{}",
            english.text("concern-report-crime"),
            crate::t_in!(
                english,
                "concern-report-online",
                force = "West Midlands Police"
            ),
            english.text("concern-report-crime-end"),
        );
        assert_eq!(
            sentence,
            "To report a crime, call 101 or report it online on the West Midlands Police website."
        );
    }
}
