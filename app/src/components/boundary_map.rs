use crate::domain::geometry::{MapTile, SvgShape};
use crate::islands::{TileLayerView, tile_attribution, tile_images};
use crate::t;
use leptos::prelude::*;

/// The tiles under `shape`'s map from the force's tile server, if it configured one: none
/// otherwise, and the outline stands alone.
pub fn tile_layer(shape: &SvgShape) -> TileLayerView {
    let Some(layer) = use_context::<crate::state::PortalState>().and_then(|s| s.map_tiles.clone())
    else {
        return TileLayerView::default();
    };
    TileLayerView {
        tiles: shape
            .tiles()
            .iter()
            .map(|tile| MapTile {
                href: layer.url(tile),
                x: tile.x,
                y: tile.y,
            })
            .collect(),
        attribution: layer.attribution.clone(),
    }
}

/// The neighbourhood's outline as inline SVG, over the streets when a tile server is
/// configured.
#[component]
pub fn BoundaryMap(name: String, shape: SvgShape) -> impl IntoView {
    let layer = tile_layer(&shape);
    let view_box = shape.view_box();
    view! {
        <figure class="boundary-map">
            <svg
                class="boundary-map__svg"
                viewBox=view_box
                role="img"
                aria-label=t!("map-label", name = name.as_str())
            >
                {tile_images(&layer)}
                <path class="boundary-map__area" d=shape.path fill-rule="evenodd" />
            </svg>
            {tile_attribution(&layer)}
            <figcaption class="hint">{t!("map-caption")}</figcaption>
        </figure>
    }
}
