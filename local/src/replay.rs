//! `replay <consumer> --queue-url <url> [--dry-run]`: runs again what a stream consumer
//! gave up on.
//!
//! When a consumer exhausts its retries on a stream batch, Lambda's OnFailure destination
//! puts an invocation record in the consumer's SQS queue. It names a shard, a sequence
//! range and the batch's arrival times, not the records, and the stream keeps records
//! for 24 hours only. The inbox keeps every item for 30 days, so the replay reads the
//! inbox instead: for each queue message, the items of the consumer's `HANDLES` that
//! intake recorded within the batch's arrival window (with `WINDOW_SLACK_SECS` either
//! side), in `received_at` order, run through the consumer as its Lambda builds it, by
//! the same `stream::run_batch`. The window may hold neighbours that had succeeded: the
//! consumer's journal (`finished#<consumer>#<evt_…>`, written by the stream runner)
//! says which, and only the others run. A finished item judged again at today's clock
//! could mail what its own time held back (a cooldown, say); and every consumer's
//! effects are idempotent besides, so running a replay twice is safe.
//!
//! A message is deleted only when the window holds at least the batch's records and
//! every item in it succeeded; otherwise it is kept (and made visible again), with the
//! reason printed.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use aws_sdk_sqs::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_sqs::primitives::{DateTime, DateTimeFormat};
use billing_recovery::BillingRecovery;
use billing_recovery::config::BillingConfig;
use recovery_mailer::RecoveryMailer;
use recovery_mailer::config::MailerConfig;
use serde::Deserialize;
use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::chat::{DeployedAlerts, deployed_alerts};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::config::{ConfigError, Env, stripe_config};
use stripe_recovery::inbox::{HandledType, INBOX_TTL_SECS, InboxItem};
use stripe_recovery::ports::Journal;
use stripe_recovery::stream::{self, Invocation, StreamConsumer};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::time::unix_now;

/// Slack either side of the batch's arrival window: `received_at` is taken just before
/// the write, the stream's arrival times are rounded (to the second, or the minute on
/// older streams), and clocks differ a little.
pub const WINDOW_SLACK_SECS: i64 = 60;

/// Items per `run_batch` call: the template's `BatchSize`.
pub const BATCH_SIZE: usize = 10;

/// Time given to each batch of `BATCH_SIZE` items; the runner starts no record closer
/// than the consumer's `RECORD_MARGIN` to it, and a record not started fails the message.
pub const BATCH_BUDGET: Duration = Duration::from_secs(60);

/// How long received messages stay hidden from other readers while the replay works on
/// them. Kept messages are made visible again at the end.
pub const VISIBILITY_TIMEOUT_SECS: i32 = 900;

/// A stream consumer as its Lambda's `main.rs` builds it: its configuration read from
/// the environment, its AWS adapters, its `from_config`. `stream_consumers!` requires
/// one for every consumer it lists.
pub trait Deployed: StreamConsumer + Sized {
    fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
        aws: &aws_config::SdkConfig,
    ) -> Result<Self, ConfigError>;
}

impl Deployed for RecoveryMailer<DynamoStore, SesMailer> {
    fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
        aws: &aws_config::SdkConfig,
    ) -> Result<Self, ConfigError> {
        let config = MailerConfig::from_env(env)?;
        let store = DynamoStore::from_sdk_config(aws, &config.table_name);
        let ses = SesMailer::from_sdk_config(
            aws,
            config.sender.clone(),
            config.ses_configuration_set.clone(),
        );
        let stripe = config.stripe.clone().map(StripeClient::new);
        Ok(RecoveryMailer::from_config(config, store, ses, stripe))
    }
}

impl Deployed for SetupIntentCanceller {
    fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
        _aws: &aws_config::SdkConfig,
    ) -> Result<Self, ConfigError> {
        Ok(SetupIntentCanceller::from_config(
            CancellerConfig::from_env(env)?,
        ))
    }
}

impl Deployed for BillingRecovery<DynamoStore, SesMailer, StripeClient, DeployedAlerts> {
    fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
        aws: &aws_config::SdkConfig,
    ) -> Result<Self, ConfigError> {
        let config = BillingConfig::from_env(env)?;
        let stripe = StripeClient::new(stripe_config(env)?);
        let store = DynamoStore::from_sdk_config(aws, &config.table_name);
        let ses = SesMailer::from_sdk_config(
            aws,
            config.sender.clone(),
            config.ses_configuration_set.clone(),
        );
        let alerts = deployed_alerts(
            aws,
            config.alert_topic_arn.as_deref(),
            config.alert_webhook_url.as_deref(),
        );
        Ok(BillingRecovery::from_config(
            config, store, ses, stripe, alerts,
        ))
    }
}

/// What to replay, from the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayArgs {
    pub consumer: String,
    pub queue_url: String,
    pub dry_run: bool,
}

pub const USAGE: &str = "usage: recovery-local replay <consumer> --queue-url <url> [--dry-run]";

impl ReplayArgs {
    /// Parses the arguments after `replay`.
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let mut consumer = None;
        let mut queue_url = None;
        let mut dry_run = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--dry-run" => dry_run = true,
                "--queue-url" => {
                    let url = args.next().ok_or("--queue-url needs a value")?;
                    queue_url = Some(url.clone());
                }
                other if other.starts_with("--queue-url=") => {
                    queue_url = Some(other["--queue-url=".len()..].to_owned());
                }
                other if other.starts_with('-') => {
                    return Err(format!("unknown option {other:?}"));
                }
                name if consumer.is_none() => consumer = Some(name.to_owned()),
                extra => return Err(format!("unexpected argument {extra:?}")),
            }
        }
        Ok(Self {
            consumer: consumer.ok_or("name the consumer to replay")?,
            queue_url: queue_url.filter(|url| !url.is_empty()).ok_or(
                "--queue-url is required (the stack's <Consumer>DeadLetterQueueUrl output)",
            )?,
            dry_run,
        })
    }
}

/// How the replay talks to SQS, besides the arguments.
#[derive(Debug, Clone)]
pub struct ReplayOptions {
    pub queue_url: String,
    pub dry_run: bool,
    /// `WaitTimeSeconds` of each receive: long polling asks every SQS server, so an empty
    /// answer means an empty queue. Tests against moto use 0.
    pub receive_wait_secs: i32,
}

impl ReplayOptions {
    pub fn new(queue_url: impl Into<String>, dry_run: bool) -> Self {
        Self {
            queue_url: queue_url.into(),
            dry_run,
            receive_wait_secs: 2,
        }
    }
}

/// What a run did, message by message.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Messages read from the queue.
    pub messages: usize,
    /// Replayed in full and deleted.
    pub deleted: usize,
    /// Left in the queue: a failure, an incomplete window, or unreadable.
    pub kept: usize,
    /// Dry run: messages whose replay was listed.
    pub planned: usize,
}

impl Summary {
    /// Whether the run did all it was asked: every message replayed and deleted, or with
    /// `--dry-run`, every message readable and its window listed.
    pub fn complete(&self) -> bool {
        self.kept == 0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error("no stream consumer is named {name:?}; the consumers are: {known}")]
    UnknownConsumer { name: String, known: String },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("reading the queue {queue_url} failed: {reason}")]
    Receive { queue_url: String, reason: String },
}

/// The part of Lambda's on-failure invocation record for a DynamoDB stream batch that the
/// replay reads (the whole record: the Lambda guide, "Retaining discarded records for a
/// DynamoDB event source").
#[derive(Debug, Clone, Deserialize)]
pub struct FailureRecord {
    #[serde(rename = "requestContext", default)]
    pub request_context: Option<RequestContext>,
    #[serde(rename = "DDBStreamBatchInfo")]
    pub batch: StreamBatchInfo,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestContext {
    #[serde(default)]
    pub function_arn: Option<String>,
    /// `RetryAttemptsExhausted`, `RecordAgeExceeded`, …
    #[serde(default)]
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamBatchInfo {
    pub shard_id: String,
    pub start_sequence_number: String,
    pub end_sequence_number: String,
    /// RFC 3339, e.g. `2019-11-14T00:13:19Z`.
    pub approximate_arrival_of_first_record: String,
    pub approximate_arrival_of_last_record: String,
    pub batch_size: usize,
    /// `arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>`.
    pub stream_arn: String,
}

/// The `received_at` range (unix seconds, both included) whose items a message replays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: i64,
    pub to: i64,
}

/// What a message says, once checked against the consumer and the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub window: Window,
    pub batch_size: usize,
    /// One line describing the batch, for the operator.
    pub describe: String,
}

/// Reads a queue message's body and decides what it replays, or why it cannot be.
/// `consumer` is the consumer being replayed, `consumers` every consumer's name, `table`
/// the inbox table (`TABLE_NAME`), `now` the clock (unix seconds).
pub fn plan(
    body: &str,
    consumer: &str,
    consumers: &[&str],
    table: &str,
    now: i64,
) -> Result<Plan, String> {
    let record: FailureRecord = serde_json::from_str(body).map_err(|e| {
        format!("not a Lambda on-failure record of a DynamoDB stream batch ({e}); left for a person to read")
    })?;
    let batch = &record.batch;
    let stream_table = table_of_stream(&batch.stream_arn).ok_or_else(|| {
        format!(
            "streamArn {:?} is not a DynamoDB table stream's ARN",
            batch.stream_arn
        )
    })?;
    if stream_table != table {
        return Err(format!(
            "the batch came from the stream of table {stream_table:?}, but TABLE_NAME is {table:?}"
        ));
    }
    if let Some(function) = record
        .request_context
        .as_ref()
        .and_then(|c| c.function_arn.as_deref())
        && let Some(other) = other_consumer_named(function, consumer, consumers)
    {
        return Err(format!(
            "the batch failed in {function}, which is {other}'s function: replay it with `replay {other}`"
        ));
    }
    let first = arrival(&batch.approximate_arrival_of_first_record, "First")?;
    let last = arrival(&batch.approximate_arrival_of_last_record, "Last")?;
    let window = Window {
        from: first.min(last) - WINDOW_SLACK_SECS,
        to: first.max(last) + WINDOW_SLACK_SECS,
    };
    if window.from < now - INBOX_TTL_SECS {
        return Err(format!(
            "the batch arrived {}, beyond the inbox's {} days: its items may be deleted already; \
             look the events up in Stripe's Dashboard (Developers → Events) and delete the message by hand",
            batch.approximate_arrival_of_first_record,
            INBOX_TTL_SECS / 86_400
        ));
    }
    let condition = record
        .request_context
        .as_ref()
        .and_then(|c| c.condition.as_deref())
        .unwrap_or("failed");
    Ok(Plan {
        window,
        batch_size: batch.batch_size,
        describe: format!(
            "batch of {} record(s), {condition}, shard {} sequence {}–{}, arrived {} – {}",
            batch.batch_size,
            batch.shard_id,
            batch.start_sequence_number,
            batch.end_sequence_number,
            batch.approximate_arrival_of_first_record,
            batch.approximate_arrival_of_last_record,
        ),
    })
}

fn arrival(text: &str, which: &str) -> Result<i64, String> {
    DateTime::from_str(text, DateTimeFormat::DateTime)
        .map(|t| t.secs())
        .map_err(|e| {
            format!("approximateArrivalOf{which}Record {text:?} is not an RFC 3339 time: {e}")
        })
}

/// `mytable` from `arn:aws:dynamodb:us-east-2:123456789012:table/mytable/stream/2019-…`.
fn table_of_stream(stream_arn: &str) -> Option<&str> {
    let resource = stream_arn
        .strip_prefix("arn:")?
        .splitn(5, ':')
        .nth(4)?
        .strip_prefix("table/")?;
    let (table, stream) = resource.split_once("/stream/")?;
    (!table.is_empty() && !stream.is_empty()).then_some(table)
}

/// Another consumer whose name the function's name holds when this one's does not
/// (CloudFormation names a function `<stack>-<LogicalId>-<suffix>`, and the template's
/// logical ids are the consumers' names in CamelCase): a message from the wrong queue.
fn other_consumer_named<'a>(
    function_arn: &str,
    consumer: &str,
    consumers: &[&'a str],
) -> Option<&'a str> {
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect::<String>()
    };
    let function = squash(function_arn.rsplit(":function:").next().unwrap_or(""));
    if function.contains(&squash(consumer)) {
        return None;
    }
    consumers
        .iter()
        .copied()
        .find(|other| *other != consumer && function.contains(&squash(other)))
}

/// An SQS error as its code and message (`AWS.SimpleQueueService.NonExistentQueue: The
/// specified queue does not exist.`), or its chain of causes when no answer came.
fn sqs_error<E, R>(err: &SdkError<E, R>) -> String
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    match err.as_service_error() {
        Some(e) => format!(
            "{}: {}",
            e.code().unwrap_or("error"),
            e.message().unwrap_or("(no message)")
        ),
        None => {
            let mut text = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(cause) = source {
                text.push_str(": ");
                text.push_str(&cause.to_string());
                source = cause.source();
            }
            text
        }
    }
}

/// `unix` as `2026-11-22T07:00:00Z`.
fn time(unix: i64) -> String {
    DateTime::from_secs(unix)
        .fmt(DateTimeFormat::DateTime)
        .unwrap_or_else(|_| unix.to_string())
}

/// Wraps a consumer to keep what `process` returned for each item, so the replay can say
/// per item what happened; the runner, metrics and spans see the consumer itself.
struct Recording<'a, C> {
    inner: &'a C,
    results: Mutex<Vec<(String, Result<String, String>)>>,
}

impl<C: StreamConsumer> StreamConsumer for Recording<'_, C> {
    const NAME: &'static str = C::NAME;
    const HANDLES: &'static [HandledType] = C::HANDLES;
    const RECORD_MARGIN: Duration = C::RECORD_MARGIN;
    type Outcome = C::Outcome;
    type Error = C::Error;

    async fn process(
        &self,
        item: &InboxItem,
        at: &Invocation<'_>,
    ) -> Result<Self::Outcome, Self::Error> {
        let result = self.inner.process(item, at).await;
        let said = match &result {
            Ok(outcome) => Ok(outcome.to_string()),
            Err(error) => Err(error.to_string()),
        };
        self.results
            .lock()
            .expect("not poisoned")
            .push((item.pk.clone(), said));
        result
    }
}

/// Runs `items` through `consumer` in batches of `BATCH_SIZE`, as Lambda would deliver
/// them, journaled in `journal`, and says per item what happened. `true` if every item
/// succeeded.
async fn run_items<C: StreamConsumer, J: Journal>(
    consumer: &C,
    journal: &J,
    items: &[InboxItem],
    out: &mut (dyn FnMut(&str) + Send),
) -> bool {
    let mut all_ok = true;
    for chunk in items.chunks(BATCH_SIZE) {
        let recording = Recording {
            inner: consumer,
            results: Mutex::default(),
        };
        let line = |item: &InboxItem, said: &str| {
            format!(
                "  {} {} (received {}): {said}",
                item.event_id,
                item.event_type,
                time(item.received_at)
            )
        };
        let event = match stream::batch_of(chunk) {
            Ok(event) => event,
            Err(e) => {
                for item in chunk {
                    out(&line(
                        item,
                        &format!("FAILED: not replayable as a stream record: {e}"),
                    ));
                }
                all_ok = false;
                continue;
            }
        };
        let deadline = tokio::time::Instant::now() + BATCH_BUDGET;
        let response = stream::run_batch(&recording, journal, &event, unix_now(), deadline).await;
        let failed: HashSet<String> = response
            .batch_item_failures
            .into_iter()
            .filter_map(|f| f.item_identifier)
            .collect();
        let results = recording.results.into_inner().expect("not poisoned");
        for (n, item) in chunk.iter().enumerate() {
            // `batch_of` numbers the records 1, 2, 3… in order.
            let sequence_number = (n + 1).to_string();
            let said = results
                .iter()
                .find(|(pk, _)| *pk == item.pk)
                .map(|(_, r)| r);
            let text = match (said, failed.contains(&sequence_number)) {
                (Some(Ok(outcome)), false) => outcome.clone(),
                (Some(Err(error)), _) => {
                    all_ok = false;
                    format!("FAILED: {error}")
                }
                (Some(Ok(outcome)), true) => {
                    all_ok = false;
                    format!("FAILED after {outcome}")
                }
                (None, true) => {
                    all_ok = false;
                    "FAILED: not started (too little of the batch's time left)".to_owned()
                }
                (None, false) => {
                    all_ok = false;
                    format!("FAILED: not processed ({} does not handle it)", C::NAME)
                }
            };
            out(&line(item, &text));
        }
    }
    all_ok
}

/// One replay run: the consumer, the inbox and the queue.
struct Replay<'a, C> {
    consumer: &'a C,
    /// Every consumer's name, to spot a message from another's queue.
    consumers: &'a [&'a str],
    store: &'a DynamoStore,
    /// The inbox table (`TABLE_NAME`).
    table: &'a str,
    sqs: &'a aws_sdk_sqs::Client,
    options: &'a ReplayOptions,
}

impl<C: StreamConsumer> Replay<'_, C> {
    /// Replays every message in the queue. Prints through `out`, one line at a time.
    async fn run(&self, out: &mut (dyn FnMut(&str) + Send)) -> Result<Summary, ReplayError> {
        let (sqs, options, table) = (self.sqs, self.options, self.table);
        let mut summary = Summary::default();
        let mut seen = HashSet::new();
        // Receipt handles of messages to make visible again at the end: kept ones, all of
        // them in a dry run, and any received twice.
        let mut release = Vec::new();
        out(&format!(
            "{} {} from {} (inbox table {table}){}",
            if options.dry_run {
                "dry run:"
            } else {
                "replay"
            },
            C::NAME,
            options.queue_url,
            if options.dry_run {
                ", listing only: nothing is processed or deleted"
            } else {
                ""
            }
        ));
        let result = loop {
            let received = sqs
                .receive_message()
                .queue_url(&options.queue_url)
                .max_number_of_messages(10)
                .visibility_timeout(VISIBILITY_TIMEOUT_SECS)
                .wait_time_seconds(options.receive_wait_secs)
                .send()
                .await;
            let messages = match received {
                Ok(output) => output.messages.unwrap_or_default(),
                Err(e) => {
                    break Err(ReplayError::Receive {
                        queue_url: options.queue_url.clone(),
                        reason: sqs_error(&e),
                    });
                }
            };
            let mut fresh = Vec::new();
            for message in messages {
                let id = message.message_id.clone().unwrap_or_default();
                if seen.insert(id) {
                    fresh.push(message);
                } else if let Some(handle) = message.receipt_handle {
                    // Back around: its hiding time ran out during a long run.
                    release.push(handle);
                }
            }
            if fresh.is_empty() {
                break Ok(());
            }
            for message in fresh {
                summary.messages += 1;
                let id = message.message_id.as_deref().unwrap_or("(no id)");
                let handle = message.receipt_handle.clone().unwrap_or_default();
                let body = message.body.as_deref().unwrap_or("");
                let verdict = self.message(id, body, out).await;
                match verdict {
                    Verdict::Done if !options.dry_run => {
                        match sqs
                            .delete_message()
                            .queue_url(&options.queue_url)
                            .receipt_handle(&handle)
                            .send()
                            .await
                        {
                            Ok(_) => {
                                summary.deleted += 1;
                                out("  deleted: every item succeeded");
                            }
                            Err(e) => {
                                summary.kept += 1;
                                out(&format!(
                                    "  kept: every item succeeded, but deleting the message failed: {}",
                                    sqs_error(&e)
                                ));
                                release.push(handle);
                            }
                        }
                    }
                    Verdict::Done => {
                        summary.planned += 1;
                        out("  left in the queue (dry run)");
                        release.push(handle);
                    }
                    Verdict::Keep(reason) => {
                        summary.kept += 1;
                        out(&format!("  kept: {reason}"));
                        release.push(handle);
                    }
                }
            }
        };
        for handle in release {
            // Visible again at once, so the queue's alarm and the next run see it.
            if let Err(e) = sqs
                .change_message_visibility()
                .queue_url(&options.queue_url)
                .receipt_handle(handle)
                .visibility_timeout(0)
                .send()
                .await
            {
                out(&format!(
                    "note: a kept message stays hidden until its {VISIBILITY_TIMEOUT_SECS} s visibility timeout ends: {}",
                    sqs_error(&e)
                ));
            }
        }
        result?;
        out(&format!(
            "{} message(s): {}",
            summary.messages,
            if options.dry_run {
                format!(
                    "{} listed, {} not replayable (dry run: nothing changed)",
                    summary.planned, summary.kept
                )
            } else {
                format!(
                    "{} replayed and deleted, {} kept in the queue",
                    summary.deleted, summary.kept
                )
            }
        ));
        Ok(summary)
    }

    /// Replays one message; what to do with it.
    async fn message(&self, id: &str, body: &str, out: &mut (dyn FnMut(&str) + Send)) -> Verdict {
        let options = self.options;
        let plan = match plan(body, C::NAME, self.consumers, self.table, unix_now()) {
            Ok(plan) => plan,
            Err(reason) => {
                out(&format!("message {id}"));
                return Verdict::Keep(reason);
            }
        };
        out(&format!("message {id}: {}", plan.describe));
        let items = match self
            .store
            .inbox_items_received_between(plan.window.from, plan.window.to, C::HANDLES)
            .await
        {
            Ok(items) => items,
            Err(e) => return Verdict::Keep(format!("the inbox could not be read: {e}")),
        };
        let types: Vec<&str> = C::HANDLES.iter().map(|t| t.as_str()).collect();
        out(&format!(
            "  {} inbox item(s) of {} received {} – {}",
            items.len(),
            types.join(", "),
            time(plan.window.from),
            time(plan.window.to)
        ));
        // Only what the consumer did not finish: a neighbour that succeeded in the batch is
        // not judged again at today's clock.
        let mut unfinished = Vec::new();
        for item in &items {
            match self.store.finished(C::NAME, &item.event_id).await {
                Ok(Some(outcome)) => out(&format!(
                    "  {} {} (received {}): finished before ({outcome}); not replayed",
                    item.event_id,
                    item.event_type,
                    time(item.received_at)
                )),
                Ok(None) => unfinished.push(item.clone()),
                Err(e) => return Verdict::Keep(format!("the journal could not be read: {e}")),
            }
        }
        if options.dry_run {
            for item in &unfinished {
                out(&format!(
                    "  {} {} (received {}): would replay",
                    item.event_id,
                    item.event_type,
                    time(item.received_at)
                ));
            }
            if items.len() < plan.batch_size {
                return Verdict::Keep(format!(
                    "the window holds {} item(s) for a batch of {}: some are gone from the inbox",
                    items.len(),
                    plan.batch_size
                ));
            }
            return Verdict::Done;
        }
        let all_ok = run_items(self.consumer, self.store, &unfinished, out).await;
        if items.len() < plan.batch_size {
            return Verdict::Keep(format!(
                "the window holds {} item(s) for a batch of {}: some are gone from the inbox \
             (deleted by hand?); look the rest up in Stripe, then delete the message by hand",
                items.len(),
                plan.batch_size
            ));
        }
        if all_ok {
            Verdict::Done
        } else {
            Verdict::Keep("an item failed; fix the cause and run the replay again".to_owned())
        }
    }
}

enum Verdict {
    /// Every item succeeded (or, in a dry run, the window was listed).
    Done,
    Keep(String),
}

/// Builds the consumer `C` as its Lambda does and replays `options.queue_url` through it.
pub async fn run_deployed<C: Deployed, F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
    aws: &aws_config::SdkConfig,
    consumers: &[&str],
    options: &ReplayOptions,
    out: &mut (dyn FnMut(&str) + Send),
) -> Result<Summary, ReplayError> {
    let consumer = C::from_env(env, aws)?;
    let table = env.required("TABLE_NAME")?;
    let store = DynamoStore::from_sdk_config(aws, &table);
    let sqs = aws_sdk_sqs::Client::new(aws);
    Replay {
        consumer: &consumer,
        consumers,
        store: &store,
        table: &table,
        sqs: &sqs,
        options,
    }
    .run(out)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example invocation record of the Lambda guide ("Retaining discarded records for
    /// a DynamoDB event source"), verbatim.
    const DOC_EXAMPLE: &str = r#"{
    "requestContext": {
        "requestId": "316aa6d0-8154-xmpl-9af7-85d5f4a6bc81",
        "functionArn": "arn:aws:lambda:us-east-2:123456789012:function:myfunction",
        "condition": "RetryAttemptsExhausted",
        "approximateInvokeCount": 1
    },
    "responseContext": {
        "statusCode": 200,
        "executedVersion": "$LATEST",
        "functionError": "Unhandled"
    },
    "version": "1.0",
    "timestamp": "2019-11-14T00:13:49.717Z",
    "DDBStreamBatchInfo": {
        "shardId": "shardId-00000001573689847184-864758bb",
        "startSequenceNumber": "800000000003126276362",
        "endSequenceNumber": "800000000003126276362",
        "approximateArrivalOfFirstRecord": "2019-11-14T00:13:19Z",
        "approximateArrivalOfLastRecord": "2019-11-14T00:13:19Z",
        "batchSize": 1,
        "streamArn": "arn:aws:dynamodb:us-east-2:123456789012:table/mytable/stream/2019-11-14T00:04:06.388"
    }
}"#;

    /// 2019-11-14T00:13:19Z.
    const ARRIVED: i64 = 1_573_690_399;
    const CONSUMERS: &[&str] = &["recovery-mailer", "setup-intent-canceller"];

    fn plan_at(body: &str, consumer: &str, now: i64) -> Result<Plan, String> {
        plan(body, consumer, CONSUMERS, "mytable", now)
    }

    #[test]
    fn the_guides_example_record_gives_its_window_with_slack() {
        let plan = plan_at(DOC_EXAMPLE, "recovery-mailer", ARRIVED + 3600).unwrap();
        assert_eq!(
            plan.window,
            Window {
                from: ARRIVED - WINDOW_SLACK_SECS,
                to: ARRIVED + WINDOW_SLACK_SECS
            }
        );
        assert_eq!(plan.batch_size, 1);
        assert!(
            plan.describe.contains("RetryAttemptsExhausted")
                && plan
                    .describe
                    .contains("shardId-00000001573689847184-864758bb"),
            "{}",
            plan.describe
        );
    }

    #[test]
    fn fractional_arrival_times_and_a_window_given_backwards_are_read() {
        let body = DOC_EXAMPLE
            .replace(
                r#""approximateArrivalOfFirstRecord": "2019-11-14T00:13:19Z""#,
                r#""approximateArrivalOfFirstRecord": "2019-11-14T00:13:29.250Z""#,
            )
            .replace(r#""batchSize": 1"#, r#""batchSize": 2"#);
        let plan = plan_at(&body, "recovery-mailer", ARRIVED).unwrap();
        assert_eq!(plan.window.from, ARRIVED - WINDOW_SLACK_SECS);
        assert_eq!(plan.window.to, ARRIVED + 10 + WINDOW_SLACK_SECS);
    }

    #[test]
    fn messages_that_cannot_be_replayed_say_why() {
        let thirty_days = INBOX_TTL_SECS;
        let cases: Vec<(&str, String, i64, &str)> = vec![
            (
                "not JSON",
                "{".into(),
                ARRIVED,
                "not a Lambda on-failure record",
            ),
            (
                "a Kinesis record",
                DOC_EXAMPLE.replace("DDBStreamBatchInfo", "KinesisBatchInfo"),
                ARRIVED,
                "not a Lambda on-failure record",
            ),
            (
                "another table's stream",
                DOC_EXAMPLE.replace("table/mytable/", "table/othertable/"),
                ARRIVED,
                "table \"othertable\", but TABLE_NAME is \"mytable\"",
            ),
            (
                "not a stream ARN",
                DOC_EXAMPLE.replace("table/mytable/stream/", "table/mytable/index/"),
                ARRIVED,
                "is not a DynamoDB table stream's ARN",
            ),
            (
                "a time that is not RFC 3339",
                DOC_EXAMPLE.replace(r#""2019-11-14T00:13:19Z","#, r#""14 Nov 2019 00:13:19","#),
                ARRIVED,
                "approximateArrivalOfFirstRecord \"14 Nov 2019 00:13:19\" is not an RFC 3339 time",
            ),
            (
                "beyond the inbox's 30 days (slack included)",
                DOC_EXAMPLE.to_owned(),
                ARRIVED + thirty_days - WINDOW_SLACK_SECS + 1,
                "beyond the inbox's 30 days",
            ),
            (
                "the canceller's function",
                DOC_EXAMPLE.replace(
                    "function:myfunction",
                    "function:stripe-recovery-SetupIntentCancellerFunction-Ab12",
                ),
                ARRIVED,
                "which is setup-intent-canceller's function",
            ),
        ];
        for (name, body, now, expected) in cases {
            let err = plan_at(&body, "recovery-mailer", now).unwrap_err();
            assert!(err.contains(expected), "{name}: {err}");
        }
        // The last second still inside the inbox's retention.
        assert!(
            plan_at(
                DOC_EXAMPLE,
                "recovery-mailer",
                ARRIVED + thirty_days - WINDOW_SLACK_SECS
            )
            .is_ok()
        );
    }

    #[test]
    fn a_function_named_after_the_consumer_or_none_is_accepted() {
        for function in [
            "arn:aws:lambda:us-east-1:1:function:stripe-recovery-RecoveryMailerFunction-Ab12",
            "arn:aws:lambda:us-east-1:1:function:myfunction",
            "arn:aws:lambda:us-east-1:1:function:recovery-mailer-prod",
        ] {
            assert_eq!(
                other_consumer_named(function, "recovery-mailer", CONSUMERS),
                None,
                "{function}"
            );
        }
        assert_eq!(
            other_consumer_named(
                "arn:aws:lambda:us-east-1:1:function:shop-RecoveryMailerFunction-x",
                "setup-intent-canceller",
                CONSUMERS
            ),
            Some("recovery-mailer")
        );
    }

    #[test]
    fn tables_of_stream_arns() {
        assert_eq!(
            table_of_stream(
                "arn:aws:dynamodb:us-east-2:123456789012:table/my-table.v2/stream/2019-11-14T00:04:06.388"
            ),
            Some("my-table.v2")
        );
        for arn in [
            "arn:aws:dynamodb:us-east-2:123456789012:table/mytable",
            "arn:aws:kinesis:us-east-2:123456789012:stream/mytable",
            "table/mytable/stream/x",
        ] {
            assert_eq!(table_of_stream(arn), None, "{arn}");
        }
    }

    #[test]
    fn arguments() {
        let args = |list: &[&str]| {
            ReplayArgs::parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            args(&["recovery-mailer", "--queue-url", "https://q", "--dry-run"]).unwrap(),
            ReplayArgs {
                consumer: "recovery-mailer".into(),
                queue_url: "https://q".into(),
                dry_run: true
            }
        );
        assert_eq!(
            args(&["--queue-url=https://q", "setup-intent-canceller"]).unwrap(),
            ReplayArgs {
                consumer: "setup-intent-canceller".into(),
                queue_url: "https://q".into(),
                dry_run: false
            }
        );
        for (list, expected) in [
            (&["recovery-mailer"][..], "--queue-url is required"),
            (&["--queue-url", "https://q"][..], "name the consumer"),
            (&["recovery-mailer", "--queue-url"][..], "needs a value"),
            (
                &["a", "b", "--queue-url", "q"][..],
                "unexpected argument \"b\"",
            ),
            (
                &["a", "--force", "--queue-url", "q"][..],
                "unknown option \"--force\"",
            ),
        ] {
            let err = args(list).unwrap_err();
            assert!(err.contains(expected), "{list:?}: {err}");
        }
    }
}
