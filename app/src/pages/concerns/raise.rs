//! Raising a concern, step one: where, what kind, what is happening, when, and whether a
//! public summary may be shown. Signed-in residents only (so the team can always reply);
//! anyone else signs in first and comes back here.

use crate::components::emergency::NotForEmergencies;
use crate::components::form::{Choice, FeedbackBanner, Radios, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::concern::{Consent, MOST_DESCRIPTION};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::geometry::SvgShape;
use crate::domain::ids::ResidentId;
use crate::domain::neighbourhood::{neighbourhood_path, raise_concern_path};
use crate::request::RequestContext;
use crate::session::ConcernDraft;
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq)]
struct RaiseView {
    code: String,
    name: String,
    categories: Vec<(i32, String)>,
    map: Option<SvgShape>,
    /// What was entered before, when coming back to change it.
    draft: Option<ConcernDraft>,
    /// The verified groups here the resident organises: (reference, name).
    groups: Vec<(String, String)>,
    feedback: FormFeedback,
}

/// Who a concern is raised for: the resident, or a group they organise.
pub(super) const FOR_MYSELF: &str = "myself";

/// The verified groups working in the neighbourhood that the resident organises.
pub(super) async fn organised_groups(
    context: &RequestContext,
    resident_id: ResidentId,
    neighbourhood_id: i32,
) -> Result<Vec<entity::community_group::Model>, ServerFnError> {
    crate::services::groups::organised_in(&context.state.db, resident_id, neighbourhood_id)
        .await
        .map_err(|e| fault("reading a resident's groups", e))
}

/// The signed-in resident; anyone else is sent to sign in, and brought back to this form.
pub(super) async fn resident_or_sign_in(
    context: &RequestContext,
    code: &str,
) -> Result<Result<ResidentId, PageError>, ServerFnError> {
    context
        .resident_or_sign_in(
            crate::session::AfterSignIn::RaiseConcern {
                code: code.to_string(),
            },
            &context.language.text("concern-sign-in-first"),
        )
        .await
}

pub(super) async fn neighbourhood(
    context: &RequestContext,
    code: &str,
) -> Result<Option<entity::neighbourhood::Model>, ServerFnError> {
    crate::services::neighbourhoods::neighbourhood_by_code(&context.state.db, code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))
}

/// The neighbourhood's map a pin is placed on (its public page's, kept in memory).
async fn pin_map(context: &RequestContext, code: &str) -> Result<Option<SvgShape>, ServerFnError> {
    Ok(context
        .state
        .public_pages
        .neighbourhood(&context.state.db, code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .and_then(|page| page.map.clone()))
}

async fn raise(code: String) -> Result<RaiseView, PageError> {
    let context = RequestContext::new().await?;
    let n = neighbourhood(&context, &code)
        .await?
        .ok_or(PageError::NotFound)?;
    let resident = resident_or_sign_in(&context, &n.code).await??;
    let groups = organised_groups(&context, resident, n.id)
        .await?
        .into_iter()
        .map(|g| (g.reference, g.name))
        .collect();
    let categories = crate::services::concerns::categories(&context.state.db, false)
        .await
        .map_err(|e| fault("reading concern categories", e))?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let map = pin_map(&context, &n.code).await?;
    let draft = context
        .session
        .concern_draft()
        .await?
        .filter(|draft| draft.code == n.code);
    Ok(RaiseView {
        code: n.code,
        name: n.name,
        categories,
        map,
        draft,
        groups,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "concerns/details")]
#[allow(clippy::too_many_arguments)]
pub async fn enter_concern(
    code: String,
    location: String,
    category: Option<i32>,
    description: String,
    when_happens: String,
    summary: Option<Consent>,
    latitude: String,
    longitude: String,
    on_behalf: Option<String>,
    propose: Option<String>,
    // Where the map was selected without JavaScript (the image button sends `x` and `y`).
    x: Option<String>,
    y: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::ConcernForm;
    use crate::domain::forms::FieldError;
    use crate::services::concerns::{self, Placed};
    use crate::services::tokens::new_token;
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(n) = neighbourhood(&context, &code).await? else {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            &language.text("concern-no-such-neighbourhood"),
        ));
    };
    let Ok(resident) = resident_or_sign_in(&context, &n.code).await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let groups = organised_groups(&context, resident, n.id).await?;
    let path = raise_concern_path(&n.code);
    let offered: Vec<i32> = concerns::categories(&context.state.db, false)
        .await
        .map_err(|e| fault("reading concern categories", e))?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let typed = |errors| {
        let chosen = category.map(|c| c.to_string()).unwrap_or_default();
        let consent = summary.map(|s| form_value(&s)).unwrap_or_default();
        FormFeedback::errors(
            "concern",
            errors,
            &[
                ("location", location.as_str()),
                ("category", chosen.as_str()),
                ("description", description.as_str()),
                ("when_happens", when_happens.as_str()),
                ("summary", consent.as_str()),
                ("on_behalf", on_behalf.as_deref().unwrap_or_default()),
                ("propose", propose.as_deref().unwrap_or_default()),
                ("latitude", latitude.as_str()),
                ("longitude", longitude.as_str()),
            ],
        )
    };
    // The map selected without JavaScript: the pin goes there, and the form comes back as it
    // was typed, to go on with.
    if let (Some(x), Some(y)) = (
        x.and_then(|x| x.parse::<f64>().ok()),
        y.and_then(|y| y.parse::<f64>().ok()),
    ) {
        let shape = pin_map(&context, &n.code).await?;
        // The keyboard presses the map's button at its corner (0, 0): not a place chosen.
        if let Some(shape) = shape.filter(|_| (x, y) != (0.0, 0.0)) {
            let at = shape.position_at(x, y, crate::domain::geometry::PIN_MAP_WIDTH);
            let mut feedback = typed(Vec::new());
            feedback
                .values
                .insert("latitude".into(), format!("{:.6}", at.latitude));
            feedback
                .values
                .insert("longitude".into(), format!("{:.6}", at.longitude));
            feedback.notice = Some(language.text("concern-pin-placed"));
            return context.reply(&path, feedback).await;
        }
    }
    // Only a group the resident organises here; asked only when they organise one.
    let chosen_group = match on_behalf.as_deref().map(str::trim) {
        _ if groups.is_empty() => Ok(None),
        Some(FOR_MYSELF) => Ok(None),
        Some(reference) => groups
            .iter()
            .find(|g| g.reference == reference)
            .map(|g| {
                Some(crate::session::DraftGroup {
                    reference: g.reference.clone(),
                    name: g.name.clone(),
                    propose_for_vote: propose.is_some(),
                })
            })
            .ok_or_else(|| language.text("concern-choose-listed-group")),
        None => Err(language.text("concern-choose-who")),
    };
    let form = ConcernForm {
        location: location.clone(),
        category,
        description: description.clone(),
        when_happens: when_happens.clone(),
        summary,
        latitude: latitude.clone(),
        longitude: longitude.clone(),
    };
    let entry = match (form.parse_in(&offered, language), &chosen_group) {
        (Ok(entry), Ok(_)) => entry,
        (parsed, chosen) => {
            let mut errors = parsed.err().unwrap_or_default();
            if let Err(problem) = chosen {
                errors.insert(0, FieldError::new("on_behalf", problem));
            }
            return context.reply(&path, typed(errors)).await;
        }
    };
    let on_behalf = chosen_group.ok().flatten();
    let placed = concerns::place(&context.state.gazetteer.current(), &n, &entry);
    let position = match placed {
        Placed::Here(position) => position,
        Placed::Elsewhere { code, name } => {
            // As a report is routed to whoever looks after the place: the whole draft goes to
            // that team's form, to be checked there (its groups are that neighbourhood's).
            context
                .session
                .set_concern_draft(Some(ConcernDraft {
                    code: code.clone(),
                    entry,
                    position: None,
                    key: new_token(),
                    on_behalf: None,
                }))
                .await?;
            let notice = crate::t_in!(language, "concern-moved", name = name);
            return context
                .reply(
                    &raise_concern_path(&code),
                    FormFeedback::notice("concern", notice),
                )
                .await;
        }
        Placed::Outside => {
            return context
                .reply(
                    &path,
                    typed(vec![FieldError::new(
                        "location",
                        language.text("concern-place-outside"),
                    )]),
                )
                .await;
        }
        Placed::UnknownPostcode => {
            return context
                .reply(
                    &path,
                    typed(vec![FieldError::new(
                        "location",
                        language.text("concern-place-unknown-postcode"),
                    )]),
                )
                .await;
        }
    };
    context
        .session
        .set_concern_draft(Some(ConcernDraft {
            code: n.code.clone(),
            entry,
            position,
            key: new_token(),
            on_behalf,
        }))
        .await?;
    leptos_axum::redirect(&format!("{path}/check"));
    Ok(())
}

#[component]
pub fn RaiseConcernPage() -> impl IntoView {
    let code = route_param("code");
    page(move || raise(code.clone()), |view| view! { <Raise view /> })
}

#[component]
fn Raise(view: RaiseView) -> impl IntoView {
    let RaiseView {
        code,
        name,
        categories,
        map,
        draft,
        groups,
        feedback,
    } = view;
    // What was typed (after an error, or a pin placed without JavaScript), or the draft when
    // coming back to change it.
    let coming_back = feedback.errors.is_empty() && feedback.values.is_empty();
    let entry = draft.as_ref().map(|d| d.entry.clone());
    let from_draft = |pick: fn(&crate::domain::concern::ConcernEntry) -> String| {
        if coming_back {
            entry.as_ref().map(pick).unwrap_or_default()
        } else {
            String::new()
        }
    };
    let chosen_category = if coming_back {
        entry
            .as_ref()
            .map(|e| e.category_id.to_string())
            .unwrap_or_default()
    } else {
        feedback.value("category")
    };
    let chosen_consent = if coming_back {
        entry
            .as_ref()
            .map(|e| {
                form_value(&if e.public_summary {
                    Consent::Yes
                } else {
                    Consent::No
                })
            })
            .unwrap_or_default()
    } else {
        feedback.value("summary")
    };
    let pin = if coming_back {
        draft
            .as_ref()
            .and_then(|d| d.entry.pin)
            .map(|p| (p.latitude, p.longitude))
    } else {
        feedback
            .value("latitude")
            .parse()
            .ok()
            .zip(feedback.value("longitude").parse().ok())
    };
    let category_choices = categories
        .into_iter()
        .map(|(id, label)| Choice::new(id.to_string(), label).english_data())
        .collect();
    let consent_choices = vec![
        Choice::new(form_value(&Consent::Yes), t!("concern-summary-yes"))
            .hint(t!("concern-summary-yes-hint")),
        Choice::new(form_value(&Consent::No), t!("concern-summary-no"))
            .hint(t!("concern-summary-no-hint")),
    ];
    let chosen_group = if coming_back {
        draft.as_ref().map_or_else(String::new, |d| {
            d.on_behalf
                .as_ref()
                .map_or_else(|| FOR_MYSELF.to_string(), |g| g.reference.clone())
        })
    } else {
        feedback.value("on_behalf")
    };
    let proposed = if coming_back {
        draft
            .as_ref()
            .and_then(|d| d.on_behalf.as_ref())
            .is_some_and(|g| g.propose_for_vote)
    } else {
        !feedback.value("propose").is_empty()
    };
    let who_for = (!groups.is_empty()).then(|| {
        let choices = std::iter::once(
            Choice::new(FOR_MYSELF.to_string(), t!("concern-for-myself"))
                .hint(t!("concern-for-myself-hint")),
        )
        .chain(groups.into_iter().map(|(reference, group)| {
            Choice::new(reference, t!("concern-for-group", group = group))
                .hint(t!("concern-for-group-hint"))
        }))
        .collect();
        view! {
            <Radios name="on_behalf" legend=t!("concern-who-legend") choices chosen=chosen_group error=feedback.error("on_behalf") />
            <crate::components::form::Checkbox name="propose" label=t!("concern-propose") checked=proposed />
        }
    });
    view! {
        <Title text=page_title(&t!("concern-raise-title", name = name.as_str()), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=neighbourhood_path(&code) class="back-link">{t!("concern-back")}</a></p>
        <span class="caption-l">{t!("concern-team-caption", name = name.as_str())}</span>
        <h1 class="heading-l">{t!("concern-raise-heading")}</h1>
        <NotForEmergencies />
        <form method="post" action=EnterConcern::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            {who_for}
            <TextField
                name="location"
                label=t!("concern-where-label")
                hint=t!("concern-where-hint")
                autocomplete="off"
                value=from_draft(|e| e.location.clone())
                feedback=feedback.clone()
            />
            {map.map(|shape| {
                let layer = crate::components::boundary_map::tile_layer(&shape);
                {
                    let words = crate::islands::PinWords {
                        hint: t!("concern-pin-map-hint"),
                        alt: t!("concern-pin-map-alt", name = name.as_str()),
                        placed: t!("concern-pin-map-placed"),
                        none: t!("concern-pin-map-none"),
                        remove: t!("concern-pin-map-remove"),
                    };
                    view! { <crate::islands::PinMap shape layer pin words /> }.into_any()
                }
            })}
            <Radios name="category" legend=t!("concern-kind-legend") choices=category_choices chosen=chosen_category error=feedback.error("category") />
            <TextArea
                name="description"
                label=t!("concern-what-label")
                hint=t!("concern-what-hint")
                max=MOST_DESCRIPTION
                rows=6
                value=from_draft(|e| e.description.clone())
                feedback=feedback.clone()
            />
            <TextArea
                name="when_happens"
                label=t!("concern-when-label")
                hint=t!("concern-when-hint")
                max=300
                rows=2
                value=from_draft(|e| e.when_happens.clone())
                feedback=feedback.clone()
            />
            <Radios
                name="summary"
                legend=t!("concern-summary-legend")
                choices=consent_choices
                chosen=chosen_consent
                error=feedback.error("summary")
                hint=t!("concern-summary-hint")
            />
            <button type="submit" class="button">{t!("concern-continue")}</button>
        </form>
    }
    .into_any()
}
