//! What every HTTP function shares: how it is served, JSON bodies, the one error
//! envelope `{"error":{"code","message"}}`, the content-type check and CORS.

use std::future::Future;

use lambda_http::http::{HeaderMap, HeaderValue, StatusCode, header};
use lambda_http::{Body, Request, RequestExt, Response};
use serde_json::json;
use tokio::time::Instant;

/// A function behind the HTTP API. The Lambda runtime (`serve`), the local runner and
/// the tests all call `respond`, so they exercise the same code.
pub trait HttpFunction: Send + Sync {
    /// Answers one request at `now` (unix seconds); work must end by `deadline`. Never
    /// fails: every outcome is a response.
    fn respond(
        &self,
        request: Request,
        now: i64,
        deadline: Instant,
    ) -> impl Future<Output = Response<Body>> + Send;
}

/// Serves `function` on the Lambda runtime (API Gateway HTTP API, payload 2.0).
pub async fn serve<H: HttpFunction>(function: H) -> Result<(), lambda_http::Error> {
    let function = &function;
    lambda_http::run(lambda_http::service_fn(
        move |request: Request| async move {
            let lambda_deadline = request.lambda_context_ref().map(|context| context.deadline);
            let deadline = crate::time::invocation_deadline(lambda_deadline);
            Ok::<_, lambda_http::Error>(
                function
                    .respond(request, crate::time::unix_now(), deadline)
                    .await,
            )
        },
    ))
    .await
}

/// A JSON response.
pub fn json_response(status: StatusCode, body: serde_json::Value) -> Response<Body> {
    let mut response = Response::new(Body::Text(body.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// A page for a person's browser: HTML that no one may cache, frame, or run scripts in,
/// and that sends no Referer onwards (the URL that opened it may carry a token).
pub fn html_page(status: StatusCode, html: String) -> Response<Body> {
    let mut response = Response::new(Body::Text(html));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; img-src https:; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The language a browser asks for first among those we have (`Accept-Language`, in
/// the order sent; browsers send them most preferred first).
pub fn preferred_language(headers: &HeaderMap) -> crate::mail::Language {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let tags: Vec<&str> = accept
        .split(',')
        .map(|tag| tag.split(';').next().unwrap_or_default())
        .take(16)
        .collect();
    crate::mail::Language::resolve(&tags)
}

/// The error envelope: a stable machine-readable `code` and a message for people.
pub fn error_response(status: StatusCode, code: &str, message: &str) -> Response<Body> {
    json_response(status, json!({"error": {"code": code, "message": message}}))
}

/// Whether the request says its body is JSON (`application/json`, any parameters).
pub fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// Makes the response readable by a browser at an allowed `Origin`. API Gateway answers
/// CORS preflights from the template; this header serves the actual response (and the
/// local runner, which has no API Gateway in front).
pub fn allow_origin(allowed: &[String], request: &HeaderMap, response: &mut HeaderMap) {
    let Some(origin) = request.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return;
    };
    if allowed.iter().any(|a| a == origin)
        && let Ok(value) = HeaderValue::from_str(origin)
    {
        response.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        response.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    header::HeaderName::from_static(k),
                    HeaderValue::from_static(v),
                )
            })
            .collect()
    }

    #[test]
    fn json_content_types() {
        let cases = [
            (Some("application/json"), true),
            (Some("application/json; charset=utf-8"), true),
            (Some("Application/JSON"), true),
            (Some("text/plain"), false),
            (Some("application/x-www-form-urlencoded"), false),
            (Some("application/jsonx"), false),
            (None, false),
        ];
        for (content_type, expected) in cases {
            let map = match content_type {
                Some(value) => headers(&[("content-type", value)]),
                None => HeaderMap::new(),
            };
            assert_eq!(is_json(&map), expected, "{content_type:?}");
        }
    }

    #[test]
    fn only_listed_origins_are_allowed() {
        let allowed = vec!["https://shop.example".to_owned()];
        for (origin, expected) in [
            ("https://shop.example", true),
            ("https://evil.example", false),
            ("https://shop.example.evil", false),
        ] {
            let mut response = HeaderMap::new();
            allow_origin(&allowed, &headers(&[("origin", origin)]), &mut response);
            assert_eq!(
                response.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_some(),
                expected,
                "{origin}"
            );
        }
    }

    #[test]
    fn errors_use_the_envelope() {
        let response = error_response(StatusCode::BAD_REQUEST, "invalid_json", "bad");
        assert_eq!(response.status(), 400);
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            HeaderValue::from_static("application/json")
        );
        let body: serde_json::Value = serde_json::from_slice(response.body().as_ref()).unwrap();
        assert_eq!(
            body,
            json!({"error": {"code": "invalid_json", "message": "bad"}})
        );
    }
}
