//! Load test, bounded and on loopback: signed Stripe deliveries through the real webhook
//! handler (`Webhook::from_config` over DynamoDB on moto) served on a loopback port, then
//! the inbox through the stream consumers (`run_batch` over the items in `received_at`
//! order, in batches of 10 as Lambda delivers them; the recovery mailer sends through
//! SES on moto, the setup-intent canceller calls the Stripe fake).
//!
//!     scripts/load-test        # starts moto, builds and runs this (debug)
//!
//! It prints throughput, latency and the invariants, and exits non-zero if one fails:
//! every delivery answered 200, each event recorded exactly once (one `duplicate:false`
//! per event id), inbox items == distinct events, no record failing after Lambda's retries, mails == eligible
//! recipients (none lost, none doubled), cancellations == pending SetupIntents. Nothing
//! it prints holds an address, a secret or a signature.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::TokioIo;
use integration_tests::stripe_fake::StripeFake;
use integration_tests::*;
use recovery_mailer::RecoveryMailer;
use serde_json::{Value, json};
use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::http::HttpFunction;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::ports::{MailError, Mailer, OutgoingMail};
use stripe_recovery::stream::{self, StreamConsumer};
use stripe_recovery::time::FALLBACK_BUDGET;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use webhook::Webhook;
use webhook::intake::MAX_BODY_BYTES;

/// Distinct events; each is delivered once, and `REDELIVERIES` of them again.
const EVENTS: usize = 1_600;
/// A fifth of all deliveries: Stripe redelivering an event id it already sent.
const REDELIVERIES: usize = 400;
const CONCURRENCY: usize = 50;
/// Recipients of the checkout sessions: fewer than the sessions, so most appear in
/// several and the cooldown decides.
const RECIPIENTS: usize = 400;
/// The template's `BatchSize`.
const BATCH_SIZE: usize = 10;
/// Time given to each batch, as a Lambda invocation's budget.
const BATCH_BUDGET: Duration = Duration::from_secs(30);
const SEED: u64 = 0x5712_1be5_2026_0015;

/// SplitMix64: a fixed sequence, so every run sends the same mix.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What an event is, for working out what the consumers must do with it.
#[derive(Debug, Clone)]
enum Kind {
    /// `checkout.session.expired`; `mailable` when the session passes the checks that
    /// need no stored facts (recovery on, link live, opted in, an email).
    Expired {
        recipient: usize,
        mailable: bool,
        created: i64,
    },
    /// `checkout.session.completed`; a purchase counts from when it was paid: the
    /// event's `created`, not the session's.
    Completed { recipient: usize, paid_at: i64 },
    SubscriptionDeleted {
        pending_setup_intent: Option<String>,
    },
}

struct Event {
    id: String,
    kind: Kind,
    body: Vec<u8>,
}

fn address(run: u32, recipient: usize) -> String {
    format!("load-{run}-{recipient}@example.com")
}

/// The mix: three in four checkout sessions expire (one in ten of them not mailable: no
/// consent, recovery off, or no email), some complete, some subscriptions end (half with
/// a pending SetupIntent).
fn events(run: u32, now: i64, rng: &mut Rng) -> Vec<Event> {
    (0..EVENTS)
        .map(|i| {
            let id = format!("evt_load{run}_{i:05}");
            let session_id = format!("cs_test_load{run}_{i:05}");
            let roll = rng.below(100);
            let (event_type, object, kind) = if roll < 75 {
                let recipient = rng.below(RECIPIENTS);
                let created = now - 7200 + rng.below(3600) as i64;
                let mut session =
                    recoverable_session(&session_id, &address(run, recipient), "en", now);
                session["created"] = json!(created);
                let mailable = match rng.below(30) {
                    0 => {
                        session["consent"]["promotions"] = json!("opt_out");
                        false
                    }
                    1 => {
                        session["after_expiration"]["recovery"]["enabled"] = json!(false);
                        false
                    }
                    2 => {
                        session["customer_details"]["email"] = Value::Null;
                        session["customer_email"] = Value::Null;
                        false
                    }
                    _ => true,
                };
                let kind = Kind::Expired {
                    recipient,
                    mailable,
                    created,
                };
                ("checkout.session.expired", session, kind)
            } else if roll < 90 {
                let recipient = rng.below(RECIPIENTS);
                let created = now - 7200 + rng.below(7200) as i64;
                let mut session =
                    recoverable_session(&session_id, &address(run, recipient), "en", now);
                session["status"] = json!("complete");
                session["created"] = json!(created);
                // Paid some time after it was opened (before or after other carts were).
                let paid_at = (created + rng.below(3600) as i64).min(now - 60);
                let kind = Kind::Completed { recipient, paid_at };
                ("checkout.session.completed", session, kind)
            } else {
                let pending = (rng.below(2) == 0).then(|| format!("seti_load{run}_{i:05}"));
                let mut subscription = fixture("subscription");
                subscription["status"] = json!("canceled");
                subscription["pending_setup_intent"] = json!(pending);
                let kind = Kind::SubscriptionDeleted {
                    pending_setup_intent: pending,
                };
                ("customer.subscription.deleted", subscription, kind)
            };
            let event_created = match &kind {
                Kind::Completed { paid_at, .. } => *paid_at,
                _ => now - 60,
            };
            let body = serde_json::to_vec(&stripe_event(&id, event_type, object, event_created))
                .expect("an event serializes");
            Event { id, kind, body }
        })
        .collect()
}

/// Serves `webhook` over HTTP/1.1 on `listener`, as API Gateway would hand it requests.
async fn serve(listener: TcpListener, webhook: Arc<Webhook<DynamoStore>>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        let webhook = webhook.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                let webhook = webhook.clone();
                async move {
                    let (parts, body) = request.into_parts();
                    let body = match Limited::new(body, MAX_BODY_BYTES + 1).collect().await {
                        Ok(collected) => collected.to_bytes(),
                        Err(_) => {
                            let mut response = hyper::Response::new(Full::new(Bytes::new()));
                            *response.status_mut() = hyper::StatusCode::PAYLOAD_TOO_LARGE;
                            return Ok::<_, Infallible>(response);
                        }
                    };
                    let request = lambda_http::Request::from_parts(
                        parts,
                        lambda_http::Body::from(body.to_vec()),
                    );
                    let deadline = tokio::time::Instant::now() + FALLBACK_BUDGET;
                    let response = webhook.respond(request, unix_now(), deadline).await;
                    Ok(response.map(|body| Full::new(Bytes::copy_from_slice(body.as_ref()))))
                }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

struct Delivery {
    event: usize,
    /// `None`: no answer (connection error).
    status: Option<u16>,
    duplicate: Option<bool>,
    latency: Duration,
}

/// Sends every delivery in `order` (indexes into `events`), `CONCURRENCY` at a time, each
/// signed when it is sent, as Stripe signs every attempt.
async fn deliver(url: &str, events: &Arc<Vec<Event>>, order: &[usize]) -> Vec<Delivery> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CONCURRENCY)
        .build()
        .expect("an HTTP client");
    let semaphore = Arc::new(Semaphore::new(CONCURRENCY));
    let mut tasks = tokio::task::JoinSet::new();
    for &event in order {
        let permit = semaphore.clone().acquire_owned().await.expect("open");
        let (client, url, events) = (client.clone(), url.to_owned(), events.clone());
        tasks.spawn(async move {
            let _permit = permit;
            let body = events[event].body.clone();
            let header = signature_header(TEST_SECRET, unix_now(), &body);
            let started = Instant::now();
            let sent = client
                .post(&url)
                .header("content-type", "application/json")
                .header("stripe-signature", header)
                .body(body)
                .send()
                .await;
            let (status, duplicate) = match sent {
                Ok(response) => {
                    let status = response.status().as_u16();
                    let answer: Value = response
                        .bytes()
                        .await
                        .ok()
                        .and_then(|b| serde_json::from_slice(&b).ok())
                        .unwrap_or(Value::Null);
                    (Some(status), answer["duplicate"].as_bool())
                }
                Err(_) => (None, None),
            };
            Delivery {
                event,
                status,
                duplicate,
                latency: started.elapsed(),
            }
        });
    }
    tasks.join_all().await
}

/// Lambda's retries of a batch with failed records (from the first failed one), before
/// the rest would go to the dead-letter queue.
const RETRIES: usize = 3;

/// What one consumer's run did.
struct ConsumerRun {
    items: usize,
    /// Records that failed at least once and succeeded on a retry (moto slows as its
    /// table grows: its transactions copy it, and a call can pass its 5 s bound).
    retried: usize,
    /// Records still failing after Lambda's retries: they would be dead-lettered.
    failed: usize,
}

/// Runs `items` of `C`'s types through `consumer` in batches, in order, each retried from
/// its first failed record as Lambda does.
async fn consume<C: StreamConsumer>(
    consumer: &C,
    journal: &DynamoStore,
    items: &[InboxItem],
) -> ConsumerRun {
    let mine: Vec<InboxItem> = items
        .iter()
        .filter(|item| C::HANDLES.contains(&item.event_type))
        .cloned()
        .collect();
    let (mut retried, mut failed) = (0, 0);
    for batch in mine.chunks(BATCH_SIZE) {
        let mut records = batch.to_vec();
        let mut failed_once = HashSet::new();
        for attempt in 0..=RETRIES {
            let event = stream::batch_of(&records).expect("inbox items make stream records");
            let deadline = tokio::time::Instant::now() + BATCH_BUDGET;
            let response = stream::run_batch(consumer, journal, &event, unix_now(), deadline).await;
            // `batch_of` numbers the records 1, 2, 3…
            let first_failed = response
                .batch_item_failures
                .iter()
                .filter_map(|f| f.item_identifier.as_deref()?.parse::<usize>().ok())
                .min();
            let Some(first) = first_failed else { break };
            failed_once.extend(records[first - 1..].iter().map(|r| r.event_id.to_string()));
            records = records[first - 1..].to_vec();
            if attempt == RETRIES {
                failed += records.len();
            }
        }
        retried += failed_once.len();
    }
    ConsumerRun {
        items: mine.len(),
        retried: retried - failed,
        failed,
    }
}

/// Who must get a recovery mail, worked out apart from the mailer.
#[derive(Default)]
struct Expected {
    mailed: HashSet<usize>,
    /// Mailable sessions skipped: the recipient was mailed already (cooldown, 24 h).
    cooldown: usize,
    /// Mailable sessions skipped: a purchase recorded before them was made since.
    bought_since: usize,
}

/// Walks the mailer's items in the order it ran them: the first mailable session of a
/// recipient is mailed unless a purchase recorded before it was paid at or after the
/// session's creation; later ones fall in the cooldown.
fn expected_mails(items: &[InboxItem], kinds: &HashMap<&str, &Kind>) -> Expected {
    let mut expected = Expected::default();
    let mut last_purchase: HashMap<usize, i64> = HashMap::new();
    for item in items {
        match kinds[item.event_id.as_str()] {
            Kind::Expired {
                recipient,
                mailable: true,
                created,
            } => {
                if last_purchase.get(recipient).is_some_and(|at| at >= created) {
                    expected.bought_since += 1;
                } else if !expected.mailed.insert(*recipient) {
                    expected.cooldown += 1;
                }
            }
            Kind::Completed { recipient, paid_at } => {
                let at = last_purchase.entry(*recipient).or_insert(*paid_at);
                *at = (*at).max(*paid_at);
            }
            _ => {}
        }
    }
    expected
}

/// SES (moto) with a tally of the mails it accepted, per address. moto's own record of
/// sent mail is only readable through its whole-state dump, which takes minutes once
/// the table is large; this counts exactly the sends SES answered with a message id.
struct TalliedSes {
    ses: SesMailer,
    accepted: Mutex<HashMap<String, usize>>,
}

impl Mailer for TalliedSes {
    async fn send(
        &self,
        mail: &OutgoingMail,
        deadline: tokio::time::Instant,
    ) -> Result<String, MailError> {
        let message_id = self.ses.send(mail, deadline).await?;
        *self
            .accepted
            .lock()
            .expect("not poisoned")
            .entry(mail.to.clone())
            .or_insert(0) += 1;
        Ok(message_id)
    }
}

/// Mails SES accepted, per recipient of this run.
fn mails_per_recipient(run: u32, ses: &TalliedSes) -> BTreeMap<usize, usize> {
    let accepted = ses.accepted.lock().expect("not poisoned");
    (0..RECIPIENTS)
        .filter_map(|recipient| {
            let count = *accepted.get(&address(run, recipient))?;
            Some((recipient, count))
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The invariants, each with whether it held.
#[derive(Default)]
struct Checks(Vec<(bool, String)>);

impl Checks {
    fn check(&mut self, held: bool, what: String) {
        println!("  [{}] {what}", if held { "ok" } else { "FAILED" });
        self.0.push((held, what));
    }

    fn failed(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(held, _)| !held)
            .map(|(_, what)| what.as_str())
            .collect()
    }
}

/// With `STRIPE_RECOVERY_TEST_LOG` set (as the test command sets it), every log line of
/// the run at production's `info` level goes to that file, for `scripts/check-logs.py`.
fn capture_logs() {
    let Ok(path) = std::env::var("STRIPE_RECOVERY_TEST_LOG") else {
        return;
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    tracing_subscriber::fmt()
        .json()
        .with_env_filter("info")
        .with_writer(Mutex::new(file))
        .init();
}

#[tokio::main]
async fn main() {
    capture_logs();
    let started = Instant::now();
    let run = std::process::id();
    let now = unix_now();
    let mut rng = Rng(SEED);
    let events = Arc::new(events(run, now, &mut rng));
    let mut order: Vec<usize> = (0..EVENTS).collect();
    order.extend((0..REDELIVERIES).map(|_| rng.below(EVENTS)));
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let kinds: HashMap<&str, &Kind> = events.iter().map(|e| (e.id.as_str(), &e.kind)).collect();
    let count = |f: fn(&Kind) -> bool| events.iter().filter(|e| f(&e.kind)).count();
    println!(
        "load test: {} deliveries ({EVENTS} events: {} checkout.session.expired, {} completed, {} \
         customer.subscription.deleted; {REDELIVERIES} redeliveries) at concurrency {CONCURRENCY}; \
         {RECIPIENTS} recipients",
        order.len(),
        count(|k| matches!(k, Kind::Expired { .. })),
        count(|k| matches!(k, Kind::Completed { .. })),
        count(|k| matches!(k, Kind::SubscriptionDeleted { .. })),
    );

    // The webhook, on a loopback port, over a fresh inbox table in moto.
    // No stream: the consumers are fed from the table, in received_at order, as the
    // replay feeds them; moto's stream would only slow every transaction down.
    let table = create_table_with_stream("load", false).await;
    verify_sender(SENDER).await;
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("a loopback port");
    let url = format!("http://{}/webhook", listener.local_addr().unwrap());
    tokio::spawn(serve(listener, Arc::new(webhook_on(&table).await)));

    let mut checks = Checks::default();
    println!("1. Stripe delivers, through the webhook on {url} (DynamoDB on moto)");
    let intake_started = Instant::now();
    let deliveries = deliver(&url, &events, &order).await;
    let intake = intake_started.elapsed();
    let mut latencies: Vec<Duration> = deliveries.iter().map(|d| d.latency).collect();
    latencies.sort();
    let server_errors = deliveries
        .iter()
        .filter(|d| d.status.is_some_and(|s| s >= 500))
        .count();
    let not_ok = deliveries.iter().filter(|d| d.status != Some(200)).count();
    println!(
        "  {} requests in {:.2} s: {:.0} requests/s; latency p50 {}, p99 {}, max {}; 5xx: {server_errors}",
        deliveries.len(),
        intake.as_secs_f64(),
        deliveries.len() as f64 / intake.as_secs_f64(),
        ms(percentile(&latencies, 0.50)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().unwrap()),
    );
    checks.check(
        not_ok == 0,
        format!(
            "every delivery answered 200 ({not_ok} did not, {server_errors} of them 5xx, {} without an answer)",
            deliveries.iter().filter(|d| d.status.is_none()).count()
        ),
    );
    let mut first_answers = vec![0usize; EVENTS];
    for delivery in &deliveries {
        if delivery.duplicate == Some(false) {
            first_answers[delivery.event] += 1;
        }
    }
    let recorded_once = first_answers.iter().filter(|&&n| n == 1).count();
    let duplicates = deliveries
        .iter()
        .filter(|d| d.duplicate == Some(true))
        .count();
    checks.check(
        recorded_once == EVENTS && duplicates == REDELIVERIES,
        format!(
            "each event recorded once: {recorded_once} of {EVENTS} events answered duplicate:false exactly once; \
             {duplicates} of {REDELIVERIES} redeliveries answered duplicate:true"
        ),
    );
    let store = dynamo_store(&table).await;
    let items = store
        .inbox_items_received_between(0, i64::MAX, &HandledType::ALL)
        .await
        .expect("scan the inbox");
    let ids: HashSet<&str> = items.iter().map(|i| i.event_id.as_str()).collect();
    checks.check(
        items.len() == EVENTS && ids.len() == EVENTS && ids.iter().all(|id| kinds.contains_key(id)),
        format!(
            "inbox items == distinct events: {} items, {} distinct ids, {EVENTS} events sent",
            items.len(),
            ids.len()
        ),
    );

    println!("2. The stream's consumers, in received_at order, in batches of {BATCH_SIZE}");
    let config = sdk_config().await;
    let mailer = recovery_mailer_app(
        mailer_config(&[("RECOVERY_EMAIL_COOLDOWN_HOURS", "24")]),
        dynamo_store(&table).await,
        TalliedSes {
            ses: SesMailer::from_sdk_config(
                &config,
                stripe_recovery::mail::Sender::parse(SENDER).expect("the tests' sender"),
                None,
            ),
            accepted: Mutex::default(),
        },
    );
    let fake = StripeFake::start().await;
    let canceller = SetupIntentCanceller::from_config(CancellerConfig {
        stripe: Some(fake.config()),
    });
    let consumers_started = Instant::now();
    let (mailer_run, canceller_run) = tokio::join!(
        consume(&mailer, &store, &items),
        consume(&canceller, &store, &items)
    );
    let consumers = consumers_started.elapsed();
    println!(
        "  recovery-mailer: {} items; setup-intent-canceller: {} items; {:.2} s ({:.0} items/s)",
        mailer_run.items,
        canceller_run.items,
        consumers.as_secs_f64(),
        (mailer_run.items + canceller_run.items) as f64 / consumers.as_secs_f64()
    );
    checks.check(
        mailer_run.failed == 0 && canceller_run.failed == 0,
        format!(
            "no record failed after Lambda's {RETRIES} retries: recovery-mailer {}, setup-intent-canceller {} (succeeded on a retry: {} and {})",
            mailer_run.failed, canceller_run.failed, mailer_run.retried, canceller_run.retried
        ),
    );

    let mailer_items: Vec<InboxItem> = items
        .iter()
        .filter(|i| RecoveryMailer::<DynamoStore, TalliedSes>::HANDLES.contains(&i.event_type))
        .cloned()
        .collect();
    let Expected {
        mailed: expected,
        cooldown,
        bought_since,
    } = expected_mails(&mailer_items, &kinds);
    let mails = mails_per_recipient(run, mailer.mailer());
    let sent: usize = mails.values().sum();
    let lost = expected.iter().filter(|r| !mails.contains_key(r)).count();
    let doubled = mails.values().filter(|&&n| n > 1).count();
    let unexpected = mails.keys().filter(|r| !expected.contains(r)).count();
    let recipients_in_several = {
        let mut sessions = vec![0usize; RECIPIENTS];
        for event in events.iter() {
            if let Kind::Expired {
                recipient,
                mailable: true,
                ..
            } = event.kind
            {
                sessions[recipient] += 1;
            }
        }
        sessions.iter().filter(|&&n| n > 1).count()
    };
    checks.check(
        sent == expected.len() && lost == 0 && doubled == 0 && unexpected == 0,
        format!(
            "mails == eligible recipients: {sent} mails, {} eligible recipients ({recipients_in_several} \
             of them with several mailable sessions: {cooldown} sessions in the cooldown, \
             {bought_since} bought since); lost {lost}, doubled {doubled}, to someone not \
             eligible {unexpected}",
            expected.len()
        ),
    );

    let pending: HashSet<String> = events
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::SubscriptionDeleted {
                pending_setup_intent: Some(id),
            } => Some(format!("/v1/setup_intents/{id}/cancel")),
            _ => None,
        })
        .collect();
    let mut calls: HashMap<String, usize> = HashMap::new();
    for request in fake.requests() {
        *calls.entry(request.path).or_insert(0) += 1;
    }
    let cancelled = calls.keys().filter(|path| pending.contains(*path)).count();
    let repeated = calls.values().filter(|&&n| n > 1).count();
    checks.check(
        cancelled == pending.len() && calls.len() == pending.len() && repeated == 0,
        format!(
            "cancellations == pending SetupIntents: {} calls, {} pending; lost {}, repeated {repeated}",
            calls.values().sum::<usize>(),
            pending.len(),
            pending.len() - cancelled
        ),
    );

    println!(
        "total {:.1} s (intake {:.1} s, consumers {:.1} s)",
        started.elapsed().as_secs_f64(),
        intake.as_secs_f64(),
        consumers.as_secs_f64()
    );
    let failed = checks.failed();
    if failed.is_empty() {
        println!("PASS: every invariant held");
    } else {
        println!("FAIL: {} invariant(s) did not hold", failed.len());
        std::process::exit(1);
    }
}
