//! `simulate [--policy FILE] EVENTS [--diff OTHER]` (or `--from-stripe [--days N]` in place
//! of `EVENTS`): a recovery policy run over a recorded history on a simulated clock, through the real `BillingRecovery` consumer (the same
//! decisions as production), and a table per segment and mail kind: the mails that would
//! go and when, the team alerts that would fire, the invoices mailed about that were
//! paid later, and why no mail went. `--diff` runs a second policy on the same history
//! and shows both and the difference.
//!
//! Nothing is sent and nothing is written outside a temporary directory: the mailer
//! only counts what it is asked to send, the alerts are kept in memory, the consumer's
//! records (and the scheduler's jobs) live in a `FileStore` in a fresh temporary
//! directory that is deleted when the run ends, and Stripe is the history itself.
//! `--from-stripe` only reads: its one request is the list of events.
//!
//! # The history
//!
//! JSONL, one JSON object a line (blank lines are skipped):
//!
//! - a Stripe event as Stripe sends it:
//!   `{"id":"evt_…","type":"invoice.payment_failed","created":…,"data":{"object":{…}}}`
//!   (`livemode` and `api_version` are read when present);
//! - optionally, an object version: `{"object_version":{…},"at":<unix seconds>}`, the
//!   object (invoice, subscription, customer, payment method, Checkout Session) as
//!   Stripe would answer a `GET` of its id from that time on.
//!
//! When the consumer re-fetches an object, it gets the object as it was at the simulated
//! time: its latest version line at or before then; for an object with no version line
//! at all, the latest event payload carrying its id (`data.object.id`), from that event's
//! `created` on (every event's payload counts, of any type: `customer.updated` tells the
//! customer's state too; after `customer.deleted` the customer reads as deleted, after
//! `invoice.deleted` the invoice as missing). Before its first version an object is
//! missing, as Stripe answers an unknown id (`resource_missing`). At the same second
//! the later line wins.
//!
//! Only the event types billing recovery handles are simulated; the others are counted
//! and only serve as object states. An event id seen twice is simulated once.
//!
//! # From Stripe
//!
//! `--from-stripe [--days N]` reads the account's own events of the last N days (default
//! and most: 30, as long as Stripe keeps events) with `GET /v1/events`, page after page,
//! and makes of them the history a file of those events would be: each event's
//! `data.object` is the object as it was at the event's `created`, and there are no
//! object versions. It lists the types simulated and the types whose payloads are states
//! of the objects billing recovery re-fetches (`from_stripe::STATE_TYPES`: an invoice,
//! subscription, customer or payment method updated, created or deleted); Stripe takes
//! at most 20 types. An object no listed event of the window carries reads as missing
//! (a customer unchanged for 30 days, say): its decisions show as `not_found`. Stripe
//! lists newest first, ties too: the list reversed is the order a file keeps.
//!
//! The key is `STRIPE_READ_KEY` (a restricted key with the Events: Read permission is
//! enough), else `STRIPE_SECRET_KEY`; Stripe is at `STRIPE_API_BASE` as for every Stripe
//! caller. The key appears in no output and no error.
//!
//! # The simulated clock
//!
//! Events run in `created` order (the file's order at the same second). Before each, every
//! job the scheduler holds that is due by then fires at its due time and its step runs
//! then (a segment's `sequence_days`), and after the last event the rest fire until none
//! is due. Each decision sees the clock at its event (or its job), and the objects as
//! they were then.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

use billing_recovery::config::BillingConfig;
use billing_recovery::decide::BillingKind;
use billing_recovery::policy::{Policy, PolicyError};
use billing_recovery::{BillingRecovery, HeldMail, Outcome};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use stripe_recovery::adapters::file_store::FileStore;
use stripe_recovery::config::{ConfigError, Env};
use stripe_recovery::inbox::{HandledType, INBOX_TTL_SECS, InboxItem};
use stripe_recovery::mail::format_amount_code;
use stripe_recovery::ports::{
    AlertError, AlertReason, Alerts, MailError, Mailer, OutgoingMail, Scheduler, StoreError,
    StripeReader, TeamAlert,
};
use stripe_recovery::schedule;
use stripe_recovery::stream::{self, StreamConsumer};
use stripe_recovery::stripe::billing::{Customer, Invoice, PaymentMethod, SetupIntent};
use stripe_recovery::stripe::error::{ErrorCode, ErrorType, StripeError};
use stripe_recovery::stripe::event::Subscription;
use stripe_recovery::stripe::ids::{
    CheckoutSessionId, CustomerId, EventId, InvoiceId, PaymentMethodId, SetupIntentId,
    SubscriptionId,
};
use stripe_recovery::stripe::line_items::LineItems;
use stripe_recovery::telemetry::redact_emails;
use stripe_recovery::time::{civil_date, unix_now};
use tokio::time::Instant;

pub(crate) mod from_stripe;
pub use from_stripe::{KEY_VARS, MAX_DAYS, STATE_TYPES, listed_types};

use crate::{
    LOCAL_ALERT_TOPIC_ARN, LOCAL_BILLING_SENDER, LOCAL_PORTAL_LINK_SECRET,
    LOCAL_RECIPIENT_KEY_PEPPER, LOCAL_SETUP_LINK_SECRET, LOCAL_SHOP_NAME,
};

pub const USAGE: &str = "\
usage: simulate [--policy FILE] EVENTS [--diff OTHER]
       simulate [--policy FILE] --from-stripe [--days N] [--diff OTHER]
  FILE    the recovery policy to try (default: the built-in policies/recovery.toml)
  EVENTS  a history: JSONL of Stripe events, and optionally object versions
          (events/history/lifecycle-sample.jsonl is one; docs/src/policies.md describes the format)
  --from-stripe  the history is the account's own events of the last N days (1 to 30,
          default 30: Stripe keeps events 30 days), read with GET /v1/events; the key is
          STRIPE_READ_KEY (a restricted key with Events: Read), else STRIPE_SECRET_KEY
  OTHER   a second policy, run on the same history: both, and the difference
What a segment leaves out comes from BILLING_MAILS, BILLING_MAX_REMINDERS,
BILLING_REMINDER_MIN_DAYS and BILLING_ALERT_AMOUNTS in the environment, as deployed.
Nothing is sent and nothing is written; --from-stripe only reads the list of events.";

/// The deployment's settings a policy's segments fall back on: read from the
/// environment, and only these (nothing secret, nothing that writes).
pub const SETTINGS: [&str; 4] = [
    "BILLING_MAILS",
    "BILLING_MAX_REMINDERS",
    "BILLING_REMINDER_MIN_DAYS",
    "BILLING_ALERT_AMOUNTS",
];

/// The consumer as simulated: production's, with the history for Stripe, a recorder for
/// the mailer and the alerts, and a store in a temporary directory.
type Simulated<'h> =
    BillingRecovery<FileStore, RecordingMailer, HistoryStripe<'h>, RecordingAlerts>;

/// The event types simulated: those billing recovery handles.
const BILLING_TYPES: &[HandledType] = <Simulated<'static> as StreamConsumer>::HANDLES;

/// Time each item may take: far more than a decision over files needs, so a slow
/// machine never turns a decision into "out of time".
const ITEM_BUDGET: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum SimulateError {
    #[error("{0}\n{USAGE}")]
    Usage(String),
    #[error("cannot read {what} {path}: {error}")]
    Read {
        what: &'static str,
        path: String,
        error: std::io::Error,
    },
    #[error("{path} line {line}: {reason}")]
    History {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("{0}")]
    Policy(#[from] PolicyError),
    #[error("the settings: {0}")]
    Config(#[from] ConfigError),
    #[error("the simulation's temporary store: {0}")]
    Scratch(String),
    #[error(
        "--from-stripe needs a Stripe key that can read events: set {} (a restricted key \
         with the Events: Read permission alone is enough) or {}",
        KEY_VARS[0],
        KEY_VARS[1]
    )]
    NoKey,
    #[error("--from-stripe: {0}")]
    StripeAccess(ConfigError),
    /// Stripe's answer, without the key (`without_key`).
    #[error("reading the events from Stripe at {base}: {reason}")]
    Stripe { base: String, reason: String },
    #[error("Stripe's event list, event {position} from the oldest: {reason}")]
    Listed { position: usize, reason: String },
}

impl From<StoreError> for SimulateError {
    fn from(error: StoreError) -> Self {
        Self::Scratch(error.to_string())
    }
}

/// Where the history comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistorySource {
    /// A JSONL file of events and object versions.
    File(PathBuf),
    /// The account's own events of the last `days` days (`GET /v1/events`).
    Stripe { days: u32 },
}

/// What `simulate` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimulateArgs {
    /// `None`: the built-in policy.
    pub policy: Option<PathBuf>,
    pub history: HistorySource,
    pub diff: Option<PathBuf>,
}

impl SimulateArgs {
    pub fn parse(args: &[String]) -> Result<Self, SimulateError> {
        let usage = |reason: String| SimulateError::Usage(reason);
        let (mut policy, mut events, mut diff) = (None, None, None);
        let (mut from_stripe, mut days) = (false, None);
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str, what: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| usage(format!("{flag} needs {what}")))
            };
            match arg.as_str() {
                "--policy" if policy.is_none() => {
                    policy = Some(value("--policy", "a file")?.into());
                }
                "--diff" if diff.is_none() => diff = Some(value("--diff", "a file")?.into()),
                "--from-stripe" if !from_stripe => from_stripe = true,
                "--days" if days.is_none() => {
                    days = Some(parse_days(&value("--days", "a number of days")?)?);
                }
                flag if flag.starts_with('-') => {
                    return Err(usage(format!("unknown or repeated option {flag:?}")));
                }
                file if events.is_none() => events = Some(PathBuf::from(file)),
                _ => return Err(usage("only one EVENTS file".into())),
            }
        }
        let history = match (events, from_stripe) {
            (Some(_), true) => {
                return Err(usage("EVENTS or --from-stripe, not both".into()));
            }
            (Some(_), false) if days.is_some() => {
                return Err(usage(
                    "--days goes with --from-stripe (a file's history is all of it)".into(),
                ));
            }
            (Some(file), false) => HistorySource::File(file),
            (None, true) => HistorySource::Stripe {
                days: days.unwrap_or(MAX_DAYS),
            },
            (None, false) => return Err(usage("EVENTS (or --from-stripe) is missing".into())),
        };
        Ok(Self {
            policy,
            history,
            diff,
        })
    }
}

/// `--days`: a whole number of days within what Stripe keeps.
fn parse_days(text: &str) -> Result<u32, SimulateError> {
    match text.parse::<u32>() {
        Ok(days) if (1..=MAX_DAYS).contains(&days) => Ok(days),
        Ok(_) => Err(SimulateError::Usage(format!(
            "--days {text}: Stripe keeps events {MAX_DAYS} days; give 1 to {MAX_DAYS}"
        ))),
        Err(_) => Err(SimulateError::Usage(format!(
            "--days {text:?} is not a whole number of days (1 to {MAX_DAYS})"
        ))),
    }
}

/// The values of `SETTINGS` this process has.
pub fn settings_from_env() -> Vec<(String, String)> {
    SETTINGS
        .iter()
        .filter_map(|name| Some((name.to_string(), std::env::var(name).ok()?)))
        .collect()
}

/// `simulate`'s arguments → the table: the key for `--from-stripe` from this process's
/// environment, its store under the system's temporary directory.
pub async fn command(
    args: &[String],
    settings: &[(String, String)],
) -> Result<String, SimulateError> {
    let surroundings = Surroundings {
        env: &Env::process(),
        now: unix_now(),
        scratch_parent: &std::env::temp_dir(),
    };
    command_in(args, settings, &surroundings).await
}

/// What a run takes from around it besides its arguments and settings.
pub struct Surroundings<'a, F> {
    /// Where `--from-stripe` finds its key and Stripe (`KEY_VARS`, `STRIPE_API_BASE`).
    pub env: &'a Env<F>,
    /// The time `--days` counts back from (unix seconds).
    pub now: i64,
    /// Where the temporary store is made.
    pub scratch_parent: &'a Path,
}

/// `command`, with the environment, the time and the temporary store's place given.
pub async fn command_in<F: Fn(&str) -> Option<String>>(
    args: &[String],
    settings: &[(String, String)],
    surroundings: &Surroundings<'_, F>,
) -> Result<String, SimulateError> {
    let args = SimulateArgs::parse(args)?;
    let mut policies = vec![args.policy.as_deref()];
    if let Some(other) = &args.diff {
        policies.push(Some(other.as_path()));
    }
    // The policies first: a mistake in one is found before Stripe is asked anything.
    let mut configs = Vec::new();
    for policy in policies {
        configs.push(configured(policy, settings)?);
    }
    let history = match &args.history {
        HistorySource::File(path) => History::read(path)?,
        HistorySource::Stripe { days } => {
            History::from_stripe(surroundings.env, *days, surroundings.now).await?
        }
    };
    let mut runs = Vec::new();
    for (label, config) in configs {
        let tally = run_policy(&history, config, surroundings.scratch_parent).await?;
        runs.push(PolicyRun { label, tally });
    }
    Ok(render(&history, settings, &runs))
}

/// The consumer's configuration with `policy` (a file, or the built-in one), the settings
/// it falls back on, and its label in the table.
pub fn configured(
    policy: Option<&Path>,
    settings: &[(String, String)],
) -> Result<(String, BillingConfig), SimulateError> {
    let env = Env::from_lookup(|name| {
        let fixed = match name {
            // The consumer needs these to start; none reaches anything in a simulation.
            "TABLE_NAME" => "simulate",
            "BILLING_SENDER_EMAIL" => LOCAL_BILLING_SENDER,
            "SHOP_NAME" => LOCAL_SHOP_NAME,
            "PORTAL_LINK_URL" => "http://127.0.0.1:3000/billing/portal",
            "PORTAL_LINK_SECRET" => LOCAL_PORTAL_LINK_SECRET,
            "SETUP_LINK_URL" => "http://127.0.0.1:3000/billing/setup",
            "SETUP_LINK_SECRET" => LOCAL_SETUP_LINK_SECRET,
            "RECIPIENT_KEY_PEPPER" => LOCAL_RECIPIENT_KEY_PEPPER,
            // A policy's alerts need a topic to start; the recorder stands in for it.
            "ALERT_TOPIC_ARN" => LOCAL_ALERT_TOPIC_ARN,
            name if SETTINGS.contains(&name) => {
                return settings
                    .iter()
                    .find(|(setting, _)| setting == name)
                    .map(|(_, value)| value.clone());
            }
            // Nothing else: no webhook URL, no key, whatever the caller holds.
            _ => return None,
        };
        Some(fixed.to_owned())
    });
    let mut config = BillingConfig::from_env(&env)?;
    let Some(path) = policy else {
        return Ok((
            billing_recovery::policy::DEFAULT_POLICY_PATH.to_owned() + " (built in)",
            config,
        ));
    };
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| SimulateError::Read {
        what: "the policy",
        path: label.clone(),
        error,
    })?;
    // The recorder stands in for the topic (`ALERT_TOPIC_ARN` above) whatever it alerts.
    config.set_policy(Policy::parse(&label, &text, &config.defaults())?)?;
    Ok((label, config))
}

/// One event to simulate, as the inbox would hold it.
#[derive(Debug, Clone)]
struct HistoryEvent {
    id: EventId,
    event_type: HandledType,
    created: i64,
    livemode: bool,
    api_version: Option<String>,
    object: String,
}

impl HistoryEvent {
    fn inbox_item(&self) -> InboxItem {
        InboxItem {
            pk: InboxItem::key(&self.id),
            event_id: self.id.clone(),
            event_type: self.event_type,
            created: self.created,
            livemode: self.livemode,
            api_version: self.api_version.clone(),
            object: Some(self.object.clone()),
            object_omitted: false,
            received_at: self.created,
            ttl: self.created + INBOX_TTL_SECS,
        }
    }
}

/// What a history file held.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryCounts {
    /// Lines with JSON on them.
    pub lines: usize,
    pub versions: usize,
    /// Distinct events, of any type.
    pub events: usize,
    /// Those billing recovery handles: the ones simulated.
    pub billing_events: usize,
    /// Lines repeating an event id seen before.
    pub repeated: usize,
    /// The first and last event's `created`.
    pub span: Option<(i64, i64)>,
}

/// An object's states over time: (since, the line that gave it, the object or `None` for
/// gone), in time order.
type States = Vec<(i64, usize, Option<Value>)>;

/// A recorded history: the billing events to simulate, in time order, and every object's
/// states over time.
#[derive(Debug)]
pub struct History {
    /// The file, as the table and errors name it.
    pub source: String,
    pub counts: HistoryCounts,
    events: Vec<HistoryEvent>,
    objects: HashMap<String, States>,
}

impl History {
    pub fn read(path: &Path) -> Result<Self, SimulateError> {
        let source = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| SimulateError::Read {
            what: "the history",
            path: source.clone(),
            error,
        })?;
        Self::parse(&source, &text)
    }

    /// Reads `text`; `source` only names it in errors. Every refusal names its line.
    pub fn parse(source: &str, text: &str) -> Result<Self, SimulateError> {
        let mut builder = HistoryBuilder::default();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let refuse = |reason: String| SimulateError::History {
                path: source.to_owned(),
                line: number,
                reason,
            };
            // serde_json's message says where and what was expected, never the text.
            let value: Value =
                serde_json::from_str(line).map_err(|e| refuse(format!("not JSON: {e}")))?;
            builder.add(number, Line::of(value).map_err(refuse)?);
        }
        Ok(builder.finish(source))
    }

    /// The events as `GET /v1/events` listed them, newest first (`source` names where
    /// they came from): the same history as a file of those events, oldest first. Stripe
    /// lists events of one second newest first too, so its order reversed is the order
    /// they happened in, which a file of them would keep.
    pub fn from_listed(source: &str, newest_first: Vec<Value>) -> Result<Self, SimulateError> {
        let mut builder = HistoryBuilder::default();
        for (index, event) in newest_first.into_iter().rev().enumerate() {
            let position = index + 1;
            let refuse = |reason: String| SimulateError::Listed { position, reason };
            match Line::of(event).map_err(refuse)? {
                Line::Version { .. } => return Err(refuse("not an event".into())),
                event => builder.add(position, event),
            }
        }
        Ok(builder.finish(source))
    }

    /// Object `id` as Stripe would answer at `at`; `None`: missing then.
    fn object_at(&self, id: &str, at: i64) -> Option<&Value> {
        self.objects
            .get(id)?
            .iter()
            .rev()
            .find(|(since, _, _)| *since <= at)?
            .2
            .as_ref()
    }

    /// The ids of objects of `kind` that exist at `at`.
    fn objects_at<'a>(&'a self, kind: &'a str, at: i64) -> impl Iterator<Item = &'a Value> + 'a {
        self.objects
            .keys()
            .filter_map(move |id| self.object_at(id, at))
            .filter(move |object| object["object"] == kind)
    }
}

/// A history being read, one line (or listed event) at a time, each with its position.
#[derive(Default)]
struct HistoryBuilder {
    counts: HistoryCounts,
    /// The simulated events, with their position: the order at the same second.
    events: Vec<(usize, HistoryEvent)>,
    seen: std::collections::HashSet<String>,
    versions: HashMap<String, States>,
    payloads: HashMap<String, States>,
}

impl HistoryBuilder {
    fn add(&mut self, position: usize, line: Line) {
        self.counts.lines += 1;
        match line {
            Line::Version { id, at, object } => {
                self.counts.versions += 1;
                self.versions
                    .entry(id)
                    .or_default()
                    .push((at, position, Some(object)));
            }
            Line::Event {
                id,
                event_type,
                created,
                livemode,
                api_version,
                object,
            } => {
                if !self.seen.insert(id.as_str().to_owned()) {
                    self.counts.repeated += 1;
                    return;
                }
                self.counts.events += 1;
                self.counts.span = Some(match self.counts.span {
                    None => (created, created),
                    Some((first, last)) => (first.min(created), last.max(created)),
                });
                if let Some(object_id) = object.get("id").and_then(Value::as_str) {
                    let state = match event_type.as_str() {
                        // Stripe answers a deleted customer with this stub, and a
                        // deleted (draft) invoice not at all.
                        "customer.deleted" => {
                            Some(json!({"id": object_id, "object": "customer", "deleted": true}))
                        }
                        "invoice.deleted" => None,
                        _ => Some(object.clone()),
                    };
                    self.payloads
                        .entry(object_id.to_owned())
                        .or_default()
                        .push((created, position, state));
                }
                let simulated = HandledType::from_stripe(&event_type)
                    .filter(|handled| BILLING_TYPES.contains(handled));
                if let Some(event_type) = simulated {
                    self.counts.billing_events += 1;
                    self.events.push((
                        position,
                        HistoryEvent {
                            id,
                            event_type,
                            created,
                            livemode,
                            api_version,
                            object: object.to_string(),
                        },
                    ));
                }
            }
        }
    }

    fn finish(self, source: &str) -> History {
        let Self {
            counts,
            mut events,
            versions,
            payloads,
            ..
        } = self;
        // An object with version lines is those versions alone; the payloads stand in
        // only for objects the file gives no version of.
        let mut objects = versions;
        for (id, states) in payloads {
            objects.entry(id).or_insert(states);
        }
        for states in objects.values_mut() {
            states.sort_by_key(|(at, position, _)| (*at, *position));
        }
        events.sort_by_key(|(position, event)| (event.created, *position));
        History {
            source: source.to_owned(),
            counts,
            events: events.into_iter().map(|(_, event)| event).collect(),
            objects,
        }
    }
}

/// One line of a history, checked.
enum Line {
    Version {
        id: String,
        at: i64,
        object: Value,
    },
    Event {
        id: EventId,
        event_type: String,
        created: i64,
        livemode: bool,
        api_version: Option<String>,
        /// `data.object`: a JSON object.
        object: Value,
    },
}

impl Line {
    /// What the line is, or why it is neither (the reason quotes no value from the file:
    /// a value may be an address).
    fn of(value: Value) -> Result<Self, String> {
        const NEITHER: &str = "neither a Stripe event ({\"id\":\"evt_…\",\"type\":…,\"created\":…,\"data\":{\"object\":{…}}}) nor an object version ({\"object_version\":{…},\"at\":…})";
        let Value::Object(mut line) = value else {
            return Err(NEITHER.into());
        };
        if let Some(object) = line.remove("object_version") {
            let at = line
                .get("at")
                .and_then(Value::as_i64)
                .ok_or("the object version's \"at\" is not a unix time in seconds")?;
            let id = object
                .get("id")
                .and_then(Value::as_str)
                .filter(|id| !id.is_empty())
                .ok_or("the object version has no \"id\"")?
                .to_owned();
            return Ok(Self::Version { id, at, object });
        }
        if !line.contains_key("type") && !line.contains_key("data") {
            return Err(NEITHER.into());
        }
        let id = line
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| EventId::parse(id).ok())
            .ok_or("the event's \"id\" is not a Stripe event id (evt_…)")?;
        let event_type = line
            .get("type")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .ok_or("the event has no \"type\"")?
            .to_owned();
        let created = line
            .get("created")
            .and_then(Value::as_i64)
            .ok_or("the event's \"created\" is not a unix time in seconds")?;
        let livemode = line
            .get("livemode")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let api_version = line
            .get("api_version")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let object = line
            .get_mut("data")
            .and_then(|data| data.get_mut("object"))
            .map(Value::take)
            .filter(Value::is_object)
            .ok_or("the event's data.object is not a JSON object")?;
        Ok(Self::Event {
            id,
            event_type,
            created,
            livemode,
            api_version,
            object,
        })
    }
}

/// The simulated clock: the time of the event (or job) being decided.
#[derive(Debug, Clone, Default)]
struct SimClock(Arc<AtomicI64>);

impl SimClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }

    fn set(&self, at: i64) {
        self.0.store(at, Ordering::SeqCst);
    }
}

/// Stripe as the history has it at the simulated clock. Reads only.
pub struct HistoryStripe<'h> {
    history: &'h History,
    clock: SimClock,
}

impl HistoryStripe<'_> {
    /// Object `id` of `kind` at the simulated time, as `GET` would answer it.
    // The port's own error, handed straight back by every method of `StripeReader`.
    #[allow(clippy::result_large_err)]
    fn read<T: DeserializeOwned>(&self, kind: &str, id: &str) -> Result<T, StripeError> {
        let at = self.clock.now();
        let missing = || StripeError::Api {
            status: 404,
            kind: ErrorType::InvalidRequestError,
            code: Some(ErrorCode::ResourceMissing),
            param: Some("id".into()),
            message: format!("No such {kind}: '{id}' in the history at {at}"),
            request_id: None,
        };
        let object = self.history.object_at(id, at).ok_or_else(missing)?;
        if object
            .get("object")
            .and_then(Value::as_str)
            .is_some_and(|o| o != kind)
        {
            return Err(missing());
        }
        serde_json::from_value(object.clone()).map_err(|e| StripeError::Decode(e.to_string()))
    }
}

impl StripeReader for HistoryStripe<'_> {
    async fn event_object(&self, _id: &EventId, _deadline: Instant) -> Result<String, StripeError> {
        // Every simulated item carries its object: nothing asks.
        Err(StripeError::Unreachable {
            attempts: 0,
            reason: "a simulation reads its history only".into(),
        })
    }

    async fn invoice(&self, id: &InvoiceId, _deadline: Instant) -> Result<Invoice, StripeError> {
        self.read("invoice", id.as_str())
    }

    async fn subscription(
        &self,
        id: &SubscriptionId,
        _deadline: Instant,
    ) -> Result<Subscription, StripeError> {
        self.read("subscription", id.as_str())
    }

    async fn customer(&self, id: &CustomerId, _deadline: Instant) -> Result<Customer, StripeError> {
        self.read("customer", id.as_str())
    }

    async fn checkout_line_items(
        &self,
        session: &CheckoutSessionId,
        _deadline: Instant,
    ) -> Result<LineItems, StripeError> {
        // Billing recovery reads no cart; a history holds no line items.
        self.read("list", &format!("{session}.line_items"))
    }

    async fn payment_method(
        &self,
        id: &PaymentMethodId,
        _deadline: Instant,
    ) -> Result<PaymentMethod, StripeError> {
        self.read("payment_method", id.as_str())
    }

    async fn setup_intent(
        &self,
        id: &SetupIntentId,
        _deadline: Instant,
    ) -> Result<SetupIntent, StripeError> {
        self.read("setup_intent", id.as_str())
    }

    async fn completed_checkout_since(
        &self,
        customer: &CustomerId,
        since: i64,
        _deadline: Instant,
    ) -> Result<bool, StripeError> {
        let at = self.clock.now();
        Ok(self
            .history
            .objects_at("checkout.session", at)
            .any(|session| {
                let of_customer = session["customer"] == customer.as_str()
                    || session["customer"]["id"] == customer.as_str();
                of_customer
                    && session["status"] == "complete"
                    && session["created"].as_i64().is_some_and(|c| c >= since)
            }))
    }
}

/// The simulation's mailer: counts what it is asked to send and sends nothing. Keeps no
/// part of the mail (the address least of all): what went is the consumer's outcome.
#[derive(Debug, Default)]
pub struct RecordingMailer {
    asked: AtomicUsize,
}

impl RecordingMailer {
    /// How many mails it was asked to send.
    pub fn asked(&self) -> usize {
        self.asked.load(Ordering::SeqCst)
    }
}

impl Mailer for RecordingMailer {
    async fn send(&self, _mail: &OutgoingMail, _deadline: Instant) -> Result<String, MailError> {
        let n = self.asked.fetch_add(1, Ordering::SeqCst) + 1;
        Ok(format!("simulated-{n}"))
    }
}

/// The simulation's alerts: kept in memory, published nowhere.
#[derive(Debug, Default)]
pub struct RecordingAlerts {
    published: Mutex<Vec<(String, AlertReason)>>,
}

impl Alerts for RecordingAlerts {
    async fn publish(&self, alert: &TeamAlert, _deadline: Instant) -> Result<(), AlertError> {
        self.published
            .lock()
            .expect("not poisoned")
            .push((alert.segment.clone(), alert.reason));
        Ok(())
    }
}

/// Mails of one segment and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mails {
    pub count: usize,
    pub first: i64,
    pub last: i64,
}

/// Invoices paid after a segment's mail of a kind (the last before the payment).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovered {
    pub invoices: usize,
    /// Per currency (lowercase), in minor units.
    pub amounts: BTreeMap<String, i64>,
}

/// What one policy did over the history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// The policy's segments, in its order.
    pub segments: Vec<String>,
    pub mails: BTreeMap<(String, BillingKind), Mails>,
    /// Keyed by the segment and kind of the invoice's last mail.
    pub recovered: BTreeMap<(String, BillingKind), Recovered>,
    pub alerts: BTreeMap<(String, AlertReason), usize>,
    /// Decisions without a mail, by reason (what `BillingSkipped` counts).
    pub skipped: BTreeMap<&'static str, usize>,
    /// Paid invoices no mail of ours preceded.
    pub paid_unmailed: usize,
    /// Mailed sequences that ended unpaid, by reason.
    pub lost: BTreeMap<&'static str, usize>,
    /// Items the consumer failed (the stream would retry them), by error.
    pub failed: BTreeMap<String, usize>,
    /// Jobs of sequences on our clock that fired.
    pub steps_fired: usize,
    /// What the recording mailer was asked to send: every mail counted above.
    pub mailer_asked: usize,
}

impl Tally {
    /// Mails of `kind` in `segment`.
    pub fn mails_of(&self, segment: &str, kind: BillingKind) -> usize {
        self.mails
            .get(&(segment.to_owned(), kind))
            .map_or(0, |m| m.count)
    }

    /// Mails of `kind`, every segment.
    pub fn total(&self, kind: BillingKind) -> usize {
        self.mails
            .iter()
            .filter(|((_, k), _)| *k == kind)
            .map(|(_, m)| m.count)
            .sum()
    }

    pub fn all_mails(&self) -> usize {
        self.mails.values().map(|m| m.count).sum()
    }

    /// Invoices recovered after a mail, every segment and kind.
    pub fn recovered_invoices(&self) -> usize {
        self.recovered.values().map(|r| r.invoices).sum()
    }

    pub fn recovered_amounts(&self) -> BTreeMap<String, i64> {
        let mut amounts = BTreeMap::new();
        for recovered in self.recovered.values() {
            for (currency, amount) in &recovered.amounts {
                *amounts.entry(currency.clone()).or_default() += amount;
            }
        }
        amounts
    }

    pub fn alerts_of(&self, segment: &str, reason: AlertReason) -> usize {
        self.alerts
            .get(&(segment.to_owned(), reason))
            .copied()
            .unwrap_or(0)
    }
}

/// Runs `config`'s policy over `history`; its store in a temporary directory under
/// `scratch_parent`, deleted before this returns.
pub async fn run_policy(
    history: &History,
    config: BillingConfig,
    scratch_parent: &Path,
) -> Result<Tally, SimulateError> {
    let scratch = tempfile::Builder::new()
        .prefix("stripe-recovery-simulate-")
        .tempdir_in(scratch_parent)
        .map_err(|e| SimulateError::Scratch(format!("{}: {e}", scratch_parent.display())))?;
    let clock = SimClock::default();
    let segments = config.policy.segments.iter().map(|s| s.name.clone());
    let mut tally = Tally {
        segments: segments.collect(),
        ..Tally::default()
    };
    let consumer: Simulated<'_> = BillingRecovery::from_config(
        config,
        FileStore::open(scratch.path())?,
        RecordingMailer::default(),
        HistoryStripe {
            history,
            clock: clock.clone(),
        },
        RecordingAlerts::default(),
    );
    let mut run = Run {
        consumer: &consumer,
        clock: &clock,
        tally: &mut tally,
        invoice_segments: HashMap::new(),
    };
    for event in &history.events {
        run.fire_due(event.created).await?;
        run.decide(&event.inbox_item(), event.created).await;
    }
    run.fire_due(i64::MAX).await?;
    tally.mailer_asked = consumer.mailer().asked();
    for (segment, reason) in consumer
        .alerts()
        .published
        .lock()
        .expect("not poisoned")
        .drain(..)
    {
        *tally.alerts.entry((segment, reason)).or_default() += 1;
    }
    drop(consumer);
    let kept = scratch.path().display().to_string();
    scratch
        .close()
        .map_err(|e| SimulateError::Scratch(format!("{kept} could not be deleted: {e}")))?;
    Ok(tally)
}

/// One policy's run in progress.
struct Run<'r, 'h> {
    consumer: &'r Simulated<'h>,
    clock: &'r SimClock,
    tally: &'r mut Tally,
    /// The segment of each invoice's last mail: where its payment is credited.
    invoice_segments: HashMap<String, String>,
}

impl Run<'_, '_> {
    /// Fires, each at its due time, every job due by `until`, and decides its step.
    async fn fire_due(&mut self, until: i64) -> Result<(), SimulateError> {
        let store = self.consumer.store();
        while let Some(next) = store.due(until, 1).await?.first() {
            let at = next.due_at;
            self.clock.set(at);
            let swept = schedule::sweep(store, at, Instant::now() + ITEM_BUDGET).await?;
            if swept.fired.is_empty() {
                // A pending job that will not fire would hold this loop for ever.
                return Err(SimulateError::Scratch(format!(
                    "a job due at {at} did not fire"
                )));
            }
            for item in &swept.fired {
                self.tally.steps_fired += 1;
                self.decide(item, at).await;
            }
        }
        Ok(())
    }

    /// The consumer's decision on `item` at `now`, tallied.
    async fn decide(&mut self, item: &InboxItem, now: i64) {
        self.clock.set(now);
        let deadline = Instant::now() + ITEM_BUDGET;
        match stream::process_item(self.consumer, item, now, deadline).await {
            Ok(Some(outcome)) => self.tally_outcome(item, now, &outcome),
            Ok(None) => {}
            // Production would retry it; here it is reported (its text without addresses).
            Err(error) => {
                *self
                    .tally
                    .failed
                    .entry(redact_emails(&error.to_string()))
                    .or_default() += 1;
            }
        }
    }

    fn tally_outcome(&mut self, item: &InboxItem, now: i64, outcome: &Outcome) {
        let invoice = invoice_of(item);
        for part in outcome.parts() {
            match part {
                Outcome::Mailed { kind, segment, .. } => {
                    let mails = self
                        .tally
                        .mails
                        .entry((segment.clone(), *kind))
                        .or_insert(Mails {
                            count: 0,
                            first: now,
                            last: now,
                        });
                    mails.count += 1;
                    mails.first = mails.first.min(now);
                    mails.last = mails.last.max(now);
                    if is_invoice_step(*kind)
                        && let Some(invoice) = &invoice
                    {
                        self.invoice_segments
                            .insert(invoice.clone(), segment.clone());
                    }
                }
                Outcome::MaybeSent { kind } => {
                    // The recording mailer always answers: this would be a bug here.
                    *self
                        .tally
                        .failed
                        .entry(format!("{kind} maybe sent"))
                        .or_default() += 1;
                }
                Outcome::Skipped(skip) => {
                    *self.tally.skipped.entry(skip.as_str()).or_default() += 1
                }
                Outcome::Recovered {
                    after_kind,
                    amount_paid,
                    currency,
                } => {
                    let segment = invoice
                        .as_ref()
                        .and_then(|id| self.invoice_segments.get(id))
                        .cloned()
                        .unwrap_or_else(|| "(unknown)".into());
                    let Some(kind) = BillingKind::parse(after_kind) else {
                        *self
                            .tally
                            .failed
                            .entry(format!("recovered after an unknown kind {after_kind:?}"))
                            .or_default() += 1;
                        continue;
                    };
                    let recovered = self.tally.recovered.entry((segment, kind)).or_default();
                    recovered.invoices += 1;
                    *recovered
                        .amounts
                        .entry(currency.to_ascii_lowercase())
                        .or_default() += *amount_paid;
                }
                Outcome::PaidUnmailed => self.tally.paid_unmailed += 1,
                Outcome::Lost { reason } => *self.tally.lost.entry(*reason).or_default() += 1,
                Outcome::PaymentAlreadyRecorded
                | Outcome::NothingToEnd
                | Outcome::Overdue { .. }
                | Outcome::Held { .. }
                | Outcome::ChurnRecorded { .. }
                | Outcome::ChurnUnchanged
                | Outcome::NotCancelling
                | Outcome::SignalRecorded(_)
                | Outcome::Both(..) => {}
            }
        }
    }
}

/// The kinds that are steps of an invoice's sequence: its payment is credited to them.
fn is_invoice_step(kind: BillingKind) -> bool {
    matches!(
        kind,
        BillingKind::PaymentFailed
            | BillingKind::PaymentReminder
            | BillingKind::FinalNotice
            | BillingKind::PaymentActionRequired
    )
}

/// The invoice an item is about, if any: the invoice itself, a step's invoice, a
/// deleted subscription's latest invoice, or that of the item whose mail quiet hours held.
fn invoice_of(item: &InboxItem) -> Option<String> {
    let object: Value = serde_json::from_str(item.object.as_deref()?).ok()?;
    let id = match item.event_type {
        HandledType::BillingMailDeferred => {
            let held: HeldMail = serde_json::from_value(object).ok()?;
            let (event_type, object) = (held.event_type, held.object?);
            return invoice_of(&InboxItem {
                event_type,
                object: Some(object),
                ..item.clone()
            });
        }
        HandledType::BillingStepDue => object.get("invoice")?,
        HandledType::CustomerSubscriptionDeleted => object.get("latest_invoice")?,
        HandledType::CustomerSubscriptionUpdated => return None,
        _ => object.get("id")?,
    };
    id.as_str()
        .or_else(|| id.get("id")?.as_str())
        .map(str::to_owned)
}

/// A policy's label and what it did.
#[derive(Debug, Clone)]
pub struct PolicyRun {
    pub label: String,
    pub tally: Tally,
}

fn date(unix: i64) -> String {
    let (year, month, day) = civil_date(unix);
    format!("{year:04}-{month:02}-{day:02}")
}

fn amounts(amounts: &BTreeMap<String, i64>) -> String {
    amounts
        .iter()
        .map(|(currency, amount)| format_amount_code(*amount, currency))
        .collect::<Vec<_>>()
        .join(", ")
}

fn signed(difference: i64) -> String {
    if difference > 0 {
        format!("+{difference}")
    } else {
        difference.to_string()
    }
}

fn difference(a: usize, b: usize) -> String {
    signed(b as i64 - a as i64)
}

/// The table: one policy's, or two side by side with the difference (B − A).
pub fn render(history: &History, settings: &[(String, String)], runs: &[PolicyRun]) -> String {
    let mut out = String::new();
    let counts = &history.counts;
    let span = counts.span.map_or_else(
        || "no events".to_owned(),
        |(first, last)| format!("{} to {} (UTC)", date(first), date(last)),
    );
    let _ = writeln!(out, "history: {}, {span}", history.source);
    let _ = writeln!(
        out,
        "  {} events: {} billing events simulated, {} of other types read as object states only{}; {} object versions",
        counts.events,
        counts.billing_events,
        counts.events - counts.billing_events,
        if counts.repeated > 0 {
            format!(", {} repeated ids skipped", counts.repeated)
        } else {
            String::new()
        },
        counts.versions,
    );
    let set: Vec<String> = settings
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    let _ = writeln!(
        out,
        "settings: {}",
        if set.is_empty() {
            format!("none set ({}: the defaults)", SETTINGS.join(", "))
        } else {
            set.join(", ") + ", the rest at their defaults"
        }
    );
    match runs {
        [only] => {
            let _ = writeln!(out, "policy: {}", only.label);
        }
        runs => {
            for (run, name) in runs.iter().zip(["A", "B"]) {
                let _ = writeln!(out, "{name}: {}", run.label);
            }
        }
    }
    out.push_str(
        "nothing was sent and nothing was written: mails went to a recorder, records to a temporary directory since deleted\n\n",
    );
    let tallies: Vec<&Tally> = runs.iter().map(|run| &run.tally).collect();
    mails_table(&mut out, &tallies);
    out.push('\n');
    alerts_table(&mut out, &tallies);
    out.push('\n');
    skipped_table(&mut out, &tallies);
    out.push('\n');
    summary(&mut out, &tallies);
    // Padded last columns end in spaces; a path could hold an address: neither shows.
    redact_emails(&out)
        .lines()
        .map(|line| line.trim_end().to_owned() + "\n")
        .collect()
}

/// Every segment of the runs, the first policy's order first.
fn segment_order(tallies: &[&Tally]) -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    let named = tallies.iter().flat_map(|t| {
        t.segments
            .iter()
            .chain(t.mails.keys().map(|(s, _)| s))
            .chain(t.recovered.keys().map(|(s, _)| s))
            .chain(t.alerts.keys().map(|(s, _)| s))
    });
    for segment in named {
        if !order.contains(segment) {
            order.push(segment.clone());
        }
    }
    order
}

/// A row's figures in one run: mails, and invoices recovered after them.
fn row_of(tally: &Tally, segment: Option<&str>, kind: BillingKind) -> (Option<Mails>, Recovered) {
    let mut mails: Option<Mails> = None;
    let mut recovered = Recovered::default();
    for ((s, k), m) in &tally.mails {
        if *k == kind && segment.is_none_or(|wanted| wanted == s) {
            mails = Some(match mails {
                None => *m,
                Some(sum) => Mails {
                    count: sum.count + m.count,
                    first: sum.first.min(m.first),
                    last: sum.last.max(m.last),
                },
            });
        }
    }
    for ((s, k), r) in &tally.recovered {
        if *k == kind && segment.is_none_or(|wanted| wanted == s) {
            recovered.invoices += r.invoices;
            for (currency, amount) in &r.amounts {
                *recovered.amounts.entry(currency.clone()).or_default() += amount;
            }
        }
    }
    (mails, recovered)
}

fn mails_table(out: &mut String, tallies: &[&Tally]) {
    let segments = segment_order(tallies);
    let mut rows: Vec<(String, BillingKind)> = Vec::new();
    for segment in &segments {
        for kind in BillingKind::ALL {
            let any = tallies.iter().any(|t| {
                let (mails, recovered) = row_of(t, Some(segment), kind);
                mails.is_some() || recovered.invoices > 0
            });
            if any {
                rows.push((segment.clone(), kind));
            }
        }
    }
    let used: Vec<&String> = {
        let mut used: Vec<&String> = rows.iter().map(|(s, _)| s).collect();
        used.dedup();
        used
    };
    // Totals only say something new when more than one segment mailed.
    let totals = used.len() > 1;
    let width = rows
        .iter()
        .map(|(s, _)| s.len())
        .chain([7, if totals { 12 } else { 0 }])
        .max()
        .unwrap_or(7);
    // Wide enough for the longest kind shown (`setup_payment_method_required`).
    let kind_width = rows
        .iter()
        .map(|(_, kind)| kind.as_str().len())
        .chain([25])
        .max()
        .unwrap_or(25);
    let dates = |mails: Option<Mails>| {
        mails.map_or_else(
            || "-".to_owned(),
            |m| format!("{}..{}", date(m.first), date(m.last)),
        )
    };
    let recovered_text = |r: &Recovered| {
        if r.invoices == 0 {
            "0".to_owned()
        } else {
            format!("{} ({})", r.invoices, amounts(&r.amounts))
        }
    };
    match tallies {
        [tally] => {
            let _ = writeln!(
                out,
                "{:<width$}  {:<kind_width$} {:>5}  {:<22}  recovered later",
                "segment", "kind", "mails", "first..last"
            );
            let mut line = |segment: &str, kind: BillingKind, segment_filter: Option<&str>| {
                let (mails, recovered) = row_of(tally, segment_filter, kind);
                let _ = writeln!(
                    out,
                    "{segment:<width$}  {:<kind_width$} {:>5}  {:<22}  {}",
                    kind.as_str(),
                    mails.map_or(0, |m| m.count),
                    dates(mails),
                    recovered_text(&recovered)
                );
            };
            for (segment, kind) in &rows {
                line(segment, *kind, Some(segment));
            }
            if totals {
                for kind in BillingKind::ALL {
                    if rows.iter().any(|(_, k)| *k == kind) {
                        line("all segments", kind, None);
                    }
                }
            }
            if rows.is_empty() {
                out.push_str("(no mail would go)\n");
            }
        }
        [a, b, ..] => {
            let _ = writeln!(
                out,
                "{:<width$}  {:<kind_width$} {:^21}  {:^21}  {:^46}",
                "", "", "mails", "recovered later", "first..last"
            );
            let _ = writeln!(
                out,
                "{:<width$}  {:<kind_width$} {:>7} {:>7} {:>5}  {:>7} {:>7} {:>5}  {:<22}  {:<22}",
                "segment", "kind", "A", "B", "Δ", "A", "B", "Δ", "A", "B"
            );
            let mut line = |segment: &str, kind: BillingKind, segment_filter: Option<&str>| {
                let (mails_a, recovered_a) = row_of(a, segment_filter, kind);
                let (mails_b, recovered_b) = row_of(b, segment_filter, kind);
                let (count_a, count_b) = (
                    mails_a.map_or(0, |m| m.count),
                    mails_b.map_or(0, |m| m.count),
                );
                let _ = writeln!(
                    out,
                    "{segment:<width$}  {:<kind_width$} {count_a:>7} {count_b:>7} {:>5}  {:>7} {:>7} {:>5}  {:<22}  {:<22}",
                    kind.as_str(),
                    difference(count_a, count_b),
                    recovered_a.invoices,
                    recovered_b.invoices,
                    difference(recovered_a.invoices, recovered_b.invoices),
                    dates(mails_a),
                    dates(mails_b),
                );
            };
            for (segment, kind) in &rows {
                line(segment, *kind, Some(segment));
            }
            if totals {
                for kind in BillingKind::ALL {
                    if rows.iter().any(|(_, k)| *k == kind) {
                        line("all segments", kind, None);
                    }
                }
            }
            if rows.is_empty() {
                out.push_str("(no mail would go under either policy)\n");
            }
        }
        [] => {}
    }
}

fn alerts_table(out: &mut String, tallies: &[&Tally]) {
    let mut rows: Vec<(String, AlertReason)> = Vec::new();
    for segment in segment_order(tallies) {
        for reason in AlertReason::ALL {
            if tallies.iter().any(|t| t.alerts_of(&segment, reason) > 0) {
                rows.push((segment.clone(), reason));
            }
        }
    }
    if rows.is_empty() {
        out.push_str("team alerts: none\n");
        return;
    }
    let width = rows.iter().map(|(s, _)| s.len()).max().unwrap_or(0).max(7);
    match tallies {
        [tally] => {
            let _ = writeln!(
                out,
                "{:<width$}  {:<27} {:>6}",
                "segment", "team alert", "alerts"
            );
            for (segment, reason) in &rows {
                let _ = writeln!(
                    out,
                    "{segment:<width$}  {:<27} {:>6}",
                    reason.as_str(),
                    tally.alerts_of(segment, *reason)
                );
            }
        }
        [a, b, ..] => {
            let _ = writeln!(
                out,
                "{:<width$}  {:<27} {:>7} {:>7} {:>5}",
                "segment", "team alert", "A", "B", "Δ"
            );
            for (segment, reason) in &rows {
                let (count_a, count_b) =
                    (a.alerts_of(segment, *reason), b.alerts_of(segment, *reason));
                let _ = writeln!(
                    out,
                    "{segment:<width$}  {:<27} {count_a:>7} {count_b:>7} {:>5}",
                    reason.as_str(),
                    difference(count_a, count_b)
                );
            }
        }
        [] => {}
    }
}

fn skipped_table(out: &mut String, tallies: &[&Tally]) {
    let mut reasons: Vec<&'static str> = tallies
        .iter()
        .flat_map(|t| t.skipped.keys().copied())
        .collect();
    reasons.sort_unstable();
    reasons.dedup();
    if reasons.is_empty() {
        out.push_str("decisions without a mail: none\n");
        return;
    }
    let count = |t: &Tally, reason: &str| t.skipped.get(reason).copied().unwrap_or(0);
    match tallies {
        [tally] => {
            let _ = writeln!(out, "{:<27} {:>6}", "no mail, by reason", "count");
            for reason in reasons {
                let _ = writeln!(out, "{reason:<27} {:>6}", count(tally, reason));
            }
        }
        [a, b, ..] => {
            let _ = writeln!(
                out,
                "{:<27} {:>7} {:>7} {:>5}",
                "no mail, by reason", "A", "B", "Δ"
            );
            for reason in reasons {
                let (count_a, count_b) = (count(a, reason), count(b, reason));
                let _ = writeln!(
                    out,
                    "{reason:<27} {count_a:>7} {count_b:>7} {:>5}",
                    difference(count_a, count_b)
                );
            }
        }
        [] => {}
    }
}

fn summary(out: &mut String, tallies: &[&Tally]) {
    let names = if tallies.len() > 1 {
        ["A: ", "B: "]
    } else {
        ["", ""]
    };
    for (tally, name) in tallies.iter().zip(names) {
        let recovered = tally.recovered_amounts();
        let lost: Vec<String> = tally
            .lost
            .iter()
            .map(|(reason, n)| format!("{reason} {n}"))
            .collect();
        let _ = writeln!(
            out,
            "{name}{} mails; invoices mailed about: {} paid later{}, {} ended unpaid{}; {} paid with no mail of ours; {} scheduled steps fired",
            tally.all_mails(),
            tally.recovered_invoices(),
            if recovered.is_empty() {
                String::new()
            } else {
                format!(" ({})", amounts(&recovered))
            },
            tally.lost.values().sum::<usize>(),
            if lost.is_empty() {
                String::new()
            } else {
                format!(" ({})", lost.join(", "))
            },
            tally.paid_unmailed,
            tally.steps_fired,
        );
    }
    if let [a, b] = tallies {
        let (ra, rb) = (a.recovered_amounts(), b.recovered_amounts());
        let mut currencies: Vec<&String> = ra.keys().chain(rb.keys()).collect();
        currencies.sort_unstable();
        currencies.dedup();
        let changes: Vec<String> = currencies
            .into_iter()
            .map(|currency| {
                let change = rb.get(currency).unwrap_or(&0) - ra.get(currency).unwrap_or(&0);
                let sign = if change > 0 { "+" } else { "" };
                format!("{sign}{}", format_amount_code(change, currency))
            })
            .collect();
        let _ = writeln!(
            out,
            "Δ: {} mails, {} invoices paid later{}",
            signed(b.all_mails() as i64 - a.all_mails() as i64),
            difference(a.recovered_invoices(), b.recovered_invoices()),
            if changes.is_empty() {
                String::new()
            } else {
                format!(" ({})", changes.join(", "))
            }
        );
    }
    for (tally, name) in tallies.iter().zip(names) {
        for (error, n) in &tally.failed {
            let _ = writeln!(out, "{name}failed {n}× (the stream would retry): {error}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> (usize, String) {
        match History::parse("h.jsonl", text) {
            Err(SimulateError::History { path, line, reason }) => {
                assert_eq!(path, "h.jsonl");
                (line, reason)
            }
            other => panic!("{text}: {other:?}"),
        }
    }

    const FAILED: &str = r#"{"id":"evt_1","type":"invoice.payment_failed","created":100,"data":{"object":{"id":"in_1","object":"invoice","status":"open"}}}"#;

    #[test]
    fn a_bad_line_is_refused_with_its_number_and_no_value_from_it() {
        let cases = [
            (format!("{FAILED}\n\n{{\"id\": \"evt_2\",\n"), 3, "not JSON"),
            (format!("{FAILED}\n[1, 2]\n"), 2, "neither a Stripe event"),
            ("{\"hello\": \"a@example.com\"}\n".into(), 1, "neither a Stripe event"),
            (
                r#"{"id":"a@example.com","type":"invoice.paid","created":1,"data":{"object":{}}}"#.into(),
                1,
                "not a Stripe event id",
            ),
            (
                r#"{"id":"evt_1","type":"","created":1,"data":{"object":{}}}"#.into(),
                1,
                "no \"type\"",
            ),
            (
                r#"{"id":"evt_1","type":"invoice.paid","created":"yesterday","data":{"object":{}}}"#.into(),
                1,
                "\"created\"",
            ),
            (
                r#"{"id":"evt_1","type":"invoice.paid","created":1,"data":{"object":"in_1"}}"#.into(),
                1,
                "data.object is not a JSON object",
            ),
            (
                r#"{"id":"evt_1","type":"invoice.paid","created":1}"#.into(),
                1,
                "data.object is not a JSON object",
            ),
            (
                r#"{"object_version":{"id":"in_1"},"at":"soon"}"#.into(),
                1,
                "\"at\"",
            ),
            (
                format!("{FAILED}\n{FAILED}\n{{\"object_version\":{{\"email\":\"a@example.com\"}},\"at\":5}}"),
                3,
                "no \"id\"",
            ),
        ];
        for (text, line, reason) in cases {
            let (at, why) = refused(&text);
            assert_eq!(at, line, "{text}: {why}");
            assert!(why.contains(reason), "{text}: {why}");
            assert!(!why.contains('@'), "{why}");
        }
        let error = History::parse("h.jsonl", "{").unwrap_err().to_string();
        assert!(error.starts_with("h.jsonl line 1: not JSON: "), "{error}");
    }

    #[test]
    fn billing_events_are_simulated_in_time_order_and_the_rest_counted() {
        let text = [
            r#"{"id":"evt_3","type":"invoice.paid","created":300,"data":{"object":{"id":"in_1","object":"invoice","status":"paid"}}}"#,
            FAILED,
            r#"{"id":"evt_2","type":"customer.updated","created":200,"data":{"object":{"id":"cus_1","object":"customer"}}}"#,
            FAILED,
            r#"{"id":"evt_4","type":"checkout.session.expired","created":50,"data":{"object":{"id":"cs_1","object":"checkout.session"}}}"#,
            "",
            r#"{"id":"evt_5","type":"stripe_recovery.billing_step_due","created":60,"data":{"object":{}}}"#,
        ]
        .join("\n");
        let history = History::parse("h", &text).unwrap();
        assert_eq!(
            history.counts,
            HistoryCounts {
                lines: 6,
                versions: 0,
                events: 5,
                billing_events: 2,
                repeated: 1,
                span: Some((50, 300)),
            }
        );
        let order: Vec<&str> = history.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(order, ["evt_1", "evt_3"]);
        let item = history.events[0].inbox_item();
        assert_eq!(item.event_type, HandledType::InvoicePaymentFailed);
        assert_eq!(item.created, 100);
        assert_eq!(invoice_of(&item).as_deref(), Some("in_1"));
    }

    #[test]
    fn a_listing_newest_first_is_the_history_of_a_file_of_its_events_oldest_first() {
        let file = [
            FAILED,
            r#"{"id":"evt_2","type":"customer.updated","created":200,"data":{"object":{"id":"cus_1","object":"customer","email":"x@example.com"}}}"#,
            // The same second: the later-made event lists first, and wins as a file's.
            r#"{"id":"evt_3","type":"customer.updated","created":200,"data":{"object":{"id":"cus_1","object":"customer","email":"y@example.com"}}}"#,
            r#"{"id":"evt_4","type":"invoice.paid","created":300,"data":{"object":{"id":"in_1","object":"invoice","status":"paid"}}}"#,
        ];
        let from_file = History::parse("h", &file.join("\n")).unwrap();
        let newest_first: Vec<Value> = file
            .iter()
            .rev()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        let listed = History::from_listed("listed", newest_first).unwrap();
        assert_eq!(listed.counts, from_file.counts);
        let ids = |h: &History| {
            h.events
                .iter()
                .map(|e| e.id.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&listed), ids(&from_file));
        assert_eq!(listed.objects, from_file.objects);
        assert_eq!(
            listed.object_at("cus_1", 250).unwrap()["email"],
            json!("y@example.com")
        );

        let not_an_event = vec![json!({"object_version": {"id": "in_1"}, "at": 1})];
        let error = History::from_listed("listed", not_an_event).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Stripe's event list, event 1 from the oldest: not an event"
        );
    }

    #[test]
    fn an_object_is_its_versions_or_else_its_latest_payload_at_the_time() {
        let text = [
            r#"{"object_version":{"id":"in_1","object":"invoice","status":"draft"},"at":10}"#,
            r#"{"object_version":{"id":"in_1","object":"invoice","status":"paid"},"at":300}"#,
            r#"{"object_version":{"id":"in_1","object":"invoice","status":"open"},"at":90}"#,
            // Versions exist for in_1: its payloads are not its states.
            FAILED,
            r#"{"id":"evt_2","type":"customer.created","created":50,"data":{"object":{"id":"cus_1","object":"customer","email":"x@example.com"}}}"#,
            r#"{"id":"evt_3","type":"customer.updated","created":150,"data":{"object":{"id":"cus_1","object":"customer","email":"y@example.com"}}}"#,
            r#"{"id":"evt_4","type":"customer.deleted","created":250,"data":{"object":{"id":"cus_1","object":"customer","email":"y@example.com"}}}"#,
        ]
        .join("\n");
        let history = History::parse("h", &text).unwrap();
        let status = |at| history.object_at("in_1", at).map(|o| o["status"].clone());
        assert_eq!(status(5), None);
        assert_eq!(status(10), Some(json!("draft")));
        assert_eq!(status(100), Some(json!("open")));
        assert_eq!(status(299), Some(json!("open")));
        assert_eq!(status(1_000), Some(json!("paid")));
        let email = |at| history.object_at("cus_1", at).map(|o| o["email"].clone());
        assert_eq!(email(49), None);
        assert_eq!(email(50), Some(json!("x@example.com")));
        assert_eq!(email(200), Some(json!("y@example.com")));
        let deleted = history.object_at("cus_1", 250).unwrap();
        assert_eq!(deleted["deleted"], json!(true));
        assert_eq!(deleted.get("email"), None);
        assert_eq!(history.counts.versions, 3);
    }

    #[tokio::test]
    async fn the_stripe_of_a_history_answers_as_of_the_clock_and_404s_before() {
        let text = [
            r#"{"object_version":{"id":"in_1","object":"invoice","status":"open","amount_due":500,"currency":"usd"},"at":10}"#,
            r#"{"object_version":{"id":"cus_1","object":"subscription","status":"active"},"at":10}"#,
        ]
        .join("\n");
        let history = History::parse("h", &text).unwrap();
        let stripe = HistoryStripe {
            history: &history,
            clock: SimClock::default(),
        };
        let deadline = Instant::now() + Duration::from_secs(1);
        let invoice = InvoiceId::parse("in_1").unwrap();
        stripe.clock.set(9);
        let missing = stripe.invoice(&invoice, deadline).await.unwrap_err();
        assert_eq!(missing.code(), Some(&ErrorCode::ResourceMissing));
        stripe.clock.set(10);
        assert_eq!(
            stripe.invoice(&invoice, deadline).await.unwrap().amount_due,
            500
        );
        // An object of another kind under the id is missing, as at Stripe.
        let not_a_customer = CustomerId::parse("cus_1").unwrap();
        let missing = stripe
            .customer(&not_a_customer, deadline)
            .await
            .unwrap_err();
        assert_eq!(missing.code(), Some(&ErrorCode::ResourceMissing));
    }

    #[test]
    fn arguments_name_what_is_wrong() {
        let args = |list: &[&str]| {
            SimulateArgs::parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            args(&["--policy", "p.toml", "h.jsonl", "--diff", "q.toml"]).unwrap(),
            SimulateArgs {
                policy: Some("p.toml".into()),
                history: HistorySource::File("h.jsonl".into()),
                diff: Some("q.toml".into()),
            }
        );
        assert_eq!(args(&["h.jsonl"]).unwrap().policy, None);
        assert_eq!(
            args(&["--from-stripe"]).unwrap().history,
            HistorySource::Stripe { days: 30 }
        );
        assert_eq!(
            args(&["--days", "1", "--from-stripe", "--diff", "q.toml"])
                .unwrap()
                .history,
            HistorySource::Stripe { days: 1 }
        );
        for (list, says) in [
            (
                &["--policy", "p.toml"][..],
                "EVENTS (or --from-stripe) is missing",
            ),
            (&["h.jsonl", "--policy"][..], "--policy needs a file"),
            (&["a.jsonl", "b.jsonl"][..], "only one EVENTS"),
            (
                &["--from-stripe", "--days", "0"][..],
                "--days 0: Stripe keeps events 30 days; give 1 to 30",
            ),
            (
                &["--from-stripe", "--days", "31"][..],
                "--days 31: Stripe keeps events 30 days; give 1 to 30",
            ),
            (
                &["--from-stripe", "--days", "-3"][..],
                "--days \"-3\" is not a whole number of days (1 to 30)",
            ),
            (
                &["--from-stripe", "--days"][..],
                "--days needs a number of days",
            ),
            (
                &["h.jsonl", "--from-stripe"][..],
                "EVENTS or --from-stripe, not both",
            ),
            (
                &["h.jsonl", "--days", "7"][..],
                "--days goes with --from-stripe",
            ),
            (
                &["--from-stripe", "--from-stripe"][..],
                "unknown or repeated option",
            ),
            (&["h.jsonl", "--verbose"][..], "unknown or repeated option"),
            (
                &["--policy", "a", "--policy", "b", "h"][..],
                "unknown or repeated option",
            ),
        ] {
            let error = args(list).unwrap_err().to_string();
            assert!(error.contains(says), "{list:?}: {error}");
            assert!(error.contains("usage: simulate"), "{error}");
        }
    }

    #[test]
    fn a_bad_policy_is_refused_with_its_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        std::fs::write(
            &path,
            "version = 1\n\n[[segment]]\nname = \"a\"\nsequence_days = [0, 90]\n",
        )
        .unwrap();
        let error = configured(Some(&path), &[]).unwrap_err().to_string();
        assert_eq!(
            error,
            format!(
                "{} line 5: sequence_days reaches day 90; the last step is at most day 60 (Stripe's retries are over by then)",
                path.display()
            )
        );
        let missing = dir.path().join("missing.toml");
        let error = configured(Some(&missing), &[]).unwrap_err().to_string();
        assert!(
            error.starts_with(&format!("cannot read the policy {}: ", missing.display())),
            "{error}"
        );
        let bad_setting = [("BILLING_MAX_REMINDERS".to_owned(), "twelve".to_owned())];
        let error = configured(None, &bad_setting).unwrap_err().to_string();
        assert!(error.contains("BILLING_MAX_REMINDERS"), "{error}");
    }
}
