//! A raster map tile server, configured by the force (the Ordnance Survey's Maps API, or an
//! OpenStreetMap tile server): its XYZ address template and the attribution its licence asks
//! for. Maps draw its tiles under the neighbourhood's outline; without one, the outline stands
//! alone.

use crate::domain::geometry::TilePlace;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TileLayer {
    /// Like `https://tile.openstreetmap.org/{z}/{x}/{y}.png`.
    template: String,
    /// Like "© OpenStreetMap contributors", shown under every map.
    pub attribution: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TileLayerProblem {
    #[error("the tile address must contain {{z}}, {{x}} and {{y}}")]
    MissingPlaceholder,
    #[error("the tile address must be an http:// or https:// address with a host name")]
    NotAnAddress,
    #[error("a tile server needs the attribution its licence asks for (PORTAL_MAP_ATTRIBUTION)")]
    NoAttribution,
}

impl TileLayer {
    pub fn parse(template: &str, attribution: &str) -> Result<Self, TileLayerProblem> {
        let template = template.trim();
        if !["{z}", "{x}", "{y}"].iter().all(|p| template.contains(p)) {
            return Err(TileLayerProblem::MissingPlaceholder);
        }
        let example = template
            .replace("{z}", "0")
            .replace("{x}", "0")
            .replace("{y}", "0");
        let url = url::Url::parse(&example).map_err(|_| TileLayerProblem::NotAnAddress)?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(TileLayerProblem::NotAnAddress);
        }
        let attribution = attribution.trim();
        if attribution.is_empty() {
            return Err(TileLayerProblem::NoAttribution);
        }
        Ok(Self {
            template: template.to_string(),
            attribution: attribution.to_string(),
        })
    }

    /// The address of one tile.
    pub fn url(&self, tile: &TilePlace) -> String {
        self.template
            .replace("{z}", &tile.zoom.to_string())
            .replace("{x}", &tile.column.to_string())
            .replace("{y}", &tile.row.to_string())
    }

    /// Where the tiles come from (`https://tile.example.org`), for the pages'
    /// Content-Security-Policy.
    pub fn origin(&self) -> String {
        let example = self
            .template
            .replace("{z}", "0")
            .replace("{x}", "0")
            .replace("{y}", "0");
        url::Url::parse(&example)
            .map(|url| url.origin().ascii_serialization())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tile_server_is_an_address_with_each_placeholder_and_an_attribution() {
        let layer = TileLayer::parse(
            " https://tile.openstreetmap.org/{z}/{x}/{y}.png ",
            "© OpenStreetMap contributors",
        )
        .unwrap();
        let tile = TilePlace {
            zoom: 15,
            column: 16210,
            row: 10752,
            x: 0.0,
            y: 0.0,
        };
        assert_eq!(
            layer.url(&tile),
            "https://tile.openstreetmap.org/15/16210/10752.png"
        );
        assert_eq!(layer.origin(), "https://tile.openstreetmap.org");
        assert_eq!(
            TileLayer::parse("https://tiles.example/{z}/{x}.png", "©"),
            Err(TileLayerProblem::MissingPlaceholder)
        );
        assert_eq!(
            TileLayer::parse("ftp://tiles.example/{z}/{x}/{y}.png", "©"),
            Err(TileLayerProblem::NotAnAddress)
        );
        assert_eq!(
            TileLayer::parse("https://tiles.example/{z}/{x}/{y}.png", " "),
            Err(TileLayerProblem::NoAttribution)
        );
    }
}
