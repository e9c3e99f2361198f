//! Billing recovery against moto (DynamoDB, SES v2, SNS → SQS) and the Stripe fake: the
//! fake holds the invoice, subscription, customer and card "as they are now", checks
//! every request we make, and answers with the official fixtures changed per test.

use std::time::Duration;

use billing_recovery::decide::{BillingKind, Skip};
use billing_recovery::{BillingRecovery, Outcome};
use integration_tests::stripe_fake::{Canned, StripeFake};
use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::adapters::sns::SnsAlerts;
use stripe_recovery::portal::{self, PortalFlow};
use stripe_recovery::ports::{
    Claim, DunningOutcome, DunningStore, DunningSubject, Mailer, OutgoingMail,
};
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stream;
use stripe_recovery::stripe::client::{RetryPolicy, StripeClient};
use stripe_recovery::stripe::ids::{InvoiceId, SubscriptionId};
use tokio::time::Instant;

pub(crate) const BILLING_SENDER: &str = "billing@example.com";
pub(crate) const PORTAL_LINK_URL: &str = "https://api.example/billing/portal";
pub(crate) const PORTAL_LINK_SECRET: &str = "portal_link_test_secret_0123456789abc";
pub(crate) const DAY: i64 = 86_400;

pub(crate) type Consumer = BillingRecovery<DynamoStore, SesMailer, StripeClient, Option<SnsAlerts>>;

pub(crate) struct Billing {
    pub(crate) fake: StripeFake,
    pub(crate) table: String,
    pub(crate) consumer: Consumer,
}

/// The names one test uses, unique per process so tests share moto safely.
pub(crate) struct Names {
    pub(crate) email: String,
    pub(crate) customer: String,
    pub(crate) subscription: String,
    pub(crate) invoice: String,
}

pub(crate) fn names(test: &str) -> Names {
    let tag = format!("{}{}", test.replace(['-', '_'], ""), std::process::id());
    Names {
        email: format!(
            "jenny.rosen+billing-{test}-{}@example.com",
            std::process::id()
        ),
        customer: format!("cus_{tag}"),
        subscription: format!("sub_{tag}"),
        invoice: format!("in_{tag}"),
    }
}

pub(crate) async fn setup(vars: &[(&str, &str)]) -> Billing {
    setup_with_stripe(vars, None).await
}

/// The consumer as its `main` builds it, from these variables; Stripe is the fake, or
/// `stripe` when given.
async fn setup_with_stripe(vars: &[(&str, &str)], stripe: Option<StripeClient>) -> Billing {
    verify_sender(BILLING_SENDER).await;
    let fake = StripeFake::start().await;
    let table = create_table("billing").await;
    let mut all = vars.to_vec();
    all.extend_from_slice(&[
        ("TABLE_NAME", table.as_str()),
        ("BILLING_SENDER_EMAIL", "Shop Billing <billing@example.com>"),
        ("SHOP_NAME", "Test Shop"),
        ("PORTAL_LINK_URL", PORTAL_LINK_URL),
        ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
    ]);
    let config = billing_recovery::config::BillingConfig::from_env(&env_of(&all)).unwrap();
    let sdk = sdk_config().await;
    let store = dynamo_store(&config.table_name).await;
    let ses = SesMailer::from_sdk_config(&sdk, config.sender.clone(), None);
    let alerts = config
        .alert_topic_arn
        .as_ref()
        .map(|arn| SnsAlerts::from_sdk_config(&sdk, arn));
    let stripe = stripe.unwrap_or_else(|| fake.client());
    Billing {
        consumer: BillingRecovery::from_config(config, store, ses, stripe, alerts),
        fake,
        table,
    }
}

/// The official invoice after a first failed attempt: open, 42.00 USD due, a retry in
/// three days, in the payload shape of the current API (`parent`).
pub(crate) fn failed_invoice(n: &Names, now: i64) -> Value {
    let mut invoice = fixture("invoice");
    invoice["id"] = json!(n.invoice);
    invoice["customer"] = json!(n.customer);
    invoice["parent"]["subscription_details"]["subscription"] = json!(n.subscription);
    invoice["status"] = json!("open");
    invoice["amount_due"] = json!(4200);
    invoice["amount_remaining"] = json!(4200);
    invoice["attempt_count"] = json!(1);
    invoice["attempted"] = json!(true);
    invoice["next_payment_attempt"] = json!(now + 3 * DAY);
    invoice["hosted_invoice_url"] =
        json!(format!("https://invoice.stripe.com/i/acct_1/{}", n.invoice));
    invoice
}

pub(crate) fn subscription(n: &Names, status: &str) -> Value {
    let mut sub = fixture("subscription");
    sub["id"] = json!(n.subscription);
    sub["customer"] = json!(n.customer);
    sub["status"] = json!(status);
    sub["cancel_at_period_end"] = json!(false);
    sub
}

pub(crate) fn customer(n: &Names, locales: &[&str]) -> Value {
    let mut customer = fixture("customer");
    customer["id"] = json!(n.customer);
    customer["email"] = json!(n.email);
    customer["preferred_locales"] = json!(locales);
    customer
}

impl Billing {
    /// Stripe's current state of the invoice's world.
    fn stripe_has(&self, objects: &[Value]) {
        for object in objects {
            self.fake.put_object(object.clone());
        }
    }

    async fn process(
        &self,
        event_id: &str,
        event_type: &str,
        object: Value,
        now: i64,
    ) -> Result<Outcome, String> {
        process_event(&self.consumer, event_id, event_type, object, now).await
    }

    async fn record(&self, invoice: &str) -> stripe_recovery::ports::DunningRecord {
        self.consumer
            .store()
            .dunning_record(&DunningSubject::Invoice(InvoiceId::parse(invoice).unwrap()))
            .await
            .unwrap()
    }
}

/// Billing recovery behind the whole path: Stripe's signed deliveries to the webhook's
/// intake, moto's DynamoDB stream filtered as the template filters billing recovery's,
/// run as Lambda runs it.
pub(crate) struct StreamPath {
    pub(crate) billing: Billing,
    webhook: webhook::Webhook<DynamoStore>,
    seen: usize,
}

impl StreamPath {
    pub(crate) async fn new(billing: Billing) -> Self {
        let webhook = webhook_on(&billing.table).await;
        Self {
            billing,
            webhook,
            seen: 0,
        }
    }

    /// Stripe's delivery of an event (signed), to the webhook's intake.
    pub(crate) async fn deliver(&self, event_id: &str, event_type: &str, object: Value, now: i64) {
        deliver_signed(&self.webhook, event_id, event_type, object, now).await;
    }

    /// Stripe's delivery of `event` as given (signed): what intake made of it.
    pub(crate) async fn deliver_event(&self, event: &Value, now: i64) -> webhook::intake::Receipt {
        let body = serde_json::to_vec(event).unwrap();
        let header = signature_header(TEST_SECRET, now, &body);
        self.webhook
            .intake()
            .receive(Some(&header), &body, now)
            .await
            .unwrap()
    }

    /// The stream's new records that billing recovery's filter lets through, run as
    /// Lambda runs them; `again` runs the batch once more (Lambda's redelivery).
    pub(crate) async fn run(&mut self, now: i64, again: bool) {
        let records = stream_records(&self.billing.table).await;
        let new = records[self.seen..].to_vec();
        self.seen = records.len();
        let types: Vec<&str> = <Consumer as stream::StreamConsumer>::HANDLES
            .iter()
            .map(|t| t.as_str())
            .collect();
        let batch = lambda_stream_event(&new, &types);
        for _ in 0..if again { 2 } else { 1 } {
            let consumer = &self.billing.consumer;
            let response = stream::run_batch(
                consumer,
                consumer.store(),
                &batch,
                now,
                Instant::now() + Duration::from_secs(10),
            )
            .await;
            assert!(response.batch_item_failures.is_empty(), "{response:?}");
        }
    }

    /// The table's items, as JSON.
    pub(crate) async fn table(&self) -> Vec<Value> {
        scan_all(&self.billing.table)
            .await
            .into_iter()
            .map(|item| serde_dynamo::from_item(item).unwrap())
            .collect()
    }
}

/// Whether the outcome mailed `kind`, alone or as one of an event's two decisions.
pub(crate) fn mailed(kind: BillingKind) -> impl Fn(&Result<Outcome, String>) -> bool {
    move |outcome| outcome.as_ref().is_ok_and(|o| o.mailed(kind))
}

/// An event's two decisions (`Outcome::Both`).
pub(crate) fn both(first: Outcome, second: Outcome) -> Result<Outcome, String> {
    Ok(Outcome::Both(Box::new(first), Box::new(second)))
}

/// The portal link in a mail: verified with the portal secret, as the portal-link
/// function will verify it.
fn portal_link_in(text: &str, now: i64) -> portal::PortalLink {
    let url = text
        .lines()
        .find(|line| line.starts_with(PORTAL_LINK_URL))
        .unwrap_or_else(|| panic!("no portal link in: {text}"));
    let token = url.strip_prefix(&format!("{PORTAL_LINK_URL}?t=")).unwrap();
    let signer = TokenSigner::new(Purpose::Portal, PORTAL_LINK_SECRET).unwrap();
    portal::verify(&signer, token, now).unwrap()
}

#[tokio::test]
async fn a_failed_payment_is_mailed_once_after_the_objects_are_refetched() {
    let s = setup(&[]).await;
    let n = names("first");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);

    let outcome = s
        .process(
            "evt_bill_first_1",
            "invoice.payment_failed",
            invoice.clone(),
            now,
        )
        .await;
    assert!(mailed(BillingKind::PaymentFailed)(&outcome), "{outcome:?}");
    // Re-fetched, exactly these, by GET: the invoice, its subscription, its customer.
    let mut paths: Vec<String> = s
        .fake
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            format!("GET /v1/customers/{}", n.customer),
            format!("GET /v1/invoices/{}", n.invoice),
            format!("GET /v1/subscriptions/{}", n.subscription),
        ]
    );
    for request in s.fake.requests() {
        assert!(request.form.is_empty(), "{request:?}");
        assert_eq!(request.header("stripe-version"), Some("2026-09-30.endive"));
    }

    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    assert_eq!(
        mail.from(),
        (Some("Shop Billing".into()), BILLING_SENDER.into())
    );
    assert!(mail.subject().contains("$42.00"), "{}", mail.subject());
    assert!(
        mail.header("List-Unsubscribe").is_empty(),
        "transactional: no unsubscribe"
    );
    let text = mail.text();
    assert!(
        text.contains(&stripe_recovery::mail::format_date(
            now + 3 * DAY,
            stripe_recovery::mail::Language::En
        )),
        "{text}"
    );
    let link = portal_link_in(&text, now);
    assert_eq!(link.customer, n.customer.as_str());
    assert_eq!(link.flow, PortalFlow::PaymentMethodUpdate);
    assert_eq!(link.locale, None);
    // The link works for the configured 30 days.
    let token = text
        .lines()
        .find(|l| l.starts_with(PORTAL_LINK_URL))
        .unwrap()
        .split("?t=")
        .nth(1)
        .unwrap();
    let signer = TokenSigner::new(Purpose::Portal, PORTAL_LINK_SECRET).unwrap();
    assert!(portal::verify(&signer, token, now + 30 * DAY - 1).is_ok());
    assert!(portal::verify(&signer, token, now + 30 * DAY).is_err());

    let record = s.record(&n.invoice).await;
    assert_eq!(record.steps["failed"].kind, "payment_failed");
    let Ok(Outcome::Mailed { message_id, .. }) = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(&record.steps["failed"].message_id, message_id);

    // Stripe delivers the event again, and Lambda retries the record: no second mail.
    let again = s
        .process(
            "evt_bill_first_1",
            "invoice.payment_failed",
            invoice.clone(),
            now + 60,
        )
        .await;
    assert_eq!(again, Ok(Outcome::Skipped(Skip::AlreadyMailed)));
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

#[tokio::test]
async fn concurrent_duplicates_of_one_failure_send_one_mail() {
    let s = std::sync::Arc::new(setup(&[]).await);
    let n = names("concurrent");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "active"),
        customer(&n, &[]),
    ]);
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let (s, invoice) = (s.clone(), invoice.clone());
            // The same event delivered several times, and a second event of the same
            // failure (Stripe retrying its own delivery with a new attempt id is the
            // same event id; a replay is too).
            let event_id = if i % 2 == 0 {
                "evt_bill_dup_1"
            } else {
                "evt_bill_dup_2"
            };
            tokio::spawn(async move {
                s.process(event_id, "invoice.payment_failed", invoice, now)
                    .await
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    let sent = outcomes
        .iter()
        .filter(|o| mailed(BillingKind::PaymentFailed)(o))
        .count();
    assert_eq!(sent, 1, "{outcomes:?}");
    // The others found the step mailed (by the same event, or too soon for a reminder
    // by the other), being sent by the same event (whose own failure would be retried),
    // or claimed by the other event: a retryable failure.
    for outcome in &outcomes {
        assert!(
            mailed(BillingKind::PaymentFailed)(outcome)
                || matches!(
                    outcome,
                    Ok(Outcome::Skipped(
                        Skip::AlreadyMailed | Skip::ReminderTooSoon | Skip::AttemptUnfinished
                    ))
                )
                || matches!(outcome, Err(e) if e.contains("right now")),
            "{outcome:?}"
        );
    }
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

#[tokio::test]
async fn later_failures_remind_then_the_last_one_is_a_final_notice_in_the_customers_language() {
    let s = setup(&[]).await;
    let n = names("sequence");
    let now = unix_now();
    let first = failed_invoice(&n, now);
    s.stripe_has(&[
        first.clone(),
        subscription(&n, "past_due"),
        customer(&n, &["ja-JP", "en"]),
    ]);
    assert!(mailed(BillingKind::PaymentFailed)(
        &s.process(
            "evt_bill_seq_1",
            "invoice.payment_failed",
            first.clone(),
            now
        )
        .await
    ));

    let mut second = first.clone();
    second["attempt_count"] = json!(2);
    second["next_payment_attempt"] = json!(now + 5 * DAY);
    s.stripe_has(&[second.clone()]);
    let outcome = s
        .process(
            "evt_bill_seq_2",
            "invoice.payment_failed",
            second.clone(),
            now + 3 * DAY,
        )
        .await;
    assert!(
        mailed(BillingKind::PaymentReminder)(&outcome),
        "{outcome:?}"
    );

    let mut last = second.clone();
    last["attempt_count"] = json!(3);
    last["next_payment_attempt"] = Value::Null;
    s.stripe_has(&[last.clone()]);
    let outcome = s
        .process(
            "evt_bill_seq_3",
            "invoice.payment_failed",
            last.clone(),
            now + 8 * DAY,
        )
        .await;
    assert!(mailed(BillingKind::FinalNotice)(&outcome), "{outcome:?}");

    let mails = sent_messages_to(&n.email).await;
    assert_eq!(mails.len(), 3);
    for mail in &mails {
        assert!(
            mail.html().contains("<html lang=\"ja\">"),
            "{}",
            mail.html()
        );
        assert_eq!(
            portal_link_in(&mail.text(), now).locale.as_deref(),
            Some("ja")
        );
    }
    // The final notice also offers Stripe's hosted invoice page.
    let hosted = last["hosted_invoice_url"].as_str().unwrap();
    assert!(
        mails[2].text().lines().any(|l| l == hosted),
        "{}",
        mails[2].text()
    );
    assert!(!mails[0].text().contains(hosted), "{}", mails[0].text());
    let record = s.record(&n.invoice).await;
    assert_eq!(
        record.steps.keys().collect::<Vec<_>>(),
        ["failed", "final", "reminder-1"],
        "numbered by us, not by Stripe's attempts"
    );
}

#[tokio::test]
async fn a_payment_needing_action_links_the_hosted_invoice_page() {
    let s = setup(&[]).await;
    let n = names("action");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "active"),
        customer(&n, &["de"]),
    ]);
    let outcome = s
        .process(
            "evt_bill_action_1",
            "invoice.payment_action_required",
            invoice.clone(),
            now,
        )
        .await;
    assert!(
        mailed(BillingKind::PaymentActionRequired)(&outcome),
        "{outcome:?}"
    );
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    let hosted = invoice["hosted_invoice_url"].as_str().unwrap();
    assert!(mail.text().lines().any(|l| l == hosted), "{}", mail.text());
    assert!(
        !mail.text().contains(PORTAL_LINK_URL),
        "3-D Secure is confirmed on Stripe's page"
    );
    assert!(mail.html().contains("<html lang=\"de\">"));
    assert_eq!(
        s.process(
            "evt_bill_action_1",
            "invoice.payment_action_required",
            invoice,
            now
        )
        .await,
        Ok(Outcome::Skipped(Skip::AlreadyMailed))
    );
}

#[tokio::test]
async fn paid_before_the_failure_arrives_means_no_mail() {
    let s = setup(&[]).await;
    let n = names("paidfirst");
    let now = unix_now();
    let failed = failed_invoice(&n, now);
    let mut paid = failed.clone();
    paid["status"] = json!("paid");
    paid["amount_paid"] = json!(4200);
    paid["amount_remaining"] = json!(0);
    paid["next_payment_attempt"] = Value::Null;
    s.stripe_has(&[paid.clone(), subscription(&n, "active"), customer(&n, &[])]);

    // Out of order: the payment's event first, then the failure's.
    assert_eq!(
        s.process("evt_bill_pf_paid", "invoice.paid", paid.clone(), now + 10)
            .await,
        Ok(Outcome::PaidUnmailed)
    );
    assert_eq!(
        s.process(
            "evt_bill_pf_failed",
            "invoice.payment_failed",
            failed.clone(),
            now
        )
        .await,
        Ok(Outcome::Skipped(Skip::InvoiceNotOpen)),
        "the re-fetched invoice is paid"
    );
    // Even if Stripe's read still showed it open, our record closed the sequence.
    s.stripe_has(std::slice::from_ref(&failed));
    assert_eq!(
        s.process("evt_bill_pf_failed", "invoice.payment_failed", failed, now)
            .await,
        Ok(Outcome::Skipped(Skip::SequenceEnded))
    );
    assert!(sent_messages_to(&n.email).await.is_empty());
    assert_eq!(
        s.record(&n.invoice).await.outcome,
        Some(DunningOutcome::PaidUnmailed { at: now + 10 })
    );
}

#[tokio::test]
async fn a_paid_invoice_is_recovered_once_and_stops_the_sequence() {
    let s = setup(&[]).await;
    let n = names("recovered");
    let now = unix_now();
    let failed = failed_invoice(&n, now);
    s.stripe_has(&[
        failed.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);
    assert!(mailed(BillingKind::PaymentFailed)(
        &s.process(
            "evt_bill_rec_1",
            "invoice.payment_failed",
            failed.clone(),
            now
        )
        .await
    ));

    let mut paid = failed.clone();
    paid["status"] = json!("paid");
    paid["amount_paid"] = json!(4200);
    paid["amount_remaining"] = json!(0);
    let recovered = s
        .process("evt_bill_rec_paid", "invoice.paid", paid.clone(), now + DAY)
        .await;
    // The confirmation is off by default.
    assert_eq!(
        recovered,
        both(
            Outcome::Recovered {
                after_kind: "payment_failed".into(),
                amount_paid: 4200,
                currency: "usd".into()
            },
            Outcome::Skipped(Skip::KindDisabled)
        )
    );
    assert_eq!(
        s.process("evt_bill_rec_paid", "invoice.paid", paid, now + DAY)
            .await,
        both(
            Outcome::PaymentAlreadyRecorded,
            Outcome::Skipped(Skip::KindDisabled)
        ),
        "counted once"
    );
    // A late failure event of an earlier attempt, with Stripe's read lagging: no mail.
    let mut late = failed.clone();
    late["attempt_count"] = json!(2);
    s.stripe_has(&[late.clone()]);
    assert_eq!(
        s.process("evt_bill_rec_2", "invoice.payment_failed", late, now + DAY)
            .await,
        Ok(Outcome::Skipped(Skip::SequenceEnded))
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
    let item = scan_all(&s.table)
        .await
        .into_iter()
        .find(|i| i["pk"].as_s().unwrap() == &format!("dunning#{}", n.invoice))
        .unwrap();
    assert_eq!(item["outcome"].as_s().unwrap(), "recovered");
    assert_eq!(item["amount_paid"].as_n().unwrap(), "4200");
    assert_eq!(item["paid_currency"].as_s().unwrap(), "usd");
    assert_eq!(item["recovered_after"].as_s().unwrap(), "payment_failed");
    assert!(
        !format!("{item:?}").contains(&n.email),
        "no address in the record"
    );

    // The recovery report reads the same table (`report --table`): one mail, one
    // recovery, its amount (in the months of the mail and of the payment).
    let items: Vec<Value> = dynamo_store(&s.table)
        .await
        .items_with_prefixes(local::report::PREFIXES)
        .await
        .unwrap()
        .into_iter()
        .map(|item| serde_dynamo::from_item(item).unwrap())
        .collect();
    let report = local::report::tally(&items);
    let billing = report
        .iter()
        .filter(|((flow, _), _)| *flow == local::report::Flow::Billing);
    let (mails, recoveries, usd) = billing.fold((0, 0, 0), |(m, r, a), (_, row)| {
        let usd = row.recovered.get("usd").copied().unwrap_or_default();
        (m + row.mails, r + row.recoveries, a + usd)
    });
    assert_eq!((mails, recoveries, usd), (1, 1, 4200), "{report:?}");
}

#[tokio::test]
async fn both_payload_shapes_name_the_subscription() {
    let s = setup(&[]).await;
    let n = names("shapes");
    let now = unix_now();
    let current = failed_invoice(&n, now);
    s.stripe_has(&[
        current.clone(),
        subscription(&n, "canceled"),
        customer(&n, &[]),
    ]);
    // The endpoint's API version before 2025-03-31: `subscription` at the top.
    let mut older = current.clone();
    older.as_object_mut().unwrap().remove("parent");
    older["subscription"] = json!(n.subscription);
    for (event_id, payload) in [
        ("evt_bill_shape_new", current),
        ("evt_bill_shape_old", older),
    ] {
        assert_eq!(
            s.process(event_id, "invoice.payment_failed", payload, now)
                .await,
            Ok(Outcome::Skipped(Skip::SubscriptionCanceled)),
            "{event_id}: the subscription was read"
        );
    }
    assert_eq!(
        s.fake
            .gets_of(&format!("/v1/subscriptions/{}", n.subscription)),
        2
    );
}

#[tokio::test]
async fn stripe_unreachable_fails_the_record_and_nothing_is_mailed_until_it_answers() {
    // A closed port, fast retries: the re-fetch fails after its attempts.
    let mut config = StripeFake::start().await.config();
    config.api_base = "http://127.0.0.1:9".into();
    config.retry = RetryPolicy {
        max_attempts: 2,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(20),
        attempt_timeout: Duration::from_millis(500),
    };
    let down = setup_with_stripe(&[], Some(StripeClient::new(config))).await;
    let n = names("down");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    let event = stripe_event(
        "evt_bill_down_1",
        "invoice.payment_failed",
        invoice.clone(),
        now,
    );
    let batch = stream_event_of(&[inbox_item_of(&event, now)]);
    let response = stream::run_batch(
        &down.consumer,
        down.consumer.store(),
        &batch,
        now,
        Instant::now() + Duration::from_secs(10),
    )
    .await;
    assert_eq!(
        response.batch_item_failures.len(),
        1,
        "Lambda retries the record"
    );
    assert!(
        sent_messages_to(&n.email).await.is_empty(),
        "never a mail without the re-fetch"
    );
    assert!(down.record(&n.invoice).await.steps.is_empty());

    // The retry, with Stripe back (429 and 500 on the way are retried by the client).
    let up = setup(&[]).await;
    up.stripe_has(&[
        invoice.clone(),
        subscription(&n, "active"),
        customer(&n, &[]),
    ]);
    up.fake.script([
        Canned::error(
            429,
            "invalid_request_error",
            Some("rate_limit"),
            "Too many requests",
        ),
        Canned::error(500, "api_error", None, "Something went wrong"),
    ]);
    let response = stream::run_batch(
        &up.consumer,
        up.consumer.store(),
        &batch,
        now,
        Instant::now() + Duration::from_secs(20),
    )
    .await;
    assert!(response.batch_item_failures.is_empty());
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
    assert_eq!(
        up.fake.requests().len(),
        5,
        "three reads, two of them retried once"
    );
}

#[tokio::test]
async fn a_crash_between_send_and_record_does_not_mail_twice() {
    let s = setup(&[]).await;
    let n = names("crash");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "active"),
        customer(&n, &[]),
    ]);
    // The first attempt claims the step, starts the send and SES accepts; then the
    // process dies.
    let subject = DunningSubject::Invoice(InvoiceId::parse(&n.invoice).unwrap());
    let step = stripe_recovery::ports::DunningStep::new(subject, "failed");
    let claim = s
        .consumer
        .store()
        .claim_step(&step, "payment_failed", "evt_bill_crash_1", now, now + 300)
        .await
        .unwrap();
    let Claim::Claimed(lease) = claim else {
        panic!("{claim:?}")
    };
    s.consumer
        .store()
        .start_step_send(&lease, now)
        .await
        .unwrap();
    std::mem::forget(lease);
    s.consumer
        .mailer()
        .send(
            &OutgoingMail {
                to: n.email.clone(),
                subject: "first attempt".into(),
                html: "<p>first attempt</p>".into(),
                text: "first attempt".into(),
                list_unsubscribe: None,
                from: None,
                tags: stripe_recovery::mail_events::MailTags {
                    flow: stripe_recovery::mail_events::MailFlow::Cart,
                    kind: "recovery",
                    step: "1".into(),
                },
            },
            Instant::now() + Duration::from_secs(5),
        )
        .await
        .unwrap();
    assert_eq!(
        s.process(
            "evt_bill_crash_1",
            "invoice.payment_failed",
            invoice,
            now + 60
        )
        .await,
        Ok(Outcome::Skipped(Skip::AttemptUnfinished))
    );
    assert_eq!(
        sent_messages_to(&n.email).await.len(),
        1,
        "the crashed attempt's mail only"
    );
}

fn upcoming_invoice(n: &Names, charge_at: i64) -> Value {
    let mut upcoming = failed_invoice(n, charge_at);
    upcoming.as_object_mut().unwrap().remove("id");
    upcoming["status"] = json!("draft");
    upcoming["attempt_count"] = json!(0);
    upcoming["hosted_invoice_url"] = Value::Null;
    upcoming["next_payment_attempt"] = json!(charge_at);
    upcoming
}

#[tokio::test]
async fn a_card_expiring_before_the_next_charge_is_mailed_once_per_card_and_expiry() {
    let s = setup(&[]).await;
    let n = names("card");
    let now = unix_now();
    let charge_at = now + 7 * DAY;
    let (year, month, _) = stripe_recovery::time::civil_date(now);
    let pm_id = format!("pm_{}", n.customer.trim_start_matches("cus_"));
    let mut card = fixture("payment_method");
    card["id"] = json!(pm_id);
    card["customer"] = json!(n.customer);
    // Expires at the end of last month: before any future charge.
    let (exp_year, exp_month) = if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    };
    card["card"]["exp_year"] = json!(exp_year);
    card["card"]["exp_month"] = json!(exp_month);
    let mut cus = customer(&n, &[]);
    cus["invoice_settings"]["default_payment_method"] = json!(pm_id);
    s.stripe_has(&[subscription(&n, "active"), cus, card.clone()]);

    let upcoming = upcoming_invoice(&n, charge_at);
    let outcome = s
        .process("evt_bill_card_1", "invoice.upcoming", upcoming.clone(), now)
        .await;
    assert!(mailed(BillingKind::CardExpiring)(&outcome), "{outcome:?}");
    assert_eq!(s.fake.gets_of(&format!("/v1/payment_methods/{pm_id}")), 1);
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    assert!(
        mail.text().contains("4242") && mail.text().contains(&format!("{exp_month:02}/{exp_year}")),
        "{}",
        mail.text()
    );
    assert_eq!(
        portal_link_in(&mail.text(), now).flow,
        PortalFlow::PaymentMethodUpdate
    );
    // The next month's upcoming invoice for the same card: not again.
    let outcome = s
        .process(
            "evt_bill_card_2",
            "invoice.upcoming",
            upcoming_invoice(&n, charge_at + 30 * DAY),
            now + 30 * DAY,
        )
        .await;
    // The renewal reminder is off by default (and this subscription is monthly).
    let monthly = Outcome::Skipped(Skip::KindDisabled);
    assert_eq!(
        outcome,
        both(Outcome::Skipped(Skip::AlreadyMailed), monthly.clone())
    );

    // A new card, valid long after the charge: nothing to say.
    card["card"]["exp_year"] = json!(year + 5);
    s.stripe_has(&[card]);
    assert_eq!(
        s.process("evt_bill_card_3", "invoice.upcoming", upcoming, now)
            .await,
        both(Outcome::Skipped(Skip::CardNotExpiring), monthly)
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

#[tokio::test]
async fn a_trial_ending_with_nothing_on_file_is_mailed_once() {
    let s = setup(&[]).await;
    let n = names("trial");
    let now = unix_now();
    let mut trialing = subscription(&n, "trialing");
    trialing["trial_end"] = json!(now + 3 * DAY);
    s.stripe_has(&[trialing.clone(), customer(&n, &[])]);
    let outcome = s
        .process(
            "evt_bill_trial_1",
            "customer.subscription.trial_will_end",
            trialing.clone(),
            now,
        )
        .await;
    assert!(mailed(BillingKind::TrialEnding)(&outcome), "{outcome:?}");
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    let end =
        stripe_recovery::mail::format_date(now + 3 * DAY, stripe_recovery::mail::Language::En);
    assert!(mail.subject().contains(&end), "{}", mail.subject());
    assert_eq!(
        s.process(
            "evt_bill_trial_1",
            "customer.subscription.trial_will_end",
            trialing.clone(),
            now
        )
        .await,
        Ok(Outcome::Skipped(Skip::AlreadyMailed))
    );
    // A customer who added a card since: no mail.
    let n2 = names("trialcard");
    let mut trialing2 = subscription(&n2, "trialing");
    trialing2["trial_end"] = json!(now + 3 * DAY);
    trialing2["default_payment_method"] = json!("pm_1Card");
    s.stripe_has(&[trialing2.clone(), customer(&n2, &[])]);
    assert_eq!(
        s.process(
            "evt_bill_trial_2",
            "customer.subscription.trial_will_end",
            trialing2,
            now
        )
        .await,
        Ok(Outcome::Skipped(Skip::HasPaymentMethod))
    );
}

#[tokio::test]
async fn voided_uncollectible_and_deleted_subscriptions_end_a_mailed_sequence_as_lost() {
    let s = setup(&[]).await;
    let now = unix_now();
    for (test, event_type, reason) in [
        ("void", "invoice.voided", "voided"),
        (
            "uncollectible",
            "invoice.marked_uncollectible",
            "uncollectible",
        ),
        (
            "subdeleted",
            "customer.subscription.deleted",
            "subscription_deleted",
        ),
    ] {
        let n = names(test);
        let invoice = failed_invoice(&n, now);
        s.stripe_has(&[
            invoice.clone(),
            subscription(&n, "past_due"),
            customer(&n, &[]),
        ]);
        assert!(mailed(BillingKind::PaymentFailed)(
            &s.process(
                &format!("evt_bill_{test}_1"),
                "invoice.payment_failed",
                invoice.clone(),
                now
            )
            .await
        ));
        let object = if event_type == "customer.subscription.deleted" {
            let mut sub = subscription(&n, "canceled");
            sub["latest_invoice"] = json!(n.invoice);
            sub
        } else {
            invoice
        };
        let end = s
            .process(
                &format!("evt_bill_{test}_2"),
                event_type,
                object.clone(),
                now + DAY,
            )
            .await;
        let again = s
            .process(&format!("evt_bill_{test}_2"), event_type, object, now + DAY)
            .await;
        if event_type == "customer.subscription.deleted" {
            // The confirmation is off by default: nothing is fetched for it.
            let unconfirmed = Outcome::Skipped(Skip::KindDisabled);
            assert_eq!(end, both(Outcome::Lost { reason }, unconfirmed.clone()));
            assert_eq!(again, both(Outcome::NothingToEnd, unconfirmed), "once");
        } else {
            assert_eq!(end, Ok(Outcome::Lost { reason }), "{test}");
            assert_eq!(again, Ok(Outcome::NothingToEnd), "{test}: once");
        }
    }
    // Never mailed: nothing to end.
    let n = names("neverm");
    assert_eq!(
        s.process(
            "evt_bill_never",
            "invoice.voided",
            failed_invoice(&n, now),
            now
        )
        .await,
        Ok(Outcome::NothingToEnd)
    );
}

#[tokio::test]
async fn kinds_switched_off_are_not_sent() {
    let s = setup(&[("BILLING_MAILS", "card_expiring,trial_ending")]).await;
    let n = names("off");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "active"),
        customer(&n, &[]),
    ]);
    assert_eq!(
        s.process("evt_bill_off_1", "invoice.payment_failed", invoice, now)
            .await,
        Ok(Outcome::Skipped(Skip::KindDisabled))
    );
    assert!(sent_messages_to(&n.email).await.is_empty());
}

#[tokio::test]
async fn a_high_value_failure_alerts_operations_once_without_an_address() {
    let sdk = sdk_config().await;
    let sns = aws_sdk_sns_client(&sdk);
    let topic = sns
        .create_topic()
        .name(format!("alarms-{}", std::process::id()))
        .send()
        .await
        .unwrap()
        .topic_arn
        .unwrap();
    let sqs = aws_sdk_sqs::Client::new(&sdk);
    let queue_url = sqs
        .create_queue()
        .queue_name(format!("alarms-inbox-{}", std::process::id()))
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

    let s = setup(&[
        ("BILLING_ALERT_AMOUNTS", "usd:4000,eur:100000"),
        ("ALERT_TOPIC_ARN", topic.as_str()),
    ])
    .await;
    let n = names("alert");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);
    assert!(mailed(BillingKind::PaymentFailed)(
        &s.process(
            "evt_bill_alert_1",
            "invoice.payment_failed",
            invoice.clone(),
            now
        )
        .await
    ));
    let mut second = invoice.clone();
    second["attempt_count"] = json!(2);
    s.stripe_has(&[second.clone()]);
    assert!(mailed(BillingKind::PaymentReminder)(
        &s.process(
            "evt_bill_alert_2",
            "invoice.payment_failed",
            second,
            now + 3 * DAY
        )
        .await
    ));

    let received = sqs
        .receive_message()
        .queue_url(&queue_url)
        .max_number_of_messages(10)
        .wait_time_seconds(1)
        .send()
        .await
        .unwrap();
    let messages = received.messages.unwrap_or_default();
    assert_eq!(messages.len(), 1, "one alert per invoice: {messages:?}");
    let envelope: Value = serde_json::from_str(messages[0].body().unwrap()).unwrap();
    let alert: Value = serde_json::from_str(envelope["Message"].as_str().unwrap()).unwrap();
    assert_eq!(alert["invoice"], json!(n.invoice));
    assert_eq!(alert["customer"], json!(n.customer));
    assert_eq!(alert["amount_due"], json!(4200));
    assert_eq!(
        alert["dashboard_url"],
        json!(format!(
            "https://dashboard.stripe.com/test/invoices/{}",
            n.invoice
        ))
    );
    assert!(
        !envelope.to_string().contains('@'),
        "no address: {envelope}"
    );
    assert!(
        envelope["Subject"].as_str().unwrap().contains("USD 42.00"),
        "{envelope}"
    );
}

fn aws_sdk_sns_client(sdk: &aws_config::SdkConfig) -> aws_sdk_sns::Client {
    aws_sdk_sns::Client::new(sdk)
}

#[tokio::test]
async fn an_event_too_large_for_the_inbox_is_refetched_before_anything_else() {
    let s = setup(&[]).await;
    let n = names("large");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "active"),
        customer(&n, &[]),
    ]);
    let event = stripe_event("evt_bill_large_1", "invoice.payment_failed", invoice, now);
    s.fake.put_object(event.clone());
    // Stored as intake stores an event above 350 KiB: without its object.
    let mut item = inbox_item_of(&event, now);
    item.object = None;
    item.object_omitted = true;
    let outcome = stream::process_item(
        &s.consumer,
        &item,
        now,
        Instant::now() + Duration::from_secs(10),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(
        mailed(BillingKind::PaymentFailed)(&Ok(outcome.clone())),
        "{outcome:?}"
    );
    assert_eq!(s.fake.gets_of("/v1/events/evt_bill_large_1"), 1);
    assert_eq!(s.fake.gets_of(&format!("/v1/invoices/{}", n.invoice)), 1);
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

/// A yearly subscription whose period ends at `period_end`, no cancellation scheduled.
fn annual_subscription(n: &Names, period_end: i64) -> Value {
    let mut sub = subscription(n, "active");
    sub["cancel_at"] = Value::Null;
    sub["items"]["data"][0]["price"]["recurring"]["interval"] = json!("year");
    sub["items"]["data"][0]["current_period_end"] = json!(period_end);
    sub
}

#[tokio::test]
async fn a_yearly_renewal_is_reminded_once_with_its_date_and_amount() {
    let s = setup(&[("BILLING_MAILS", "card_expiring,renewal_reminder")]).await;
    let n = names("renewal");
    let now = unix_now();
    let renews_at = now + 7 * DAY;
    s.stripe_has(&[annual_subscription(&n, renews_at), customer(&n, &[])]);
    // Stripe charges about an hour after the period ends.
    let upcoming = upcoming_invoice(&n, renews_at + 3600);

    let outcome = s
        .process(
            "evt_bill_renew_1",
            "invoice.upcoming",
            upcoming.clone(),
            now,
        )
        .await;
    let Ok(Outcome::Both(card, renewal)) = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(**card, Outcome::Skipped(Skip::NoCard), "no card on file");
    assert!(renewal.mailed(BillingKind::RenewalReminder), "{outcome:?}");
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    let date = stripe_recovery::mail::format_date(renews_at, stripe_recovery::mail::Language::En);
    assert!(mail.subject().contains(&date), "{}", mail.subject());
    let text = mail.text();
    assert!(
        text.contains("$42.00"),
        "the amount the renewal charges: {text}"
    );
    assert!(mail.header("List-Unsubscribe").is_empty(), "transactional");
    // The portal's home page: change, cancel, or update the card there.
    let link = portal_link_in(&text, now);
    assert_eq!(
        (link.customer.as_str(), link.flow),
        (n.customer.as_str(), PortalFlow::Home)
    );
    let record = s
        .consumer
        .store()
        .dunning_record(&DunningSubject::Renewal {
            subscription: SubscriptionId::parse(&n.subscription).unwrap(),
            period_end: renews_at,
        })
        .await
        .unwrap();
    assert_eq!(record.steps["renewal_reminder"].kind, "renewal_reminder");

    // Redelivered, or announced again for the same renewal: once.
    for (event_id, at) in [
        ("evt_bill_renew_1", now + 60),
        ("evt_bill_renew_2", now + DAY),
    ] {
        assert_eq!(
            s.process(event_id, "invoice.upcoming", upcoming.clone(), at)
                .await,
            both(
                Outcome::Skipped(Skip::NoCard),
                Outcome::Skipped(Skip::AlreadyMailed)
            ),
            "{event_id}"
        );
    }
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

#[tokio::test]
async fn one_upcoming_invoice_mails_the_expiring_card_and_the_renewal_each_once() {
    let s = setup(&[("BILLING_MAILS", "card_expiring,renewal_reminder")]).await;
    let n = names("renewcard");
    let now = unix_now();
    let renews_at = now + 7 * DAY;
    let pm_id = format!("pm_{}", n.customer.trim_start_matches("cus_"));
    let mut card = fixture("payment_method");
    card["id"] = json!(pm_id);
    card["customer"] = json!(n.customer);
    // Expired last year: before the renewal's charge.
    let (year, _, _) = stripe_recovery::time::civil_date(now);
    card["card"]["exp_year"] = json!(year - 1);
    let mut cus = customer(&n, &[]);
    cus["invoice_settings"]["default_payment_method"] = json!(pm_id);
    s.stripe_has(&[annual_subscription(&n, renews_at), cus, card]);
    let upcoming = upcoming_invoice(&n, renews_at + 3600);

    let outcome = s
        .process("evt_bill_rc_1", "invoice.upcoming", upcoming.clone(), now)
        .await;
    let Ok(Outcome::Both(first, second)) = &outcome else {
        panic!("{outcome:?}")
    };
    assert!(first.mailed(BillingKind::CardExpiring), "{outcome:?}");
    assert!(second.mailed(BillingKind::RenewalReminder), "{outcome:?}");
    assert_eq!(sent_messages_to(&n.email).await.len(), 2);
    assert_eq!(
        s.process("evt_bill_rc_1", "invoice.upcoming", upcoming, now + 60)
            .await,
        both(
            Outcome::Skipped(Skip::AlreadyMailed),
            Outcome::Skipped(Skip::AlreadyMailed)
        ),
        "each once"
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 2);
}

#[tokio::test]
async fn a_recovered_payment_is_confirmed_once_even_when_invoice_paid_comes_again() {
    let s = setup(&[("BILLING_MAILS", "payment_failed,payment_recovered")]).await;
    let n = names("confirmpaid");
    let now = unix_now();
    let failed = failed_invoice(&n, now);
    s.stripe_has(&[
        failed.clone(),
        subscription(&n, "past_due"),
        customer(&n, &["de"]),
    ]);
    assert!(mailed(BillingKind::PaymentFailed)(
        &s.process(
            "evt_bill_cp_1",
            "invoice.payment_failed",
            failed.clone(),
            now
        )
        .await
    ));

    let mut paid = failed.clone();
    paid["status"] = json!("paid");
    paid["amount_paid"] = json!(4200);
    paid["amount_remaining"] = json!(0);
    let outcome = s
        .process("evt_bill_cp_paid", "invoice.paid", paid.clone(), now + DAY)
        .await;
    let Ok(Outcome::Both(payment, confirmation)) = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(
        **payment,
        Outcome::Recovered {
            after_kind: "payment_failed".into(),
            amount_paid: 4200,
            currency: "usd".into()
        }
    );
    assert!(
        confirmation.mailed(BillingKind::PaymentRecovered),
        "{outcome:?}"
    );
    let mails = sent_messages_to(&n.email).await;
    assert_eq!(mails.len(), 2);
    let confirmed = mails
        .iter()
        .find(|m| m.subject().contains("eingegangen"))
        .unwrap_or_else(|| {
            panic!(
                "{:?}",
                mails.iter().map(|m| m.subject()).collect::<Vec<_>>()
            )
        });
    let amount =
        stripe_recovery::mail::format_amount(4200, "usd", stripe_recovery::mail::Language::De);
    assert!(
        confirmed.subject().contains(&amount),
        "{}",
        confirmed.subject()
    );
    assert!(confirmed.html().contains("<html lang=\"de\">"));
    assert!(
        !confirmed.text().contains(PORTAL_LINK_URL),
        "nothing left to fix: {}",
        confirmed.text()
    );

    // Stripe delivers invoice.paid again: the payment was recorded and the confirmation
    // mailed; neither happens twice.
    assert_eq!(
        s.process("evt_bill_cp_paid", "invoice.paid", paid, now + DAY + 60)
            .await,
        both(
            Outcome::PaymentAlreadyRecorded,
            Outcome::Skipped(Skip::AlreadyMailed)
        )
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 2);
    // Attribution still credits the mail that asked for the payment.
    let record = s.record(&n.invoice).await;
    assert!(
        matches!(&record.outcome, Some(DunningOutcome::Recovered { after_kind, .. }) if after_kind == "payment_failed"),
        "{record:?}"
    );
}

#[tokio::test]
async fn a_cancellation_is_confirmed_once_with_its_date_and_a_way_back() {
    let resubscribe = "https://shop.example/pricing?plan=yearly&from=mail";
    let s = setup(&[
        ("BILLING_MAILS", "cancellation_confirmation"),
        ("RESUBSCRIBE_URL", resubscribe),
    ])
    .await;
    let n = names("canceled");
    let now = unix_now();
    let mut canceled = subscription(&n, "canceled");
    canceled["ended_at"] = json!(now - 60);
    s.stripe_has(&[canceled.clone(), customer(&n, &["fr-FR"])]);

    let outcome = s
        .process(
            "evt_bill_cancel_1",
            "customer.subscription.deleted",
            canceled.clone(),
            now,
        )
        .await;
    assert!(
        matches!(&outcome, Ok(Outcome::Both(ended, _)) if **ended == Outcome::NothingToEnd),
        "no sequence of ours to end: {outcome:?}"
    );
    assert!(
        mailed(BillingKind::CancellationConfirmation)(&outcome),
        "{outcome:?}"
    );
    assert_eq!(
        s.fake
            .gets_of(&format!("/v1/subscriptions/{}", n.subscription)),
        1,
        "re-fetched"
    );
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    assert!(
        mail.html().contains("<html lang=\"fr\">"),
        "{}",
        mail.html()
    );
    let text = mail.text();
    let ended = stripe_recovery::mail::format_date(now - 60, stripe_recovery::mail::Language::Fr);
    assert!(text.contains(&ended), "{text}");
    assert!(text.lines().any(|l| l == resubscribe), "{text}");
    assert!(
        mail.html()
            .contains("href=\"https://shop.example/pricing?plan=yearly&amp;from=mail\""),
        "{}",
        mail.html()
    );
    assert!(!text.contains(PORTAL_LINK_URL), "{text}");

    assert_eq!(
        s.process(
            "evt_bill_cancel_1",
            "customer.subscription.deleted",
            canceled,
            now + 60
        )
        .await,
        both(Outcome::NothingToEnd, Outcome::Skipped(Skip::AlreadyMailed))
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

#[tokio::test]
async fn a_canceled_monthly_subscription_with_the_kind_off_sends_nothing_but_still_ends_the_sequence()
 {
    let s = setup(&[]).await;
    let n = names("canceloff");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);
    assert!(mailed(BillingKind::PaymentFailed)(
        &s.process("evt_bill_coff_1", "invoice.payment_failed", invoice, now)
            .await
    ));
    let mut canceled = subscription(&n, "canceled");
    canceled["latest_invoice"] = json!(n.invoice);
    canceled["ended_at"] = json!(now + DAY);
    s.stripe_has(std::slice::from_ref(&canceled));
    assert_eq!(
        s.process(
            "evt_bill_coff_2",
            "customer.subscription.deleted",
            canceled,
            now + DAY
        )
        .await,
        both(
            Outcome::Lost {
                reason: "subscription_deleted"
            },
            Outcome::Skipped(Skip::KindDisabled)
        )
    );
    assert_eq!(
        sent_messages_to(&n.email).await.len(),
        1,
        "the failure's mail only"
    );
}

/// Names whose address `HOLDOUT_PERCENT=50` holds out (`true`) or mails (`false`).
fn names_in_group(test: &str, held_out: bool) -> Names {
    let holdout = stripe_recovery::holdout::Holdout::parse_percent("50").unwrap();
    (0..)
        .map(|n| names(&format!("{test}{n}")))
        .find(|n| holdout.holds_out(&recipient_key(&n.email)) == held_out)
        .unwrap()
}

#[tokio::test]
async fn a_held_out_customer_gets_no_payment_mail_and_their_payment_counts_apart() {
    let holdout = [
        ("HOLDOUT_PERCENT", "50"),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
    ];
    let s = setup(&holdout).await;
    let (held, mailed_one) = (
        names_in_group("heldout", true),
        names_in_group("notheld", false),
    );
    let now = unix_now();
    // Stripe keeps why the attempt failed on the invoice: the report's decline code.
    let declined = |n: &Names| {
        let mut invoice = failed_invoice(n, now);
        invoice["last_finalization_error"] = json!({"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds"});
        invoice
    };
    for n in [&held, &mailed_one] {
        s.stripe_has(&[declined(n), subscription(n, "past_due"), customer(n, &[])]);
    }
    let s = &s;
    let failure = |n: &Names, attempt: i64, at: i64| {
        let mut invoice = failed_invoice(n, now);
        invoice["attempt_count"] = json!(attempt);
        let event = format!("evt_{}_{attempt}", n.invoice);
        async move {
            s.process(&event, "invoice.payment_failed", invoice, at)
                .await
        }
    };
    assert_eq!(
        failure(&held, 1, now).await,
        Ok(Outcome::Skipped(Skip::HeldOut))
    );
    assert!(mailed(BillingKind::PaymentFailed)(
        &failure(&mailed_one, 1, now).await
    ));
    let record = s.record(&held.invoice).await;
    assert!(record.held_out && record.steps.is_empty(), "{record:?}");
    assert!(!s.record(&mailed_one.invoice).await.held_out);
    // Stripe's next retry fails too: still held out, no reminder.
    assert_eq!(
        failure(&held, 2, now + 3 * DAY).await,
        Ok(Outcome::Skipped(Skip::HeldOut))
    );
    assert!(sent_messages_to(&held.email).await.is_empty());

    // Paid anyway: the held-out group's recovery, kept with its amount.
    let mut paid = failed_invoice(&held, now);
    paid["status"] = json!("paid");
    paid["amount_paid"] = json!(4200);
    paid["amount_remaining"] = json!(0);
    let outcome = s
        .process("evt_held_paid", "invoice.paid", paid, now + 4 * DAY)
        .await;
    assert_eq!(outcome, Ok(Outcome::PaidUnmailed), "no confirmation either");
    let item = scan_all(&s.table)
        .await
        .into_iter()
        .find(|i| i["pk"].as_s().unwrap() == &format!("dunning#{}", held.invoice))
        .unwrap();
    assert_eq!(item["outcome"].as_s().unwrap(), "paid_unmailed");
    assert_eq!(item["amount_paid"].as_n().unwrap(), "4200");
    assert_eq!(item["held_out_at"].as_n().unwrap(), &now.to_string());
    // Counted for the report, once: attempted and first failed at the first failure.
    assert_eq!(item["failed_at"].as_n().unwrap(), &now.to_string());
    assert_eq!(item["attempted_at"].as_n().unwrap(), &now.to_string());
    assert_eq!(
        item["report_month"].as_s().unwrap(),
        &stripe_recovery::time::month(now)
    );
    assert_eq!(item["decline_code"].as_s().unwrap(), "insufficient_funds");
    assert_eq!(item["amount"].as_n().unwrap(), "4200");
    let kept = item["ttl"].as_n().unwrap().parse::<i64>().unwrap();
    assert!(
        kept > now + 300 * DAY,
        "kept for the report, like a mailed one"
    );

    // A segment that allows no holdout mails everyone, the held-out customer too.
    let mut config = billing_recovery::config::BillingConfig::from_env(&env_of(
        &[
            &holdout[..],
            &[
                ("TABLE_NAME", s.table.as_str()),
                ("BILLING_SENDER_EMAIL", "Shop Billing <billing@example.com>"),
                ("SHOP_NAME", "Test Shop"),
                ("PORTAL_LINK_URL", PORTAL_LINK_URL),
                ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
                ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
            ],
        ]
        .concat(),
    ))
    .unwrap();
    config
        .use_policy(
            "everyone-told.toml",
            "version = 1\n[[segment]]\nname = \"everyone\"\nholdout = false\n",
        )
        .unwrap();
    let everyone_told: Consumer = BillingRecovery::from_config(
        config,
        dynamo_store(&s.table).await,
        ses_mailer(BILLING_SENDER).await,
        s.fake.client(),
        None,
    );
    let told = names("toldanyway");
    let told = Names {
        email: held.email.clone(),
        ..told
    };
    s.stripe_has(&[
        failed_invoice(&told, now),
        subscription(&told, "past_due"),
        customer(&told, &[]),
    ]);
    let outcome = process_event(
        &everyone_told,
        "evt_told_1",
        "invoice.payment_failed",
        failed_invoice(&told, now),
        now,
    )
    .await;
    assert!(mailed(BillingKind::PaymentFailed)(&outcome), "{outcome:?}");
}

#[tokio::test]
async fn a_hard_bounced_address_gets_no_billing_mail_and_a_complaint_still_gets_its_notice() {
    let s = setup(&[]).await;
    let events = crate::mail_events::mail_events_on(&s.table).await;
    let now = unix_now();

    // SES said the address does not exist: the failed payment's notice is not sent.
    let n = names("hardbounce");
    let bounce = crate::mail_events::ses_notification("bounce-permanent", &n.email);
    events.handle(&bounce).await.unwrap();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);
    assert_eq!(
        s.process("evt_bill_bounced_1", "invoice.payment_failed", invoice, now)
            .await,
        Ok(Outcome::Skipped(Skip::RecipientBounced))
    );
    assert!(sent_messages_to(&n.email).await.is_empty());

    // A complaint stops promotional mail only: the customer still hears that their
    // payment failed (transactional, about their own account).
    let n = names("complained");
    let complaint = crate::mail_events::ses_notification("complaint", &n.email);
    events.handle(&complaint).await.unwrap();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);
    let outcome = s
        .process(
            "evt_bill_complained_1",
            "invoice.payment_failed",
            invoice,
            now,
        )
        .await;
    assert!(mailed(BillingKind::PaymentFailed)(&outcome), "{outcome:?}");
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}
