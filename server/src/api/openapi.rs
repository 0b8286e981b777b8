//! The open API's OpenAPI 3.1 document, generated from the handlers' annotations and the
//! answers' types (utoipa), served at `/api/openapi.json`.

use super::police::fault;
use super::{confidence, directory, partners, police, postcodes};
use app::domain::postcode::Postcode;
use app::services::open_data::{self, ApiExamples};
use app::state::PortalState;
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use utoipa::openapi::path::{Parameter, ParameterBuilder};
use utoipa::openapi::{
    ContentBuilder, HeaderBuilder, RefOr, Response as ResponseDoc, ResponseBuilder, Type,
    schema::ObjectBuilder,
};
use utoipa::{IntoParams, IntoResponses, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Neighbourhood portal open data API",
        description = "data.police.uk's neighbourhood calls, answered from the portal's own data in the same shapes, so an existing client works by changing only its base URL. Numbers are strings and dates are `YYYY-MM-DDTHH:MM:SS` in UK time with no zone, as there. Each client may make 15 requests a second with bursts of 30."
    ),
    paths(
        directory::forces,
        directory::force,
        directory::neighbourhood_list,
        directory::neighbourhood,
        directory::boundary,
        directory::people,
        directory::locate,
        police::events,
        police::priorities,
        confidence::confidence,
        partners::partners,
        postcodes::lookup,
    ),
    tags(
        (name = "forces", description = "The police force"),
        (name = "neighbourhoods", description = "Its neighbourhoods and their teams"),
        (name = "postcodes", description = "Finding a postcode's neighbourhood")
    )
)]
pub struct OpenApiDocument;

/// `GET /api/openapi.json`: the generated document, with each path parameter given an example
/// from this portal's own data (as the `/api` page gives) and the postcode its pattern.
pub async fn document(State(state): State<PortalState>) -> Response {
    let examples = match open_data::examples(&state.db, &state.gazetteer.current()).await {
        Ok(examples) => examples,
        Err(error) => return fault("choosing the API's examples", error),
    };
    let mut document = OpenApiDocument::openapi();
    for item in document.paths.paths.values_mut() {
        let operations = [&mut item.get, &mut item.head].into_iter().flatten();
        for parameter in operations.flat_map(|o| o.parameters.iter_mut().flatten()) {
            describe(parameter, examples.as_ref());
        }
    }
    Json(document).into_response()
}

fn describe(parameter: &mut Parameter, examples: Option<&ApiExamples>) {
    let example = examples.and_then(|e| match parameter.name.as_str() {
        "force" => Some(e.force.clone()),
        "neighbourhood" => Some(e.neighbourhood.clone()),
        "postcode" => e.postcode.clone(),
        "q" => e.point.clone(),
        _ => None,
    });
    let mut builder = ParameterBuilder::from(parameter.clone());
    if parameter.name == "postcode" {
        builder = builder.schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some(Postcode::pattern())),
        ));
    }
    if let Some(example) = example {
        builder = builder.example(Some(serde_json::Value::String(example)));
    }
    *parameter = builder.build();
}

/// A force and one of its neighbourhoods, as the paths name them.
#[derive(IntoParams)]
#[into_params(parameter_in = Path)]
pub struct NeighbourhoodPath {
    /// The force's id: `west-midlands`.
    pub force: String,
    /// The neighbourhood's id within the force, case-sensitive: `BW003`.
    pub neighbourhood: String,
}

/// A force, as the paths name it.
#[derive(IntoParams)]
#[into_params(parameter_in = Path)]
pub struct ForcePath {
    /// The force's id: `west-midlands`.
    pub force: String,
}

/// The refusals every data.police.uk call may give, each with a plain-text body.
pub struct Refusals;

impl IntoResponses for Refusals {
    fn responses() -> BTreeMap<String, RefOr<ResponseDoc>> {
        let text = || {
            ContentBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .build()
        };
        let not_found = ResponseBuilder::new()
            .description(
                "`Not Found`: an unknown force or neighbourhood, a point in no neighbourhood, or a `q` that is not a point.",
            )
            .content("text/plain", text())
            .build();
        let too_many = ResponseBuilder::new()
            .description("`Too Many Requests`: wait for the seconds `Retry-After` gives.")
            .content("text/plain", text())
            .header(
                "Retry-After",
                HeaderBuilder::new()
                    .schema(ObjectBuilder::new().schema_type(Type::Integer))
                    .description(Some("Seconds to wait before asking again."))
                    .build(),
            )
            .build();
        BTreeMap::from([
            ("404".to_string(), RefOr::T(not_found)),
            ("429".to_string(), RefOr::T(too_many)),
        ])
    }
}
