//! Changing a venue the neighbourhood's team keeps: its details, and which neighbourhoods it
//! serves (among those the member of staff manages in the same Local Policing Area).

use super::venues::{SavedVenue, VenueFields, check_venue, venue_path, venues_path};
use crate::components::form::{FeedbackBanner, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::venue::VenueForm;
use crate::request::RequestContext;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq, Eq)]
struct VenueView {
    code: String,
    neighbourhood: String,
    id: i32,
    saved: SavedVenue,
    /// Neighbourhoods the member may choose: (id, name, serves it now).
    choosable: Vec<(i32, String, bool)>,
    /// Neighbourhoods it serves that the member cannot change.
    others: Vec<String>,
    feedback: FormFeedback,
}

/// The neighbourhoods whose service by a venue the member may change: those they manage in
/// the neighbourhood's Local Policing Area.
async fn choosable_neighbourhoods(
    context: &RequestContext,
    member: &crate::domain::staff::StaffMember,
    n: &entity::neighbourhood::Model,
) -> Result<Vec<(i32, String)>, ServerFnError> {
    Ok(
        crate::services::management::neighbourhoods(&context.state.db)
            .await
            .map_err(|e| fault("listing neighbourhoods", e))?
            .into_iter()
            .filter(|other| {
                other.lpa_id == n.lpa_id
                    && crate::policy::neighbourhood::may_manage(member, other.id)
            })
            .map(|other| (other.id, other.name))
            .collect(),
    )
}

/// The venue, if `n`'s team keeps it.
async fn kept_venue(
    context: &RequestContext,
    n: &entity::neighbourhood::Model,
    id: &str,
) -> Result<Option<entity::venue::Model>, ServerFnError> {
    use sea_orm::EntityTrait;
    let Ok(id) = id.parse::<i32>() else {
        return Ok(None);
    };
    Ok(entity::venue::Entity::find_by_id(id)
        .one(&context.state.db)
        .await
        .map_err(|e| fault("reading a venue", e))?
        .filter(|v| v.neighbourhood_id == Some(n.id)))
}

async fn venue(code: String, id: String) -> Result<VenueView, PageError> {
    use crate::services::venues;
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_page(&code).await?;
    let (n, member) = (permit.subject(), permit.member());
    let venue = kept_venue(&context, n, &id)
        .await?
        .ok_or(PageError::NotFound)?;
    let serves = venues::neighbourhoods_served(&context.state.db, venue.id)
        .await
        .map_err(|e| fault("reading a venue's neighbourhoods", e))?;
    let choosable = choosable_neighbourhoods(&context, member, n).await?;
    let choosable_ids: BTreeSet<i32> = choosable.iter().map(|(id, _)| *id).collect();
    let others = crate::services::management::neighbourhoods(&context.state.db)
        .await
        .map_err(|e| fault("listing neighbourhoods", e))?
        .into_iter()
        .filter(|other| serves.contains(&other.id) && !choosable_ids.contains(&other.id))
        .map(|other| other.name)
        .collect();
    Ok(VenueView {
        code: n.code.clone(),
        neighbourhood: n.name.clone(),
        id: venue.id,
        choosable: choosable
            .into_iter()
            .map(|(id, name)| (id, name, serves.contains(&id)))
            .collect(),
        others,
        saved: SavedVenue {
            name: venue.name,
            kind: venue.kind,
            address: venue.address,
            postcode: venue.postcode,
            step_free: venue.step_free,
            accessibility_notes: venue.accessibility_notes,
            how_to_find: venue.how_to_find,
        },
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/neighbourhood/venues/save")]
pub async fn save_venue(
    code: String,
    venue_id: i32,
    serves: Option<Vec<i32>>,
    #[server(flatten)] form: VenueForm,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::venues::{self, VenueChange, VenueSaved};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let (n, member) = (permit.subject(), permit.member());
    let Some(current) = kept_venue(&context, n, &venue_id.to_string()).await? else {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such venue.",
        ));
    };
    let path = venue_path(&n.code, venue_id);
    let gazetteer = context.state.gazetteer.current();
    let (details, moved_to) = match check_venue(&form, "venue", &gazetteer, Some(&current.postcode))
    {
        Ok(checked) => checked,
        Err(feedback) => return context.reply(&path, feedback).await,
    };
    let choosable = choosable_neighbourhoods(&context, member, n)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let change = VenueChange {
        details: &details,
        moved_to,
        chosen: serves.unwrap_or_default().into_iter().collect(),
        choosable,
    };
    let outcome = venues::update(
        &context.state.db,
        &context.state.clock,
        &permit,
        venue_id,
        change,
    )
    .await
    .map_err(|e| fault("saving a venue", e))?;
    let problem = |message: String| {
        FormFeedback::errors("venue", vec![FieldError::new("serves", message)], &[])
    };
    match outcome {
        VenueSaved::Saved => {
            context
                .reply(
                    &venues_path(&n.code),
                    FormFeedback::notice("venue", format!("{} has been saved", details.name)),
                )
                .await
        }
        VenueSaved::NoSuchVenue => Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such venue.",
        )),
        VenueSaved::ServesNone => {
            context
                .reply(
                    &path,
                    problem("Select at least one neighbourhood the venue serves".into()),
                )
                .await
        }
        VenueSaved::StillInUse { neighbourhood } => {
            context
                .reply(
                    &path,
                    problem(format!(
                        "{neighbourhood} still has surgeries to come at this venue: move or cancel them first"
                    )),
                )
                .await
        }
    }
}

#[component]
pub fn VenuePage() -> impl IntoView {
    let code = route_param("code");
    let id = route_param("id");
    page(
        move || venue(code.clone(), id.clone()),
        |view| view! { <Venue view /> },
    )
}

#[component]
fn Venue(view: VenueView) -> impl IntoView {
    let VenueView {
        code,
        neighbourhood,
        id,
        saved,
        choosable,
        others,
        feedback,
    } = view;
    let title = saved.name.clone();
    let serves_error = feedback.error("serves");
    let has_error = serves_error.is_some();
    view! {
        <Title text=page_title(&format!("Change {title}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Venues in {neighbourhood}")}</span>
        <h1 class="heading-l">{format!("Change {title}")}</h1>
        <p><a href=venues_path(&code)>"Back to the venues"</a></p>
        <form method="post" action=SaveVenue::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="venue_id" value=id />
            <VenueFields feedback=feedback.clone() saved=Some(saved) />
            <div class="form-group" class:form-group--error=has_error>
                <fieldset class="fieldset" aria-describedby="serves-hint">
                    <legend class="fieldset__legend">"Which neighbourhoods does it serve?"</legend>
                    <p id="serves-hint" class="hint">"Their teams can hold surgeries here."</p>
                    {serves_error.map(|message| view! {
                        <p id="serves-error" class="error-message"><span class="visually-hidden">"Error: "</span>{message}</p>
                    })}
                    <div class="checkboxes">
                        {choosable.into_iter().enumerate().map(|(i, (neighbourhood_id, name, serves))| {
                            let field = if i == 0 { "serves".to_string() } else { format!("serves-{i}") };
                            view! {
                                <div class="checkbox">
                                    <input class="checkbox__input" id=field.clone() name=format!("serves[{i}]") type="checkbox" value=neighbourhood_id checked=serves />
                                    <label class="label checkbox__label" for=field>{name}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                    {(!others.is_empty()).then(|| view! {
                        <p class="hint">{format!("It also serves {}, which you do not manage.", others.join(", "))}</p>
                    })}
                </fieldset>
            </div>
            <button type="submit" class="button">"Save venue"</button>
        </form>
    }
    .into_any()
}
