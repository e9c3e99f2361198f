//! A subscription's pending SetupIntent that needs the customer, through billing recovery
//! against moto (DynamoDB, SES v2) and the Stripe fake: `requires_action` mails our
//! confirmation page's signed link, a failed authorization (`requires_payment_method`
//! with `last_setup_error`) the portal's payment-method page; each once per SetupIntent
//! and status, whatever the events' order and duplicates; nothing once it succeeded or
//! was canceled.

use std::time::Duration;

use billing_recovery::decide::{BillingKind, Skip};
use billing_recovery::{BillingRecovery, Outcome};
use integration_tests::stripe_fake::StripeFake;
use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::adapters::sns::SnsAlerts;
use stripe_recovery::portal::{self, PortalFlow};
use stripe_recovery::ports::{DunningStore, DunningSubject};
use stripe_recovery::setup_link;
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stripe::client::{IdempotencyKey, StripeClient};
use stripe_recovery::stripe::ids::{EventId, SetupIntentId};
use tokio::time::Instant;

use crate::billing_recovery::{
    BILLING_SENDER, Names, PORTAL_LINK_SECRET, PORTAL_LINK_URL, customer, names, subscription,
};

pub(crate) const SETUP_LINK_URL: &str = "https://api.example/billing/setup";
pub(crate) const SETUP_LINK_SECRET: &str = "setup_link_test_secret_0123456789abcd";

const CREATED: &str = "customer.subscription.created";
const UPDATED: &str = "customer.subscription.updated";
const REQUIRES_ACTION: &str = "setup_intent.requires_action";
const SETUP_FAILED: &str = "setup_intent.setup_failed";

type Consumer = BillingRecovery<DynamoStore, SesMailer, StripeClient, Option<SnsAlerts>>;

struct Setup {
    fake: StripeFake,
    consumer: Consumer,
}

async fn setup(with_setup_links: bool) -> Setup {
    verify_sender(BILLING_SENDER).await;
    let fake = StripeFake::start().await;
    let table = create_table("setupmail").await;
    let mut vars = vec![
        ("TABLE_NAME", table.as_str()),
        ("BILLING_SENDER_EMAIL", "Shop Billing <billing@example.com>"),
        ("SHOP_NAME", "Test Shop"),
        ("PORTAL_LINK_URL", PORTAL_LINK_URL),
        ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
    ];
    if with_setup_links {
        vars.extend([
            ("SETUP_LINK_URL", SETUP_LINK_URL),
            ("SETUP_LINK_SECRET", SETUP_LINK_SECRET),
        ]);
    }
    let config = billing_recovery::config::BillingConfig::from_env(&env_of(&vars)).unwrap();
    let sdk = sdk_config().await;
    let store = dynamo_store(&config.table_name).await;
    let ses = SesMailer::from_sdk_config(&sdk, config.sender.clone(), None);
    let consumer = BillingRecovery::from_config(config, store, ses, fake.client(), None);
    Setup { fake, consumer }
}

/// The SetupIntent `id` of `n`'s customer in `status`; `failed`: its last attempt failed.
pub(crate) fn setup_intent(n: &Names, id: &str, status: &str, failed: bool) -> Value {
    let mut intent = fixture("setup_intent");
    intent["id"] = json!(id);
    intent["customer"] = json!(n.customer);
    intent["status"] = json!(status);
    intent["usage"] = json!("off_session");
    intent["last_setup_error"] = if failed {
        json!({"type": "card_error", "code": "card_declined", "decline_code": "generic_decline"})
    } else {
        Value::Null
    };
    intent
}

/// `n`'s trialing subscription waiting on `setup_intent` (`None`: on none).
pub(crate) fn pending_subscription(n: &Names, setup_intent: Option<&str>) -> Value {
    let mut sub = subscription(n, "trialing");
    sub["pending_setup_intent"] = json!(setup_intent);
    // Not cancelling (Stripe's example is set to cancel): an update is then only about
    // the SetupIntent, not a churn record too.
    sub["cancel_at"] = Value::Null;
    sub
}

fn seti(n: &Names, suffix: &str) -> String {
    format!("seti_{}{suffix}", &n.customer["cus_".len()..])
}

impl Setup {
    /// The event mails `kind`.
    async fn mails(&self, id: &str, event_type: &str, object: Value, now: i64, kind: BillingKind) {
        let outcome = self.process(id, event_type, object, now).await;
        assert!(outcome.mailed(kind), "{event_type}: {outcome}");
    }

    /// The event mails nothing, for `why`.
    async fn skips(&self, id: &str, event_type: &str, object: Value, now: i64, why: Skip) {
        let outcome = self.process(id, event_type, object, now).await;
        assert_eq!(outcome, Outcome::Skipped(why), "{event_type}");
    }

    async fn process(&self, id: &str, event_type: &str, object: Value, now: i64) -> Outcome {
        self.try_process(id, event_type, object, now)
            .await
            .unwrap_or_else(|e| panic!("{event_type}: {e}"))
    }

    async fn try_process(
        &self,
        id: &str,
        event_type: &str,
        object: Value,
        now: i64,
    ) -> Result<Outcome, String> {
        process_event(&self.consumer, id, event_type, object, now).await
    }
}

/// The only line of `text` that starts with `prefix`.
fn link_in<'a>(text: &'a str, prefix: &str) -> &'a str {
    let links: Vec<&str> = text.lines().filter(|l| l.starts_with(prefix)).collect();
    assert_eq!(links.len(), 1, "one link to {prefix} in: {text}");
    links[0]
}

#[tokio::test]
async fn authentication_needed_mails_the_confirmation_page_once_in_the_customers_language() {
    let s = setup(true).await;
    let n = names("setupaction");
    let now = unix_now();
    let intent_id = seti(&n, "A");
    let sub = pending_subscription(&n, Some(&intent_id));
    s.fake.put_object(sub.clone());
    s.fake.put_object(customer(&n, &["ja-JP"]));
    let mut intent = setup_intent(&n, &intent_id, "requires_action", false);
    intent["metadata"] = json!({"subscription": n.subscription});
    s.fake.put_object(intent.clone());

    s.mails(
        "evt_seti_a_1",
        CREATED,
        sub.clone(),
        now,
        BillingKind::SetupActionRequired,
    )
    .await;
    // The subscription re-read for the SetupIntent it waits on now, then that
    // SetupIntent and its customer: reads only.
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
            format!("GET /v1/setup_intents/{intent_id}"),
            format!("GET /v1/subscriptions/{}", n.subscription),
        ]
    );

    // Redelivered, another change of the subscription, Stripe's own event of the
    // SetupIntent (which names the subscription in its metadata): no second mail.
    let again = [
        ("evt_seti_a_1", CREATED, sub.clone()),
        ("evt_seti_a_2", UPDATED, sub.clone()),
        ("evt_seti_a_3", REQUIRES_ACTION, intent.clone()),
    ];
    for (id, event_type, object) in again {
        let outcome = s.process(id, event_type, object, now + 60).await;
        assert_eq!(
            outcome,
            Outcome::Skipped(Skip::AlreadyMailed),
            "{event_type}"
        );
    }

    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    assert!(mail.subject().contains("カード"), "{}", mail.subject());
    assert!(mail.header("List-Unsubscribe").is_empty(), "transactional");
    let text = mail.text();
    assert!(!text.contains(PORTAL_LINK_URL), "{text}");
    assert!(
        !text.contains("secret"),
        "no client secret in the mail: {text}"
    );
    let url = link_in(&text, SETUP_LINK_URL);
    let token = url.strip_prefix(&format!("{SETUP_LINK_URL}?t=")).unwrap();
    let signer = TokenSigner::new(Purpose::SetupConfirmation, SETUP_LINK_SECRET).unwrap();
    let link = setup_link::verify(&signer, token, now).unwrap();
    assert_eq!(link.customer, n.customer.as_str());
    assert_eq!(link.setup_intent, intent_id.as_str());
    assert_eq!(link.language, Some(stripe_recovery::mail::Language::Ja));
    // A portal token is no setup token, nor the other way round.
    let portal_signer = TokenSigner::new(Purpose::Portal, PORTAL_LINK_SECRET).unwrap();
    assert!(portal::verify(&portal_signer, token, now).is_err());

    let record = s
        .consumer
        .store()
        .dunning_record(&DunningSubject::SetupIntent(
            SetupIntentId::parse(&intent_id).unwrap(),
        ))
        .await
        .unwrap();
    assert_eq!(
        record.steps.keys().collect::<Vec<_>>(),
        ["requires_action"],
        "{record:?}"
    );
}

#[tokio::test]
async fn a_failed_authorization_mails_the_portal_then_a_later_action_mails_again_once() {
    let s = setup(true).await;
    let n = names("setupfailed");
    let now = unix_now();
    let intent_id = seti(&n, "B");
    let sub = pending_subscription(&n, Some(&intent_id));
    s.fake.put_object(sub.clone());
    s.fake.put_object(customer(&n, &[]));
    let mut intent = setup_intent(&n, &intent_id, "requires_payment_method", true);
    intent["metadata"] = json!({"subscription": n.subscription});
    s.fake.put_object(intent.clone());

    s.mails(
        "evt_seti_b_1",
        SETUP_FAILED,
        intent.clone(),
        now,
        BillingKind::SetupPaymentMethodRequired,
    )
    .await;
    s.skips(
        "evt_seti_b_1",
        SETUP_FAILED,
        intent.clone(),
        now,
        Skip::AlreadyMailed,
    )
    .await;

    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    let text = mail.text();
    assert!(!text.contains(SETUP_LINK_URL), "{text}");
    let url = link_in(&text, PORTAL_LINK_URL);
    let token = url.strip_prefix(&format!("{PORTAL_LINK_URL}?t=")).unwrap();
    let signer = TokenSigner::new(Purpose::Portal, PORTAL_LINK_SECRET).unwrap();
    let link = portal::verify(&signer, token, now).unwrap();
    assert_eq!(link.customer, n.customer.as_str());
    assert_eq!(link.flow, PortalFlow::PaymentMethodUpdate);

    // The customer then tried a card that needs authentication: that status is mailed,
    // once.
    s.fake
        .put_object(setup_intent(&n, &intent_id, "requires_action", true));
    s.mails(
        "evt_seti_b_2",
        UPDATED,
        sub.clone(),
        now + 60,
        BillingKind::SetupActionRequired,
    )
    .await;
    s.skips("evt_seti_b_3", UPDATED, sub, now + 120, Skip::AlreadyMailed)
        .await;
    assert_eq!(sent_messages_to(&n.email).await.len(), 2);
}

#[tokio::test]
async fn concurrent_duplicates_mail_once() {
    let s = setup(true).await;
    let n = names("setupdup");
    let now = unix_now();
    let intent_id = seti(&n, "C");
    let sub = pending_subscription(&n, Some(&intent_id));
    s.fake.put_object(sub.clone());
    s.fake.put_object(customer(&n, &[]));
    s.fake
        .put_object(setup_intent(&n, &intent_id, "requires_action", false));

    let (first, second) = tokio::join!(
        s.try_process("evt_seti_c_1", CREATED, sub.clone(), now),
        s.try_process("evt_seti_c_2", UPDATED, sub.clone(), now),
    );
    // One sends; the other finds it mailed, or busy (a retry then finds it mailed).
    let mailed = [&first, &second]
        .iter()
        .filter(|o| {
            o.as_ref()
                .is_ok_and(|o| o.mailed(BillingKind::SetupActionRequired))
        })
        .count();
    assert_eq!(mailed, 1, "{first:?} {second:?}");
    for (id, outcome) in [("evt_seti_c_1", &first), ("evt_seti_c_2", &second)] {
        if outcome.is_err() {
            s.skips(id, UPDATED, sub.clone(), now + 1, Skip::AlreadyMailed)
                .await;
        }
    }
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

#[tokio::test]
async fn nothing_once_it_succeeded_or_was_canceled_or_is_not_waited_on() {
    let s = setup(true).await;
    let n = names("setupsettled");
    let now = unix_now();
    s.fake.put_object(customer(&n, &[]));

    // Succeeded (Stripe confirmed it) before the event was processed.
    let done = seti(&n, "D");
    let sub = pending_subscription(&n, Some(&done));
    s.fake.put_object(sub.clone());
    s.fake
        .put_object(setup_intent(&n, &done, "succeeded", false));
    s.skips("evt_seti_d_1", UPDATED, sub, now, Skip::SetupSettled)
        .await;

    // Canceled by the setup-intent canceller (the subscription was deleted) between
    // the event and its processing: the fake keeps the cancellation.
    let canceled = seti(&n, "E");
    let sub = pending_subscription(&n, Some(&canceled));
    s.fake.put_object(sub.clone());
    s.fake
        .put_object(setup_intent(&n, &canceled, "requires_action", false));
    s.fake
        .client()
        .cancel_setup_intent(
            &SetupIntentId::parse(&canceled).unwrap(),
            &IdempotencyKey::for_event(&EventId::parse("evt_deleted").unwrap(), "cancel"),
            Instant::now() + Duration::from_secs(5),
        )
        .await
        .unwrap();
    s.skips("evt_seti_e_1", UPDATED, sub, now, Skip::SetupSettled)
        .await;

    // A SetupIntent still waiting for its first card (no attempt failed): the customer
    // is likely entering it now.
    let fresh = seti(&n, "F");
    let sub = pending_subscription(&n, Some(&fresh));
    s.fake.put_object(sub.clone());
    s.fake
        .put_object(setup_intent(&n, &fresh, "requires_payment_method", false));
    s.skips("evt_seti_f_1", CREATED, sub, now, Skip::SetupNotNeeded)
        .await;

    // A change of a subscription that waits on no SetupIntent costs no Stripe read; a
    // SetupIntent that names no subscription is not ours to mail about.
    let before = s.fake.requests().len();
    let plain = pending_subscription(&n, None);
    s.skips("evt_seti_g_1", UPDATED, plain, now, Skip::NoPendingSetup)
        .await;
    let orphan = setup_intent(&n, &seti(&n, "G"), "requires_action", false);
    s.skips(
        "evt_seti_g_2",
        REQUIRES_ACTION,
        orphan,
        now,
        Skip::NoPendingSetup,
    )
    .await;
    assert_eq!(s.fake.requests().len(), before);

    // The subscription waits on a newer SetupIntent than the event's.
    let stale = seti(&n, "H");
    let newer = seti(&n, "I");
    s.fake.put_object(pending_subscription(&n, Some(&newer)));
    s.fake
        .put_object(setup_intent(&n, &newer, "succeeded", false));
    let mut old = setup_intent(&n, &stale, "requires_action", false);
    old["metadata"] = json!({"subscription": n.subscription});
    s.skips(
        "evt_seti_h_1",
        REQUIRES_ACTION,
        old,
        now,
        Skip::SetupSettled,
    )
    .await;

    assert!(sent_messages_to(&n.email).await.is_empty());
}

#[tokio::test]
async fn without_setup_links_the_action_mail_is_skipped_and_the_portal_one_still_goes() {
    let s = setup(false).await;
    let n = names("setupnolinks");
    let now = unix_now();
    let intent_id = seti(&n, "J");
    let sub = pending_subscription(&n, Some(&intent_id));
    s.fake.put_object(sub.clone());
    s.fake.put_object(customer(&n, &[]));
    s.fake
        .put_object(setup_intent(&n, &intent_id, "requires_action", false));
    s.skips("evt_seti_j_1", CREATED, sub.clone(), now, Skip::NoSetupLink)
        .await;
    s.fake.put_object(setup_intent(
        &n,
        &intent_id,
        "requires_payment_method",
        true,
    ));
    s.mails(
        "evt_seti_j_2",
        UPDATED,
        sub,
        now,
        BillingKind::SetupPaymentMethodRequired,
    )
    .await;
}

// The links work: each mail's link, clicked, through the portal-link function and the
// same Stripe fake.

const PUBLISHABLE_KEY: &str = "pk_test_51SetupPageTest";

fn link_function(fake: &StripeFake) -> portal_link::PortalLinkFunction {
    let vars = [
        ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
        ("PORTAL_RETURN_URL", "https://shop.example/account"),
        ("SETUP_LINK_SECRET", SETUP_LINK_SECRET),
        ("STRIPE_PUBLISHABLE_KEY", PUBLISHABLE_KEY),
    ];
    let mut config = portal_link::config::PortalConfig::from_env(&env_of(&vars)).unwrap();
    config.stripe = Some(fake.config());
    portal_link::PortalLinkFunction::from_config(config)
}

/// `url`'s path and query as API Gateway passes them on, requested with `headers`.
async fn click(
    app: &portal_link::PortalLinkFunction,
    method: &str,
    url: &str,
    headers: Value,
) -> lambda_http::Response<lambda_http::Body> {
    let path = url.strip_prefix("https://api.example").unwrap();
    let request = api_gateway_request(method, path, headers, "", false);
    app.handle(
        request,
        unix_now(),
        Instant::now() + Duration::from_secs(10),
    )
    .await
}

fn html(response: &lambda_http::Response<lambda_http::Body>) -> String {
    String::from_utf8_lossy(response.body().as_ref()).into_owned()
}

#[tokio::test]
async fn the_action_mails_link_opens_the_page_with_the_secret_read_at_the_click() {
    let s = setup(true).await;
    let n = names("setuppage");
    let now = unix_now();
    let intent_id = seti(&n, "K");
    let sub = pending_subscription(&n, Some(&intent_id));
    s.fake.put_object(sub.clone());
    s.fake.put_object(customer(&n, &["de"]));
    let mut intent = setup_intent(&n, &intent_id, "requires_action", false);
    let secret = format!("{intent_id}_secret_PageTest123");
    intent["client_secret"] = json!(secret);
    s.fake.put_object(intent);
    s.mails(
        "evt_seti_k_1",
        CREATED,
        sub,
        now,
        BillingKind::SetupActionRequired,
    )
    .await;
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    let text = mail.text();
    let url = link_in(&text, SETUP_LINK_URL).to_owned();
    assert!(!text.contains(&secret), "{text}");

    let app = link_function(&s.fake);
    let path = format!("/v1/setup_intents/{intent_id}");
    // Link checkers and a browser's prefetch never read the SetupIntent.
    let head = click(&app, "HEAD", &url, json!({})).await;
    assert_eq!(head.status(), 200);
    assert!(html(&head).is_empty());
    for purpose in [
        json!({"sec-purpose": "prefetch"}),
        json!({"purpose": "prefetch"}),
    ] {
        let prefetched = click(&app, "GET", &url, purpose).await;
        assert_eq!(prefetched.status(), 503);
        assert!(!html(&prefetched).contains(&secret));
    }
    let before_click = s.fake.gets_of(&path);

    let page = click(&app, "GET", &url, json!({"accept-language": "en"})).await;
    assert_eq!(page.status(), 200, "{}", html(&page));
    assert_eq!(
        s.fake.gets_of(&path),
        before_click + 1,
        "read at the click, once"
    );
    let body = html(&page);
    // The mail's language (the customer's), not the browser's.
    assert!(body.contains("lang=\"de\""), "{body}");
    assert!(
        body.contains(&format!("data-client-secret=\"{secret}\"")),
        "{body}"
    );
    assert!(body.contains(&format!("data-publishable-key=\"{PUBLISHABLE_KEY}\"")));
    assert!(body.contains("<script src=\"https://js.stripe.com/v3/\"></script>"));
    let headers = page.headers();
    assert_eq!(
        headers["content-security-policy"],
        portal_link::setup_page::content_security_policy().as_str()
    );
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    // Nothing but reads at Stripe.
    assert!(s.fake.requests().iter().all(|r| r.method == "GET"));

    // Confirmed since (in the browser): the link now says there is nothing to do.
    let mut done = setup_intent(&n, &intent_id, "succeeded", false);
    done["client_secret"] = json!(secret);
    s.fake.put_object(done);
    let after = click(&app, "GET", &url, json!({})).await;
    assert_eq!(after.status(), 200);
    assert!(!html(&after).contains(&secret), "{}", html(&after));
    assert!(!html(&after).contains("js.stripe.com/v3"));

    // A SetupIntent not the link's customer's: refused, its secret never shown.
    let mut foreign = setup_intent(&n, &intent_id, "requires_action", false);
    foreign["customer"] = json!("cus_SomeoneElse");
    foreign["client_secret"] = json!(secret);
    s.fake.put_object(foreign);
    let refused = click(&app, "GET", &url, json!({})).await;
    assert_eq!(refused.status(), 404);
    assert!(!html(&refused).contains(&secret));

    // A portal link is no setup link.
    let portal_url = format!(
        "{SETUP_LINK_URL}?t={}",
        url.split("?t=").nth(1).unwrap().replace('.', "x.")
    );
    let tampered = click(&app, "GET", &portal_url, json!({})).await;
    assert_eq!(tampered.status(), 404);
}

#[tokio::test]
async fn the_failed_authorizations_link_opens_the_portals_payment_method_page() {
    let s = setup(true).await;
    let n = names("setupportal");
    let now = unix_now();
    let intent_id = seti(&n, "L");
    let sub = pending_subscription(&n, Some(&intent_id));
    s.fake.put_object(sub.clone());
    s.fake.put_object(customer(&n, &[]));
    s.fake.put_object(setup_intent(
        &n,
        &intent_id,
        "requires_payment_method",
        true,
    ));
    s.mails(
        "evt_seti_l_1",
        UPDATED,
        sub,
        now,
        BillingKind::SetupPaymentMethodRequired,
    )
    .await;
    let [mail] = sent_messages_to(&n.email).await.try_into().unwrap();
    let url = link_in(&mail.text(), PORTAL_LINK_URL).to_owned();

    let app = link_function(&s.fake);
    let response = click(&app, "GET", &url, json!({})).await;
    assert_eq!(response.status(), 303, "{}", html(&response));
    let created: Vec<_> = s
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == "/v1/billing_portal/sessions")
        .collect();
    let [session] = created.try_into().unwrap();
    assert_eq!(session.param("customer"), Some(n.customer.as_str()));
    assert_eq!(
        session.param("flow_data[type]"),
        Some("payment_method_update")
    );
}
