//! A German shop's abandoned cart, end to end: Checkout collects no consent outside the
//! US, so the shop's backend signs the consent its sign-up form recorded into the
//! `customer_token`; create-session writes it to the session's metadata; the expired
//! event (no `customer_details`, no email) comes through the webhook and the table's
//! stream; the address and the language come from the re-fetched Customer; the
//! scheduler's sweeps bring steps 2 and 3 on our own clock. Every part is the real code,
//! against moto and the Stripe fake.

use std::time::Duration;

use aws_sdk_dynamodb::types::AttributeValue;
use create_session::checkout::{ConsentClaim, CustomerClaims};
use integration_tests::stripe_fake::{FAKE_SECRET_KEY, StripeFake};
use integration_tests::*;
use recovery_mailer::{Outcome, RecoveryMailer};
use scheduler::Sweeper;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::recovery_item::RecoveryItem;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::recovery::SkipReason;
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stream;
use tokio::time::Instant;
use webhook::Webhook;

use crate::unsubscribe::{link_in, path_of, suppressed, unsubscribe_on};

const TYPES: &[&str] = &[
    "checkout.session.expired",
    "checkout.session.completed",
    "stripe_recovery.cart_step_due",
];
const TOKEN_SECRET: &str = "checkout_token_test_secret_0123456789";
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;
/// The shop's privacy page section its sign-up form showed.
const WORDING: &str = "https://shop.example/datenschutz#newsletter-v2";

/// The German subjects of the three steps (Test Shop is the tests' shop name).
const SUBJECTS: [&str; 3] = [
    "Sie haben etwas in Ihrem Warenkorb bei Test Shop vergessen",
    "Ihr Warenkorb bei Test Shop wartet noch auf Sie",
    "Letzte Erinnerung: Ihr Warenkorb bei Test Shop",
];

struct GermanShop {
    fake: StripeFake,
    table: String,
    webhook: Webhook<DynamoStore>,
    mailer: RecoveryMailer<DynamoStore, SesMailer>,
    sweeper: Sweeper<DynamoStore>,
    /// Stream records already handed to the mailer.
    seen: usize,
    /// The tests' unique customer and session names.
    name: String,
    email: String,
    /// When the session expired: steps are due 0 h, 24 h and 72 h after it.
    expired_at: i64,
}

impl GermanShop {
    async fn open(test: &str) -> Self {
        verify_sender(SENDER).await;
        let fake = StripeFake::start().await;
        let table = create_table("sequence").await;
        let base = fake.base_url();
        let mailer = recovery_mailer_app(
            mailer_config(&[
                ("STRIPE_SECRET_KEY", FAKE_SECRET_KEY),
                ("STRIPE_API_BASE", base.as_str()),
                ("RECOVERY_STEPS", "0h,24h,72h"),
                ("RECOVERY_PROMO_CODE", "WILLKOMMEN10"),
            ]),
            dynamo_store(&table).await,
            ses_mailer(SENDER).await,
        );
        let name = format!("{test}_{}", std::process::id());
        Self {
            webhook: webhook_on(&table).await,
            sweeper: Sweeper::new(dynamo_store(&table).await),
            email: format!("erika.mustermann+{name}@example.com"),
            fake,
            table,
            mailer,
            seen: 0,
            name,
            expired_at: unix_now() - 60,
        }
    }

    fn customer_id(&self) -> String {
        format!("cus_de_{}", self.name)
    }

    fn session_id(&self) -> String {
        format!("cs_test_de_{}", self.name)
    }

    /// The Customer as Stripe keeps it: German, with the address the session lacks.
    fn put_customer(&self, change: impl FnOnce(&mut Value)) {
        let mut customer = fixture("customer");
        customer["id"] = json!(self.customer_id());
        customer["email"] = json!(self.email);
        customer["preferred_locales"] = json!(["de-DE"]);
        customer["metadata"] = json!({});
        change(&mut customer);
        self.fake.put_object(customer);
    }

    /// The storefront's checkout through create-session, with the consent the shop's
    /// backend signed; returns the metadata Stripe was asked to keep on the session.
    async fn checkout(&self, agreed: i64) -> Value {
        let (app, _) = create_session_app(
            &self.fake.base_url(),
            &[
                ("ALLOWED_PRICES", "price_1Tshirt"),
                ("SUCCESS_URL", "https://shop.example/danke"),
                ("CANCEL_URL", "https://shop.example/warenkorb"),
                ("CONSENT_COLLECTION", "none"),
                ("CHECKOUT_TOKEN_SECRET", TOKEN_SECRET),
            ],
        )
        .await;
        let claims = CustomerClaims {
            customer: Some(self.customer_id()),
            customer_email: None,
            client_reference_id: None,
            consent: Some(ConsentClaim {
                at: agreed,
                source: "signup_form".into(),
                wording: Some(WORDING.into()),
            }),
        };
        let token = TokenSigner::new(Purpose::Checkout, TOKEN_SECRET)
            .unwrap()
            .sign(&claims, unix_now() + 600);
        let body = format!(
            r#"{{"line_items":[{{"price":"price_1Tshirt","quantity":1}}],"customer_token":"{token}"}}"#
        );
        let request = api_gateway_request(
            "POST",
            "/checkout/sessions",
            json!({"content-type": "application/json"}),
            &body,
            false,
        );
        let response = app
            .handle(
                request,
                unix_now(),
                Instant::now() + Duration::from_secs(10),
            )
            .await;
        assert_eq!(response_json(&response).0, 201);
        let created = self
            .fake
            .requests()
            .into_iter()
            .find(|r| r.method == "POST" && r.path == "/v1/checkout/sessions")
            .expect("create-session asked Stripe for a session");
        assert_eq!(created.param("consent_collection[promotions]"), None);
        assert_eq!(created.param("customer"), Some(self.customer_id().as_str()));
        let metadata: serde_json::Map<String, Value> = created
            .form
            .iter()
            .filter_map(|(k, v)| {
                let key = k.strip_prefix("metadata[")?.strip_suffix(']')?;
                Some((key.to_owned(), json!(v)))
            })
            .collect();
        Value::Object(metadata)
    }

    /// The session as Stripe sends it expired to a German shop: no consent from
    /// Checkout, no `customer_details`, no `customer_email`; the Customer and the
    /// metadata create-session set.
    fn expired_session(&self, metadata: Value) -> Value {
        let mut session = fixture("checkout.session");
        session["id"] = json!(self.session_id());
        session["status"] = json!("expired");
        session["created"] = json!(self.expired_at - DAY);
        session["expires_at"] = json!(self.expired_at);
        session["amount_total"] = json!(4900);
        session["currency"] = json!("eur");
        session["locale"] = Value::Null;
        session["consent"] = Value::Null;
        session["consent_collection"] = Value::Null;
        session["customer"] = json!(self.customer_id());
        session["customer_details"] = Value::Null;
        session["customer_email"] = Value::Null;
        session["metadata"] = metadata;
        session["after_expiration"]["recovery"] = json!({
            "enabled": true,
            "allow_promotion_codes": true,
            "expires_at": self.expired_at + 30 * DAY,
            "url": format!("https://buy.stripe.com/r/test_{}", self.session_id()),
        });
        session
    }

    /// Delivers a Stripe event to the webhook, signed as Stripe signs it.
    async fn deliver(&self, event_id: &str, event_type: &str, object: Value, at: i64) {
        let body = serde_json::to_vec(&stripe_event(event_id, event_type, object, at)).unwrap();
        let header = signature_header(TEST_SECRET, at, &body);
        self.webhook
            .intake()
            .receive(Some(&header), &body, at)
            .await
            .unwrap();
    }

    /// Hands what the stream carries now to the mailer at `now`, as Lambda would; the
    /// outcomes of the batch, in order. Every item must succeed.
    async fn drain(&mut self, now: i64) -> Vec<Outcome> {
        let records = stream_records(&self.table).await;
        let new = records[self.seen..].to_vec();
        self.seen = records.len();
        let event = lambda_stream_event(&new, TYPES);
        let mut outcomes = Vec::new();
        for record in &event.records {
            let item = stripe_recovery::stream::inbox_item(record).unwrap();
            let deadline = Instant::now() + Duration::from_secs(10);
            match stream::process_item(&self.mailer, &item, now, deadline).await {
                Ok(Some(outcome)) => outcomes.push(outcome),
                other => panic!("{}: {other:?}", item.event_id),
            }
        }
        outcomes
    }

    /// The scheduler's sweep at `now`, then what it fired, through the stream.
    async fn sweep(&mut self, now: i64) -> Vec<Outcome> {
        let deadline = Instant::now() + Duration::from_secs(10);
        self.sweeper.run(now, deadline).await.unwrap();
        self.drain(now).await
    }

    async fn recovery_item(&self) -> RecoveryItem {
        let item = dynamodb()
            .await
            .get_item()
            .table_name(&self.table)
            .key(
                "pk",
                AttributeValue::S(format!("recovery#{}", self.session_id())),
            )
            .consistent_read(true)
            .send()
            .await
            .unwrap()
            .item
            .expect("the cart's recovery item");
        serde_dynamo::from_item(item).unwrap()
    }

    /// The shop's German cart, abandoned: checked out with the signed consent, expired,
    /// delivered; the first mail goes at once. Returns when the customer agreed.
    async fn abandon(&mut self) -> i64 {
        let agreed = unix_now() - 40 * DAY;
        self.put_customer(|_| {});
        let metadata = self.checkout(agreed).await;
        let session = self.expired_session(metadata);
        let evt = format!("evt_de_expired_{}", self.name);
        self.deliver(&evt, "checkout.session.expired", session, self.expired_at)
            .await;
        let outcomes = self.drain(self.expired_at + 5).await;
        assert!(
            matches!(
                &outcomes[..],
                // 24 h after the expiry, and never less than 24 h after this mail.
                [Outcome::Sent { step: 1, next: Some(next), .. }] if *next == self.expired_at + 5 + DAY
            ),
            "{outcomes:?}"
        );
        agreed
    }
}

#[tokio::test]
async fn a_german_shops_cart_gets_three_german_mails_on_our_clock_with_the_consents_proof() {
    let mut shop = GermanShop::open("three").await;
    let agreed = shop.abandon().await;
    let t0 = shop.expired_at;

    // Nothing is due before its time: a sweep an hour early fires nothing.
    assert_eq!(shop.sweep(t0 + DAY - HOUR).await, []);
    let second = shop.sweep(t0 + DAY + 30).await;
    assert!(
        matches!(&second[..], [Outcome::Sent { step: 2, next: Some(next), .. }] if *next == t0 + 3 * DAY + 30),
        "{second:?}"
    );
    // A sweep that runs twice (two schedules overlapping) fires nothing twice.
    assert_eq!(shop.sweep(t0 + DAY + 90).await, []);
    let third = shop.sweep(t0 + 3 * DAY + 30).await;
    assert!(
        matches!(
            &third[..],
            [Outcome::Sent {
                step: 3,
                next: None,
                ..
            }]
        ),
        "{third:?}"
    );
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);

    let mails = sent_messages_to(&shop.email).await;
    let subjects: Vec<String> = mails.iter().map(SentMail::subject).collect();
    assert_eq!(subjects, SUBJECTS);
    for mail in &mails {
        let text = mail.text();
        assert!(
            text.contains(&format!(
                "https://buy.stripe.com/r/test_{}",
                shop.session_id()
            )),
            "{text}"
        );
        assert!(
            text.contains("49,00"),
            "euros as Germans write them: {text}"
        );
        link_in(mail);
    }
    // The customer's address was read from the Customer, once per step.
    let customer_path = format!("/v1/customers/{}", shop.customer_id());
    assert_eq!(shop.fake.gets_of(&customer_path), 3);

    // Each step's record keeps the consent that allowed it, never the address.
    let item = shop.recovery_item().await;
    for step in 1..=3 {
        let stored = item.step(step).unwrap_or_else(|| panic!("step {step}"));
        assert_eq!(stored.state, "sent");
        assert_eq!(
            stored.consent_source.as_deref(),
            Some("customer_token:signup_form")
        );
        assert_eq!(stored.consent_at, Some(agreed));
        assert_eq!(stored.consent_wording.as_deref(), Some(WORDING));
    }
    let everything = format!("{:?}", scan_all(&shop.table).await);
    assert!(!everything.contains(&shop.email), "an address was stored");
    assert!(shop.fake.take_violations().is_empty());
}

#[tokio::test]
async fn buying_the_cart_back_after_the_first_mail_cancels_the_rest() {
    let mut shop = GermanShop::open("bought").await;
    shop.abandon().await;
    let t0 = shop.expired_at;

    // The customer follows the recovery link two hours later and pays.
    let mut completed = fixture("checkout.session");
    completed["id"] = json!(format!("cs_test_de_paid_{}", shop.name));
    completed["status"] = json!("complete");
    completed["created"] = json!(t0 + 2 * HOUR - 300);
    completed["amount_total"] = json!(4900);
    completed["currency"] = json!("eur");
    completed["customer_details"]["email"] = json!(shop.email);
    completed["recovered_from"] = json!(shop.session_id());
    let evt = format!("evt_de_completed_{}", shop.name);
    shop.deliver(&evt, "checkout.session.completed", completed, t0 + 2 * HOUR)
        .await;
    let outcomes = shop.drain(t0 + 2 * HOUR + 5).await;
    assert!(
        matches!(&outcomes[..], [Outcome::Completed { .. }]),
        "{outcomes:?}"
    );

    // Steps 2 and 3 were cancelled: no sweep ever fires them.
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
    assert_eq!(shop.recovery_item().await.converted_after_step, Some(1));
}

#[tokio::test]
async fn a_purchase_of_another_cart_between_steps_stops_the_sequence() {
    let mut shop = GermanShop::open("other_cart").await;
    shop.abandon().await;
    let t0 = shop.expired_at;

    // The customer buys in a new session of their own (not from our link).
    let mut completed = fixture("checkout.session");
    completed["id"] = json!(format!("cs_test_de_other_{}", shop.name));
    completed["status"] = json!("complete");
    completed["created"] = json!(t0 + 5 * HOUR);
    completed["customer_details"]["email"] = json!(shop.email);
    completed["recovered_from"] = Value::Null;
    let evt = format!("evt_de_other_{}", shop.name);
    shop.deliver(&evt, "checkout.session.completed", completed, t0 + 6 * HOUR)
        .await;
    shop.drain(t0 + 6 * HOUR + 5).await;

    // Step 2 fires, finds the purchase and ends the sequence: step 3 is never scheduled.
    let second = shop.sweep(t0 + DAY + 30).await;
    assert_eq!(second, [Outcome::Skipped(SkipReason::PurchasedSince)]);
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
}

#[tokio::test]
async fn unsubscribing_from_the_first_mail_stops_the_rest() {
    let mut shop = GermanShop::open("unsub").await;
    shop.abandon().await;
    let t0 = shop.expired_at;
    let [first] = &sent_messages_to(&shop.email).await[..] else {
        panic!("one mail");
    };
    let link = link_in(first);
    let request = api_gateway_request(
        "POST",
        &path_of(&link),
        json!({"content-type": "application/x-www-form-urlencoded"}),
        "List-Unsubscribe=One-Click",
        false,
    );
    let response = unsubscribe_on(&shop.table)
        .await
        .handle(request, t0 + HOUR)
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.body());
    assert!(suppressed(&shop.table, &shop.email).await);

    let second = shop.sweep(t0 + DAY + 30).await;
    assert_eq!(second, [Outcome::Skipped(SkipReason::Suppressed)]);
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
}

#[tokio::test]
async fn a_consent_withdrawn_on_the_customer_between_steps_stops_the_rest() {
    let mut shop = GermanShop::open("withdrawn").await;
    shop.abandon().await;
    let t0 = shop.expired_at;
    // The shop's account settings write the withdrawal with the secret key.
    let withdrawn_at = (t0 + HOUR).to_string();
    shop.put_customer(|customer| {
        customer["metadata"] = json!({
            "recovery_consent": "withdrawn",
            "recovery_consent_at": withdrawn_at,
            "recovery_consent_source": "account_settings",
        });
    });
    let second = shop.sweep(t0 + DAY + 30).await;
    assert_eq!(second, [Outcome::Skipped(SkipReason::ConsentWithdrawn)]);
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
}

#[tokio::test]
async fn a_customer_deleted_between_steps_is_skipped_with_its_own_reason() {
    let mut shop = GermanShop::open("deleted").await;
    shop.abandon().await;
    let t0 = shop.expired_at;
    // What Stripe answers for a deleted customer.
    shop.fake.put_object(json!({
        "id": shop.customer_id(),
        "object": "customer",
        "deleted": true,
    }));
    let second = shop.sweep(t0 + DAY + 30).await;
    assert_eq!(second, [Outcome::Skipped(SkipReason::CustomerDeleted)]);
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
}

#[tokio::test]
async fn without_a_signed_consent_the_german_cart_is_not_mailed() {
    let mut shop = GermanShop::open("no_consent").await;
    shop.put_customer(|_| {});
    // The session the shop's own code created without any consent in metadata.
    let session = shop.expired_session(json!({}));
    let evt = format!("evt_de_noconsent_{}", shop.name);
    shop.deliver(&evt, "checkout.session.expired", session, shop.expired_at)
        .await;
    let outcomes = shop.drain(shop.expired_at + 5).await;
    assert_eq!(outcomes, [Outcome::Skipped(SkipReason::NoConsent)]);
    assert_eq!(shop.sweep(shop.expired_at + 10 * DAY).await, []);
    assert!(sent_messages_to(&shop.email).await.is_empty());
}

#[tokio::test]
async fn a_data_subject_request_lists_what_is_held_and_the_erasure_keeps_only_the_suppression() {
    let mut shop = GermanShop::open("erasure").await;
    let agreed = shop.abandon().await;
    let t0 = shop.expired_at;
    // Another cart of theirs, bought: its event holds the address in clear.
    let mut completed = fixture("checkout.session");
    completed["id"] = json!(format!("cs_test_de_bought_{}", shop.name));
    completed["status"] = json!("complete");
    completed["created"] = json!(t0 + 5 * HOUR);
    completed["customer_details"]["email"] = json!(shop.email.to_uppercase());
    completed["recovered_from"] = Value::Null;
    let evt = format!("evt_de_bought_{}", shop.name);
    shop.deliver(&evt, "checkout.session.completed", completed, t0 + 6 * HOUR)
        .await;
    shop.drain(t0 + 6 * HOUR + 5).await;

    let store = local::consent::Store::Table(dynamo_store(&shop.table).await);
    let keyer = stripe_recovery::recipient::RecipientKeyer::new(RECIPIENT_KEY_PEPPER).unwrap();
    let ask = |erase: bool| local::consent::ConsentArgs {
        email: shop.email.clone(),
        table: Some(shop.table.clone()),
        erase,
    };
    let listed = local::consent::run(&store, &keyer, &ask(false))
        .await
        .unwrap();
    let session = shop.session_id();
    for expected in [
        "Not suppressed.".to_owned(),
        format!(
            "{session} step 1  sent; consent: customer_token:signup_form at {}, wording {WORDING}",
            stripe_recovery::time::rfc3339(agreed)
        ),
        format!("schedule#cart#{session}#2  pending"),
        format!("event#{evt}  checkout.session.completed"),
        "Last purchase: ".to_owned(),
        "Last cart mail: ".to_owned(),
    ] {
        assert!(listed.contains(&expected), "{expected:?} in\n{listed}");
    }
    // Listing changes nothing.
    let before = scan_all(&shop.table).await.len();
    local::consent::run(&store, &keyer, &ask(false))
        .await
        .unwrap();
    assert_eq!(scan_all(&shop.table).await.len(), before);

    let erased = local::consent::run(&store, &keyer, &ask(true))
        .await
        .unwrap();
    assert!(erased.contains("Erased 5 item(s)"), "{erased}");
    let after = local::consent::run(&store, &keyer, &ask(false))
        .await
        .unwrap();
    assert_eq!(
        after,
        format!(
            "Suppressed: never mailed again (suppression#{})\n",
            recipient_key(&shop.email).as_str()
        )
    );
    // The pending step went with it; a new cart of theirs is never mailed.
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    let mut next = shop.expired_session(json!({
        "recovery_consent": "opt_in",
        "recovery_consent_at": agreed.to_string(),
        "recovery_consent_source": "signup_form",
    }));
    next["id"] = json!(format!("cs_test_de_next_{}", shop.name));
    let evt = format!("evt_de_next_{}", shop.name);
    shop.deliver(&evt, "checkout.session.expired", next, t0 + 20 * DAY)
        .await;
    assert_eq!(
        shop.drain(t0 + 20 * DAY + 5).await,
        [Outcome::Skipped(SkipReason::Suppressed)]
    );
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
}

#[tokio::test]
async fn a_checkout_the_customer_completed_that_we_never_heard_of_stops_the_rest() {
    let mut shop = GermanShop::open("stripe_knows").await;
    shop.abandon().await;
    let t0 = shop.expired_at;
    // Paid in a session whose event never reached us (another endpoint, or lost): only
    // Stripe's list of the customer's sessions knows.
    let mut paid = fixture("checkout.session");
    paid["id"] = json!(format!("cs_test_de_unseen_{}", shop.name));
    paid["status"] = json!("complete");
    paid["customer"] = json!(shop.customer_id());
    paid["created"] = json!(t0 + 3 * HOUR);
    shop.fake.put_object(paid);

    let second = shop.sweep(t0 + DAY + 30).await;
    assert_eq!(second, [Outcome::Skipped(SkipReason::PurchasedSince)]);
    assert_eq!(shop.sweep(t0 + 10 * DAY).await, []);
    assert_eq!(sent_messages_to(&shop.email).await.len(), 1);
    let asked: Vec<_> = shop
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.path == "/v1/checkout/sessions" && r.method == "GET")
        .map(|r| r.query)
        .collect();
    let created = (t0 - DAY).to_string();
    let expected: Vec<(String, String)> = [
        ("customer", shop.customer_id().as_str()),
        ("status", "complete"),
        ("created[gte]", created.as_str()),
        ("limit", "1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(asked, [expected.clone(), expected], "once per step");
    assert!(shop.fake.take_violations().is_empty());
}

#[tokio::test]
async fn a_first_mail_sent_late_keeps_the_spacing_to_the_reminder() {
    let mut shop = GermanShop::open("late").await;
    shop.put_customer(|_| {});
    let metadata = shop.checkout(unix_now() - 40 * DAY).await;
    let session = shop.expired_session(metadata);
    let t0 = shop.expired_at;
    // The expired event reaches us two days late (Stripe retried it after our outage).
    let late = t0 + 2 * DAY;
    let evt = format!("evt_de_late_{}", shop.name);
    shop.deliver(&evt, "checkout.session.expired", session, late)
        .await;
    let first = shop.drain(late).await;
    // Not due at t0 + 24 h, already past: 24 h after this mail, as configured.
    assert!(
        matches!(&first[..], [Outcome::Sent { step: 1, next: Some(next), .. }] if *next == late + DAY),
        "{first:?}"
    );
    assert_eq!(shop.sweep(late + HOUR).await, []);
    let second = shop.sweep(late + DAY + 30).await;
    // Step 3 keeps its 48 h after step 2.
    assert!(
        matches!(&second[..], [Outcome::Sent { step: 2, next: Some(next), .. }] if *next == late + DAY + 30 + 2 * DAY),
        "{second:?}"
    );
}
