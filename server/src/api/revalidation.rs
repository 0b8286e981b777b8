//! Lets clients and caches keep the open API's answers and revalidate them: every successful
//! answer carries `Cache-Control` and an `ETag` made from its body, and a request whose
//! `If-None-Match` names the current tag is answered `304 Not Modified` with no body.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Public data that changes when a team updates it: caches may keep it for a minute, then ask.
const CACHE_CONTROL_VALUE: &str = "public, max-age=60";

/// The API's answers are small; anything larger than this is a fault, not an answer.
const LARGEST_ANSWER: usize = 16 * 1024 * 1024;

pub async fn revalidate(request: Request, next: Next) -> Response {
    let if_none_match = request.headers().get(IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match to_bytes(body, LARGEST_ANSWER).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "failed reading an API answer to tag it");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let tag = entity_tag(&bytes);
    parts.headers.insert(ETAG, tag.clone());
    parts
        .headers
        .insert(CACHE_CONTROL, HeaderValue::from_static(CACHE_CONTROL_VALUE));
    if if_none_match.is_some_and(|asked| names(&asked, &tag)) {
        let mut unchanged = StatusCode::NOT_MODIFIED.into_response();
        for name in [ETAG, CACHE_CONTROL] {
            if let Some(value) = parts.headers.remove(&name) {
                unchanged.headers_mut().insert(name, value);
            }
        }
        return unchanged;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// A weak tag (`W/"…"`): the same data compressed differently is still the same data.
fn entity_tag(body: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(body);
    let hash: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("W/\"{hash}\"")).expect("hex digits make a valid header")
}

/// Whether an `If-None-Match` list names `tag` (compared weakly, as RFC 9110 asks) or is `*`.
fn names(asked: &HeaderValue, tag: &HeaderValue) -> bool {
    let Ok(asked) = asked.to_str() else {
        return false;
    };
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let ours = opaque(tag.to_str().unwrap_or_default());
    asked
        .split(',')
        .any(|candidate| candidate.trim() == "*" || opaque(candidate) == ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_named_weakly_in_a_list_or_by_a_star() {
        let tag = entity_tag(b"[]");
        let plain = tag.to_str().unwrap().trim_start_matches("W/").to_string();
        for asked in [
            tag.to_str().unwrap().to_string(),
            plain.clone(),
            format!("\"other\", {plain}"),
            "*".to_string(),
        ] {
            assert!(
                names(&HeaderValue::from_str(&asked).unwrap(), &tag),
                "{asked}"
            );
        }
        assert!(!names(&HeaderValue::from_static("\"other\""), &tag));
        assert_ne!(entity_tag(b"[]"), entity_tag(b"[{}]"));
    }
}
