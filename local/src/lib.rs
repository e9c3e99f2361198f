//! The local runner: the functions' own handlers behind one HTTP server on loopback,
//! with the embedded file store in place of DynamoDB. No AWS, Docker or network.

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use create_session::CreateSession;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use stripe_recovery::adapters::file_store::FileStore;
use stripe_recovery::config::{CheckoutConfig, ConfigError, Env, webhook_secrets};
use stripe_recovery::intake::{Intake, MAX_BODY_BYTES};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::signature::{DEFAULT_TOLERANCE_SECS, WebhookSecret};
use tokio::net::TcpListener;

/// The secret the samples in `events/` are signed with; the local default, so they replay.
pub const SAMPLE_WEBHOOK_SECRET: &str = "whsec_test_sample_events_only";

/// Configuration of the local runner (see the README's table).
#[derive(Debug)]
pub struct LocalConfig {
    pub port: u16,
    pub state_dir: PathBuf,
    /// Whether STRIPE_WEBHOOK_SECRETS was unset and the sample secret is in use.
    pub uses_sample_secret: bool,
    /// Whether `POST /checkout/sessions` is configured.
    pub checkout_enabled: bool,
}

pub struct LocalApp {
    intake: Intake<FileStore>,
    /// Session creation, when STRIPE_SECRET_KEY is set (a test-mode key, or any
    /// `sk_test_…` with STRIPE_API_BASE pointing at a fake).
    checkout: Option<CreateSession>,
}

/// How long a local request may spend on Stripe calls (Lambda's is the invocation's).
const LOCAL_STRIPE_BUDGET: Duration = Duration::from_secs(10);

impl LocalApp {
    pub fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
    ) -> Result<(Self, LocalConfig), ConfigError> {
        let uses_sample_secret = env.optional("STRIPE_WEBHOOK_SECRETS").is_none();
        let secrets = if uses_sample_secret {
            vec![WebhookSecret::parse(SAMPLE_WEBHOOK_SECRET).expect("the sample secret is valid")]
        } else {
            webhook_secrets(env)?
        };
        let tolerance_secs =
            env.parsed_or("STRIPE_WEBHOOK_TOLERANCE_SECS", DEFAULT_TOLERANCE_SECS)?;
        let checkout = match env.optional("STRIPE_SECRET_KEY") {
            None => None,
            Some(_) => {
                let config = CheckoutConfig::from_env(env)?;
                Some(CreateSession {
                    stripe: StripeClient::new(config.stripe),
                    policy: config.policy,
                    allowed_origins: config.allowed_origins,
                })
            }
        };
        let config = LocalConfig {
            port: env.parsed_or("LOCAL_PORT", 3000)?,
            state_dir: env.parsed_or("LOCAL_STATE_DIR", PathBuf::from(".local-state"))?,
            uses_sample_secret,
            checkout_enabled: checkout.is_some(),
        };
        let store =
            FileStore::open(config.state_dir.join("table")).map_err(|e| ConfigError::Invalid {
                var: "LOCAL_STATE_DIR",
                reason: e.to_string(),
            })?;
        let app = Self {
            intake: Intake::new(store, secrets, tolerance_secs),
            checkout,
        };
        Ok((app, config))
    }

    async fn route(&self, request: Request<Incoming>) -> Response<Full<Bytes>> {
        let (parts, body) = request.into_parts();
        let route = match (parts.method.clone(), parts.uri.path()) {
            (Method::POST, "/webhook") => Route::Webhook,
            (Method::POST, "/checkout/sessions") => Route::Checkout,
            (_, "/webhook" | "/checkout/sessions") => {
                return plain(StatusCode::METHOD_NOT_ALLOWED, "use POST");
            }
            _ => {
                return plain(
                    StatusCode::NOT_FOUND,
                    "routes: POST /webhook, POST /checkout/sessions",
                );
            }
        };
        // Read one byte past the limit so the handlers themselves report the oversize body.
        let body = match Limited::new(body, MAX_BODY_BYTES + 1).collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(_) => return plain(StatusCode::PAYLOAD_TOO_LARGE, "body too large"),
        };
        let request = Request::from_parts(parts, lambda_http::Body::from(body.to_vec()));
        let response = match route {
            Route::Webhook => webhook::handle(&self.intake, request, unix_now()).await,
            Route::Checkout => match &self.checkout {
                Some(checkout) => {
                    let deadline = tokio::time::Instant::now() + LOCAL_STRIPE_BUDGET;
                    create_session::handle(checkout, request, unix_now(), deadline).await
                }
                None => {
                    return plain(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "session creation is off: set STRIPE_SECRET_KEY, ALLOWED_PRICES and SUCCESS_URL",
                    );
                }
            },
        };
        response.map(|body| Full::new(Bytes::copy_from_slice(body.as_ref())))
    }
}

enum Route {
    Webhook,
    Checkout,
}

fn plain(status: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// Serves HTTP/1.1 on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, app: Arc<LocalApp>) -> std::io::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        let app = app.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let app = app.clone();
                async move { Ok::<_, Infallible>(app.route(request).await) }
            });
            if let Err(err) = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!(error = %err, "connection closed with an error");
            }
        });
    }
}
