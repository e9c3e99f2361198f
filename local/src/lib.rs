//! The local runner: the functions' own handlers behind one HTTP server on loopback,
//! with the embedded file store in place of DynamoDB. No AWS, Docker or network.

pub mod consent;
pub mod demo;
pub mod help;
pub mod portal_config;
pub mod previews;
pub mod replay;
pub mod report;
pub mod sample_stripe;
pub mod simulate;

use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use billing_recovery::BillingRecovery;
use billing_recovery::config::BillingConfig;
use create_session::CreateSession;
use create_session::config::CheckoutConfig;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use portal_link::PortalLinkFunction;
use portal_link::config::PortalConfig;
use recovery_mailer::RecoveryMailer;
use recovery_mailer::config::MailerConfig;
use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::chat::DeployedAlerts;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::file_store::FileStore;
use stripe_recovery::adapters::outbox::OutboxMailer;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::adapters::sns::FileAlerts;
use stripe_recovery::config::{ConfigError, Env, optional_stripe_config};
use stripe_recovery::http::HttpFunction;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::portal::{
    AfterCompletion, PortalFlow, PortalLink, PortalLinks, ProposedItem, ProposedUpdate,
};
use stripe_recovery::ports::{Inbox, Recorded, StoreError};
use stripe_recovery::stream::{self, StreamConsumer};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::ids::{
    CustomerId, EventId, PriceId, SubscriptionId, SubscriptionItemId,
};
use stripe_recovery::time::{FALLBACK_BUDGET, unix_now};
use tokio::net::TcpListener;
use unsubscribe::Unsubscribe;
use unsubscribe::config::UnsubscribeConfig;
use webhook::Webhook;
use webhook::config::WebhookConfig;
use webhook::intake::MAX_BODY_BYTES;

use crate::sample_stripe::{LocalStripe, SampleObjects};

/// The secret the samples in `events/` are signed with; the local default, so they replay.
pub const SAMPLE_WEBHOOK_SECRET: &str = "whsec_test_sample_events_only";

/// The shop's name locally when SHOP_NAME is unset.
pub const LOCAL_SHOP_NAME: &str = "Local Shop";
/// Sender used locally when SENDER_EMAIL is unset.
pub const LOCAL_SENDER: &str = "Local Shop <shop@example.com>";
/// Transactional sender used locally when BILLING_SENDER_EMAIL is unset.
pub const LOCAL_BILLING_SENDER: &str = "Local Shop Billing <billing@example.com>";
/// Locally, alerts are lines in `<state>/alerts.jsonl`; this stands in for the topic so
/// that BILLING_ALERT_AMOUNTS alone turns them on.
pub const LOCAL_ALERT_TOPIC_ARN: &str = "arn:aws:sns:local:000000000000:alerts-file";
/// Where the local billing consumer reads Stripe's objects without a Stripe key.
pub const LOCAL_STRIPE_OBJECTS: &str = "events/stripe";
/// Local defaults of the link secret and the pepper: fine for a machine's own runs,
/// never for a deployment (the template takes real ones from Secrets Manager).
pub const LOCAL_UNSUBSCRIBE_LINK_SECRET: &str = "local_unsubscribe_link_secret_not_for_production";
pub const LOCAL_RECIPIENT_KEY_PEPPER: &str = "local_recipient_key_pepper_not_for_production";
pub const LOCAL_PORTAL_LINK_SECRET: &str = "local_portal_link_secret_not_for_production";
pub const LOCAL_SETUP_LINK_SECRET: &str = "local_setup_link_secret_not_for_production";

/// `ses-event FILE…`: each file an SNS notification of SES event records (as
/// `events/ses/` holds them), handled by mail-events over the local state's file store
/// with the local (or given) pepper; one summary line per file.
pub async fn ses_event<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
    files: &[String],
) -> Result<(), Box<dyn std::error::Error>> {
    if files.is_empty() || files.iter().any(|f| f.starts_with('-')) {
        return Err(
            "usage: cargo run -p local -- ses-event FILE… (e.g. events/ses/bounce-permanent.json)"
                .into(),
        );
    }
    let state_dir: PathBuf = env.parsed_or("LOCAL_STATE_DIR", PathBuf::from(".local-state"))?;
    let pepper = env
        .optional("RECIPIENT_KEY_PEPPER")
        .unwrap_or_else(|| LOCAL_RECIPIENT_KEY_PEPPER.to_owned());
    let keys = stripe_recovery::recipient::RecipientKeyer::new(&pepper)
        .map_err(|e| format!("RECIPIENT_KEY_PEPPER: {e}"))?;
    let function = mail_events::MailEvents::new(FileStore::open(state_dir.join("table"))?, keys);
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let event: aws_lambda_events::event::sns::SnsEvent = serde_json::from_str(&text)
            // Its position only: serde's message may quote the record, addresses included.
            .map_err(|e| {
                format!(
                    "{file}: not an SNS notification as Lambda gets it (line {}, column {})",
                    e.line(),
                    e.column()
                )
            })?;
        let handled = function
            .handle(&event)
            .await
            .map_err(|e| format!("{file}: {e}"))?;
        println!("{file}: {}", mail_events::summary(&handled));
    }
    Ok(())
}

/// Configuration of the local runner (see docs/src/configuration.md).
#[derive(Debug)]
pub struct LocalConfig {
    pub port: u16,
    pub state_dir: PathBuf,
    /// Whether STRIPE_WEBHOOK_SECRETS and STRIPE_WEBHOOK_SECRET were unset and the
    /// sample secret is in use.
    pub uses_sample_secret: bool,
    /// Whether STRIPE_SECRET_KEY is set: the consumers and portal links call Stripe.
    pub stripe_key: bool,
    /// Without a key, where the consumers read Stripe's objects (LOCAL_STRIPE_OBJECTS).
    pub stripe_objects: Option<PathBuf>,
}

/// What session creation needs; without any of them it is off.
pub const CHECKOUT_NEEDS: [&str; 3] = ["STRIPE_SECRET_KEY", "ALLOWED_PRICES", "SUCCESS_URL"];

/// The variables of `CHECKOUT_NEEDS` that `env` does not set: none when session creation
/// is on.
pub fn checkout_missing<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Vec<&'static str> {
    CHECKOUT_NEEDS
        .into_iter()
        .filter(|var| env.optional(var).is_none())
        .collect()
}

/// The webhook's secrets locally: STRIPE_WEBHOOK_SECRETS (a list, as deployed) and
/// STRIPE_WEBHOOK_SECRET (the one `stripe listen` prints, by the name Stripe's docs
/// give it), either or both; `None` when neither is set.
pub fn local_webhook_secrets<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Option<String> {
    let secrets: Vec<String> = ["STRIPE_WEBHOOK_SECRETS", "STRIPE_WEBHOOK_SECRET"]
        .into_iter()
        .filter_map(|var| env.optional(var))
        .collect();
    (!secrets.is_empty()).then(|| secrets.join(","))
}

/// `env` with the local runner's defaults for what it leaves unset: its own table, the
/// sample webhook secret, a sender, its own routes on `port` and fixed local secrets.
pub fn with_local_defaults<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
    port: u16,
) -> Env<impl Fn(&str) -> Option<String> + '_> {
    let unsubscribe_url = format!("http://127.0.0.1:{port}/unsubscribe");
    let portal_link_url = format!("http://127.0.0.1:{port}/billing/portal");
    let setup_link_url = format!("http://127.0.0.1:{port}/billing/setup");
    let return_url = format!("http://127.0.0.1:{port}/");
    Env::from_lookup(move |name| {
        let default = match name {
            "TABLE_NAME" => return Some("local".to_owned()),
            "STRIPE_WEBHOOK_SECRETS" => {
                return local_webhook_secrets(env).or(Some(SAMPLE_WEBHOOK_SECRET.to_owned()));
            }
            "SENDER_EMAIL" => LOCAL_SENDER,
            "SHOP_NAME" => LOCAL_SHOP_NAME,
            "BILLING_SENDER_EMAIL" => LOCAL_BILLING_SENDER,
            "ALERT_TOPIC_ARN" => LOCAL_ALERT_TOPIC_ARN,
            "UNSUBSCRIBE_URL" => &unsubscribe_url,
            "UNSUBSCRIBE_LINK_SECRET" => LOCAL_UNSUBSCRIBE_LINK_SECRET,
            "RECIPIENT_KEY_PEPPER" => LOCAL_RECIPIENT_KEY_PEPPER,
            "PORTAL_LINK_SECRET" => LOCAL_PORTAL_LINK_SECRET,
            "PORTAL_LINK_URL" => &portal_link_url,
            "PORTAL_RETURN_URL" => &return_url,
            "SETUP_LINK_SECRET" => LOCAL_SETUP_LINK_SECRET,
            "SETUP_LINK_URL" => &setup_link_url,
            _ => return env.optional(name),
        };
        env.optional(name).or_else(|| Some(default.to_owned()))
    })
}

/// `LOCAL_PORT` (default 3000).
pub fn local_port<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<u16, ConfigError> {
    env.parsed_or("LOCAL_PORT", 3000)
}

/// The `portal-link` command: a signed link from its arguments, reading only what
/// minting needs (LOCAL_PORT, PORTAL_LINK_URL, PORTAL_LINK_SECRET, PORTAL_LINK_TTL_DAYS;
/// each with its local default), so it works with any other setting unset.
pub fn portal_link_command<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
    args: &[String],
) -> Result<String, String> {
    let port = local_port(env).map_err(|e| e.to_string())?;
    let links =
        PortalLinks::from_env(&with_local_defaults(env, port)).map_err(|e| e.to_string())?;
    mint_portal_link(&links, args)
}

/// Binds the runner's port on 127.0.0.1, or says what to do when it is taken.
pub async fn bind(port: u16) -> Result<TcpListener, String> {
    TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AddrInUse => format!(
                "127.0.0.1:{port} is in use (another local runner?): stop it, or choose another \
                 port with LOCAL_PORT (e.g. LOCAL_PORT={})",
                port.wrapping_add(1).max(1024)
            ),
            _ => format!("cannot listen on 127.0.0.1:{port} (LOCAL_PORT): {e}"),
        })
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

    async fn event(&self, event_id: &EventId) -> Result<Option<InboxItem>, StoreError> {
        self.store.event(event_id).await
    }
}

/// Declares the stream consumers once, each as the local runner builds it (file store,
/// outbox) `=>` as its Lambda builds it (AWS adapters): the struct that holds the local
/// ones, the routing of each inbox item to every consumer that handles its type (as the
/// template's stream filters route it), the list the template routing test checks the
/// template against, and `replay`, which runs a consumer's dead-letter queue again.
macro_rules! stream_consumers {
    ($($field:ident: $consumer:ty => $deployed:ty),* $(,)?) => {
        /// The stream consumers, as the local runner runs them.
        pub struct Consumers {
            $(pub $field: $consumer,)*
        }

        /// (name, handled types) of every stream consumer.
        pub const STREAM_CONSUMERS: &[(&str, &[HandledType])] = &[
            $((<$consumer as StreamConsumer>::NAME, <$consumer as StreamConsumer>::HANDLES),)*
        ];

        // The local and the Lambda build are one consumer: same name, same types.
        $(const _: () = assert!(
            same_consumer::<$consumer, $deployed>(),
            "a consumer's local and Lambda types must have the same NAME and HANDLES"
        );)*

        impl Consumers {
            async fn consume(
                &self,
                journal: &FileStore,
                item: &InboxItem,
                now: i64,
                transcript: &Transcript,
            ) {
                $(if let Some(line) = deliver(&self.$field, journal, item, now).await {
                    transcript.say(line);
                })*
            }
        }

        /// Replays the dead-letter queue of the consumer named `name`, built as its Lambda
        /// builds it from `env` and `aws` (see `replay`). Prints through `out`.
        pub async fn replay_queue<F: Fn(&str) -> Option<String>>(
            name: &str,
            env: &Env<F>,
            aws: &aws_config::SdkConfig,
            options: &replay::ReplayOptions,
            out: &mut (dyn FnMut(&str) + Send),
        ) -> Result<replay::Summary, replay::ReplayError> {
            let names: Vec<&str> = STREAM_CONSUMERS.iter().map(|(name, _)| *name).collect();
            $(if name == <$deployed as StreamConsumer>::NAME {
                return replay::run_deployed::<$deployed, F>(env, aws, &names, options, out).await;
            })*
            Err(replay::ReplayError::UnknownConsumer {
                name: name.to_owned(),
                known: names.join(", "),
            })
        }
    };
}

stream_consumers! {
    mailer: RecoveryMailer<FileStore, OutboxMailer, LocalStripe> => RecoveryMailer<DynamoStore, SesMailer>,
    canceller: SetupIntentCanceller => SetupIntentCanceller,
    billing: BillingRecovery<FileStore, OutboxMailer, LocalStripe, FileAlerts>
        => BillingRecovery<DynamoStore, SesMailer, StripeClient, DeployedAlerts>,
}

/// Whether two consumer types are one consumer: the same `NAME` and `HANDLES`.
const fn same_consumer<A: StreamConsumer, B: StreamConsumer>() -> bool {
    const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let (a, b) = (A::HANDLES, B::HANDLES);
    if !same_bytes(A::NAME.as_bytes(), B::NAME.as_bytes()) || a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !same_bytes(a[i].as_str().as_bytes(), b[i].as_str().as_bytes()) {
            return false;
        }
        i += 1;
    }
    true
}

/// Runs `consumer` on `item` if it handles its type, through the stream runner (journaled
/// as on Lambda), and says what it did.
async fn deliver<C: StreamConsumer>(
    consumer: &C,
    journal: &FileStore,
    item: &InboxItem,
    now: i64,
) -> Option<String> {
    if !C::HANDLES.contains(&item.event_type) {
        return None;
    }
    let deadline = tokio::time::Instant::now() + FALLBACK_BUDGET;
    let said = match stream::process_journaled(consumer, journal, item, now, deadline).await {
        Ok(Some(outcome)) => outcome.to_string(),
        Ok(None) => return None,
        Err(err) => format!("failed (the stream would retry): {err}"),
    };
    Some(format!("  {}: {said}", C::NAME))
}

/// The local runner's clock for the consumers and the scheduler: the real one, plus what
/// `advance_clock` added (the demo shows a sequence's later steps without waiting days).
#[derive(Clone, Default)]
pub struct LocalClock(Arc<std::sync::atomic::AtomicI64>);

impl LocalClock {
    pub fn now(&self) -> i64 {
        unix_now() + self.0.load(Ordering::SeqCst)
    }

    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

/// How often the local runner sweeps its scheduler (`LOCAL_SWEEP_SECS`).
pub const LOCAL_SWEEP_SECS: u64 = 5;

/// What the consumers say: printed at once, or held while `held` is `Some` (the demo
/// prints them after the line of the request that caused them).
#[derive(Clone, Default)]
struct Transcript {
    held: Arc<std::sync::Mutex<Option<Vec<String>>>>,
}

impl Transcript {
    fn say(&self, line: String) {
        match &mut *self.held.lock().expect("not poisoned") {
            Some(lines) => lines.push(line),
            None => println!("{line}"),
        }
    }
}

/// The stream's receiving end, the consumers and their journal.
type ConsumerTask = (
    tokio::sync::mpsc::UnboundedReceiver<InboxItem>,
    Consumers,
    FileStore,
);

pub struct LocalApp {
    webhook: Webhook<StreamingInbox>,
    unsubscribe: Unsubscribe<FileStore>,
    /// `GET /billing/portal`: a dry run without STRIPE_SECRET_KEY.
    portal: PortalLinkFunction,
    /// Mints the links `portal` opens (`portal-link` command).
    portal_links: PortalLinks,
    /// Session creation, when STRIPE_SECRET_KEY, ALLOWED_PRICES and SUCCESS_URL are set
    /// (a test-mode key, or any `sk_test_…` with STRIPE_API_BASE pointing at a fake).
    checkout: Checkout,
    /// The stream's receiving end, the consumers and their journal (as each Lambda keeps
    /// it in the table), until `start_consumers` takes them.
    consumers: std::sync::Mutex<Option<ConsumerTask>>,
    /// The stream's sending end, for the jobs the scheduler fires.
    stream: tokio::sync::mpsc::UnboundedSender<InboxItem>,
    /// The scheduler's jobs (the file store), swept every `LOCAL_SWEEP_SECS`.
    jobs: FileStore,
    clock: LocalClock,
    /// Items recorded and not yet processed by the consumers.
    pending: Arc<AtomicUsize>,
    transcript: Transcript,
}

impl LocalApp {
    /// Every function built by its own constructor from its own configuration, over the
    /// file store and the outbox. Locally some variables have defaults (the table, the
    /// sample webhook secret, the sender).
    pub fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
    ) -> Result<(Self, LocalConfig), ConfigError> {
        let uses_sample_secret = local_webhook_secrets(env).is_none();
        let port = local_port(env)?;
        let checkout_missing = checkout_missing(env);
        let env = with_local_defaults(env, port);
        let stripe_key = env.optional("STRIPE_SECRET_KEY").is_some();
        let stripe_objects = match stripe_key {
            true => None,
            false => {
                Some(env.parsed_or("LOCAL_STRIPE_OBJECTS", PathBuf::from(LOCAL_STRIPE_OBJECTS))?)
            }
        };
        let config = LocalConfig {
            port,
            state_dir: env.parsed_or("LOCAL_STATE_DIR", PathBuf::from(".local-state"))?,
            uses_sample_secret,
            stripe_key,
            stripe_objects: stripe_objects.clone(),
        };
        let state_error = |e: &dyn std::fmt::Display| ConfigError::Invalid {
            var: "LOCAL_STATE_DIR",
            reason: e.to_string(),
        };
        let table = config.state_dir.join("table");
        let store = || FileStore::open(&table).map_err(|e| state_error(&e));

        // On with all three of its settings, then checked as deployed; off, it says which
        // are missing (a test-mode key alone starts the runner).
        let checkout = match checkout_missing.as_slice() {
            [] => Checkout::On(Box::new(CreateSession::from_config(
                CheckoutConfig::from_env(&env)?,
                store()?,
            ))),
            _ => Checkout::Off(checkout_missing),
        };
        let mailer_config = MailerConfig::from_env(&env)?;
        let outbox = OutboxMailer::open(
            config.state_dir.join("outbox"),
            mailer_config.sender.clone(),
        )
        .map_err(|e| state_error(&e))?;
        let billing_config = BillingConfig::from_env(&env)?;
        let billing_outbox = OutboxMailer::open(
            config.state_dir.join("outbox"),
            billing_config.sender.clone(),
        )
        .map_err(|e| state_error(&e))?;
        // With a key, the consumers read Stripe as deployed; without one, the sample
        // objects (the billing objects, the sample cart's line items).
        let stripe = match (optional_stripe_config(&env)?, stripe_objects) {
            (Some(stripe), _) => LocalStripe::Api(StripeClient::new(stripe)),
            (None, objects) => LocalStripe::Samples(SampleObjects::new(
                objects.unwrap_or_else(|| PathBuf::from(LOCAL_STRIPE_OBJECTS)),
            )),
        };
        let consumers = Consumers {
            mailer: RecoveryMailer::from_config(
                mailer_config,
                store()?,
                outbox,
                Some(stripe.clone()),
            ),
            canceller: SetupIntentCanceller::from_config(CancellerConfig {
                stripe: optional_stripe_config(&env)?,
            }),
            billing: BillingRecovery::from_config(
                billing_config,
                store()?,
                billing_outbox,
                stripe,
                FileAlerts::new(config.state_dir.join("alerts.jsonl")),
            ),
        };
        let (stream, items) = tokio::sync::mpsc::unbounded_channel();
        let pending = Arc::new(AtomicUsize::new(0));
        let inbox = StreamingInbox {
            store: store()?,
            stream: stream.clone(),
            pending: pending.clone(),
        };
        let app = Self {
            webhook: Webhook::from_config(WebhookConfig::from_env(&env)?, inbox),
            unsubscribe: Unsubscribe::from_config(UnsubscribeConfig::from_env(&env)?, store()?),
            portal: PortalLinkFunction::from_config(PortalConfig::from_env(&env)?),
            portal_links: PortalLinks::from_env(&env)?,
            checkout,
            consumers: std::sync::Mutex::new(Some((items, consumers, store()?))),
            stream,
            jobs: store()?,
            clock: LocalClock::default(),
            pending,
            transcript: Transcript::default(),
        };
        Ok((app, config))
    }

    /// Starts the task that plays the stream's consumers. Call once, inside the runtime.
    pub fn start_consumers(&self) -> tokio::task::JoinHandle<()> {
        let (mut items, consumers, journal) = self
            .consumers
            .lock()
            .expect("not poisoned")
            .take()
            .expect("consumers start once");
        let pending = self.pending.clone();
        let transcript = self.transcript.clone();
        let clock = self.clock.clone();
        tokio::spawn(async move {
            while let Some(item) = items.recv().await {
                consumers
                    .consume(&journal, &item, clock.now(), &transcript)
                    .await;
                pending.fetch_sub(1, Ordering::SeqCst);
            }
        })
    }

    /// The local runner's clock (the consumers' and the scheduler's).
    pub fn clock(&self) -> &LocalClock {
        &self.clock
    }

    /// One sweep of the scheduler at the local clock: every job that is due fires, and
    /// its inbox item goes to the consumers, as the table's stream would carry it. How
    /// many fired.
    pub async fn sweep(&self) -> Result<usize, StoreError> {
        let deadline = tokio::time::Instant::now() + FALLBACK_BUDGET;
        let swept =
            stripe_recovery::schedule::sweep(&self.jobs, self.clock.now(), deadline).await?;
        for item in &swept.fired {
            self.pending.fetch_add(1, Ordering::SeqCst);
            if self.stream.send(item.clone()).is_err() {
                self.pending.fetch_sub(1, Ordering::SeqCst);
            }
        }
        Ok(swept.fired.len())
    }

    /// Waits until the consumers have processed every item recorded so far.
    pub async fn consumers_idle(&self) {
        while self.pending.load(Ordering::SeqCst) > 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Holds what the consumers say until `print_held_output`.
    pub fn hold_consumer_output(&self) {
        *self.transcript.held.lock().expect("not poisoned") = Some(Vec::new());
    }

    /// Prints what the consumers said while held.
    pub fn print_held_output(&self) {
        let mut held = self.transcript.held.lock().expect("not poisoned");
        for line in held.iter_mut().flat_map(std::mem::take) {
            println!("{line}");
        }
    }

    /// A portal link from the `portal-link` command's arguments (`mint_portal_link`).
    pub fn mint_portal_link(&self, args: &[String]) -> Result<String, String> {
        mint_portal_link(&self.portal_links, args)
    }

    /// Whether `POST /checkout/sessions` is configured.
    pub fn checkout_enabled(&self) -> bool {
        matches!(self.checkout, Checkout::On(_))
    }

    /// Why session creation is off: the variables of `CHECKOUT_NEEDS` not set (empty
    /// when it is on).
    pub fn checkout_missing(&self) -> &[&'static str] {
        match &self.checkout {
            Checkout::On(_) => &[],
            Checkout::Off(missing) => missing,
        }
    }

    async fn route(&self, request: Request<Incoming>) -> Response<Full<Bytes>> {
        let (parts, body) = request.into_parts();
        let route = match (parts.method.clone(), parts.uri.path()) {
            (Method::POST, "/webhook") => Route::Webhook,
            (Method::POST, "/checkout/sessions") => Route::Checkout,
            // As the functions answer them (HEAD never changes anything, GET only asks).
            (Method::GET | Method::HEAD | Method::POST, "/unsubscribe") => Route::Unsubscribe,
            (Method::GET | Method::HEAD, "/billing/portal" | "/billing/setup") => Route::Portal,
            (_, "/webhook" | "/checkout/sessions") => {
                return plain(StatusCode::METHOD_NOT_ALLOWED, "use POST");
            }
            _ => {
                return plain(
                    StatusCode::NOT_FOUND,
                    "routes: POST /webhook, POST /checkout/sessions, GET|HEAD|POST /unsubscribe, GET|HEAD /billing/portal, GET|HEAD /billing/setup",
                );
            }
        };
        // Read one byte past the limit so the handlers themselves report the oversize body.
        let body = match Limited::new(body, MAX_BODY_BYTES + 1).collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(_) => return plain(StatusCode::PAYLOAD_TOO_LARGE, "body too large"),
        };
        let request = Request::from_parts(parts, lambda_http::Body::from(body.to_vec()));
        let deadline = tokio::time::Instant::now() + FALLBACK_BUDGET;
        let response = match route {
            Route::Webhook => self.webhook.respond(request, unix_now(), deadline).await,
            Route::Unsubscribe => {
                self.unsubscribe
                    .respond(request, unix_now(), deadline)
                    .await
            }
            Route::Portal => self.portal.respond(request, unix_now(), deadline).await,
            Route::Checkout => match &self.checkout {
                Checkout::On(checkout) => checkout.respond(request, unix_now(), deadline).await,
                Checkout::Off(missing) => {
                    let body = serde_json::json!({"error": {
                        "code": "session_creation_off",
                        "message": session_creation_off(missing),
                    }});
                    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
                    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
                    response.headers_mut().insert(
                        hyper::header::CONTENT_TYPE,
                        hyper::header::HeaderValue::from_static("application/json"),
                    );
                    return response;
                }
            },
        };
        response.map(|body| Full::new(Bytes::copy_from_slice(body.as_ref())))
    }
}

/// `POST /checkout/sessions`, on or off.
enum Checkout {
    On(Box<CreateSession<FileStore>>),
    /// Off: the variables of `CHECKOUT_NEEDS` not set.
    Off(Vec<&'static str>),
}

/// Why session creation is off and how to turn it on: the same words at startup and in
/// the route's 503.
pub fn session_creation_off(missing: &[&str]) -> String {
    let examples: Vec<String> = missing
        .iter()
        .map(|var| match stripe_recovery::config::variable(var) {
            Some(variable) => format!("{var}={}", variable.example),
            None => (*var).to_owned(),
        })
        .collect();
    format!(
        "session creation is off: {} not set (it needs STRIPE_SECRET_KEY, ALLOWED_PRICES and \
         SUCCESS_URL; e.g. {})",
        missing.join(", "),
        examples.join(" ")
    )
}

enum Route {
    Webhook,
    Checkout,
    Unsubscribe,
    Portal,
}

fn plain(status: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response
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

/// A portal link from the `portal-link` command's arguments:
/// `cus_… [--flow payment_method_update|subscription_cancel|subscription_update|
/// subscription_update_confirm] [--subscription sub_…] [--item si_…=price_…[*qty] |
/// --item si_…*qty]… [--coupon C] [--after redirect|hosted_confirmation|portal_homepage]
/// [--locale ja]`.
pub fn mint_portal_link(links: &PortalLinks, args: &[String]) -> Result<String, String> {
    let mut customer = None;
    let (mut flow, mut subscription, mut locale) = (None, None, None);
    let (mut items, mut coupon, mut after) = (Vec::new(), None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--flow" => flow = Some(value("--flow")?),
            "--subscription" => subscription = Some(value("--subscription")?),
            "--locale" => locale = Some(value("--locale")?),
            "--item" => items.push(proposed_item(&value("--item")?)?),
            "--coupon" => coupon = Some(value("--coupon")?),
            "--after" => after = Some(value("--after")?),
            id if customer.is_none() && !id.starts_with("--") => customer = Some(id.to_owned()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let customer = customer.ok_or(
        "usage: portal-link cus_… [--flow F] [--subscription sub_…] [--item si_…=price_…*2] [--coupon C] [--after A] [--locale L]",
    )?;
    let customer = CustomerId::parse(&customer)
        .map_err(|_| format!("{customer:?} is not a customer id (cus_…)"))?;
    let subscription = subscription
        .map(|s| {
            SubscriptionId::parse(&s).map_err(|_| format!("{s:?} is not a subscription id (sub_…)"))
        })
        .transpose()?;
    let flow = match (flow.as_deref(), subscription) {
        (Some("subscription_update_confirm"), Some(subscription)) => {
            PortalFlow::SubscriptionUpdateConfirm(
                ProposedUpdate::new(subscription, items, coupon).map_err(|e| e.to_string())?,
            )
        }
        (kind, subscription) => {
            if !items.is_empty() || coupon.is_some() {
                return Err(
                    "--item and --coupon are for --flow subscription_update_confirm".into(),
                );
            }
            PortalFlow::from_parts(kind, subscription).map_err(|e| e.to_string())?
        }
    };
    let after = after
        .as_deref()
        .map(AfterCompletion::parse)
        .transpose()
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let link = PortalLink::new(customer, flow, locale).map_err(|e| e.to_string())?;
    Ok(links.link(&link.ending_with(after), unix_now()))
}

/// An `--item` of `portal-link`: `si_…=price_…`, `si_…*3` or `si_…=price_…*3`.
fn proposed_item(value: &str) -> Result<ProposedItem, String> {
    let (rest, quantity) = match value.split_once('*') {
        Some((rest, quantity)) => {
            let quantity = quantity
                .parse::<u32>()
                .map_err(|_| format!("--item {value:?}: {quantity:?} is not a quantity"))?;
            (rest, Some(quantity))
        }
        None => (value, None),
    };
    let (id, price) = match rest.split_once('=') {
        Some((id, price)) => (
            id,
            Some(
                PriceId::parse(price)
                    .map_err(|_| format!("--item {value:?}: {price:?} is not a price id"))?,
            ),
        ),
        None => (rest, None),
    };
    let id = SubscriptionItemId::parse(id)
        .map_err(|_| format!("--item {value:?}: {id:?} is not a subscription item id (si_…)"))?;
    Ok(ProposedItem {
        id,
        price,
        quantity,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::Mutex;

    use stripe_recovery::config::{VARIABLES, stripe_config};

    use super::*;

    /// The names an `Env` was asked for.
    type Names = Arc<Mutex<BTreeSet<String>>>;

    /// The table's example values, less `unset`, with `LOCAL_STATE_DIR` in `state`; and the
    /// names every lookup asked for.
    fn examples(
        unset: &[&str],
        state: &std::path::Path,
    ) -> (Env<impl Fn(&str) -> Option<String> + use<>>, Names) {
        let read = Arc::new(Mutex::new(BTreeSet::new()));
        let seen = read.clone();
        let unset: Vec<String> = unset.iter().map(|s| s.to_string()).collect();
        let state = state.to_str().unwrap().to_owned();
        let env = Env::from_lookup(move |name: &str| {
            seen.lock().unwrap().insert(name.to_owned());
            if unset.iter().any(|u| u == name) {
                return None;
            }
            if name == "LOCAL_STATE_DIR" {
                return Some(state.clone());
            }
            stripe_recovery::config::variable(name).map(|v| v.value.to_owned())
        });
        (env, read)
    }

    fn names(read: &Names) -> BTreeSet<String> {
        read.lock().unwrap().clone()
    }

    /// SES's samples through `ses-event`: the bounced address suppressed and marked, the
    /// complainer suppressed, both recorded once for the report however often given.
    #[tokio::test]
    async fn ses_event_files_suppress_and_record_in_the_local_state() {
        use stripe_recovery::ports::RecipientStore;
        let state = tempfile::tempdir().unwrap();
        let dir = state.path().to_str().unwrap().to_owned();
        let env = Env::from_pairs([("LOCAL_STATE_DIR", dir.as_str())]);
        let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/../events/ses");
        let files = [
            format!("{samples}/bounce-permanent.json"),
            format!("{samples}/complaint.json"),
            format!("{samples}/bounce-permanent.json"),
        ];
        ses_event(&env, &files).await.unwrap();
        let store = FileStore::open(state.path().join("table")).unwrap();
        let keys =
            stripe_recovery::recipient::RecipientKeyer::new(LOCAL_RECIPIENT_KEY_PEPPER).unwrap();
        let recipient = store
            .recipient_state(&keys.key("recipient@example.com"))
            .await
            .unwrap();
        assert!(
            recipient.suppressed && recipient.hard_bounced,
            "{recipient:?}"
        );
        let records = std::fs::read_dir(state.path().join("table"))
            .unwrap()
            .filter(|entry| {
                entry
                    .as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with("mailevent")
            })
            .count();
        assert_eq!(records, 2, "the bounce once, the complaint once");

        let err = ses_event(&env, &[]).await.unwrap_err().to_string();
        assert!(err.starts_with("usage:"), "{err}");
        let not_sns = format!("{samples}/../../Cargo.toml");
        let err = ses_event(&env, &[not_sns]).await.unwrap_err().to_string();
        assert!(err.contains("not an SNS notification"), "{err}");
    }

    /// Every reader of every function (as its `main` calls it), the local runner and its
    /// commands: each succeeds with only the table's examples set, so every variable
    /// read has an entry with a valid example; and every entry is read by one of them.
    #[test]
    fn every_reader_accepts_the_examples_and_every_entry_is_read() {
        let state = tempfile::tempdir().unwrap();
        let (env, read) = examples(&[], state.path());
        let name = |what: &str, result: Result<(), ConfigError>| {
            if let Err(err) = result {
                panic!("{what} refuses the examples: {err}");
            }
        };
        name("webhook", WebhookConfig::from_env(&env).map(drop));
        name("create-session", CheckoutConfig::from_env(&env).map(drop));
        name("recovery-mailer", MailerConfig::from_env(&env).map(drop));
        name(
            "setup-intent-canceller",
            CancellerConfig::from_env(&env)
                .and_then(|_| env.required("TABLE_NAME"))
                .map(drop),
        );
        name("unsubscribe", UnsubscribeConfig::from_env(&env).map(drop));
        name("portal-link", PortalConfig::from_env(&env).map(drop));
        name(
            "portal-config",
            ::portal_config::config::PortalConfigConfig::from_env(&env).map(drop),
        );
        name(
            "billing-recovery",
            BillingConfig::from_env(&env)
                .and_then(|_| stripe_config(&env))
                .map(drop),
        );
        name("scheduler", env.required("TABLE_NAME").map(drop));
        name(
            "mail-events",
            mail_events::config::MailEventsConfig::from_env(&env).map(drop),
        );
        name(
            "local portal-config",
            ::portal_config::settings::PortalSettings::read(
                |name| env.optional(name),
                ::portal_config::settings::Naming::Env,
            )
            .map(drop),
        );
        name("local server", LocalApp::from_env(&env).map(drop));
        simulate::from_stripe::stripe_access(&env).unwrap();
        portal_link_command(&env, &["cus_QXg1o8vcGmoR32".to_owned()]).unwrap();
        // Without a key, the local runner reads Stripe's objects from files.
        let (keyless, keyless_read) = examples(&["STRIPE_SECRET_KEY"], state.path());
        name(
            "local server without a key",
            LocalApp::from_env(&keyless).map(drop),
        );

        let mut read = names(&read);
        read.extend(names(&keyless_read));
        let stale: Vec<&str> = VARIABLES
            .iter()
            .map(|v| v.name)
            .filter(|name| !read.contains(*name))
            .collect();
        assert!(
            stale.is_empty(),
            "in the table, read by no reader: {stale:?}"
        );
        let unlisted: Vec<&String> = read
            .iter()
            .filter(|name| stripe_recovery::config::variable(name).is_none())
            .collect();
        assert!(unlisted.is_empty(), "read, not in the table: {unlisted:?}");
    }

    /// `--help` lists what the server and `portal-link` read: exactly that.
    #[test]
    fn the_help_lists_what_the_server_and_portal_link_read() {
        let state = tempfile::tempdir().unwrap();
        let listed = |vars: &[&str]| vars.iter().map(|v| v.to_string()).collect::<BTreeSet<_>>();
        let (env, read) = examples(&[], state.path());
        LocalApp::from_env(&env).unwrap();
        let (keyless, keyless_read) = examples(&["STRIPE_SECRET_KEY"], state.path());
        LocalApp::from_env(&keyless).unwrap();
        let mut server = names(&read);
        server.extend(names(&keyless_read));
        assert_eq!(server, listed(help::SERVER_VARIABLES));
        let (env, read) = examples(&[], state.path());
        portal_link_command(&env, &["cus_QXg1o8vcGmoR32".to_owned()]).unwrap();
        assert_eq!(names(&read), listed(help::PORTAL_LINK_VARIABLES));
        let text = help::text();
        for (command, _, vars) in help::COMMANDS {
            assert!(text.contains(command), "{command}");
            for var in *vars {
                assert!(
                    text.contains(&format!("{var}=")),
                    "{var}: an example in --help"
                );
            }
        }
    }

    /// A key alone starts the runner: session creation is off and says what it needs.
    #[test]
    fn a_test_mode_key_alone_starts_the_runner_with_session_creation_off() {
        let state = tempfile::tempdir().unwrap();
        let dir = state.path().to_str().unwrap().to_owned();
        let env = Env::from_pairs([
            ("STRIPE_SECRET_KEY", "sk_test_51OnlyAKey"),
            ("LOCAL_STATE_DIR", dir.as_str()),
        ]);
        let (app, config) = LocalApp::from_env(&env).unwrap();
        assert!(!app.checkout_enabled());
        assert_eq!(app.checkout_missing(), ["ALLOWED_PRICES", "SUCCESS_URL"]);
        assert!(config.stripe_key && config.stripe_objects.is_none());
        let said = help::startup(&app, &config, "127.0.0.1:3000".parse().unwrap(), false);
        assert!(
            said.contains("POST /checkout/sessions    off (503 session_creation_off): ALLOWED_PRICES, SUCCESS_URL not set"),
            "{said}"
        );
        assert!(said.contains("e.g. ALLOWED_PRICES=price_"), "{said}");
        assert!(!said.contains("sk_test_51OnlyAKey"), "{said}");
        // Set but wrong, it is refused at start, naming the variable.
        let env = Env::from_pairs([
            ("STRIPE_SECRET_KEY", "sk_test_51OnlyAKey"),
            ("ALLOWED_PRICES", "tshirt"),
            ("SUCCESS_URL", "https://shop.example/thanks"),
            ("LOCAL_STATE_DIR", dir.as_str()),
        ]);
        let err = LocalApp::from_env(&env).err().unwrap().to_string();
        assert!(
            err.starts_with("configuration: ALLOWED_PRICES is invalid:"),
            "{err}"
        );
    }

    #[test]
    fn the_webhook_secret_stripe_listen_prints_is_honoured_beside_the_list() {
        let env = |pairs: &[(&'static str, &'static str)]| Env::from_pairs(pairs.iter().copied());
        assert_eq!(local_webhook_secrets(&env(&[])), None);
        assert_eq!(
            local_webhook_secrets(&env(&[("STRIPE_WEBHOOK_SECRET", "whsec_cli")])).as_deref(),
            Some("whsec_cli")
        );
        assert_eq!(
            local_webhook_secrets(&env(&[
                ("STRIPE_WEBHOOK_SECRETS", "whsec_a,whsec_b"),
                ("STRIPE_WEBHOOK_SECRET", "whsec_cli"),
            ]))
            .as_deref(),
            Some("whsec_a,whsec_b,whsec_cli")
        );
    }

    #[tokio::test]
    async fn a_taken_port_says_so_and_how_to_choose_another() {
        let taken = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = taken.local_addr().unwrap().port();
        let err = bind(port).await.unwrap_err();
        assert!(
            err.contains(&format!("127.0.0.1:{port} is in use")),
            "{err}"
        );
        assert!(err.contains("LOCAL_PORT"), "{err}");
    }

    #[test]
    fn the_demo_runs_without_stripe_whatever_the_shell_sets() {
        let shell = Env::from_pairs([
            ("STRIPE_SECRET_KEY", "sk_test_51Shell"),
            ("STRIPE_WEBHOOK_SECRET", "whsec_shell"),
            ("LOCAL_STATE_DIR", "/tmp/x"),
        ]);
        let env = demo::env(&shell);
        assert_eq!(env.optional("STRIPE_SECRET_KEY"), None);
        assert_eq!(env.optional("STRIPE_WEBHOOK_SECRET"), None);
        assert_eq!(env.optional("LOCAL_PORT").as_deref(), Some("0"));
        assert_eq!(env.optional("LOCAL_STATE_DIR").as_deref(), Some("/tmp/x"));
        assert_eq!(
            demo::ignored(&shell),
            ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]
        );
    }
}
