//! `GET`, `HEAD` and `POST /unsubscribe?t=<token>`: the link in every promotional mail
//! (body and `List-Unsubscribe`). Only `POST` puts the link's recipient on the
//! suppression list: the one-click unsubscribe of RFC 8058 (`List-Unsubscribe=One-Click`,
//! sent by the mailbox provider), or the button of the page a `GET` shows. A `GET` (a
//! person who clicked the link in the body) only verifies the token and asks, in the
//! mail's language, with a plain HTML form that POSTs to the same URL: link scanners
//! (Safe Links, Proofpoint, Mimecast) fetch every link of a mail at delivery, and must not
//! unsubscribe people who never asked to be. `HEAD` is a `GET` without the page. The token
//! is checked before anything else; a bad or expired one changes nothing.

pub mod config;

use lambda_http::http::{Method, StatusCode, header};
use lambda_http::{Body, Request, Response};
use serde::Serialize;
use stripe_recovery::http::{HttpFunction, html_page, preferred_language};
use stripe_recovery::mail::{Language, PageKind, render_page};
use stripe_recovery::ports::RecipientStore;
use stripe_recovery::signed::{TokenError, TokenSigner};
use stripe_recovery::telemetry::Metrics;
use stripe_recovery::unsubscribe;
use tokio::time::Instant;

use crate::config::UnsubscribeConfig;

const METRICS: Metrics = Metrics::new("unsubscribe");

/// The page's variables: `outcome` picks its text.
#[derive(Debug, Serialize)]
struct UnsubscribePage {
    outcome: Outcome,
}

impl PageKind for UnsubscribePage {
    const PAGE: &'static str = "unsubscribe";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    /// A good link opened (GET): the question, and the button that POSTs.
    Confirm,
    Unsubscribed,
    Invalid,
    Expired,
    Unavailable,
}

#[derive(Debug)]
pub struct Unsubscribe<S> {
    links: TokenSigner,
    store: S,
}

impl<S: RecipientStore> Unsubscribe<S> {
    pub fn from_config(config: UnsubscribeConfig, store: S) -> Self {
        Self {
            links: config.links,
            store,
        }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Handles one request. Never fails: every outcome is a page.
    pub async fn handle(&self, request: Request, now: i64) -> Response<Body> {
        let method = request.method().clone();
        if method != Method::GET && method != Method::HEAD && method != Method::POST {
            let mut response = Response::new(Body::Empty);
            *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
            response.headers_mut().insert(
                header::ALLOW,
                header::HeaderValue::from_static("GET, HEAD, POST"),
            );
            return response;
        }
        // From the URI itself, which both API Gateway's event and the local runner carry.
        let token = request
            .uri()
            .query()
            .and_then(|query| {
                form_urlencoded::parse(query.as_bytes())
                    .find(|(name, _)| name == "t")
                    .map(|(_, value)| value.into_owned())
            })
            .unwrap_or_default();
        let token = token.as_str();
        let (status, outcome, language) = match unsubscribe::verify(&self.links, token, now) {
            // Only asks: a GET changes nothing, whoever sends it.
            Ok((_, language)) if method != Method::POST => {
                (StatusCode::OK, Outcome::Confirm, language)
            }
            Ok((recipient, language)) => match self.store.suppress(&recipient).await {
                Ok(()) => {
                    // `Method` is always POST now; kept, the dashboard's widget searches it.
                    METRICS.count("Unsubscribed", &[("Method", method.as_str())]);
                    tracing::info!("recipient suppressed");
                    (StatusCode::OK, Outcome::Unsubscribed, language)
                }
                Err(err) => {
                    tracing::error!(error = %err, "suppression not recorded");
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        Outcome::Unavailable,
                        language,
                    )
                }
            },
            // The token is not ours or not readable: its language cannot be trusted.
            Err(err) => {
                let language = preferred_language(request.headers());
                tracing::info!(reason = %err, %method, "unsubscribe link refused");
                match err {
                    TokenError::Expired => (StatusCode::GONE, Outcome::Expired, language),
                    _ => (StatusCode::BAD_REQUEST, Outcome::Invalid, language),
                }
            }
        };
        let mut response = page(status, outcome, language);
        if method == Method::HEAD {
            *response.body_mut() = Body::Empty;
        }
        response
    }
}

fn page(status: StatusCode, outcome: Outcome, language: Language) -> Response<Body> {
    match render_page(language, &UnsubscribePage { outcome }) {
        Ok(html) => html_page(status, html),
        Err(err) => {
            tracing::error!(error = %err, "unsubscribe page not rendered");
            html_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "<!DOCTYPE html><title>Error</title><p>Please try again later.</p>".into(),
            )
        }
    }
}

impl<S: RecipientStore> HttpFunction for Unsubscribe<S> {
    async fn respond(&self, request: Request, now: i64, _deadline: Instant) -> Response<Body> {
        self.handle(request, now).await
    }
}
