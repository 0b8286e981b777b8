//! The Content-Security-Policy of rendered pages (server only): scripts only from the portal
//! itself, with the nonce Leptos gives its inline scripts for this response.

use leptos::prelude::*;

/// The policy for answers that are data (JSON, feeds, calendars), never shown as a page: nothing
/// may load from them or frame them. Short, as it travels with every lookup.
pub const DATA_POLICY: &str = "default-src 'none'; frame-ancestors 'none'";

/// The policy for a response; `tiles` is the origin of the map tile server, if one is
/// configured, from which maps load their images.
pub fn content_security_policy(nonce: Option<&str>, tiles: Option<&str>) -> String {
    let inline_scripts = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    let tile_images = tiles.map(|origin| format!(" {origin}")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{inline_scripts} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:{tile_images}; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Adds the page's policy to the response being rendered.
pub fn send_content_security_policy() {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let nonce = leptos::nonce::use_nonce();
    let tiles = use_context::<crate::state::PortalState>()
        .and_then(|state| state.map_tiles.as_ref().map(|layer| layer.origin()));
    let policy = content_security_policy(
        nonce.as_ref().map(|n| n.as_inner().as_ref()),
        tiles.as_deref(),
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_only_the_portal_and_this_responses_nonce() {
        let policy = content_security_policy(Some("abc123"), None);
        assert!(
            policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"),
            "{policy}"
        );
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(
            content_security_policy(None, None).contains("script-src 'self' 'wasm-unsafe-eval';")
        );
        assert!(
            content_security_policy(None, Some("https://tile.openstreetmap.org"))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;")
        );
    }
}
