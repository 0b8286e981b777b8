//! The venues a neighbourhood's team holds surgeries at, and adding one. A venue's postcode must
//! be one the portal can place on the map, so residents are shown where it is.

use super::neighbourhood::manage_path;
use crate::components::form::{Choice, FeedbackBanner, Radios, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, form_value};
use crate::domain::venue::{StepFree, VENUE_KINDS, VenueForm};
use crate::state::fault;
use entity::venue::VenueKind;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct VenueRow {
    id: i32,
    name: String,
    kind: &'static str,
    postcode: String,
    step_free: bool,
    /// Kept up to date by this neighbourhood's team (others are shared with it).
    kept_here: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct VenuesView {
    code: String,
    name: String,
    venues: Vec<VenueRow>,
    feedback: FormFeedback,
}

pub(super) fn venues_path(code: &str) -> String {
    format!("{}/venues", manage_path(code))
}

pub(super) fn venue_path(code: &str, id: i32) -> String {
    format!("{}/{id}", venues_path(code))
}

async fn neighbourhood_venues(code: String) -> Result<VenuesView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let venues = crate::services::venues::serving(&context.state.db, n.id)
        .await
        .map_err(|e| fault("reading venues", e))?
        .into_iter()
        .map(|v| VenueRow {
            id: v.id,
            kept_here: v.neighbourhood_id == Some(n.id),
            name: v.name,
            kind: v.kind.label(),
            postcode: v.postcode,
            step_free: v.step_free,
        })
        .collect();
    Ok(VenuesView {
        code: n.code,
        name: n.name,
        venues,
        feedback: context.feedback().await?,
    })
}

/// The venue form parsed and its postcode placed on the map (None when `keep_position_of` is
/// the postcode already stored, which needs no placing); or the feedback for `form` that says
/// what is wrong, keeping what was typed.
pub(super) fn check_venue(
    sent: &VenueForm,
    form: &str,
    gazetteer: &crate::services::gazetteer::Gazetteer,
    keep_position_of: Option<&str>,
) -> Result<(crate::domain::venue::VenueDetailsEntry, Option<(f64, f64)>), FormFeedback> {
    use crate::domain::forms::FieldError;
    use crate::services::venues::{Placed, place};
    let typed = |errors| FormFeedback::errors_keeping(form, errors, sent);
    let details = sent.parse().map_err(typed)?;
    if keep_position_of == Some(details.postcode.to_string().as_str()) {
        return Ok((details, None));
    }
    let placed = place(gazetteer, &details.postcode);
    match placed {
        Placed::At {
            latitude,
            longitude,
        } => Ok((details, Some((latitude, longitude)))),
        _ => {
            let message = placed.problem(&details.postcode).unwrap_or_default();
            Err(typed(vec![FieldError::new("postcode", message)]))
        }
    }
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/venues/add")]
pub async fn add_venue(
    code: String,
    #[server(flatten)] form: VenueForm,
) -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = venues_path(&permit.subject().code);
    let gazetteer = context.state.gazetteer.current();
    let (details, position) = match check_venue(&form, "venue", &gazetteer, None) {
        Ok((details, Some(position))) => (details, position),
        Ok((_, None)) => unreachable!("a new venue is always placed"),
        Err(feedback) => return context.reply(&path, feedback).await,
    };
    crate::services::venues::add(
        &context.state.db,
        &context.state.clock,
        &permit,
        &details,
        position,
    )
    .await
    .map_err(|e| fault("adding a venue", e))?;
    context
        .reply(
            &path,
            FormFeedback::notice("venue", format!("{} has been added", details.name)),
        )
        .await
}

#[component]
pub fn NeighbourhoodVenuesPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || neighbourhood_venues(code.clone()),
        |view| view! { <Venues view /> },
    )
}

#[component]
fn Venues(view: VenuesView) -> impl IntoView {
    let VenuesView {
        code,
        name,
        venues,
        feedback,
    } = view;
    let none = venues.is_empty();
    let form_feedback = feedback.for_form("venue");
    view! {
        <Title text=page_title(&format!("Venues in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"Venues"</h1>
        <p><a href=manage_path(&code)>"Back to managing "{name}</a></p>
        <p>"The places where the team holds surgeries. Residents see each venue's address, where it is on a map, and how to get in."</p>

        <h2 class="heading-m" id="venues">"Venues the team uses"</h2>
        {none.then(|| view! { <p>"The team has no venues yet. Add one below."</p> })}
        <table class="table" aria-labelledby="venues" hidden=none>
            <thead><tr><th scope="col">"Venue"</th><th scope="col">"Kind"</th><th scope="col">"Postcode"</th><th scope="col">"Step-free"</th></tr></thead>
            <tbody>
                {venues.into_iter().map(|v| view! {
                    <tr>
                        <td>
                            {if v.kept_here {
                                view! { <a href=venue_path(&code, v.id)>{v.name}</a> }.into_any()
                            } else {
                                view! { {v.name}<br /><span class="hint">"Shared by another neighbourhood's team"</span> }.into_any()
                            }}
                        </td>
                        <td>{v.kind}</td>
                        <td>{v.postcode}</td>
                        <td>{if v.step_free { "Yes" } else { "No" }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Add a venue"</h2>
        <form method="post" action=AddVenue::url() novalidate>
            <input type="hidden" name="code" value=code />
            <VenueFields feedback=form_feedback saved=None />
            <button type="submit" class="button">"Add venue"</button>
        </form>
    }
    .into_any()
}

/// A venue's details as saved, to begin the edit form with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedVenue {
    pub name: String,
    pub kind: VenueKind,
    pub address: String,
    pub postcode: String,
    pub step_free: bool,
    pub accessibility_notes: String,
    pub how_to_find: String,
}

/// The venue form's questions, showing what was typed last (after an error) or what is saved.
#[component]
pub fn VenueFields(feedback: FormFeedback, saved: Option<SavedVenue>) -> impl IntoView {
    let show = |field: &str, saved: String| {
        if feedback.errors.is_empty() {
            saved
        } else {
            feedback.value(field)
        }
    };
    let saved_or_blank = saved.clone();
    let get = move |pick: fn(&SavedVenue) -> String| {
        saved_or_blank.as_ref().map(pick).unwrap_or_default()
    };
    let kind = show("kind", get(|s| form_value(&s.kind)));
    let step_free = show(
        "step_free",
        saved
            .as_ref()
            .map(|s| {
                form_value(&if s.step_free {
                    StepFree::Yes
                } else {
                    StepFree::No
                })
            })
            .unwrap_or_default(),
    );
    let kinds = VENUE_KINDS
        .into_iter()
        .map(|k| Choice::new(form_value(&k), k.label()))
        .collect();
    let step_free_choices = vec![
        Choice::new(form_value(&StepFree::Yes), "Yes"),
        Choice::new(form_value(&StepFree::No), "No"),
    ];
    view! {
        <TextField name="name" label="Name" hint="For example, Harborne Library" autocomplete="off" value=get(|s| s.name.clone()) feedback=feedback.clone() />
        <Radios name="kind" legend="What kind of place is it?".to_string() choices=kinds chosen=kind error=feedback.error("kind") />
        <TextField name="address" label="Address" hint="The building and street, without the postcode" autocomplete="off" value=get(|s| s.address.clone()) feedback=feedback.clone() />
        <TextField name="postcode" label="Postcode" hint="It must be a postcode the portal knows, so residents can be shown where the venue is" class="input input--width-10" autocomplete="off" value=get(|s| s.postcode.clone()) feedback=feedback.clone() />
        <Radios name="step_free" legend="Can a wheelchair user get in and around without steps?".to_string() choices=step_free_choices chosen=step_free error=feedback.error("step_free") />
        <TextArea name="accessibility_notes" label="Access notes (optional)" hint="For example, a ramp at the side entrance, a hearing loop, an accessible toilet" max=1000 rows=3 value=get(|s| s.accessibility_notes.clone()) feedback=feedback.clone() />
        <TextArea name="how_to_find" label="How to find the room (optional)" hint="For example, the community room is on the first floor, by the lift" max=500 rows=2 value=get(|s| s.how_to_find.clone()) feedback />
    }
    .into_any()
}
