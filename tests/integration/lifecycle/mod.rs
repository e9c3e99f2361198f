//! The lifecycle replay: weeks of a Stripe account for a few dozen customers on a
//! simulated clock (carts expiring and recovered, renewals failing on Smart Retries'
//! schedule and paid, 3-D Secure, final attempts, cancellations, trials ending, cards
//! expiring), delivered as Stripe delivers (at least once, out of order within minutes,
//! duplicated, some again days later, retried after our 500s), through the real webhook
//! and consumers against moto and the Stripe fake, with faults injected (SES accepting
//! then timing out, throttling and down; DynamoDB writes failing before or after they
//! land; reads failing until a dead-letter replay; Lambda timing out mid-batch), on two
//! stream shards at once. Then, from what SES accepted and what the table holds: no mail
//! twice, none the rules do not call for, every one they do (`oracle`, worked out apart
//! from the code), and every recovery attributed once with its amount.
//!
//! `LIFECYCLE_SEEDS=<first>..<end>` runs other seeds, `LIFECYCLE_SEED=<n>` one; a failing
//! seed prints itself and fails the same way again.

mod chaos;
mod oracle;
mod world;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::Ordering;
use std::time::Duration;

use aws_sdk_dynamodb::types::AttributeValue;
use billing_recovery::BillingRecovery;
use billing_recovery::config::BillingConfig;
use integration_tests::faults::FailingAlerts;
use integration_tests::stripe_fake::StripeFake;
use integration_tests::*;
use local::replay::WINDOW_SLACK_SECS;
use recovery_mailer::RecoveryMailer;
use serde_json::json;
use setup_intent_canceller::SetupIntentCanceller;
use setup_intent_canceller::config::CancellerConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::mail::Language;
use stripe_recovery::ports::{Inbox, Journal, Scheduler};
use stripe_recovery::schedule;
use stripe_recovery::stream::{self, StreamConsumer};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::ids::EventId;
use tokio::time::Instant;
use unsubscribe::Unsubscribe;
use unsubscribe::config::UnsubscribeConfig;

use chaos::{Accepted, Chaos, ChaosMailer, ChaosStore};
use world::{ChurnEnd, DAY, HOUR, SimEvent, Story, World};

/// Seeds run by default: fixed, so every run of `scripts/test` is the same.
const SEEDS: std::ops::Range<u64> = 1900..1908;
const CUSTOMERS: usize = 40;
/// Lambda's retries of a failing batch before it goes to the dead-letter queue.
const RETRIES: usize = 3;
const BATCH_SIZE: usize = 10;
const BILLING_SENDER: &str = "billing@example.com";
/// Yearly renewals get their reminders on our clock, 3 and 7 days after the first
/// failure's mail (the scheduler's jobs, under the same faults); everyone else the
/// deployment's settings, with quiet hours from 20:00 to 08:00 for customers who name
/// their time zone (the scheduler holds their mails to the morning). The oracle's rules
/// follow it.
const LIFECYCLE_POLICY: &str = r#"
version = 1

[[segment]]
name = "annual"
sequence_days = [0, 3, 7]
holdout = false
[segment.match]
interval = "year"
[segment.alerts]
annual_renewal_failed = true

[[segment]]
name = "everyone"
[segment.quiet_hours]
from = "20:00"
until = "08:00"
"#;

/// What one seed's run did.
#[derive(Debug, Default)]
struct Stats {
    events: usize,
    deliveries: usize,
    duplicates: usize,
    late: usize,
    webhook_500: usize,
    dead_letters: usize,
    mails: usize,
    sweeps: usize,
    steps_fired: usize,
    /// Mails held through a customer's night, released by the scheduler.
    held: usize,
    /// Carts and invoices recorded as held out (`HOLDOUT_PERCENT`).
    held_out_carts: usize,
    held_out_invoices: usize,
    /// Recovered invoices the report credits to a click on our portal link, and to
    /// Stripe's card updater.
    clicks: usize,
    renewals: usize,
    /// Mails by kind (the oracle's names).
    kinds: BTreeMap<String, usize>,
    faults: BTreeMap<&'static str, u32>,
}

fn seeds() -> Vec<u64> {
    if let Ok(seed) = std::env::var("LIFECYCLE_SEED") {
        return vec![seed.parse().expect("LIFECYCLE_SEED is a number")];
    }
    if let Ok(range) = std::env::var("LIFECYCLE_SEEDS") {
        let (from, to) = range
            .split_once("..")
            .expect("LIFECYCLE_SEEDS is <first>..<end>");
        return (from.parse().unwrap()..to.parse().unwrap()).collect();
    }
    SEEDS.collect()
}

/// On a thread with room for the replay: six consumers' futures at once, with every
/// adapter's in a debug build, are deeper than a test thread's 2 MiB (a release build's
/// frames, as deployed, are a fraction of them).
#[test]
fn weeks_of_an_account_delivered_as_stripe_delivers_mail_exactly_once() {
    std::thread::Builder::new()
        .name("lifecycle".into())
        .stack_size(16 * 1024 * 1024)
        .spawn(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(Box::pin(replay_every_seed()))
        })
        .unwrap()
        .join()
        .unwrap();
}

async fn replay_every_seed() {
    verify_sender(SENDER).await;
    verify_sender(BILLING_SENDER).await;
    let started = std::time::Instant::now();
    let mut total = Stats::default();
    for seed in seeds() {
        println!("lifecycle replay: seed {seed} (LIFECYCLE_SEED={seed} runs it alone)");
        let stats = Box::pin(run(seed)).await;
        println!(
            "  {} events, {} deliveries ({} duplicates, {} days late, {} answered 500), \
             {} mails ({} held for the morning), {} carts and {} invoices held out, \
             {} invoices paid after a click and {} after the card updater, \
             {} dead-lettered batches, \
             {} sweeps firing {} steps; faults: {:?}; mails by kind: {:?}",
            stats.events,
            stats.deliveries,
            stats.duplicates,
            stats.late,
            stats.webhook_500,
            stats.mails,
            stats.held,
            stats.held_out_carts,
            stats.held_out_invoices,
            stats.clicks,
            stats.renewals,
            stats.dead_letters,
            stats.sweeps,
            stats.steps_fired,
            stats.faults,
            stats.kinds
        );
        total.events += stats.events;
        total.deliveries += stats.deliveries;
        total.duplicates += stats.duplicates;
        total.late += stats.late;
        total.webhook_500 += stats.webhook_500;
        total.dead_letters += stats.dead_letters;
        total.mails += stats.mails;
        total.held += stats.held;
        total.held_out_carts += stats.held_out_carts;
        total.held_out_invoices += stats.held_out_invoices;
        total.clicks += stats.clicks;
        total.renewals += stats.renewals;
        for (kind, n) in stats.kinds {
            *total.kinds.entry(kind).or_default() += n;
        }
        for (kind, n) in stats.faults {
            *total.faults.entry(kind).or_default() += n;
        }
    }
    let faults: u32 = total.faults.values().sum();
    println!(
        "lifecycle replay: {} seeds, {} events, {} deliveries ({} duplicates, {} days late), \
         {} mails, {faults} faults ({:?}), {} dead-lettered batches, in {:.1} s",
        seeds().len(),
        total.events,
        total.deliveries,
        total.duplicates,
        total.late,
        total.mails,
        total.faults,
        total.dead_letters,
        started.elapsed().as_secs_f64()
    );
    // The faults this replay is for did happen.
    for kind in [
        "ses accepted, then timed out",
        "ses throttled",
        "dynamodb write failed",
        "dynamodb write done, answer lost",
        "dynamodb read failing until the replay",
        "lambda timeout mid-batch",
    ] {
        assert!(
            total.faults.get(kind).copied().unwrap_or(0) > 0,
            "no {kind}"
        );
    }
    assert!(total.dead_letters > 0 && total.late > 0 && total.webhook_500 > 0);
    assert!(total.held > 0, "no mail was held for a customer's morning");
    assert!(total.held_out_carts > 0, "no cart was held out");
    assert!(total.held_out_invoices > 0, "no invoice was held out");
    assert!(total.clicks > 0, "no invoice was paid after a click");
    assert!(
        total.renewals > 0,
        "no invoice was paid after the card updater"
    );
    // Every kind the world calls for went out somewhere.
    for kind in oracle::SETUP_KINDS
        .iter()
        .chain(&["trial_ending", "card_expiring"])
    {
        assert!(
            total.kinds.contains_key(*kind),
            "no {kind} mail in {:?}",
            total.kinds
        );
    }
}

/// The committed history of the first seed's world (`local simulate`'s sample).
const SAMPLE_HISTORY: &str = "events/history/lifecycle-sample.jsonl";
/// The sample's world starts here (2026-01-01, UTC) and is tagged so, whenever it is
/// built: the same file every time.
const SAMPLE_T0: i64 = 1_767_225_600;
const SAMPLE_TAG: &str = "lcs";

/// The first seed's world, written as a history `local simulate` reads, is the committed
/// sample, and reads back whole. `LIFECYCLE_HISTORY=<path>` writes it there too (relative
/// to the workspace): how the sample is made after the world changes.
#[test]
fn the_first_seeds_world_is_the_committed_sample_history() {
    let world = world::build(SEEDS.start, SAMPLE_T0, CUSTOMERS, SAMPLE_TAG);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if let Ok(path) = std::env::var("LIFECYCLE_HISTORY") {
        let path = root.join(path);
        world.write_history(&path).unwrap();
        println!("lifecycle history written to {}", path.display());
    }
    let dir = tempfile::tempdir().unwrap();
    let written = dir.path().join("history.jsonl");
    world.write_history(&written).unwrap();
    let history = local::simulate::History::read(&written).unwrap();
    assert_eq!(history.counts.events, world.events.len());
    let versions: usize = world.versions.values().map(Vec::len).sum();
    assert_eq!(history.counts.versions, versions);
    assert!(history.counts.billing_events > 0);
    let sample = std::fs::read_to_string(root.join(SAMPLE_HISTORY)).unwrap_or_default();
    assert!(
        sample == std::fs::read_to_string(&written).unwrap(),
        "{SAMPLE_HISTORY} is not the first seed's world: regenerate it with \
         LIFECYCLE_HISTORY={SAMPLE_HISTORY} cargo test -p integration-tests --test integration \
         lifecycle::the_first_seeds_world"
    );
}

/// One delivery attempt of an event: when, which, and which attempt it is.
type Delivery = Reverse<(i64, u64, usize, u32)>;

/// A batch a consumer gave up on, to be replayed from the inbox later: as the replay
/// command does, every item of the consumer's types that arrived within the batch's
/// window (with its slack), neighbours that succeeded included.
struct DeadLetter {
    consumer: &'static str,
    from: i64,
    to: i64,
    replay_at: i64,
}

/// What running one shard's records through one consumer did.
#[derive(Default)]
struct ShardRun {
    /// Every try of an item (the oracle keeps the first).
    tried: Vec<(String, i64)>,
    finished: Vec<(String, i64)>,
    dead: Vec<Vec<InboxItem>>,
}

async fn run(seed: u64) -> Stats {
    // An hour of today fixed by the seed: a seed's moments fall at the same hours of the
    // day whenever it runs (the quiet hours hold the same mails, a failing seed fails the
    // same way again), and the seeds between them start at every hour.
    let t0 = unix_now().div_euclid(DAY) * DAY + (seed % 24) as i64 * HOUR;
    let tag = format!("lc{}s{seed}", std::process::id());
    let world = world::build(seed, t0, CUSTOMERS, &tag);
    let recipients = world
        .customers
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                recipient_key(&c.email).as_str().to_owned(),
                format!("recipient {i}"),
            )
        })
        .collect();
    let chaos = Chaos::new(seed, &tag, recipients, world.doomed.clone());
    let accepted: Mutex<Vec<Accepted>> = Mutex::default();
    let table = create_table_with_stream("lifecycle", false).await;
    let dynamo = dynamo_store(&table).await;
    let fake = StripeFake::start().await;
    let chaotic = |inner: DynamoStore| ChaosStore {
        inner,
        chaos: &chaos,
    };

    let webhook = webhook_with(chaotic(dynamo.clone()));
    let mailer = RecoveryMailer::from_config(
        mailer_config(&[("HOLDOUT_PERCENT", oracle::HOLDOUT_PERCENT)]),
        chaotic(dynamo.clone()),
        ChaosMailer {
            inner: ses_mailer(SENDER).await,
            chaos: &chaos,
            accepted: &accepted,
        },
        None::<StripeClient>,
    );
    let mut billing_config = BillingConfig::from_env(&env_of(&[
        ("TABLE_NAME", table.as_str()),
        ("BILLING_SENDER_EMAIL", BILLING_SENDER),
        ("SHOP_NAME", "Lifecycle Shop"),
        ("PORTAL_LINK_URL", "https://api.example/billing/portal"),
        ("SETUP_LINK_URL", "https://api.example/billing/setup"),
        ("SETUP_LINK_SECRET", "setup_link_test_secret_0123456789abcd"),
        (
            "PORTAL_LINK_SECRET",
            "portal_link_test_secret_0123456789abc",
        ),
        ("HOLDOUT_PERCENT", oracle::HOLDOUT_PERCENT),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
        // Every failure above 100.00 alerts, and the topic is down: no mail may wait on it.
        ("BILLING_ALERT_AMOUNTS", "usd:10000"),
        (
            "ALERT_TOPIC_ARN",
            "arn:aws:sns:us-east-1:123456789012:alarms",
        ),
    ]))
    .unwrap();
    billing_config
        .use_policy("the lifecycle's policy", LIFECYCLE_POLICY)
        .unwrap();
    let billing = BillingRecovery::from_config(
        billing_config,
        chaotic(dynamo.clone()),
        ChaosMailer {
            inner: ses_mailer(BILLING_SENDER).await,
            chaos: &chaos,
            accepted: &accepted,
        },
        fake.client(),
        FailingAlerts::default(),
    );
    let canceller = SetupIntentCanceller::from_config(CancellerConfig {
        stripe: Some(fake.config()),
    });
    let canceller_journal = chaotic(dynamo.clone());
    let unsubscribe = Unsubscribe::from_config(
        UnsubscribeConfig::from_env(&env_of(&[
            ("TABLE_NAME", table.as_str()),
            ("UNSUBSCRIBE_LINK_SECRET", UNSUBSCRIBE_LINK_SECRET),
        ]))
        .unwrap(),
        dynamo.clone(),
    );
    let links = mailer_config(&[]).unsubscribe;

    // Stripe's deliveries: each event within minutes, some twice, some again days later.
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x5eed);
    let mut stats = Stats {
        events: world.events.len(),
        ..Stats::default()
    };
    let mut queue: BinaryHeap<Delivery> = BinaryHeap::new();
    let mut next = 0u64;
    let mut push = |queue: &mut BinaryHeap<Delivery>, at: i64, event: usize, attempt: u32| {
        next += 1;
        queue.push(Reverse((at, next, event, attempt)));
    };
    for (index, event) in world.events.iter().enumerate() {
        if let Some(at) = world.forced.get(&event.id) {
            push(&mut queue, *at, index, 1);
            continue;
        }
        push(&mut queue, event.created + rng.i64(0..600), index, 1);
        if rng.f64() < 0.25 {
            stats.duplicates += 1;
            push(&mut queue, event.created + rng.i64(0..1800), index, 1);
        }
        if rng.f64() < 0.15 {
            stats.late += 1;
            push(&mut queue, event.created + rng.i64(DAY..3 * DAY), index, 1);
        }
    }
    let mut unsubscribes: Vec<(i64, String)> = world
        .customers
        .iter()
        .filter_map(|c| match &c.story {
            Story::Carts {
                unsubscribed_at: Some(at),
                ..
            } => Some((*at, c.email.clone())),
            _ => None,
        })
        .collect();
    unsubscribes.sort();
    let mut unsubscribes = unsubscribes.into_iter().peekable();
    let mut dead_letters: Vec<DeadLetter> = Vec::new();
    let mut streamed: HashSet<String> = HashSet::new();
    let mut finished: oracle::Finished = BTreeMap::new();
    let mut tried: oracle::Tried = BTreeMap::new();
    // The scheduler's sweep, every minute while a job is pending (a minute with
    // nothing due does nothing, so only those minutes are run).
    let sweeper = chaotic(dynamo.clone());
    let mut next_sweep: Option<i64> = None;

    loop {
        let tick = [
            queue.peek().map(|Reverse((at, ..))| *at),
            unsubscribes.peek().map(|(at, _)| *at),
            dead_letters.iter().map(|d| d.replay_at).min(),
            next_sweep,
        ]
        .into_iter()
        .flatten()
        .min();
        let Some(tick) = tick else { break };
        chaos.clock.store(tick, Ordering::SeqCst);
        for id in world.versions.keys() {
            if let Some(object) = world.at(id, tick) {
                fake.put_object(object.clone());
            }
        }

        while let Some((_, email)) = unsubscribes.next_if(|(at, _)| *at == tick) {
            let link = links.link(&recipient_key(&email), Language::En, tick);
            let path = link.strip_prefix("https://api.example").unwrap();
            let request = api_gateway_request(
                "POST",
                path,
                json!({"content-type": "application/x-www-form-urlencoded"}),
                "List-Unsubscribe=One-Click",
                false,
            );
            assert_eq!(unsubscribe.handle(request, tick).await.status(), 200);
        }

        let mut stream: Vec<InboxItem> = Vec::new();
        if next_sweep == Some(tick) {
            stats.sweeps += 1;
            let due = observe("the due jobs", || dynamo.due(tick, 1000)).await;
            let deadline = Instant::now() + Duration::from_secs(30);
            // A failed sweep (faults on its writes) leaves the rest to the next minute.
            let _ = schedule::sweep(&sweeper, tick, deadline).await;
            // What a firing wrote is what the stream carries, whatever the sweep was told.
            for job in due {
                let id = job.job.event_id();
                if streamed.contains(id.as_str()) {
                    continue;
                }
                if let Some(item) = observe("a fired job's item", || dynamo.event(&id)).await {
                    streamed.insert(id.to_string());
                    stats.steps_fired += 1;
                    if item.event_type == HandledType::BillingMailDeferred {
                        stats.held += 1;
                    }
                    stream.push(item);
                }
            }
        }

        // Stripe's deliveries at this moment; a 500 is retried as Stripe does (an hour,
        // then six, then a day later).
        while let Some(Reverse((_, _, index, attempt))) = queue
            .peek()
            .copied()
            .filter(|Reverse((at, ..))| *at == tick)
        {
            queue.pop();
            stats.deliveries += 1;
            let event = &world.events[index];
            let status = deliver(&webhook, event, tick).await;
            if status != 200 {
                stats.webhook_500 += 1;
                let later = [HOUR, 6 * HOUR, DAY][(attempt as usize - 1).min(2)];
                push(&mut queue, tick + later, index, attempt + 1);
            }
            // What the table holds is what its stream carries, whatever the answer was.
            if !streamed.contains(&event.id) {
                let id = EventId::parse(&event.id).unwrap();
                if let Some(item) = observe("an event's item", || dynamo.event(&id)).await {
                    streamed.insert(event.id.clone());
                    stream.push(item);
                }
            }
        }

        if !stream.is_empty() {
            // Two shards, as DynamoDB splits a stream by key; every consumer reads both
            // at once.
            let shard = |n: u64| -> Vec<InboxItem> {
                stream
                    .iter()
                    .filter(|item| {
                        (chaos.fixed(&format!("shard {}", item.event_id)) < 0.5) == (n == 0)
                    })
                    .cloned()
                    .collect()
            };
            let (a, b) = (shard(0), shard(1));
            // Boxed: six consumers' futures at once are deep for a test thread's stack.
            let results = tokio::join!(
                Box::pin(run_shard(&mailer, mailer.store(), &chaos, &a, tick)),
                Box::pin(run_shard(&mailer, mailer.store(), &chaos, &b, tick)),
                Box::pin(run_shard(&billing, billing.store(), &chaos, &a, tick)),
                Box::pin(run_shard(&billing, billing.store(), &chaos, &b, tick)),
                Box::pin(run_shard(&canceller, &canceller_journal, &chaos, &a, tick)),
                Box::pin(run_shard(&canceller, &canceller_journal, &chaos, &b, tick)),
            );
            let names = [
                oracle::MAILER,
                oracle::MAILER,
                oracle::BILLING,
                oracle::BILLING,
                "setup-intent-canceller",
                "setup-intent-canceller",
            ];
            let runs = [
                results.0, results.1, results.2, results.3, results.4, results.5,
            ];
            for (consumer, run) in names.into_iter().zip(runs) {
                for (event, at) in run.tried {
                    tried.entry((consumer, event)).or_insert(at);
                }
                for (event, at) in run.finished {
                    finished.entry((consumer, event)).or_insert(at);
                }
                for items in run.dead {
                    stats.dead_letters += 1;
                    let replay_at = tick + DAY + (chaos.fixed(&items[0].pk) * 20.0) as i64 * HOUR;
                    let arrived = items.iter().map(|item| item.received_at);
                    dead_letters.push(DeadLetter {
                        consumer,
                        from: arrived.clone().min().unwrap() - WINDOW_SLACK_SECS,
                        to: arrived.max().unwrap() + WINDOW_SLACK_SECS,
                        replay_at,
                    });
                }
            }
        }

        // The operator fixed the cause and replays what the consumers gave up on.
        let due: Vec<DeadLetter> = {
            let (due, later) = dead_letters.drain(..).partition(|d| d.replay_at == tick);
            dead_letters = later;
            due
        };
        if !due.is_empty() {
            chaos.set_on(false);
            for letter in due {
                let window = (letter.from, letter.to);
                let run = match letter.consumer {
                    oracle::MAILER => replay(&mailer, mailer.store(), &dynamo, window, tick).await,
                    oracle::BILLING => {
                        replay(&billing, billing.store(), &dynamo, window, tick).await
                    }
                    _ => replay(&canceller, &canceller_journal, &dynamo, window, tick).await,
                };
                for (event, at) in run {
                    tried.entry((letter.consumer, event.clone())).or_insert(at);
                    finished.entry((letter.consumer, event)).or_insert(at);
                }
            }
            chaos.set_on(true);
        }

        // The next minute at which a pending job is due (the schedule runs each minute).
        next_sweep = observe("the next due job", || dynamo.due(i64::MAX / 2, 1))
            .await
            .first()
            .map(|job| (job.due_at.div_euclid(60) + 1) * 60)
            .map(|at| at.max(tick + 60));
    }

    let accepted = accepted.into_inner().unwrap();
    stats.mails = accepted.len();
    for mail in &accepted {
        if let Some((_, what)) = oracle::identify(&world, mail) {
            let kind = what.split(' ').next().unwrap_or_default().to_owned();
            *stats.kinds.entry(kind).or_default() += 1;
        }
    }
    stats.faults = chaos.fired();
    let mut violations = oracle::check(&world, &finished, &tried, &accepted);
    violations.extend(check_ses(&world, &accepted).await);
    violations.extend(
        check_attribution(
            &world,
            &accepted,
            &finished,
            &table,
            &mut stats.held_out_carts,
            &mut stats.held_out_invoices,
        )
        .await,
    );
    let keep_page = (seed == seeds()[0])
        .then(|| std::env::var("LIFECYCLE_REPORT_HTML").ok())
        .flatten();
    // Boxed, as the run is: the replay's futures are large for a test thread's stack.
    let (clicks, renewals) = (&mut stats.clicks, &mut stats.renewals);
    violations.extend(
        Box::pin(check_report(
            &world, &accepted, &table, keep_page, clicks, renewals,
        ))
        .await,
    );
    violations.extend(check_cancellations(&world, &fake));
    violations.extend(check_churn(&world, &table).await);
    assert!(
        violations.is_empty(),
        "seed {seed} (LIFECYCLE_SEED={seed} reproduces it):\n  {}",
        violations.join("\n  ")
    );
    stats
}

/// The replay's own look at the table (what the stream would carry, what is due), not
/// the code under test: moto, busy with the other tests on two cores, may stall past the
/// client's timeout, so a failed read is asked again, a few times.
async fn observe<T, Read, Reading>(what: &str, read: Read) -> T
where
    Read: Fn() -> Reading,
    Reading: std::future::Future<Output = Result<T, stripe_recovery::ports::StoreError>>,
{
    let mut attempt = 1;
    loop {
        match read().await {
            Ok(value) => return value,
            Err(err) if attempt < 5 => {
                println!("  (the replay's read of {what} failed: {err}; reading again)");
                tokio::time::sleep(Duration::from_millis(200 * attempt)).await;
                attempt += 1;
            }
            Err(err) => panic!("the replay's read of {what} failed {attempt} times: {err}"),
        }
    }
}

/// One delivery of `event` through the webhook at `now`, signed then; its status.
async fn deliver<S: Inbox>(webhook: &webhook::Webhook<S>, event: &SimEvent, now: i64) -> u16 {
    let body = serde_json::to_vec(&event.to_json()).unwrap();
    let signature = signature_header(TEST_SECRET, now, &body);
    let request = webhook_request(&body, Some(&signature), false);
    webhook.handle(request, now).await.status().as_u16()
}

/// Runs one shard's `items` of `C`'s types through `consumer` as Lambda does: batches in
/// order, each retried from its first failed record (a timed-out batch whole), then
/// given up to the dead-letter queue.
async fn run_shard<C: StreamConsumer, J: Journal>(
    consumer: &C,
    journal: &J,
    chaos: &Chaos,
    items: &[InboxItem],
    tick: i64,
) -> ShardRun {
    let mine: Vec<InboxItem> = items
        .iter()
        .filter(|item| C::HANDLES.contains(&item.event_type))
        .cloned()
        .collect();
    let mut run = ShardRun::default();
    for chunk in mine.chunks(BATCH_SIZE) {
        let mut records = chunk.to_vec();
        let mut now = tick;
        for attempt in 0..=RETRIES {
            let timeout =
                chaos.lambda_timeout(C::NAME, records[0].event_id.as_str(), records.len());
            let ran = &records[..timeout.unwrap_or(records.len())];
            let failed = batch(consumer, journal, ran, now).await;
            run.tried
                .extend(ran.iter().map(|item| (item.event_id.to_string(), now)));
            run.finished.extend(
                ran.iter()
                    .enumerate()
                    .filter(|(i, _)| !failed.contains(i))
                    .map(|(_, item)| (item.event_id.to_string(), now)),
            );
            // Lambda retries from the first failed record; after a timeout, all of them.
            let retry_from = if timeout.is_some() {
                Some(0)
            } else {
                failed.iter().min().copied()
            };
            let Some(from) = retry_from else {
                records.clear();
                break;
            };
            records = records[from..].to_vec();
            if attempt == RETRIES {
                break;
            }
            now += 10;
        }
        if !records.is_empty() {
            run.dead.push(records);
        }
    }
    run
}

/// One invocation of `run_batch` over `items`; the indexes of the records it failed.
async fn batch<C: StreamConsumer, J: Journal>(
    consumer: &C,
    journal: &J,
    items: &[InboxItem],
    now: i64,
) -> Vec<usize> {
    if items.is_empty() {
        return Vec::new();
    }
    let event = stream::batch_of(items).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    stream::run_batch(consumer, journal, &event, now, deadline)
        .await
        .batch_item_failures
        .into_iter()
        // `batch_of` numbers the records 1, 2, 3…
        .map(|f| f.item_identifier.unwrap().parse::<usize>().unwrap() - 1)
        .collect()
}

/// The dead-letter replay, as `replay` does it: the window's items of the consumer's
/// types from the inbox, in batches, through the consumer and its journal (which skips
/// what it finished), faults off. Every item must succeed now.
async fn replay<C: StreamConsumer, J: Journal>(
    consumer: &C,
    journal: &J,
    inbox: &DynamoStore,
    (from, to): (i64, i64),
    now: i64,
) -> Vec<(String, i64)> {
    let items = inbox
        .inbox_items_received_between(from, to, C::HANDLES)
        .await
        .unwrap();
    for chunk in items.chunks(BATCH_SIZE) {
        // With faults off nothing should fail; a slow moment of moto (a timeout on a
        // busy machine) gets what an operator does: the replay run again.
        let mut failed = batch(consumer, journal, chunk, now).await;
        for _ in 0..3 {
            if failed.is_empty() {
                break;
            }
            failed = batch(consumer, journal, chunk, now).await;
        }
        assert!(
            failed.is_empty(),
            "{}: the replay failed {failed:?}",
            C::NAME
        );
    }
    items
        .iter()
        .map(|item| (item.event_id.to_string(), now))
        .collect()
}

/// What SES itself (moto) received agrees with the mail log: nothing was sent that the
/// log does not show.
async fn check_ses(world: &World, accepted: &[Accepted]) -> Vec<String> {
    let url = format!("{}/moto-api/data.json", moto_endpoint());
    let body = reqwest::get(&url).await.unwrap().bytes().await.unwrap();
    let state: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let mut in_ses: BTreeMap<String, usize> = BTreeMap::new();
    for message in state["ses"]["RawMessage"].as_array().into_iter().flatten() {
        // The envelope's and the header's recipients: each address once per message.
        let destinations: HashSet<&str> = message["destinations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|to| to.as_str())
            .collect();
        for to in destinations {
            if world.customers.iter().any(|c| c.email == to) {
                *in_ses.entry(to.to_owned()).or_default() += 1;
            }
        }
    }
    let mut logged: BTreeMap<String, usize> = BTreeMap::new();
    for mail in accepted {
        *logged.entry(mail.to.clone()).or_default() += 1;
    }
    if in_ses == logged {
        Vec::new()
    } else {
        vec![format!("SES holds {in_ses:?}, the log {logged:?}")]
    }
}

/// Every recovery attributed once, with the right amount.
async fn check_attribution(
    world: &World,
    accepted: &[Accepted],
    finished: &oracle::Finished,
    table: &str,
    held_out_carts: &mut usize,
    held_out_invoices: &mut usize,
) -> Vec<String> {
    let items: BTreeMap<String, std::collections::HashMap<String, AttributeValue>> =
        scan_all(table)
            .await
            .into_iter()
            .map(|item| (item["pk"].as_s().unwrap().clone(), item))
            .collect();
    let text = |item: &std::collections::HashMap<String, AttributeValue>, name: &str| {
        item.get(name).and_then(|v| v.as_s().ok()).cloned()
    };
    let number = |item: &std::collections::HashMap<String, AttributeValue>, name: &str| {
        item.get(name)
            .and_then(|v| v.as_n().ok())
            .and_then(|n| n.parse::<i64>().ok())
    };
    let mut violations = Vec::new();
    for (index, customer) in world.customers.iter().enumerate() {
        match &customer.story {
            Story::Invoice {
                invoice,
                amount,
                paid_at,
                deleted,
                ..
            } => {
                let item = items.get(&format!("dunning#{invoice}"));
                let outcome = item.and_then(|i| text(i, "outcome"));
                let held_out = item.is_some_and(|i| i.contains_key("held_out_at"));
                let yearly = matches!(customer.story, Story::Invoice { yearly: true, .. });
                if held_out && (yearly || !oracle::held_out(&customer.email)) {
                    violations.push(format!(
                        "customer {index}: {invoice} recorded as held out, but the rule mails them"
                    ));
                }
                *held_out_invoices += usize::from(held_out);
                let mailed = oracle::billing_mailed(world, accepted, index);
                let expected = match (paid_at, deleted, mailed) {
                    (Some(_), _, true) => Some("recovered"),
                    (Some(_), _, false) => Some("paid_unmailed"),
                    (None, Some(_), true) => Some("lost"),
                    (None, _, _) => None,
                };
                if outcome.as_deref() != expected {
                    violations.push(format!(
                        "customer {index}: {invoice} ended {outcome:?}, expected {expected:?}"
                    ));
                }
                if expected == Some("recovered") {
                    let paid = item.and_then(|i| number(i, "amount_paid"));
                    if paid != Some(*amount) {
                        violations.push(format!(
                            "customer {index}: {invoice} recovered {paid:?}, paid {amount}"
                        ));
                    }
                }
            }
            Story::Carts {
                carts, purchases, ..
            } => {
                let held_out = oracle::held_out(&customer.email);
                for cart in carts {
                    let record = items.get(&format!("recovery#{}", cart.id));
                    let recorded = record.is_some_and(|r| r.contains_key("held_out_at"));
                    if recorded && (!held_out || !cart.consent) {
                        violations.push(format!(
                            "customer {index}: {} recorded as held out, but the rule {}",
                            cart.id,
                            if cart.consent {
                                "mails them"
                            } else {
                                "has no consent to judge"
                            }
                        ));
                    }
                    if recorded && record.is_some_and(|r| r.contains_key("step_1")) {
                        violations.push(format!(
                            "customer {index}: {} held out beside a mail",
                            cart.id
                        ));
                    }
                    *held_out_carts += usize::from(recorded);
                }
                for purchase in purchases {
                    let Some(cart) = &purchase.recovered_from else {
                        continue;
                    };
                    let record = items.get(&format!("recovery#{cart}"));
                    let converted = record.and_then(|r| text(r, "converted_session_id"));
                    let decided = |kind: &str, id: &str| {
                        let event = world
                            .events
                            .iter()
                            .find(|e| e.kind == kind && e.object["id"] == id)
                            .unwrap();
                        finished[&(oracle::MAILER, event.id.clone())]
                    };
                    // Decided at the same moment on two shards: the purchase may have been
                    // recorded before the mail was, and either is right.
                    let at_once = decided("checkout.session.expired", cart)
                        == decided("checkout.session.completed", &purchase.id);
                    if at_once {
                        continue;
                    }
                    if oracle::cart_mailed(world, accepted, index, cart) {
                        if converted.as_deref() != Some(purchase.id.as_str()) {
                            violations.push(format!(
                                "customer {index}: {cart} was mailed and bought back as {}, attributed to {converted:?}",
                                purchase.id
                            ));
                        }
                        let amount = record.and_then(|r| number(r, "converted_amount_total"));
                        if amount != Some(purchase.amount) {
                            violations.push(format!(
                                "customer {index}: {cart} recovered {amount:?}, bought for {}",
                                purchase.amount
                            ));
                        }
                    } else if held_out {
                        let recorded = record.is_some_and(|r| r.contains_key("held_out_at"));
                        if converted.is_some() && !recorded {
                            violations.push(format!(
                                "customer {index}: {cart} bought back, attributed, never held out"
                            ));
                        }
                        if recorded && converted.as_deref() != Some(purchase.id.as_str()) {
                            violations.push(format!(
                                "customer {index}: held-out {cart} bought back as {}, recorded {converted:?}",
                                purchase.id
                            ));
                        }
                    } else if converted.is_some() {
                        violations.push(format!(
                            "customer {index}: {cart} never mailed, yet a conversion is attributed to it"
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    violations
}

/// The report's billing per failed invoice, read from the table as `report --table` reads
/// it, in every format, against the same numbers counted here from the world's events and
/// the mail log: invoices attempted and failed, recovered, and how.
///
/// `keep_page`: where to write the report's page (`LIFECYCLE_REPORT_HTML`, the first
/// seed's: `scripts/report-preview.py` screenshots it for the README).
async fn check_report(
    world: &World,
    accepted: &[Accepted],
    table: &str,
    keep_page: Option<String>,
    clicks: &mut usize,
    renewals: &mut usize,
) -> Vec<String> {
    use local::report::{ReportModel, render_csv, render_html};
    let items: Vec<serde_json::Value> = scan_all(table)
        .await
        .into_iter()
        .map(|item| serde_dynamo::from_item(item).unwrap())
        .collect();
    let model = ReportModel::from_items(&items);
    let mut violations = Vec::new();

    // Counted from the world: every subscription invoice Stripe tried, those that failed.
    let subscription_invoice = |object: &serde_json::Value| {
        let parent = &object["parent"]["subscription_details"]["subscription"];
        (parent.is_string() || object["subscription"].is_string())
            .then(|| object["id"].as_str().unwrap_or_default().to_owned())
    };
    let of_kind = |kinds: &[&str]| -> HashSet<String> {
        world
            .events
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .filter_map(|e| subscription_invoice(&e.object))
            .collect()
    };
    let attempted = of_kind(&["invoice.paid", "invoice.payment_failed"]);
    // Each failed invoice's decline code, as its failures carry it.
    let mut declines: BTreeMap<String, u64> = BTreeMap::new();
    let mut seen = HashSet::new();
    for event in world
        .events
        .iter()
        .filter(|e| e.kind == "invoice.payment_failed")
    {
        if let Some(invoice) = subscription_invoice(&event.object)
            && seen.insert(invoice)
        {
            let code = event.object["last_finalization_error"]["decline_code"]
                .as_str()
                .unwrap_or("-");
            *declines.entry(code.to_owned()).or_default() += 1;
        }
    }
    let failed = of_kind(&["invoice.payment_failed"]);
    // How each recovered invoice was paid, from the world's signals and the mails SES
    // accepted (whether it was held out is the table's, checked against the rule
    // above): held out, after a mail and a click on our portal link, after the card
    // updater, after a mail, before any.
    let seeks_payment = [
        "payment_failed",
        "payment_action_required",
        "payment_reminder",
        "final_notice",
    ];
    let mut ways = [0u64; 5];
    let mut recovered = 0u64;
    for (index, customer) in world.customers.iter().enumerate() {
        let Story::Invoice {
            invoice,
            paid_at: Some(paid_at),
            ..
        } = &customer.story
        else {
            continue;
        };
        if !failed.contains(invoice) {
            continue;
        }
        recovered += 1;
        let id = format!("cus_{}c{index}", world.tag);
        let signal = |kind: &str, ours: bool| {
            world.events.iter().find_map(|e| {
                let theirs = e.kind == kind && e.object["customer"].as_str() == Some(id.as_str());
                let by_our_link = e.idempotency_key.as_deref().is_some_and(|key| {
                    key.starts_with(stripe_recovery::portal::SESSION_IDEMPOTENCY_PREFIX)
                });
                (theirs && by_our_link == ours).then_some(e.created)
            })
        };
        let first_mail = accepted
            .iter()
            .filter(|mail| {
                oracle::identify(world, mail)
                    .is_some_and(|(c, what)| c == index && seeks_payment.contains(&what.as_str()))
            })
            .map(|mail| mail.at)
            .min();
        let first_failure = world
            .events
            .iter()
            .filter(|e| e.kind == "invoice.payment_failed" && e.object["id"] == *invoice)
            .map(|e| e.created)
            .min()
            .unwrap_or_default();
        let clicked = signal("billing_portal.session.created", true)
            .is_some_and(|at| first_mail.is_some_and(|mailed| mailed <= at) && at <= *paid_at);
        let renewed = signal("payment_method.automatically_updated", false)
            .is_some_and(|at| first_failure <= at && at <= *paid_at);
        let held = items
            .iter()
            .any(|item| item["pk"] == format!("dunning#{invoice}") && item["held_out_at"].is_i64());
        let mailed = oracle::billing_mailed(world, accepted, index);
        let way = if held {
            0
        } else if mailed && clicked {
            1
        } else if renewed {
            2
        } else if mailed {
            3
        } else {
            4
        };
        ways[way] += 1;
    }
    let total = |pick: fn(&local::report::InvoiceMonth) -> u64| -> u64 {
        model.invoices.iter().map(pick).sum()
    };
    let counted = (
        total(|m| m.attempted),
        total(|m| m.failed),
        total(|m| m.recovered),
        [
            total(|m| m.held_out),
            total(|m| m.after_click),
            total(|m| m.card_updated),
            total(|m| m.after_mail),
            total(|m| m.before_mail),
        ],
    );
    let expected = (attempted.len() as u64, failed.len() as u64, recovered, ways);
    if counted != expected {
        violations.push(format!(
            "report (attempted, failed, recovered, [held out, after a click, card updater, \
             after a mail, before any]) {counted:?}, the world {expected:?}"
        ));
    }
    *clicks += ways[1] as usize;
    *renewals += ways[2] as usize;

    // The carts' funnel: every session expired, those with the shopper's consent, the
    // mailed carts whose recovery link was opened (here: bought through).
    let mut carts = 0u64;
    let mut consented = 0u64;
    let mut opened = 0u64;
    for (index, customer) in world.customers.iter().enumerate() {
        let Story::Carts {
            carts: its_carts,
            purchases,
            ..
        } = &customer.story
        else {
            continue;
        };
        for cart in its_carts {
            carts += 1;
            consented += u64::from(cart.consent);
            let bought_through = purchases
                .iter()
                .any(|p| p.recovered_from.as_deref() == Some(cart.id.as_str()));
            opened +=
                u64::from(bought_through && oracle::cart_mailed(world, accepted, index, &cart.id));
        }
    }
    let expected = (Some(carts), Some(consented), Some(opened));
    let cart_funnel = model
        .funnels
        .iter()
        .find(|funnel| funnel.flow == local::report::Flow::Cart)
        .map(|funnel| (funnel.sessions_expired, funnel.with_consent, funnel.clicked));
    if cart_funnel != Some(expected) {
        violations.push(format!(
            "report's cart funnel (expired, with consent, link opened) {cart_funnel:?}, \
             the world {expected:?}"
        ));
    }

    let mut reported: BTreeMap<String, u64> = BTreeMap::new();
    for (code, counts) in model.invoices.iter().flat_map(|m| &m.decline_codes) {
        *reported.entry(code.clone()).or_default() += counts.failed;
    }
    if reported != declines {
        violations.push(format!(
            "report's decline codes {reported:?}, the world's {declines:?}"
        ));
    }

    // The report index holds the same records: a Query per month (what `report --table`
    // does) makes the same report as the Scan, but for the inbox's events.
    let first = world
        .events
        .iter()
        .map(|e| e.created)
        .min()
        .unwrap_or_default();
    let last = world
        .events
        .iter()
        .map(|e| e.created)
        .max()
        .unwrap_or_default()
        + 60 * DAY;
    let mut months: Vec<String> = Vec::new();
    let mut at = first;
    while at <= last {
        let month = stripe_recovery::time::month(at);
        if months.last() != Some(&month) {
            months.push(month);
        }
        at += DAY;
    }
    let store = dynamo_store(table).await;
    let indexed: Vec<serde_json::Value> =
        observe("the report's index", || store.report_items(&months))
            .await
            .into_iter()
            .map(|item| serde_dynamo::from_item(item).unwrap())
            .collect();
    let queried = ReportModel::from_items(&indexed);
    let no_events = |model: &ReportModel| {
        let mut model = model.clone();
        model.months.iter_mut().for_each(|row| row.events = 0);
        model
            .months
            .retain(|row| row.mails > 0 || row.recoveries > 0);
        model
            .funnels
            .iter_mut()
            .for_each(|funnel| funnel.events = 0);
        model
    };
    if no_events(&queried) != no_events(&model) {
        violations.push(format!(
            "the report index's report differs from the table's: {:?}, not {:?}",
            no_events(&queried),
            no_events(&model)
        ));
    }
    if indexed.iter().any(|item| {
        item["pk"]
            .as_str()
            .is_some_and(|pk| pk.starts_with("event#"))
    }) {
        violations.push("an inbox event in the report index".into());
    }

    // Every format shows the same model.
    // (serde_json reads a float back to within its last bit, not always to it.)
    let json: ReportModel = serde_json::from_str(&serde_json::to_string(&model).unwrap()).unwrap();
    let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-12,
        (a, b) => a == b,
    };
    let same = json.invoices.len() == model.invoices.len()
        && json.invoices.iter().zip(&model.invoices).all(|(a, b)| {
            (
                a.month.as_str(),
                a.attempted,
                a.failed,
                a.recovered,
                a.after_mail,
            ) == (
                b.month.as_str(),
                b.attempted,
                b.failed,
                b.recovered,
                b.after_mail,
            ) && (a.before_mail, a.held_out) == (b.before_mail, b.held_out)
                && (a.after_click, a.card_updated) == (b.after_click, b.card_updated)
                && a.recovered_amounts == b.recovered_amounts
                && close(a.recovery_rate, b.recovery_rate)
                && close(a.median_days_to_recovery, b.median_days_to_recovery)
        });
    if !same {
        violations.push(format!(
            "the JSON reads back as another report: {:?}, not {:?}",
            json.invoices, model.invoices
        ));
    }
    let csv = render_csv(&model);
    for row in &model.invoices {
        for (metric, value) in [
            ("attempted", row.attempted),
            ("failed", row.failed),
            ("recovered", row.recovered),
        ] {
            let line = format!("invoices,billing,{},,{metric},{value},", row.month);
            if !csv.lines().any(|l| l == line) {
                violations.push(format!("the CSV lacks {line:?}"));
            }
        }
    }
    let html = render_html(&model, stripe_recovery::time::unix_now()).unwrap();
    for row in &model.invoices {
        let cells = format!(
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            row.month, row.attempted, row.failed
        );
        if !html.contains(&cells) {
            violations.push(format!("the page lacks the row {cells:?}"));
        }
        let how: String = [
            row.held_out,
            row.after_click,
            row.card_updated,
            row.after_mail,
            row.before_mail,
        ]
        .iter()
        .map(|n| format!("<td class=\"n\">{n}</td>"))
        .collect();
        let how = format!("<tr><th scope=\"row\">{}</th>{how}</tr>", row.month);
        if !html.contains(&how) {
            violations.push(format!("the page lacks the row {how:?}"));
        }
    }
    if let Some(path) = keep_page {
        std::fs::write(&path, &html).unwrap();
    }
    violations
}

/// Every deleted subscription's pending SetupIntent was cancelled (once as Stripe sees it:
/// one idempotency key).
fn check_cancellations(world: &World, fake: &StripeFake) -> Vec<String> {
    let requests = fake.requests();
    let mut violations = Vec::new();
    for customer in &world.customers {
        if let Story::Invoice {
            deleted: Some((_, seti)),
            ..
        } = &customer.story
        {
            let path = format!("/v1/setup_intents/{seti}/cancel");
            let keys: HashSet<&str> = requests
                .iter()
                .filter(|r| r.method == "POST" && r.path == path)
                .filter_map(|r| r.header("idempotency-key"))
                .collect();
            if keys.len() != 1 {
                violations.push(format!("{seti}: cancelled under {} keys", keys.len()));
            }
        }
    }
    violations
}

/// Every cancellation kept once per subscription, as it ended (the last state Stripe
/// showed, whatever order its events came in), written once per change, and the
/// customer's comment nowhere in the table: its length only.
async fn check_churn(world: &World, table: &str) -> Vec<String> {
    use std::collections::HashMap;
    let items = scan_all(table).await;
    let record = |subscription: &str| {
        items.iter().find(|item| {
            item["pk"]
                .as_s()
                .is_ok_and(|pk| *pk == format!("churn#{subscription}"))
        })
    };
    fn text<'a>(item: &'a HashMap<String, AttributeValue>, name: &str) -> Option<&'a str> {
        item.get(name)
            .and_then(|v| v.as_s().ok())
            .map(String::as_str)
    }
    let number = |item: &HashMap<String, AttributeValue>, name: &str| {
        item.get(name)
            .and_then(|v| v.as_n().ok())
            .and_then(|n| n.parse::<i64>().ok())
    };
    let mut violations = Vec::new();
    for (index, customer) in world.customers.iter().enumerate() {
        // What the record must say: state, reason, feedback, comment length, retained,
        // and the most writes it may have taken (one per state it went through).
        let (subscription, state, reason, feedback, comment, retained, writes) =
            match &customer.story {
                Story::Churn {
                    subscription,
                    feedback,
                    comment,
                    end,
                } => {
                    let (state, retained, writes) = match end {
                        ChurnEnd::Canceled => ("canceled", false, 2),
                        ChurnEnd::Withdrawn { coupon } => ("withdrawn", *coupon, 2),
                        ChurnEnd::Scheduled => ("scheduled", false, 1),
                    };
                    if items
                        .iter()
                        .any(|item| format!("{item:?}").contains(comment.as_str()))
                    {
                        violations.push(format!("customer {index}: the comment is in the table"));
                    }
                    // A withdrawal keeps what the cancellation said.
                    let reason = Some("cancellation_requested");
                    let kept = comment.chars().count();
                    (
                        subscription,
                        state,
                        reason,
                        Some(*feedback),
                        kept,
                        retained,
                        writes,
                    )
                }
                Story::Invoice {
                    subscription,
                    deleted: Some(_),
                    ..
                } => (
                    subscription,
                    "canceled",
                    Some("payment_failed"),
                    None,
                    0,
                    false,
                    1,
                ),
                _ => continue,
            };
        let Some(item) = record(subscription) else {
            violations.push(format!(
                "customer {index}: no cancellation record of {subscription}"
            ));
            continue;
        };
        let found = (
            text(item, "state"),
            text(item, "reason"),
            text(item, "feedback"),
            number(item, "comment_length"),
            item.contains_key("retained_at"),
        );
        let expected = (
            Some(state),
            reason,
            feedback,
            Some(comment as i64),
            retained,
        );
        if found != expected {
            violations.push(format!(
                "customer {index}: {subscription} recorded (state, reason, feedback, comment \
                 length, retained) {found:?}, expected {expected:?}"
            ));
        }
        let version = number(item, "version").unwrap_or_default();
        if !(1..=writes).contains(&version) {
            violations.push(format!(
                "customer {index}: {subscription}'s record written {version} times (at most {writes})"
            ));
        }
    }
    violations
}
