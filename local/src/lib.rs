//! The local runner: the functions' own handlers behind one HTTP server on loopback,
//! with the embedded file store in place of DynamoDB. No AWS, Docker or network.

pub mod demo;

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use create_session::CreateSession;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use recovery_mailer::{MailerSettings, Outcome, RecoveryMailer};
use setup_intent_canceller::SetupIntentCanceller;
use stripe_recovery::adapters::file_store::FileStore;
use stripe_recovery::adapters::outbox::OutboxMailer;
use stripe_recovery::config::{CheckoutConfig, ConfigError, Env, MailerConfig, webhook_secrets};
use stripe_recovery::inbox::{Consumer, HandledType, InboxItem};
use stripe_recovery::intake::{Intake, MAX_BODY_BYTES};
use stripe_recovery::ports::{Conversion, Inbox, Recorded, StoreError};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::event::Subscription;
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
}

/// The local stand-in for the inbox table's stream: every new inbox item is handed to
/// the consumer task, after intake has answered, as DynamoDB Streams would.
pub struct StreamingInbox {
    store: FileStore,
    stream: tokio::sync::mpsc::UnboundedSender<InboxItem>,
    /// Items sent to the consumers and not yet processed.
    pending: Arc<AtomicUsize>,
}

impl Inbox for StreamingInbox {
    async fn record_new(&self, item: &InboxItem) -> Result<Recorded, StoreError> {
        let recorded = self.store.record_new(item).await?;
        if recorded == Recorded::New {
            self.pending.fetch_add(1, Ordering::SeqCst);
            // The consumer task lives as long as the app; a closed channel means shutdown.
            if self.stream.send(item.clone()).is_err() {
                self.pending.fetch_sub(1, Ordering::SeqCst);
            }
        }
        Ok(recorded)
    }

    async fn event(&self, event_id: &str) -> Result<Option<InboxItem>, StoreError> {
        self.store.event(event_id).await
    }
}

/// What the stream consumers run on: the mailer over the same folder and an outbox.
pub type LocalMailer = RecoveryMailer<FileStore, OutboxMailer>;

/// Sender used locally when SENDER_EMAIL is unset.
pub const LOCAL_SENDER: &str = "Local Shop <shop@example.com>";

pub struct LocalApp {
    intake: Intake<StreamingInbox>,
    /// Session creation, when STRIPE_SECRET_KEY is set (a test-mode key, or any
    /// `sk_test_…` with STRIPE_API_BASE pointing at a fake).
    checkout: Option<CreateSession>,
    /// The stream's receiving end and the consumers, until `start_consumers` takes them.
    consumers:
        std::sync::Mutex<Option<(tokio::sync::mpsc::UnboundedReceiver<InboxItem>, Consumers)>>,
    /// Items recorded and not yet processed by the consumers.
    pending: Arc<AtomicUsize>,
}

/// The stream consumers, as the local runner runs them.
pub struct Consumers {
    pub mailer: LocalMailer,
    /// `None` without STRIPE_SECRET_KEY: cancellations are printed as a dry run.
    pub canceller: Option<SetupIntentCanceller>,
}

/// Runs the consumer the stream filters route `item` to, and says what it did.
async fn consume(consumers: &Consumers, item: &InboxItem) {
    let Some(event_type) = HandledType::parse(&item.event_type) else {
        return;
    };
    let deadline = tokio::time::Instant::now() + LOCAL_STRIPE_BUDGET;
    let said = match event_type.consumer() {
        Consumer::RecoveryMailer => {
            let mailer = &consumers.mailer;
            match mailer.process(item, unix_now(), deadline).await {
                Ok(outcome) => describe_mail(&outcome, mailer.mailer.dir()),
                Err(err) => format!("failed (the stream would retry): {err}"),
            }
        }
        Consumer::SetupIntentCanceller => match &consumers.canceller {
            Some(canceller) => match canceller.process(item, deadline).await {
                Ok(outcome) => format!("{outcome:?}"),
                Err(err) => format!("failed (the stream would retry): {err}"),
            },
            None => dry_run_cancel(item),
        },
    };
    let consumer = match event_type.consumer() {
        Consumer::RecoveryMailer => "recovery-mailer",
        Consumer::SetupIntentCanceller => "setup-intent-canceller",
    };
    println!("  {consumer}: {said}");
}

fn describe_mail(outcome: &Outcome, outbox: &std::path::Path) -> String {
    match outcome {
        Outcome::Sent { message_id } => format!(
            "recovery mail written to {}",
            outbox.join(format!("{message_id}.eml")).display()
        ),
        Outcome::Skipped(reason) => format!("no mail ({reason})"),
        Outcome::Completed {
            conversion: Some(Conversion::Recorded),
        } => "purchase recorded; sale attributed to the recovery mail (conversion recorded)".into(),
        Outcome::Completed {
            conversion: Some(Conversion::AlreadyRecorded),
        } => "purchase recorded; conversion was already recorded".into(),
        Outcome::Completed {
            conversion: Some(Conversion::NotMailed),
        } => "purchase recorded; recovered from a session we did not mail".into(),
        Outcome::Completed { conversion: None } => "purchase recorded".into(),
        Outcome::Ignored => "ignored".into(),
    }
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
        };
        let state_error = |e: &dyn std::fmt::Display| ConfigError::Invalid {
            var: "LOCAL_STATE_DIR",
            reason: e.to_string(),
        };
        let table = config.state_dir.join("table");
        let mailer_config = MailerConfig::from_env(&Env::from_lookup(|name| match name {
            "TABLE_NAME" => Some("local".to_owned()),
            "SENDER_EMAIL" => env.optional(name).or_else(|| Some(LOCAL_SENDER.to_owned())),
            _ => env.optional(name),
        }))?;
        let mailer = RecoveryMailer {
            store: FileStore::open(&table).map_err(|e| state_error(&e))?,
            mailer: OutboxMailer::open(config.state_dir.join("outbox"), mailer_config.sender)
                .map_err(|e| state_error(&e))?,
            stripe: mailer_config.stripe.map(StripeClient::new),
            settings: MailerSettings {
                cooldown_secs: i64::from(mailer_config.cooldown_hours) * 3600,
                promo_code: mailer_config.promo_code,
                unsubscribe_url: mailer_config.unsubscribe_url,
            },
        };
        let canceller = mailer
            .stripe
            .clone()
            .map(|stripe| SetupIntentCanceller { stripe });
        let (stream, items) = tokio::sync::mpsc::unbounded_channel();
        let pending = Arc::new(AtomicUsize::new(0));
        let inbox = StreamingInbox {
            store: FileStore::open(&table).map_err(|e| state_error(&e))?,
            stream,
            pending: pending.clone(),
        };
        let app = Self {
            intake: Intake::new(inbox, secrets, tolerance_secs),
            checkout,
            consumers: std::sync::Mutex::new(Some((items, Consumers { mailer, canceller }))),
            pending,
        };
        Ok((app, config))
    }

    /// Starts the task that plays the stream's consumers, routing each new inbox item as
    /// the template's stream filters do. Call once, inside the runtime.
    pub fn start_consumers(&self) -> tokio::task::JoinHandle<()> {
        let (mut items, consumers) = self
            .consumers
            .lock()
            .expect("not poisoned")
            .take()
            .expect("consumers start once");
        let pending = self.pending.clone();
        tokio::spawn(async move {
            while let Some(item) = items.recv().await {
                consume(&consumers, &item).await;
                pending.fetch_sub(1, Ordering::SeqCst);
            }
        })
    }

    /// Waits until the consumers have processed every item recorded so far.
    pub async fn consumers_idle(&self) {
        while self.pending.load(Ordering::SeqCst) > 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Whether `POST /checkout/sessions` is configured.
    pub fn checkout_enabled(&self) -> bool {
        self.checkout.is_some()
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

/// What the canceller would do, without calling Stripe.
fn dry_run_cancel(item: &InboxItem) -> String {
    let subscription = item
        .object
        .as_deref()
        .map(serde_json::from_str::<Subscription>);
    match subscription {
        Some(Ok(subscription)) => match subscription.pending_setup_intent {
            Some(pending) => format!(
                "would cancel {} (dry run: set STRIPE_SECRET_KEY to call Stripe)",
                pending.id()
            ),
            None => "no pending SetupIntent; nothing to cancel".to_owned(),
        },
        Some(Err(err)) => format!("not a Subscription: {err}"),
        None => "stored without its object; set STRIPE_SECRET_KEY to re-fetch it".to_owned(),
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
