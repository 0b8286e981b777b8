//! The stylesheet and the islands' bundle (JavaScript and WebAssembly), as cargo-leptos built
//! them into `<site root>/pkg`, and the islands' loader made from their names. They are read
//! once at start, compressed once (brotli and gzip), and served from memory under names that
//! carry a hash of their content, so browsers keep them for a year and fetch them again only
//! when they change.

use app::state::AssetUrls;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

/// One file, with its compressed copies.
struct Asset {
    content_type: &'static str,
    plain: Bytes,
    brotli: Bytes,
    gzip: Bytes,
}

#[derive(Clone, Default)]
pub struct SiteAssets {
    /// By the hashed file name under `/pkg/`.
    files: Arc<HashMap<String, Asset>>,
    pub urls: AssetUrls,
}

/// What the site serves, and where cargo-leptos puts each: the stylesheet, the JavaScript glue
/// and the WebAssembly (`portal.wasm` from cargo-leptos, `portal_bg.wasm` from wasm-bindgen).
const KINDS: [(&str, &[&str], &str); 3] = [
    ("css", &["portal.css"], "text/css; charset=utf-8"),
    ("js", &["portal.js"], "text/javascript; charset=utf-8"),
    (
        "wasm",
        &["portal.wasm", "portal_bg.wasm"],
        "application/wasm",
    ),
];

impl SiteAssets {
    /// Reads and compresses the built files. A file that is missing (the integration tests run
    /// without a built site) is logged and left out; its page link then leads nowhere.
    pub fn load(site_root: &std::path::Path) -> Self {
        let pkg = site_root.join("pkg");
        let mut files = HashMap::new();
        let mut urls = AssetUrls::default();
        for (extension, candidates, content_type) in KINDS {
            let found = candidates
                .iter()
                .find_map(|name| std::fs::read(pkg.join(name)).ok());
            let url = match found {
                Some(content) => {
                    let name = hashed_name(&content, extension);
                    let url = format!("/pkg/{name}");
                    files.insert(name, compress(content, content_type));
                    url
                }
                None => {
                    tracing::warn!(folder = %pkg.display(), file = candidates[0], "built file missing; run cargo leptos build");
                    format!("/pkg/{}", candidates[0])
                }
            };
            match extension {
                "css" => urls.stylesheet = url,
                "js" => urls.script = url,
                _ => urls.wasm = url,
            }
        }
        // The islands' loader names the bundle's files by their hashed names, and is named by
        // its own content in turn.
        let loader = app::islands::loader_script(&urls.script, &urls.wasm).into_bytes();
        let name = hashed_name(&loader, "js");
        urls.loader = format!("/pkg/{name}");
        files.insert(name, compress(loader, "text/javascript; charset=utf-8"));
        Self {
            files: Arc::new(files),
            urls,
        }
    }
}

fn hashed_name(content: &[u8], extension: &str) -> String {
    let digest = Sha256::digest(content);
    let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("portal.{hash}.{extension}")
}

fn compress(content: Vec<u8>, content_type: &'static str) -> Asset {
    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 64 * 1024, 11, 22);
        writer
            .write_all(&content)
            .expect("compressing into memory cannot fail");
    }
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&content)
        .expect("compressing into memory cannot fail");
    Asset {
        content_type,
        plain: content.into(),
        brotli: brotli.into(),
        gzip: gzip
            .finish()
            .expect("compressing into memory cannot fail")
            .into(),
    }
}

/// Whether the request's `Accept-Encoding` names `coding` (without `;q=0`).
fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|entry| {
            let mut parts = entry.split(';').map(str::trim);
            parts.next() == Some(coding) && !parts.any(|p| p == "q=0" || p == "q=0.0")
        })
}

/// `GET /pkg/{file}`.
pub async fn serve(
    State(assets): State<SiteAssets>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(asset) = assets.files.get(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (encoding, body) = if accepts(&headers, "br") {
        (Some("br"), asset.brotli.clone())
    } else if accepts(&headers, "gzip") {
        (Some("gzip"), asset.gzip.clone())
    } else {
        (None, asset.plain.clone())
    };
    let mut response = body.into_response();
    let response_headers = response.headers_mut();
    response_headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    response_headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    response_headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(encoding) = encoding {
        response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_with_the_content() {
        assert_eq!(hashed_name(b"a", "css"), hashed_name(b"a", "css"));
        assert_ne!(hashed_name(b"a", "css"), hashed_name(b"b", "css"));
        assert!(hashed_name(b"a", "wasm").starts_with("portal."));
        assert!(hashed_name(b"a", "wasm").ends_with(".wasm"));
    }

    #[test]
    fn the_encoding_is_chosen_from_accept_encoding() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, deflate, br;q=0"),
        );
        assert!(accepts(&headers, "gzip"));
        assert!(!accepts(&headers, "br"));
        assert!(!accepts(&HeaderMap::new(), "gzip"));
    }

    #[test]
    fn compressed_copies_hold_the_same_content() {
        let text = "body { color: #0b0c0c; } ".repeat(100).into_bytes();
        let asset = compress(text.clone(), "text/css");
        let mut unzipped = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&asset.gzip[..]),
            &mut unzipped,
        )
        .unwrap();
        assert_eq!(unzipped, text);
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &asset.brotli[..], &mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, text);
        assert!(asset.brotli.len() < text.len() / 10);
    }
}
