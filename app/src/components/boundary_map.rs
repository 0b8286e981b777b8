use crate::domain::geometry::SvgShape;
use leptos::prelude::*;

/// The neighbourhood's outline as inline SVG: no map tiles, nothing loaded from elsewhere.
#[component]
pub fn BoundaryMap(name: String, shape: SvgShape) -> impl IntoView {
    let view_box = format!("-4 -4 {:.1} {:.1}", shape.width + 8.0, shape.height + 8.0);
    view! {
        <figure class="boundary-map">
            <svg
                class="boundary-map__svg"
                viewBox=view_box
                role="img"
                aria-label=format!("Map of the boundary of {name}")
            >
                <path class="boundary-map__area" d=shape.path fill-rule="evenodd" />
            </svg>
            <figcaption class="hint">"The area this team covers. North is at the top."</figcaption>
        </figure>
    }
}
