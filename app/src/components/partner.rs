//! What partner organisations wrote of a problem, as the team's page and the partners' page both
//! show it.

use crate::components::summary::SummaryRow;
use crate::services::partners::PartnerAssessment;
use leptos::prelude::*;

/// Each partner's assessment of a problem, credited, with when it was last written; a sentence
/// where none has written one.
#[component]
pub fn Assessments(assessments: Vec<PartnerAssessment>) -> impl IntoView {
    use crate::services::clock::format_date;
    let none = assessments.is_empty();
    view! {
        {none.then(|| view! { <p>"No partner has written an assessment yet."</p> })}
        <dl class="summary-list" hidden=none>
            {assessments.into_iter().map(|a| view! {
                <SummaryRow key=a.organisation>
                    {a.worked}
                    {(!a.measure.is_empty()).then(|| view! { <br />{format!("How they know: {}", a.measure)}})}
                    <br /><span class="hint">{format!("Written {}", format_date(a.written_at))}</span>
                </SummaryRow>
            }).collect_view()}
        </dl>
    }
}
