//! A request id on every request, in its log lines and on its answer (`x-request-id`), so a
//! resident's "it went wrong at 2:05pm" or a proxy's log line leads to the instance's lines. An
//! id the proxy sent (nginx's `$request_id`) is kept; otherwise the instance makes one: its own
//! random prefix, drawn at start, and a count, so ids from two instances never meet and making
//! one costs no system call.

use axum::http::{HeaderValue, Request};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tower_http::request_id::{MakeRequestId, RequestId};

#[derive(Clone)]
pub struct RequestIds {
    instance: Arc<str>,
    next: Arc<AtomicU64>,
}

impl RequestIds {
    pub fn for_this_instance() -> Self {
        let mut random = [0u8; 4];
        // Without the system's randomness the instance could not make its secrets either.
        getrandom::fill(&mut random).expect("the system's random numbers");
        Self {
            instance: format!("{:08x}", u32::from_be_bytes(random)).into(),
            next: Arc::default(),
        }
    }
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let count = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{count}", self.instance))
            .ok()
            .map(RequestId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(ids: &mut RequestIds) -> String {
        let request = Request::new(());
        let made = ids.make_request_id(&request).unwrap();
        made.header_value().to_str().unwrap().to_string()
    }

    #[test]
    fn each_request_gets_an_id_of_its_own_and_instances_never_share_one() {
        let (mut first, mut second) = (
            RequestIds::for_this_instance(),
            RequestIds::for_this_instance(),
        );
        let a = id(&mut first);
        let b = id(&mut first);
        assert_ne!(a, b);
        assert!(a.ends_with("-0") && b.ends_with("-1"), "{a} {b}");
        let other = id(&mut second);
        assert_ne!(a.split('-').next(), other.split('-').next());
    }
}
