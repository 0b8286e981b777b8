//! `/api`: the open data API in words, each call with an example on this portal's own data
//! (the force, and the first neighbourhood that has a boundary).

use crate::components::page::{PageError, page};
use crate::state::{PortalState, fault};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::services::open_data::ApiExamples as Examples;

async fn examples() -> Result<Examples, PageError> {
    let state = PortalState::from_context()?;
    crate::services::open_data::examples(&state.db, &state.gazetteer.current())
        .await
        .map_err(|e| fault("choosing the API's examples", e))?
        .ok_or(PageError::NotFound)
}

/// A message whose placeables are code (a cookie's name, a JSON key, an HTTP header), each
/// shown in `<code>` exactly as written, in every language, wherever the translation puts it:
/// `(placeable, code, lang)`, with `lang` `Some("en")` where the code is English words in the
/// sentence ("boundary", "404 Not Found").
pub(super) fn with_code(id: &str, codes: &[(&str, &str, Option<&'static str>)]) -> AnyView {
    // Each placeable is given its index between marks that no message uses, and the text is
    // cut at the marks: text, index, text, index, text.
    const MARK: char = '\u{E000}';
    let mut args = crate::i18n::FluentArgs::new();
    for (index, (name, _, _)) in codes.iter().enumerate() {
        args.set(*name, crate::i18n::value(format!("{MARK}{index}{MARK}")));
    }
    let text = crate::i18n::current().text_with(id, &args);
    text.split(MARK)
        .enumerate()
        .map(|(n, part)| {
            let code = (n % 2 == 1)
                .then(|| part.parse::<usize>().ok().and_then(|i| codes.get(i)))
                .flatten();
            match code {
                Some((_, code, lang)) => {
                    view! { <code lang=*lang>{code.to_string()}</code> }.into_any()
                }
                None => part.to_string().into_any(),
            }
        })
        .collect_view()
        .into_any()
}

#[component]
pub fn OpenDataPage() -> impl IntoView {
    page(examples, |e: Examples| {
        let n = format!("/api/{}/{}", e.force, e.neighbourhood);
        let calls: Vec<(String, String)> = [
            ("/api/forces".to_string(), t!("open-data-call-forces")),
            (
                format!("/api/forces/{}", e.force),
                t!("open-data-call-force"),
            ),
            (
                format!("/api/{}/neighbourhoods", e.force),
                t!("open-data-call-neighbourhoods"),
            ),
            (n.clone(), t!("open-data-call-neighbourhood")),
            (format!("{n}/boundary"), t!("open-data-call-boundary")),
            (format!("{n}/people"), t!("open-data-call-people")),
            (format!("{n}/events"), t!("open-data-call-events")),
            (format!("{n}/priorities"), t!("open-data-call-priorities")),
            (format!("{n}/confidence"), t!("open-data-call-confidence")),
            (format!("{n}/partners"), t!("open-data-call-partners")),
        ]
        .into_iter()
        .chain(e.point.map(|point| {
            (
                format!("/api/locate-neighbourhood?q={point}"),
                t!("open-data-call-locate"),
            )
        }))
        .chain(e.postcode.map(|postcode| {
            (
                format!("/api/postcodes/{}", postcode.replace(' ', "%20")),
                t!("open-data-call-postcode"),
            )
        }))
        .collect();
        view! {
            <Title text=t!("open-data-title") />
            <h1 class="heading-l">{t!("open-data-title")}</h1>
            <p class="lead">{t!("open-data-lead")}</p>
            <p>{t!("open-data-same-calls")}</p>
            <h2 class="heading-m">{t!("open-data-calls-title")}</h2>
            <dl class="summary-list">
                {calls
                    .into_iter()
                    .map(|(path, what)| {
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key"><a href=path.clone()><code>{path.clone()}</code></a></dt>
                                <dd class="summary-list__value">{what}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <h2 class="heading-m">{t!("open-data-using-title")}</h2>
            <ul class="list list--bullet">
                <li>{t!("open-data-json")}</li>
                <li>{with_code("open-data-not-found", &[("status", "404 Not Found", Some("en"))])}</li>
                <li>
                    {with_code(
                        "open-data-rate-limit",
                        &[
                            ("status", "429 Too Many Requests", Some("en")),
                            ("header", "Retry-After", Some("en")),
                        ],
                    )}
                </li>
                <li>
                    {with_code(
                        "open-data-caching",
                        &[("etag", "ETag", None), ("modified", "Last-Modified", Some("en"))],
                    )}
                </li>
                <li>
                    {with_code(
                        "open-data-own-keys",
                        &[
                            ("boundary", "boundary", Some("en")),
                            ("locations", "locations", Some("en")),
                            ("people", "people", Some("en")),
                            ("events", "events", Some("en")),
                        ],
                    )}
                </li>
            </ul>
            <p>
                {t!("open-data-openapi")}" "<a href="/api/openapi.json">{t!("open-data-openapi-link")}</a>
                {t!("open-data-openapi-end")}
            </p>
        }
        .into_any()
    })
}
