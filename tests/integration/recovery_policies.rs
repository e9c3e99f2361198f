//! The shipped example policies (`policies/examples/`), each end to end against moto and
//! the Stripe fake: Stripe's events signed and delivered to the webhook, the table's
//! stream handed to billing recovery as Lambda would, the scheduler's sweeps on our own
//! clock, the alerts read back from an SQS queue subscribed to the SNS topic and from a
//! chat webhook listening on loopback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use billing_recovery::config::BillingConfig;
use billing_recovery::decide::Skip;
use billing_recovery::{BillingRecovery, Outcome};
use integration_tests::stripe_fake::StripeFake;
use integration_tests::*;
use scheduler::Sweeper;
use serde_json::{Value, json};
use stripe_recovery::adapters::chat::{DeployedAlerts, deployed_alerts};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::stream;
use stripe_recovery::stripe::client::StripeClient;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::Instant;
use webhook::Webhook;

use crate::billing_recovery::{BILLING_SENDER, DAY, PORTAL_LINK_SECRET, PORTAL_LINK_URL};

const TYPES: &[&str] = &[
    "invoice.payment_failed",
    "invoice.payment_action_required",
    "invoice.paid",
    "invoice.upcoming",
    "invoice.voided",
    "invoice.marked_uncollectible",
    "invoice.overdue",
    "customer.subscription.trial_will_end",
    "customer.subscription.deleted",
    "stripe_recovery.billing_step_due",
    "stripe_recovery.billing_mail_deferred",
];

type Consumer = BillingRecovery<DynamoStore, SesMailer, StripeClient, DeployedAlerts>;

/// A chat webhook on loopback: every body POSTed to it, answered 200.
struct ChatHook {
    url: String,
    bodies: Arc<Mutex<Vec<String>>>,
}

impl ChatHook {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/services/hook", listener.local_addr().unwrap());
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let seen = bodies.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let seen = seen.clone();
                tokio::spawn(async move {
                    let mut request = Vec::new();
                    let mut buf = [0u8; 4096];
                    // Headers, then as many bytes as Content-Length says.
                    loop {
                        let n = socket.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        request.extend_from_slice(&buf[..n]);
                        let text = String::from_utf8_lossy(&request).to_string();
                        let Some((head, body)) = text.split_once("\r\n\r\n") else {
                            continue;
                        };
                        let length = head
                            .lines()
                            .find_map(|l| {
                                let (name, value) = l.split_once(':')?;
                                name.eq_ignore_ascii_case("content-length")
                                    .then(|| value.trim().parse::<usize>().ok())?
                            })
                            .unwrap_or(0);
                        if body.len() >= length {
                            seen.lock().unwrap().push(body.to_owned());
                            break;
                        }
                    }
                    let _ = socket
                        .write_all(
                            b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok",
                        )
                        .await;
                });
            }
        });
        Self { url, bodies }
    }

    fn bodies(&self) -> Vec<String> {
        self.bodies.lock().unwrap().clone()
    }
}

/// One shop deploying one example policy.
struct Shop {
    fake: StripeFake,
    table: String,
    webhook: Webhook<DynamoStore>,
    billing: Consumer,
    sweeper: Sweeper<DynamoStore>,
    seen: usize,
    /// Where the last `drain` started.
    last_seen: usize,
    topic_queue: String,
    chat: ChatHook,
    /// The test's unique names.
    tag: String,
}

impl Shop {
    /// A shop running the example policy `policy`.
    async fn open(test: &str, policy: &str) -> Self {
        let path = format!("policies/examples/{policy}");
        let text =
            std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        Self::open_with(test, &path, &text, "").await
    }

    /// A shop running the policy `text` (`path` names it), the template's
    /// `BillingSegmentSenders` being `segment_senders`.
    async fn open_with(test: &str, path: &str, text: &str, segment_senders: &str) -> Self {
        verify_sender(BILLING_SENDER).await;
        let fake = StripeFake::start().await;
        let table = create_table("policy").await;
        let sdk = sdk_config().await;
        let tag = format!("{}{}", test.replace(['-', '_'], ""), std::process::id());
        let (topic, topic_queue) = topic_with_queue(&sdk, &tag).await;
        let vars = [
            ("TABLE_NAME", table.as_str()),
            ("BILLING_SENDER_EMAIL", "Shop Billing <billing@example.com>"),
            ("SHOP_NAME", "Test Shop"),
            ("PORTAL_LINK_URL", PORTAL_LINK_URL),
            ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
            ("ALERT_TOPIC_ARN", topic.as_str()),
            ("RESUBSCRIBE_URL", "https://shop.example/pricing"),
            ("BILLING_SEGMENT_SENDERS", segment_senders),
            ("PORTAL_RETENTION_COUPON", "STAY20"),
            ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
        ];
        let mut config = BillingConfig::from_env(&env_of(&vars)).unwrap();
        config.use_policy(path, text).unwrap();
        let chat = ChatHook::start().await;
        let alerts = deployed_alerts(&sdk, config.alert_topic_arn.as_deref(), Some(&chat.url));
        let ses = SesMailer::from_sdk_config(&sdk, config.sender.clone(), None);
        let billing = BillingRecovery::from_config(
            config,
            dynamo_store(&table).await,
            ses,
            fake.client(),
            alerts,
        );
        Self {
            webhook: webhook_on(&table).await,
            sweeper: Sweeper::new(dynamo_store(&table).await),
            billing,
            fake,
            table,
            seen: 0,
            last_seen: 0,
            topic_queue,
            chat,
            tag,
        }
    }

    fn id(&self, prefix: &str) -> String {
        format!("{prefix}_{}", self.tag)
    }

    fn email(&self) -> String {
        format!("jenny.rosen+{}@example.com", self.tag)
    }

    fn customer(&self) -> Value {
        let mut customer = fixture("customer");
        customer["id"] = json!(self.id("cus"));
        customer["email"] = json!(self.email());
        customer["preferred_locales"] = json!([]);
        customer
    }

    /// A subscription renewing every `interval`, in `status`.
    fn subscription(&self, interval: &str, status: &str) -> Value {
        let mut sub = fixture("subscription");
        sub["id"] = json!(self.id("sub"));
        sub["customer"] = json!(self.id("cus"));
        sub["status"] = json!(status);
        sub["cancel_at_period_end"] = json!(false);
        sub["items"]["data"][0]["price"]["recurring"]["interval"] = json!(interval);
        sub
    }

    fn invoice(&self, amount: i64) -> Value {
        let mut invoice = fixture("invoice");
        invoice["id"] = json!(self.id("in"));
        invoice["customer"] = json!(self.id("cus"));
        invoice["parent"]["subscription_details"]["subscription"] = json!(self.id("sub"));
        invoice["status"] = json!("open");
        invoice["amount_due"] = json!(amount);
        invoice["amount_remaining"] = json!(amount);
        invoice["currency"] = json!("usd");
        invoice["hosted_invoice_url"] = json!("https://invoice.stripe.com/i/acct_1/test_1");
        invoice
    }

    fn stripe_has(&self, objects: &[&Value]) {
        for object in objects {
            self.fake.put_object((*object).clone());
        }
    }

    /// Stripe delivers `object` as `event_type` to the webhook, signed.
    async fn deliver(&self, event_id: &str, event_type: &str, object: &Value, at: i64) {
        let body =
            serde_json::to_vec(&stripe_event(event_id, event_type, object.clone(), at)).unwrap();
        let header = signature_header(TEST_SECRET, at, &body);
        self.webhook
            .intake()
            .receive(Some(&header), &body, at)
            .await
            .unwrap();
    }

    /// What the stream carries now, through billing recovery at `now`; every item must
    /// succeed.
    async fn drain(&mut self, now: i64) -> Vec<Outcome> {
        let records = stream_records(&self.table).await;
        let new = records[self.seen..].to_vec();
        self.last_seen = self.seen;
        self.seen = records.len();
        self.process(&new, now).await
    }

    /// The records the last `drain` processed, processed again at `now` (Lambda's retry
    /// of a batch).
    async fn process_again(&mut self, now: i64) -> Vec<Outcome> {
        let records = stream_records(&self.table).await;
        let last = records[self.last_seen..self.seen].to_vec();
        self.process(&last, now).await
    }

    async fn process(&self, records: &[Value], now: i64) -> Vec<Outcome> {
        let event = lambda_stream_event(records, TYPES);
        let mut outcomes = Vec::new();
        for record in &event.records {
            let item = stripe_recovery::stream::inbox_item(record).unwrap();
            let deadline = Instant::now() + Duration::from_secs(10);
            match stream::process_item(&self.billing, &item, now, deadline).await {
                Ok(Some(outcome)) => outcomes.push(outcome),
                other => panic!("{}: {other:?}", item.event_id),
            }
        }
        outcomes
    }

    /// The scheduler's sweep at `now`, then what it fired.
    async fn sweep(&mut self, now: i64) -> Vec<Outcome> {
        let deadline = Instant::now() + Duration::from_secs(10);
        self.sweeper.run(now, deadline).await.unwrap();
        self.drain(now).await
    }

    /// The alerts the topic carried: each message's JSON.
    async fn topic_alerts(&self) -> Vec<Value> {
        let sqs = aws_sdk_sqs::Client::new(&sdk_config().await);
        let mut alerts = Vec::new();
        loop {
            let received = sqs
                .receive_message()
                .queue_url(&self.topic_queue)
                .max_number_of_messages(10)
                .wait_time_seconds(1)
                .send()
                .await
                .unwrap();
            let messages = received.messages.unwrap_or_default();
            if messages.is_empty() {
                return alerts;
            }
            for message in messages {
                let body = message.body().unwrap();
                assert!(!body.contains('@'), "no address in an alert: {body}");
                let envelope: Value = serde_json::from_str(body).unwrap();
                alerts.push(serde_json::from_str(envelope["Message"].as_str().unwrap()).unwrap());
                sqs.delete_message()
                    .queue_url(&self.topic_queue)
                    .receipt_handle(message.receipt_handle().unwrap())
                    .send()
                    .await
                    .unwrap();
            }
        }
    }
}

/// An SNS topic with an SQS queue subscribed: (topic ARN, queue URL).
async fn topic_with_queue(sdk: &aws_config::SdkConfig, tag: &str) -> (String, String) {
    let sns = aws_sdk_sns::Client::new(sdk);
    let topic = sns
        .create_topic()
        .name(format!("alarms-{tag}"))
        .send()
        .await
        .unwrap()
        .topic_arn
        .unwrap();
    let sqs = aws_sdk_sqs::Client::new(sdk);
    let queue_url = sqs
        .create_queue()
        .queue_name(format!("alarms-{tag}"))
        .send()
        .await
        .unwrap()
        .queue_url
        .unwrap();
    let queue_arn = sqs
        .get_queue_attributes()
        .queue_url(&queue_url)
        .attribute_names(aws_sdk_sqs::types::QueueAttributeName::QueueArn)
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap()[&aws_sdk_sqs::types::QueueAttributeName::QueueArn]
        .clone();
    sns.subscribe()
        .topic_arn(&topic)
        .protocol("sqs")
        .endpoint(&queue_arn)
        .send()
        .await
        .unwrap();
    (topic, queue_url)
}

fn kinds(outcomes: &[Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .flat_map(Outcome::parts)
        .map(|o| match o {
            Outcome::Mailed { kind, .. } => format!("mailed {kind}"),
            other => other.to_string(),
        })
        .collect()
}

/// `annual-subscribers.toml`: a yearly renewal fails; the reminders come on our clock
/// 3 and 7 days after the first failure whatever Stripe's retries do, the team is told
/// once (topic and chat), and the payment on day 8 ends the sequence before day 14.
#[tokio::test]
async fn an_annual_renewal_failing_gets_its_sequence_on_our_clock_and_one_alert() {
    let mut shop = Shop::open("annual", "annual-subscribers.toml").await;
    let t0 = unix_now();
    let mut invoice = shop.invoice(120_000);
    invoice["billing_reason"] = json!("subscription_cycle");
    invoice["attempt_count"] = json!(1);
    invoice["next_payment_attempt"] = json!(t0 + 5 * DAY);
    let subscription = shop.subscription("year", "past_due");
    let customer = shop.customer();
    shop.stripe_has(&[&invoice, &subscription, &customer]);

    shop.deliver(
        &shop.id("evt_fail1"),
        "invoice.payment_failed",
        &invoice,
        t0,
    )
    .await;
    assert_eq!(
        kinds(&shop.drain(t0).await),
        ["mailed payment_failed"],
        "the first failure's mail"
    );
    // A redelivery changes nothing, and the step it schedules stays scheduled once.
    shop.deliver(
        &shop.id("evt_fail1"),
        "invoice.payment_failed",
        &invoice,
        t0 + 60,
    )
    .await;
    assert!(
        shop.drain(t0 + 60).await.is_empty(),
        "a duplicate is dropped"
    );

    // Nothing before day 3.
    assert!(shop.sweep(t0 + 3 * DAY - 120).await.is_empty());
    let step2 = shop.sweep(t0 + 3 * DAY).await;
    assert_eq!(kinds(&step2), ["mailed payment_reminder"], "day 3");

    // Stripe's own retry on day 5 fails: no mail of its own, the sequence goes on.
    invoice["attempt_count"] = json!(2);
    invoice["next_payment_attempt"] = json!(t0 + 12 * DAY);
    shop.stripe_has(&[&invoice]);
    shop.deliver(
        &shop.id("evt_fail2"),
        "invoice.payment_failed",
        &invoice,
        t0 + 5 * DAY,
    )
    .await;
    let retry = shop.drain(t0 + 5 * DAY).await;
    assert_eq!(retry, [Outcome::Skipped(Skip::RemindersScheduled)]);

    let step3 = shop.sweep(t0 + 7 * DAY).await;
    assert_eq!(kinds(&step3), ["mailed payment_reminder"], "day 7");

    // Paid on day 8: recovered, and day 14's step finds nothing to ask for.
    invoice["status"] = json!("paid");
    invoice["amount_paid"] = json!(120_000);
    invoice["amount_remaining"] = json!(0);
    shop.stripe_has(&[&invoice]);
    shop.deliver(&shop.id("evt_paid"), "invoice.paid", &invoice, t0 + 8 * DAY)
        .await;
    let paid = shop.drain(t0 + 8 * DAY).await;
    assert!(
        kinds(&paid)[0]
            .starts_with("invoice paid: recovered USD 1,200.00 after the payment_reminder mail"),
        "{paid:?}"
    );
    let step4 = shop.sweep(t0 + 14 * DAY).await;
    assert_eq!(step4, [Outcome::Skipped(Skip::SequenceEnded)], "day 14");
    assert!(shop.sweep(t0 + 30 * DAY).await.is_empty(), "nothing after");

    let mails = sent_messages_to(&shop.email()).await;
    assert_eq!(mails.len(), 3, "the first mail and two reminders");

    // The team: told once that an annual renewal failed, on the topic and in the chat.
    let alerts = shop.topic_alerts().await;
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["alert"], "annual_renewal_failed");
    assert_eq!(alerts[0]["segment"], "annual");
    assert_eq!(alerts[0]["invoice"], json!(shop.id("in")));
    assert_eq!(alerts[0]["amount_due"], 120_000);
    let chat = shop.chat.bodies();
    assert_eq!(chat.len(), 1, "{chat:?}");
    let text: Value = serde_json::from_str(&chat[0]).unwrap();
    let text = text["text"].as_str().unwrap();
    assert!(
        text.starts_with("Annual renewal failed: USD 1,200.00"),
        "{text}"
    );
    assert!(
        text.contains("segment annual") && !text.contains('@'),
        "{text}"
    );
}

/// The same policy for a monthly subscriber (`everyone-else`): the deployment's
/// defaults, a reminder on Stripe's retry and no alert.
#[tokio::test]
async fn a_monthly_renewal_under_the_annual_policy_keeps_the_defaults() {
    let mut shop = Shop::open("monthly", "annual-subscribers.toml").await;
    let t0 = unix_now();
    let mut invoice = shop.invoice(120_000);
    invoice["billing_reason"] = json!("subscription_cycle");
    invoice["attempt_count"] = json!(1);
    invoice["next_payment_attempt"] = json!(t0 + 3 * DAY);
    shop.stripe_has(&[
        &invoice,
        &shop.subscription("month", "past_due"),
        &shop.customer(),
    ]);
    shop.deliver(&shop.id("evt_m1"), "invoice.payment_failed", &invoice, t0)
        .await;
    assert_eq!(kinds(&shop.drain(t0).await), ["mailed payment_failed"]);
    assert!(
        shop.sweep(t0 + 3 * DAY).await.is_empty(),
        "nothing scheduled"
    );
    invoice["attempt_count"] = json!(2);
    invoice["next_payment_attempt"] = json!(t0 + 8 * DAY);
    shop.stripe_has(&[&invoice]);
    shop.deliver(
        &shop.id("evt_m2"),
        "invoice.payment_failed",
        &invoice,
        t0 + 3 * DAY,
    )
    .await;
    assert_eq!(
        kinds(&shop.drain(t0 + 3 * DAY).await),
        ["mailed payment_reminder"]
    );
    assert!(shop.topic_alerts().await.is_empty());
    assert!(shop.chat.bodies().is_empty());
}

/// Quiet hours: a failure at 23:00 in the customer's Tokyo waits for 08:00 there (a job,
/// held once however often the event comes), is decided again then and mailed once; its
/// sequence counts from that mail, and a step due in the night is held the same way. An
/// invoice paid overnight gets no mail in the morning. A release that comes late, in a
/// later night, is held again (a bounded number of times). A customer who names no zone
/// is mailed at once.
#[tokio::test]
async fn a_failure_in_the_customers_night_is_mailed_in_their_morning() {
    let policy = "version = 1\n\n[[segment]]\nname = \"everyone\"\nmails = [\"payment_failed\", \"payment_reminder\", \"final_notice\"]\nsequence_days = [0, 3, 7]\n[segment.quiet_hours]\nfrom = \"21:00\"\nuntil = \"08:00\"\n";
    let mut shop = Shop::open_with("quiet", "inline.toml", policy, "").await;
    // 23:00 in Tokyo (UTC+9, no daylight saving) today; 08:00 there is 9 hours later.
    let t0 = unix_now() / DAY * DAY + 14 * 3600;
    let morning = t0 + 9 * 3600;
    let mut invoice = shop.invoice(4_900);
    invoice["attempt_count"] = json!(1);
    invoice["next_payment_attempt"] = json!(t0 + 5 * DAY);
    let mut customer = shop.customer();
    customer["metadata"] = json!({ "time_zone": "Asia/Tokyo" });
    shop.stripe_has(&[&invoice, &shop.subscription("month", "past_due"), &customer]);
    shop.deliver(&shop.id("evt_q1"), "invoice.payment_failed", &invoice, t0)
        .await;
    let held = shop.drain(t0).await;
    assert!(
        matches!(held.as_slice(), [Outcome::Held { until, .. }] if *until == morning),
        "{held:?}"
    );
    // Lambda delivers the record again at 02:00: still held, by the same job.
    let again = shop.process_again(t0 + 3 * 3600).await;
    assert!(
        matches!(again.as_slice(), [Outcome::Held { until, .. }] if *until == morning),
        "{again:?}"
    );
    assert!(
        sent_messages_to(&shop.email()).await.is_empty(),
        "nothing at night"
    );
    assert!(
        shop.sweep(morning - 60).await.is_empty(),
        "not before 08:00"
    );
    assert_eq!(kinds(&shop.sweep(morning).await), ["mailed payment_failed"]);
    assert!(shop.sweep(morning + 60).await.is_empty(), "fired once");
    assert_eq!(sent_messages_to(&shop.email()).await.len(), 1);
    // The sequence counts its days from the first failure's mail. The customer moved to
    // London meanwhile, where that hour is 23:00: the step is held until 08:00 there,
    // mailed then, and the next one is scheduled from then.
    customer["metadata"] = json!({ "time_zone": "Europe/London" });
    shop.stripe_has(&[&customer]);
    assert!(shop.sweep(morning + 3 * DAY - 60).await.is_empty());
    let step = shop.sweep(morning + 3 * DAY).await;
    let london_morning = morning + 3 * DAY + 9 * 3600;
    assert!(
        matches!(step.as_slice(), [Outcome::Held { until, .. }] if *until == london_morning),
        "{step:?}"
    );
    assert_eq!(
        kinds(&shop.sweep(london_morning).await),
        ["mailed payment_reminder"]
    );
    // Decided late, the step keeps the sequence's spacing to the next: four days on.
    assert!(shop.sweep(london_morning + 4 * DAY - 60).await.is_empty());
    assert_eq!(
        kinds(&shop.sweep(london_morning + 4 * DAY).await),
        ["mailed payment_reminder"]
    );
    assert_eq!(sent_messages_to(&shop.email()).await.len(), 3);

    // Paid overnight: the morning's decision finds nothing to ask for.
    shop.tag.push('p');
    let mut invoice = shop.invoice(4_900);
    invoice["attempt_count"] = json!(1);
    let mut customer = shop.customer();
    customer["metadata"] = json!({ "time_zone": "Asia/Tokyo" });
    shop.stripe_has(&[&invoice, &shop.subscription("month", "past_due"), &customer]);
    shop.deliver(&shop.id("evt_p1"), "invoice.payment_failed", &invoice, t0)
        .await;
    let held = shop.drain(t0).await;
    assert!(
        matches!(held.as_slice(), [Outcome::Held { .. }]),
        "{held:?}"
    );
    invoice["status"] = json!("paid");
    invoice["amount_remaining"] = json!(0);
    invoice["amount_paid"] = json!(4_900);
    shop.stripe_has(&[&invoice]);
    shop.deliver(&shop.id("evt_p2"), "invoice.paid", &invoice, t0 + 3600)
        .await;
    shop.drain(t0 + 3600).await;
    let morning_run = shop.sweep(morning).await;
    assert!(
        matches!(morning_run.as_slice(), [Outcome::Skipped(_)]),
        "{morning_run:?}"
    );
    assert!(sent_messages_to(&shop.email()).await.is_empty());

    // Released late, in a later night (a retry a day on, a replay from the dead-letter
    // queue): held again until the morning after, by a job of its own, up to
    // `MAX_HOLDS` holds in all; the release after that sends whatever the hour.
    shop.tag.push('l');
    let invoice = shop.invoice(4_900);
    let mut customer = shop.customer();
    customer["metadata"] = json!({ "time_zone": "Asia/Tokyo" });
    shop.stripe_has(&[&invoice, &shop.subscription("month", "past_due"), &customer]);
    shop.deliver(&shop.id("evt_l1"), "invoice.payment_failed", &invoice, t0)
        .await;
    let held = shop.drain(t0).await;
    assert!(
        matches!(held.as_slice(), [Outcome::Held { until, .. }] if *until == morning),
        "{held:?}"
    );
    // 23:00 in Tokyo on the day of the release.
    let mut night = morning + 15 * 3600;
    for hold in 2..=billing_recovery::MAX_HOLDS {
        let again = shop.sweep(night).await;
        assert!(
            matches!(again.as_slice(), [Outcome::Held { until, .. }] if *until == night + 9 * 3600),
            "hold {hold}: {again:?}"
        );
        assert!(sent_messages_to(&shop.email()).await.is_empty());
        night += DAY;
    }
    assert_eq!(kinds(&shop.sweep(night).await), ["mailed payment_failed"]);
    assert!(shop.sweep(night + DAY).await.is_empty(), "no job left");
    assert_eq!(sent_messages_to(&shop.email()).await.len(), 1);

    // No zone named: at once.
    shop.tag.push('n');
    let invoice = shop.invoice(4_900);
    shop.stripe_has(&[
        &invoice,
        &shop.subscription("month", "past_due"),
        &shop.customer(),
    ]);
    shop.deliver(&shop.id("evt_q2"), "invoice.payment_failed", &invoice, t0)
        .await;
    assert_eq!(kinds(&shop.drain(t0).await), ["mailed payment_failed"]);
}

/// A segment whose trial-ending mail carries the retention offer: a second portal link,
/// into the cancellation flow of that very subscription, in the customer's language.
#[tokio::test]
async fn a_trial_ending_mail_of_a_segment_links_the_cancellation_offer() {
    use stripe_recovery::portal::{PortalFlow, verify};
    use stripe_recovery::signed::{Purpose, TokenSigner};
    let policy = "version = 1\n\n[[segment]]\nname = \"trials\"\nmails = [\"trial_ending\"]\nretention_offer_in = [\"trial_ending\"]\n";
    let mut shop = Shop::open_with("retention", "inline.toml", policy, "").await;
    let now = unix_now();
    let mut trialing = shop.subscription("month", "trialing");
    trialing["trial_end"] = json!(now + 3 * DAY);
    trialing["default_payment_method"] = Value::Null;
    let mut customer = shop.customer();
    customer["invoice_settings"]["default_payment_method"] = Value::Null;
    customer["default_source"] = Value::Null;
    customer["preferred_locales"] = json!(["de-DE"]);
    shop.stripe_has(&[&trialing, &customer]);
    shop.deliver(
        &shop.id("evt_t1"),
        "customer.subscription.trial_will_end",
        &trialing,
        now,
    )
    .await;
    assert_eq!(kinds(&shop.drain(now).await), ["mailed trial_ending"]);
    let [mail] = sent_messages_to(&shop.email()).await.try_into().unwrap();
    let text = mail.text();
    assert!(text.contains("Sie denken ans Kündigen?"), "{text}");
    let tokens: Vec<&str> = text
        .split_whitespace()
        .filter_map(|word| word.strip_prefix(&format!("{PORTAL_LINK_URL}?t=")))
        .collect();
    let portal = TokenSigner::new(Purpose::Portal, PORTAL_LINK_SECRET).unwrap();
    let flows: Vec<PortalFlow> = tokens
        .iter()
        .map(|token| verify(&portal, token, now).unwrap().flow)
        .collect();
    assert_eq!(
        flows,
        [
            PortalFlow::PaymentMethodUpdate,
            PortalFlow::SubscriptionCancel(
                stripe_recovery::stripe::ids::SubscriptionId::parse(&shop.id("sub")).unwrap()
            ),
        ],
        "{text}"
    );
}

/// A segment with its own sender: its customers' mails come from it, the others' from
/// the deployment's billing sender.
#[tokio::test]
async fn a_segments_mails_come_from_its_own_sender() {
    let segment_sender = format!("billing-annual-{}@example.com", std::process::id());
    verify_sender(&segment_sender).await;
    let policy = format!(
        "version = 1\n\n[[segment]]\nname = \"annual\"\nsender = \"Shop Annual <{segment_sender}>\"\n[segment.match]\ninterval = \"year\"\n\n[[segment]]\nname = \"everyone\"\n"
    );
    let mut shop = Shop::open_with("sender", "inline.toml", &policy, &segment_sender).await;
    let t0 = unix_now();
    let mut invoice = shop.invoice(120_000);
    invoice["attempt_count"] = json!(1);
    invoice["next_payment_attempt"] = json!(t0 + 3 * DAY);
    shop.stripe_has(&[
        &invoice,
        &shop.subscription("year", "past_due"),
        &shop.customer(),
    ]);
    shop.deliver(&shop.id("evt_s1"), "invoice.payment_failed", &invoice, t0)
        .await;
    assert_eq!(kinds(&shop.drain(t0).await), ["mailed payment_failed"]);
    let sent = sent_messages_to(&shop.email()).await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].source, segment_sender);
    assert_eq!(
        sent[0].from(),
        (Some("Shop Annual".to_owned()), segment_sender.clone())
    );

    // A monthly subscriber of the same shop: the deployment's sender.
    shop.tag.push('m');
    let invoice = shop.invoice(120_000);
    shop.stripe_has(&[
        &invoice,
        &shop.subscription("month", "past_due"),
        &shop.customer(),
    ]);
    shop.deliver(&shop.id("evt_s2"), "invoice.payment_failed", &invoice, t0)
        .await;
    assert_eq!(kinds(&shop.drain(t0).await), ["mailed payment_failed"]);
    let sent = sent_messages_to(&shop.email()).await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].source, BILLING_SENDER);
}

/// `high-value-overdue.toml`: a bank-transfer invoice over the amount passes its due
/// date: one alert however often Stripe says so, no mail to the customer; a smaller one
/// alerts nobody.
#[tokio::test]
async fn a_send_invoice_invoice_over_the_threshold_going_overdue_alerts_once() {
    let mut shop = Shop::open("overdue", "high-value-overdue.toml").await;
    let t0 = unix_now();
    let mut invoice = shop.invoice(250_000);
    invoice["collection_method"] = json!("send_invoice");
    invoice["billing_reason"] = json!("manual");
    invoice["due_date"] = json!(t0 - DAY);
    invoice["parent"] = Value::Null;
    shop.stripe_has(&[&invoice, &shop.customer()]);

    for (n, at) in [(1, t0), (2, t0 + 60), (3, t0 + DAY)] {
        shop.deliver(
            &shop.id(&format!("evt_over{n}")),
            "invoice.overdue",
            &invoice,
            at,
        )
        .await;
    }
    let outcomes = shop.drain(t0 + DAY).await;
    assert_eq!(
        outcomes,
        [
            Outcome::Overdue { alerted: 1 },
            Outcome::Overdue { alerted: 0 },
            Outcome::Overdue { alerted: 0 }
        ]
    );
    let alerts = shop.topic_alerts().await;
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["alert"], "high_value_invoice_overdue");
    assert_eq!(alerts[0]["segment"], "invoiced");
    assert_eq!(alerts[0]["amount_due"], 250_000);
    assert_eq!(shop.chat.bodies().len(), 1);
    assert!(sent_messages_to(&shop.email()).await.is_empty(), "no mail");

    // Below the amount: nobody is told.
    let mut small = invoice.clone();
    small["id"] = json!(shop.id("in_small"));
    small["amount_due"] = json!(99_999);
    small["amount_remaining"] = json!(99_999);
    shop.stripe_has(&[&small]);
    shop.deliver(&shop.id("evt_small"), "invoice.overdue", &small, t0 + DAY)
        .await;
    assert_eq!(
        shop.drain(t0 + DAY).await,
        [Outcome::Overdue { alerted: 0 }]
    );
    assert!(shop.topic_alerts().await.is_empty());
}

/// `cancellation-confirmation.toml`: a subscription ends; its customer gets one mail
/// with the day access ends and the way back, however often Stripe says so.
#[tokio::test]
async fn a_cancelled_subscription_gets_one_confirmation_mail() {
    let mut shop = Shop::open("cancel", "cancellation-confirmation.toml").await;
    let t0 = unix_now();
    let mut subscription = shop.subscription("month", "canceled");
    subscription["ended_at"] = json!(t0);
    subscription["latest_invoice"] = Value::Null;
    shop.stripe_has(&[&subscription, &shop.customer()]);
    shop.deliver(
        &shop.id("evt_del"),
        "customer.subscription.deleted",
        &subscription,
        t0,
    )
    .await;
    let first = shop.drain(t0).await;
    assert_eq!(
        kinds(&first),
        ["nothing of ours to end", "mailed cancellation_confirmation"]
    );
    // Stripe redelivers days later, as another event of the same end: still one mail.
    shop.deliver(
        &shop.id("evt_del_again"),
        "customer.subscription.deleted",
        &subscription,
        t0 + 2 * DAY,
    )
    .await;
    let again = shop.drain(t0 + 2 * DAY).await;
    assert_eq!(
        kinds(&again),
        ["nothing of ours to end", "no mail (already_mailed)"]
    );
    let [mail] = sent_messages_to(&shop.email()).await.try_into().unwrap();
    let text = mail.text();
    assert!(
        text.contains(&stripe_recovery::mail::format_date(
            t0,
            stripe_recovery::mail::Language::En
        )),
        "{text}"
    );
    assert!(text.contains("https://shop.example/pricing"), "{text}");
    assert!(shop.topic_alerts().await.is_empty());
}
