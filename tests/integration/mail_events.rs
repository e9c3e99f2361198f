//! What SES reports about our mails, against moto's DynamoDB: SES's documented event
//! records (events/ses/, as its configuration sets publish them to SNS, wrapped as SNS
//! invokes Lambda) through the mail-events function. A complaint or a hard bounce puts
//! the recipient on the suppression list at once and the next cart mail is skipped; a
//! soft bounce only counts; each rare event is recorded once for the report, however
//! often SNS delivers it.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use aws_lambda_events::event::sns::SnsEvent;
use aws_sdk_dynamodb::types::AttributeValue;
use integration_tests::*;
use mail_events::{Handled, MailEvents};
use recovery_mailer::Outcome;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::mail::Sender;
use stripe_recovery::mail_events::EventKind;
use stripe_recovery::ports::RecipientStore;
use stripe_recovery::recipient::RecipientKeyer;
use stripe_recovery::recovery::SkipReason;
use stripe_recovery::stream::process_item;
use tokio::time::Instant;

/// The SNS notification in `events/ses/<name>.json`, about `email` instead of SES's
/// sample address.
pub(crate) fn ses_notification(name: &str, email: &str) -> SnsEvent {
    let path = format!("{}/../events/ses/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text.replace("recipient@example.com", email)).unwrap()
}

pub(crate) async fn mail_events_on(table: &str) -> MailEvents<DynamoStore> {
    let keys = RecipientKeyer::new(RECIPIENT_KEY_PEPPER).unwrap();
    MailEvents::new(dynamo_store(table).await, keys)
}

/// The report's records of SES events in `table`: (event, flow, kind) → how many.
async fn recorded(table: &str) -> BTreeMap<(String, String, String), usize> {
    let text = |item: &std::collections::HashMap<String, AttributeValue>, name: &str| {
        item[name].as_s().unwrap().clone()
    };
    let mut counts = BTreeMap::new();
    for item in scan_all(table).await {
        if item["pk"].as_s().unwrap().starts_with("mailevent#") {
            let key = (
                text(&item, "mail_event"),
                text(&item, "flow"),
                text(&item, "kind"),
            );
            *counts.entry(key).or_default() += 1;
        }
    }
    counts
}

fn email(who: &str) -> String {
    format!("{who}-{}@example.com", std::process::id())
}

#[tokio::test]
async fn each_documented_event_does_what_it_says_once_however_often_sns_delivers_it() {
    let table = create_table("mailevents").await;
    let function = mail_events_on(&table).await;
    let store = dynamo_store(&table).await;
    let cases = [
        ("bounce-permanent", "bounced"),
        ("bounce-transient", "mailbox-full"),
        ("complaint", "complainer"),
        ("delivery", "delivered"),
        ("reject", "rejected"),
        ("delivery-delay", "delayed"),
    ];
    let expected = |kind, flow, suppressed, recorded| Handled::Event {
        kind,
        flow,
        suppressed,
        recorded,
        repeated: 0,
    };
    let first = [
        expected(EventKind::HardBounce, "cart", 1, 1),
        expected(EventKind::SoftBounce, "cart", 0, 1),
        expected(EventKind::Complaint, "billing", 1, 1),
        expected(EventKind::Delivery, "billing", 0, 0),
        expected(EventKind::Reject, "cart", 0, 1),
        expected(EventKind::DeliveryDelay, "cart", 0, 0),
    ];
    for ((name, who), expected) in cases.iter().zip(&first) {
        let handled = function
            .handle(&ses_notification(name, &email(who)))
            .await
            .unwrap();
        assert_eq!(handled, std::slice::from_ref(expected), "{name}");
    }

    let state = |who: &'static str| {
        let store = store.clone();
        async move {
            store
                .recipient_state(&recipient_key(&email(who)))
                .await
                .unwrap()
        }
    };
    let bounced = state("bounced").await;
    assert!(bounced.suppressed && bounced.hard_bounced, "{bounced:?}");
    let complainer = state("complainer").await;
    assert!(
        complainer.suppressed && !complainer.hard_bounced,
        "{complainer:?}"
    );
    for who in ["mailbox-full", "delivered", "rejected", "delayed"] {
        let state = state(who).await;
        assert!(!state.suppressed && !state.hard_bounced, "{who}: {state:?}");
    }
    let once: BTreeMap<_, _> = [
        (("complaint", "billing", "payment_failed"), 1),
        (("hard_bounce", "cart", "recovery"), 1),
        (("reject", "cart", "recovery"), 1),
        (("soft_bounce", "cart", "recovery"), 1),
    ]
    .into_iter()
    .map(|((e, f, k), n)| ((e.to_owned(), f.to_owned(), k.to_owned()), n))
    .collect();
    assert_eq!(recorded(&table).await, once);

    // SNS delivers again (a retry after a timeout): the suppression stands, no record
    // is written twice, and none is counted again.
    for (name, who) in cases {
        let [handled] = &function
            .handle(&ses_notification(name, &email(who)))
            .await
            .unwrap()[..]
        else {
            panic!("{name}")
        };
        let Handled::Event {
            recorded, repeated, ..
        } = handled
        else {
            panic!("{name}: {handled:?}")
        };
        let rare = !matches!(name, "delivery" | "delivery-delay");
        assert_eq!(
            (*recorded, *repeated),
            (0, usize::from(rare)),
            "{name} again"
        );
    }
    assert_eq!(recorded(&table).await, once);

    // The report reads them as `report --table` does, by its Scan and by the report
    // index's months: per flow, the rare events once; no mail was sent, so no rate.
    let months: Vec<String> = scan_all(&table)
        .await
        .iter()
        .filter_map(|item| item.get("report_month")?.as_s().ok().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let scanned = store
        .items_with_prefixes(local::report::PREFIXES)
        .await
        .unwrap();
    let indexed = store.report_items(&months).await.unwrap();
    for (how, items) in [("scan", scanned), ("index", indexed)] {
        let items: Vec<serde_json::Value> = items
            .into_iter()
            .map(|item| serde_dynamo::from_item(item).unwrap())
            .collect();
        let model = local::report::ReportModel::from_items(&items);
        let flow = |flow| {
            let rows = model.months.iter().filter(move |row| row.flow == flow);
            let events = rows.clone().fold([0; 4], |sum, row| {
                let counts = [
                    row.hard_bounces,
                    row.soft_bounces,
                    row.complaints,
                    row.rejects,
                ];
                std::array::from_fn(|i| sum[i] + counts[i])
            });
            let rated = rows
                .clone()
                .any(|r| r.bounce_rate.or(r.complaint_rate).is_some());
            (events, rows.map(|row| row.sent).sum::<u64>(), rated)
        };
        assert_eq!(
            flow(local::report::Flow::Cart),
            ([1, 1, 0, 1], 0, false),
            "{how}: {:?}",
            model.months
        );
        assert_eq!(
            flow(local::report::Flow::Billing),
            ([0, 0, 1, 0], 0, false),
            "{how}: {:?}",
            model.months
        );
    }

    // An unsubscribe after the bounce keeps the hard bounce.
    store
        .suppress(&recipient_key(&email("bounced")))
        .await
        .unwrap();
    assert!(state("bounced").await.hard_bounced);

    // No item names the person: keys are hashes, and no address is stored anywhere.
    for item in scan_all(&table).await {
        assert!(!format!("{item:?}").contains("@example.com"), "{item:?}");
    }
}

#[tokio::test]
async fn a_broken_record_fails_the_invocation_without_quoting_it_and_other_types_pass() {
    let table = create_table("mailevents-bad").await;
    let function = mail_events_on(&table).await;
    let mut broken = ses_notification("bounce-permanent", &email("broken"));
    broken.records[0].sns.message = broken.records[0]
        .sns
        .message
        .replace("\"bounce\":", "\"bounced\":");
    let err = function.handle(&broken).await.unwrap_err();
    assert!(err.to_string().contains("without its bounce"), "{err}");
    assert!(!err.to_string().contains('@'), "{err}");
    assert!(!state_of(&table, "broken").await.suppressed);

    let mut open = ses_notification("delivery", &email("opened"));
    open.records[0].sns.message = open.records[0]
        .sns
        .message
        .replace("\"Delivery\"", "\"Open\"");
    assert_eq!(function.handle(&open).await.unwrap(), [Handled::Ignored]);
}

async fn state_of(table: &str, who: &str) -> stripe_recovery::ports::RecipientState {
    dynamo_store(table)
        .await
        .recipient_state(&recipient_key(&email(who)))
        .await
        .unwrap()
}

#[tokio::test]
async fn after_a_complaint_the_next_cart_mail_is_skipped_as_suppressed() {
    verify_sender(SENDER).await;
    let table = create_table("mailevents-cart").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        SesMailer::from_sdk_config(&sdk_config().await, Sender::parse(SENDER).unwrap(), None),
    );
    let to = email("cart-complainer");
    let now = unix_now();
    let deadline = || Instant::now() + Duration::from_secs(10);
    let expired = |id: &str, at: i64| expired_cart_item(id, &to, "en", at);
    let sent = process_item(&mailer, &expired("me_cart_1", now), now, deadline()).await;
    assert!(matches!(sent, Ok(Some(Outcome::Sent { .. }))), "{sent:?}");

    let complaint = ses_notification("complaint", &to);
    mail_events_on(&table)
        .await
        .handle(&complaint)
        .await
        .unwrap();

    let later = now + 2 * 86_400;
    let skipped = process_item(&mailer, &expired("me_cart_2", later), later, deadline()).await;
    assert_eq!(
        skipped.unwrap(),
        Some(Outcome::Skipped(SkipReason::Suppressed))
    );
    assert_eq!(sent_messages_to(&to).await.len(), 1);
}

/// DynamoDB on a bad day, in front of moto: a write fails before it lands, or lands and
/// its answer is lost after the SDK's own retries (the function sees an error either
/// way). Seeded; off for the dead-letter replay.
struct LossyStore {
    inner: DynamoStore,
    rng: std::sync::Mutex<fastrand::Rng>,
    on: std::sync::atomic::AtomicBool,
    /// Records that landed while their write reported a failure.
    landed_unanswered: std::sync::atomic::AtomicUsize,
}

enum Fault {
    Before,
    After,
}

impl LossyStore {
    fn roll(&self) -> Option<Fault> {
        if !self.on.load(std::sync::atomic::Ordering::SeqCst) {
            return None;
        }
        match self.rng.lock().unwrap().u8(..100) {
            0..12 => Some(Fault::Before),
            12..20 => Some(Fault::After),
            _ => None,
        }
    }

    fn lost() -> stripe_recovery::ports::StoreError {
        stripe_recovery::ports::StoreError::Unavailable("injected: timeout".into())
    }
}

impl stripe_recovery::ports::MailEventStore for LossyStore {
    async fn suppress_for(
        &self,
        recipient: &stripe_recovery::recipient::RecipientKey,
        reason: EventKind,
        hard_bounced: bool,
        at: i64,
    ) -> Result<(), stripe_recovery::ports::StoreError> {
        let fault = self.roll();
        if matches!(fault, Some(Fault::Before)) {
            return Err(Self::lost());
        }
        self.inner
            .suppress_for(recipient, reason, hard_bounced, at)
            .await?;
        match fault {
            Some(Fault::After) => Err(Self::lost()),
            _ => Ok(()),
        }
    }

    async fn record_mail_event(
        &self,
        event: &stripe_recovery::ports::MailEventRecord<'_>,
        ttl: i64,
    ) -> Result<bool, stripe_recovery::ports::StoreError> {
        let fault = self.roll();
        if matches!(fault, Some(Fault::Before)) {
            return Err(Self::lost());
        }
        let first = self.inner.record_mail_event(event, ttl).await?;
        match fault {
            Some(Fault::After) => {
                if first {
                    self.landed_unanswered
                        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
                Err(Self::lost())
            }
            None | Some(Fault::Before) => Ok(first),
        }
    }
}

/// SES's events for a dozen recipients, each notification delivered by SNS one to three
/// times in a shuffled order, through a store that fails writes
/// before and after they land; a failed invocation is retried twice (as Lambda retries
/// an asynchronous one), then left in the dead-letter queue, replayed at the end. After:
/// exactly the recipients with a complaint or a hard bounce are suppressed, exactly those
/// with a hard bounce marked, and each rare event is recorded once. The metric counts a
/// record once, or not at all when its write's answer was lost (at most once: the table,
/// which the report reads, is the exact count).
#[tokio::test]
async fn a_shuffled_duplicated_faulty_week_of_ses_events_suppresses_and_records_each_once() {
    let seeds: Vec<u64> = match std::env::var("MAIL_EVENTS_SEED") {
        Ok(seed) => vec![seed.parse().unwrap()],
        Err(_) => (2600..2606).collect(),
    };
    for seed in seeds {
        println!("mail-events replay seed {seed} (MAIL_EVENTS_SEED={seed} runs it alone)");
        replay_one(seed).await;
    }
}

async fn replay_one(seed: u64) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let table = create_table(&format!("mailevents-replay-{seed}")).await;
    let store = LossyStore {
        inner: dynamo_store(&table).await,
        rng: std::sync::Mutex::new(fastrand::Rng::with_seed(seed ^ 0x5e5)),
        on: std::sync::atomic::AtomicBool::new(true),
        landed_unanswered: Default::default(),
    };
    let keys = RecipientKeyer::new(RECIPIENT_KEY_PEPPER).unwrap();
    let function = MailEvents::new(store, keys);
    const SAMPLES: [&str; 6] = [
        "bounce-permanent",
        "bounce-transient",
        "complaint",
        "delivery",
        "reject",
        "delivery-delay",
    ];

    // The world, and what it must come to (the oracle, from the samples' names alone).
    let mut notifications = Vec::new();
    let (mut suppressed, mut bounced) = (HashSet::new(), HashSet::new());
    let mut records = 0;
    for who in 0..12 {
        let to = email(&format!("replay{seed}-{who}"));
        for n in 0..rng.usize(1..4) {
            let sample = SAMPLES[rng.usize(..SAMPLES.len())];
            // Each event its own: SES's message and feedback ids made unique.
            let id = format!("{seed:x}{who:02x}{n:02x}");
            let text = serde_json::to_string(&ses_notification(sample, &to))
                .unwrap()
                .replace("EXAMPLE7c191be45", &format!("EXAMPLE{id}"))
                .replace("01000157c44f053b", &format!("0100{id}"));
            notifications.push(serde_json::from_str::<SnsEvent>(&text).unwrap());
            match sample {
                "bounce-permanent" => {
                    suppressed.insert(to.clone());
                    bounced.insert(to.clone());
                }
                "complaint" => {
                    suppressed.insert(to.clone());
                }
                _ => {}
            }
            records += usize::from(matches!(
                sample,
                "bounce-permanent" | "bounce-transient" | "complaint" | "reject"
            ));
        }
    }
    let mut deliveries: Vec<&SnsEvent> = notifications
        .iter()
        .flat_map(|n| std::iter::repeat_n(n, rng.usize(1..4)))
        .collect();
    rng.shuffle(&mut deliveries);

    let (mut counted, mut dead_letters) = (0, Vec::new());
    for delivery in deliveries {
        let mut outcome = function.handle(delivery).await;
        for _retry in 0..2 {
            if outcome.is_ok() {
                break;
            }
            outcome = function.handle(delivery).await;
        }
        match outcome {
            Ok(handled) => counted += recorded_in(&handled),
            Err(_) => dead_letters.push(delivery),
        }
    }
    println!(
        "seed {seed}: {} notifications, {} records due, {} dead letters",
        notifications.len(),
        records,
        dead_letters.len()
    );
    // On-call fixes the cause and replays the dead-letter queue.
    function
        .store()
        .on
        .store(false, std::sync::atomic::Ordering::SeqCst);
    for delivery in dead_letters {
        counted += recorded_in(&function.handle(delivery).await.unwrap());
    }

    let store = dynamo_store(&table).await;
    for who in 0..12 {
        let to = email(&format!("replay{seed}-{who}"));
        let state = store.recipient_state(&recipient_key(&to)).await.unwrap();
        assert_eq!(
            state.suppressed,
            suppressed.contains(&to),
            "seed {seed}: {who}"
        );
        assert_eq!(
            state.hard_bounced,
            bounced.contains(&to),
            "seed {seed}: {who}"
        );
    }
    let stored = recorded(&table).await.into_values().sum::<usize>();
    assert_eq!(stored, records, "seed {seed}: one record per rare event");
    let unanswered = function
        .store()
        .landed_unanswered
        .load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        counted <= records && counted + unanswered >= records,
        "seed {seed}: counted {counted} of {records} ({unanswered} answers lost)"
    );
}

fn recorded_in(handled: &[Handled]) -> usize {
    handled
        .iter()
        .map(|h| match h {
            Handled::Event { recorded, .. } => *recorded,
            Handled::Ignored => 0,
        })
        .sum()
}
