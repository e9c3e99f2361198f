//! `GET /billing/portal?t=<token>` (and `GET /billing/setup?t=<token>`, the page that
//! confirms a pending SetupIntent: `setup_page`): a long-lived signed link (from a mail, an app) opens
//! the right page of Stripe's customer portal in one click. A portal session dies five
//! minutes after it is created, so the session is created here, at the click, and the
//! browser is sent on to it (`303`). The token is checked, in constant time, before
//! anything else; a bad or expired one never reaches Stripe.
//!
//! Only a click creates a session, as far as one can be told apart cheaply: a `HEAD`
//! (link checkers, some scanners) gets the headers a page has and no body, and a
//! browser's prefetch or prerender (`Sec-Purpose: prefetch…`, `Purpose: prefetch`) a
//! `503`, so neither costs a Stripe call. A scanner that sends a plain GET does open a
//! session: one that dies unused in five minutes, the one side effect a GET may have.

pub mod config;
pub mod session;
pub mod setup_page;

use lambda_http::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use lambda_http::{Body, Request, Response};
use serde::{Deserialize, Serialize};
use stripe_recovery::http::{HttpFunction, html_page, preferred_language};
use stripe_recovery::mail::{Language, PageKind, render_page};
use stripe_recovery::portal::{self, PortalFlow, PortalLink};
use stripe_recovery::signed::{TokenError, TokenSigner};
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient, StripeError};
use stripe_recovery::stripe::error::{ErrorCode, ErrorType};
use stripe_recovery::telemetry::Metrics;
use tokio::time::Instant;

use crate::config::{PortalConfig, PortalSettings, PublishableKey};
use crate::session::SessionParams;
use crate::setup_page::{FetchedIntent, SetupOutcome};

const METRICS: Metrics = Metrics::new("portal-link");

#[derive(Debug)]
pub struct PortalLinkFunction {
    links: TokenSigner,
    stripe: Option<StripeClient>,
    settings: PortalSettings,
    setup_links: Option<TokenSigner>,
    publishable_key: Option<PublishableKey>,
}

/// What the page says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome {
    /// Tampered, foreign or malformed.
    Invalid,
    Expired,
    /// The link's customer no longer exists at Stripe.
    UnknownCustomer,
    /// Stripe failing or unreachable after retries: try again.
    Unavailable,
    /// Stripe refused even the home page (e.g. no portal configuration saved).
    Refused,
    /// Locally, without a Stripe key: what would have been created.
    DryRun,
}

#[derive(Debug, Serialize)]
struct PortalPage {
    outcome: Outcome,
    /// For `DryRun`: the form that would be sent.
    parameters: Vec<(String, String)>,
}

impl PageKind for PortalPage {
    const PAGE: &'static str = "portal-link";
}

#[derive(Debug, Deserialize)]
struct CreatedSession {
    url: String,
}

impl PortalLinkFunction {
    pub fn from_config(config: PortalConfig) -> Self {
        Self {
            links: config.links,
            stripe: config.stripe.map(StripeClient::new),
            settings: config.settings,
            setup_links: config.setup_links,
            publishable_key: config.publishable_key,
        }
    }

    /// Handles one click. Never fails: a redirect or a page (for `HEAD`, its headers).
    pub async fn handle(&self, request: Request, now: i64, deadline: Instant) -> Response<Body> {
        let head = match *request.method() {
            Method::GET => false,
            Method::HEAD => true,
            _ => {
                let mut response = Response::new(Body::Empty);
                *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
                response
                    .headers_mut()
                    .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
                return response;
            }
        };
        if is_prefetch(request.headers()) {
            // Not a 200 "continue" page: a browser would show it at the click, which
            // would then take a second one. A prefetch answered with anything but 2xx is
            // dropped, and the click makes its own request, which opens the portal.
            tracing::info!("prefetch refused: no portal session ahead of a click");
            let mut response = Response::new(Body::Empty);
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            return response;
        }
        let mut response = if request.uri().path().ends_with("/billing/setup") {
            self.open_setup(&request, head, now, deadline).await
        } else {
            self.open(&request, head, now, deadline).await
        };
        if head {
            *response.body_mut() = Body::Empty;
        }
        response
    }

    /// The answer to a GET of the link (`head`: to a HEAD, which never reaches Stripe).
    async fn open(
        &self,
        request: &Request,
        head: bool,
        now: i64,
        deadline: Instant,
    ) -> Response<Body> {
        let token = query_param(request, "t").unwrap_or_default();
        let link = match portal::verify(&self.links, &token, now) {
            Ok(link) => link,
            Err(err) => {
                tracing::info!(reason = %err, "portal link refused");
                METRICS.count("PortalLinkRefused", &[]);
                let (status, outcome) = match err {
                    TokenError::Expired => (StatusCode::GONE, Outcome::Expired),
                    _ => (StatusCode::BAD_REQUEST, Outcome::Invalid),
                };
                return page(
                    status,
                    outcome,
                    preferred_language(request.headers()),
                    vec![],
                );
            }
        };
        let language = match &link.locale {
            Some(locale) => Language::from_locale(Some(locale)),
            None => preferred_language(request.headers()),
        };
        if head {
            // A person's browser never sends HEAD: answer as a page would, without one.
            return html_page(StatusCode::OK, String::new());
        }
        let flow = link.flow.kind().unwrap_or("home");
        let span = tracing::info_span!("portal_link", customer = %link.customer, flow);
        let _entered = span.enter();
        let Some(stripe) = &self.stripe else {
            let params = SessionParams::new(&link, &link.flow, &self.settings, language);
            tracing::info!(
                form = params.to_form(),
                "dry run: no STRIPE_SECRET_KEY, no session created"
            );
            let parameters = form_urlencoded::parse(params.to_form().as_bytes())
                .into_owned()
                .collect();
            return page(StatusCode::OK, Outcome::DryRun, language, parameters);
        };
        let created = match self
            .create(stripe, &link, &link.flow, language, deadline)
            .await
        {
            Err(err) if link.flow != PortalFlow::Home && flow_refused(&err) => {
                // Already canceled, cancellation switched off, … : the home page still
                // lets the customer do what they came for.
                tracing::warn!(error = %err, "Stripe refused the flow; opening the portal's home page");
                METRICS.count("PortalFlowFellBack", &[("Flow", flow)]);
                self.create(stripe, &link, &PortalFlow::Home, language, deadline)
                    .await
            }
            other => other,
        };
        match created {
            Ok(url) => {
                METRICS.count("PortalSessionCreated", &[("Flow", flow)]);
                tracing::info!("portal session created");
                redirect(&url)
            }
            Err(err) => {
                let (status, outcome) = if customer_missing(&err) {
                    (StatusCode::NOT_FOUND, Outcome::UnknownCustomer)
                } else if matches!(
                    &err,
                    StripeError::Api {
                        status: 400..=404,
                        ..
                    }
                ) {
                    (StatusCode::BAD_GATEWAY, Outcome::Refused)
                } else {
                    (StatusCode::SERVICE_UNAVAILABLE, Outcome::Unavailable)
                };
                tracing::error!(error = %err, "no portal session");
                page(status, outcome, language, vec![])
            }
        }
    }

    /// The SetupIntent confirmation page (`setup_page`): the link verified, the
    /// SetupIntent read (a GET, never for a `HEAD`), the page it calls for.
    async fn open_setup(
        &self,
        request: &Request,
        head: bool,
        now: i64,
        deadline: Instant,
    ) -> Response<Body> {
        let browser_language = preferred_language(request.headers());
        let token = query_param(request, "t").unwrap_or_default();
        let verified = match &self.setup_links {
            Some(tokens) => stripe_recovery::setup_link::verify(tokens, &token, now),
            None => Err(TokenError::BadSignature),
        };
        let link = match verified {
            Ok(link) => link,
            Err(err) => {
                tracing::info!(reason = %err, "setup link refused");
                METRICS.count("SetupLinkRefused", &[]);
                let outcome = match err {
                    TokenError::Expired => SetupOutcome::Expired,
                    _ => SetupOutcome::Invalid,
                };
                return setup_page::page(outcome, browser_language, None);
            }
        };
        let language = link.language.unwrap_or(browser_language);
        if head {
            // The headers a page has (`handle` drops the body), without reading Stripe.
            return setup_page::page(SetupOutcome::NothingToDo, language, None);
        }
        let span = tracing::info_span!("setup_link", customer = %link.customer, setup_intent = %link.setup_intent);
        let _entered = span.enter();
        let (Some(stripe), Some(key)) = (&self.stripe, &self.publishable_key) else {
            tracing::warn!(
                "no STRIPE_SECRET_KEY or STRIPE_PUBLISHABLE_KEY: the setup page is unavailable"
            );
            return setup_page::page(SetupOutcome::Unavailable, language, None);
        };
        // A read: the SetupIntent as it is now, with its client secret for this page
        // alone.
        let fetched: Result<FetchedIntent, StripeError> = stripe
            .get(
                &format!("/v1/setup_intents/{}", link.setup_intent),
                deadline,
            )
            .await;
        let intent = match fetched {
            Ok(intent) => Some(intent),
            Err(err @ StripeError::Api { status: 404, .. }) => {
                tracing::warn!(error = %err, "setup intent not found");
                None
            }
            Err(err) => {
                tracing::error!(error = %err, "setup intent not read");
                return setup_page::page(SetupOutcome::Unavailable, language, None);
            }
        };
        let outcome = setup_page::decide(&link, intent.as_ref());
        tracing::info!(outcome = ?outcome, "setup page");
        METRICS.count(
            "SetupPageShown",
            &[("Outcome", setup_outcome_name(outcome))],
        );
        let secret = intent.as_ref().and_then(|i| i.client_secret.as_deref());
        setup_page::page(outcome, language, secret.map(|s| (s, key.as_str())))
    }

    /// A new session on `flow`'s page; each click (and each fallback) its own key, every
    /// retry of one call the same.
    async fn create(
        &self,
        stripe: &StripeClient,
        link: &PortalLink,
        flow: &PortalFlow,
        language: Language,
        deadline: Instant,
    ) -> Result<String, StripeError> {
        let params = SessionParams::new(link, flow, &self.settings, language);
        let session: CreatedSession = stripe
            .post_form(
                "/v1/billing_portal/sessions",
                params.to_form(),
                // Its prefix marks the session as opened through our link in the
                // event Stripe sends of it (the report's clicks).
                &IdempotencyKey::random(portal::SESSION_IDEMPOTENCY_PREFIX),
                deadline,
            )
            .await?;
        Ok(session.url)
    }
}

impl HttpFunction for PortalLinkFunction {
    async fn respond(&self, request: Request, now: i64, deadline: Instant) -> Response<Body> {
        self.handle(request, now, deadline).await
    }
}

fn setup_outcome_name(outcome: SetupOutcome) -> &'static str {
    match outcome {
        SetupOutcome::Confirm => "confirm",
        SetupOutcome::NothingToDo => "nothing_to_do",
        SetupOutcome::Invalid => "invalid",
        SetupOutcome::Expired => "expired",
        SetupOutcome::Unavailable => "unavailable",
    }
}

/// Stripe says the customer does not exist (deleted, or another account's).
fn customer_missing(err: &StripeError) -> bool {
    matches!(err, StripeError::Api { code: Some(ErrorCode::ResourceMissing), param: Some(param), .. } if param == "customer")
}

/// Stripe refused the request, not for want of the customer: with a flow, its
/// preconditions (the subscription canceled or set to cancel, the flow off in the
/// portal's configuration).
fn flow_refused(err: &StripeError) -> bool {
    matches!(
        err,
        StripeError::Api {
            status: 400..=404,
            kind: ErrorType::InvalidRequestError,
            ..
        }
    ) && !customer_missing(err)
}

/// Whether a browser sent the request ahead of a click: `Sec-Purpose: prefetch` (with
/// `;prerender` for a prerender), or the older `Purpose: prefetch`.
fn is_prefetch(headers: &HeaderMap) -> bool {
    const PURPOSE: HeaderName = HeaderName::from_static("purpose");
    const SEC_PURPOSE: HeaderName = HeaderName::from_static("sec-purpose");
    [SEC_PURPOSE, PURPOSE].iter().any(|name| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .any(|item| {
                let token = item.split(';').next().unwrap_or_default();
                token.trim().eq_ignore_ascii_case("prefetch")
            })
    })
}

fn query_param(request: &Request, name: &str) -> Option<String> {
    let query = request.uri().query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

fn redirect(url: &str) -> Response<Body> {
    let mut response = Response::new(Body::Empty);
    *response.status_mut() = StatusCode::SEE_OTHER;
    let headers = response.headers_mut();
    match HeaderValue::from_str(url) {
        Ok(location) => headers.insert(header::LOCATION, location),
        Err(_) => {
            return page(
                StatusCode::BAD_GATEWAY,
                Outcome::Refused,
                Language::En,
                vec![],
            );
        }
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

fn page(
    status: StatusCode,
    outcome: Outcome,
    language: Language,
    parameters: Vec<(String, String)>,
) -> Response<Body> {
    match render_page(
        language,
        &PortalPage {
            outcome,
            parameters,
        },
    ) {
        Ok(html) => html_page(status, html),
        Err(err) => {
            tracing::error!(error = %err, "portal page not rendered");
            html_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "<!DOCTYPE html><title>Error</title><p>Please try again later.</p>".into(),
            )
        }
    }
}
