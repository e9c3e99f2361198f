//! Helpers for the integration tests: the moto server the test command starts, tables,
//! signed webhook requests and events built from Stripe's official fixtures.

pub mod faults;
pub mod ses_fake;
pub mod stripe_fake;
pub mod stripe_spec;

use std::sync::atomic::{AtomicU32, Ordering};

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ScalarAttributeType, StreamSpecification, StreamViewType,
    TimeToLiveSpecification,
};
use create_session::CreateSession;
use create_session::config::CheckoutConfig;
use lambda_http::Request;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::config::{Env, FixedEnv};
use stripe_recovery::stripe::signature::WebhookSecret;
use webhook::Webhook;
use webhook::config::WebhookConfig;

pub const FIXTURES: &str = include_str!("../fixtures/stripe/fixtures3.json");

/// The secret the files in `events/` are signed with (named in the README).
pub const SAMPLE_WEBHOOK_SECRET: &str = "whsec_test_sample_events_only";
pub const TEST_SECRET: &str = "whsec_test_integration";

/// The moto server's URL, which the test command exports as `AWS_ENDPOINT_URL`.
pub fn moto_endpoint() -> String {
    std::env::var("AWS_ENDPOINT_URL").expect(
        "AWS_ENDPOINT_URL is not set: run the integration tests through scripts/test, \
         which starts moto server and points the SDK at it",
    )
}

/// SDK configuration for moto: fixed test credentials and region, endpoint from the
/// environment exactly as the functions read it.
pub async fn sdk_config() -> aws_config::SdkConfig {
    moto_endpoint();
    aws_config::load_from_env().await
}

pub async fn dynamodb() -> Client {
    Client::new(&sdk_config().await)
}

/// A table shaped like the template's `InboxTable`, with a name unique to this run.
pub async fn create_table(prefix: &str) -> String {
    create_table_with_stream(prefix, true).await
}

/// `create_table`, with or without the stream. Without one moto copies less on every
/// transaction (it keeps each stream record and copies them all to roll back), for runs
/// that feed the consumers from the table rather than from its stream.
pub async fn create_table_with_stream(prefix: &str, stream: bool) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "{prefix}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let client = dynamodb().await;
    client
        .create_table()
        .table_name(&name)
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("pk")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        )
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("due_shard")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        )
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("due_at")
                .attribute_type(ScalarAttributeType::N)
                .build()
                .unwrap(),
        )
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("report_month")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        )
        // The template's sparse index of the report's records, by month.
        .global_secondary_indexes(
            GlobalSecondaryIndex::builder()
                .index_name(stripe_recovery::adapters::dynamodb::REPORT_INDEX)
                .key_schema(
                    KeySchemaElement::builder()
                        .attribute_name("report_month")
                        .key_type(KeyType::Hash)
                        .build()
                        .unwrap(),
                )
                .key_schema(
                    KeySchemaElement::builder()
                        .attribute_name("pk")
                        .key_type(KeyType::Range)
                        .build()
                        .unwrap(),
                )
                .projection(
                    Projection::builder()
                        .projection_type(ProjectionType::All)
                        .build(),
                )
                .build()
                .unwrap(),
        )
        // The template's sparse index of pending jobs (the scheduler's).
        .global_secondary_indexes(
            GlobalSecondaryIndex::builder()
                .index_name(stripe_recovery::adapters::dynamodb::DUE_INDEX)
                .key_schema(
                    KeySchemaElement::builder()
                        .attribute_name("due_shard")
                        .key_type(KeyType::Hash)
                        .build()
                        .unwrap(),
                )
                .key_schema(
                    KeySchemaElement::builder()
                        .attribute_name("due_at")
                        .key_type(KeyType::Range)
                        .build()
                        .unwrap(),
                )
                .projection(
                    Projection::builder()
                        .projection_type(ProjectionType::All)
                        .build(),
                )
                .build()
                .unwrap(),
        )
        .key_schema(
            KeySchemaElement::builder()
                .attribute_name("pk")
                .key_type(KeyType::Hash)
                .build()
                .unwrap(),
        )
        .billing_mode(BillingMode::PayPerRequest)
        .set_stream_specification(stream.then(|| {
            StreamSpecification::builder()
                .stream_enabled(true)
                .stream_view_type(StreamViewType::NewImage)
                .build()
                .unwrap()
        }))
        .send()
        .await
        .expect("create table in moto");
    client
        .update_time_to_live()
        .table_name(&name)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .attribute_name("ttl")
                .enabled(true)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .expect("enable TTL in moto");
    name
}

pub async fn dynamo_store(table: &str) -> DynamoStore {
    DynamoStore::from_sdk_config(&sdk_config().await, table)
}

/// The webhook function over `inbox`, verifying with `TEST_SECRET` and a 300 s tolerance.
pub fn webhook_with<S: stripe_recovery::ports::Inbox>(inbox: S) -> Webhook<S> {
    Webhook::from_config(
        WebhookConfig {
            table_name: "unused: the inbox is given".into(),
            secrets: vec![WebhookSecret::parse(TEST_SECRET).unwrap()],
            tolerance_secs: stripe_recovery::stripe::signature::DEFAULT_TOLERANCE_SECS,
        },
        inbox,
    )
}

/// The webhook function over the inbox in `table` (moto).
pub async fn webhook_on(table: &str) -> Webhook<DynamoStore> {
    webhook_with(dynamo_store(table).await)
}

/// Where the tests' mails point their unsubscribe links.
pub const UNSUBSCRIBE_URL: &str = "https://api.example/unsubscribe";
/// The tests' `UNSUBSCRIBE_LINK_SECRET` and `RECIPIENT_KEY_PEPPER` (obviously fake).
pub const UNSUBSCRIBE_LINK_SECRET: &str = "unsubscribe_link_test_secret_0123456789";
pub const RECIPIENT_KEY_PEPPER: &str = "recipient_key_test_pepper_0123456789";

/// How the tests' mailer keys `email` in the table.
pub fn recipient_key(email: &str) -> stripe_recovery::recipient::RecipientKey {
    stripe_recovery::recipient::RecipientKeyer::new(RECIPIENT_KEY_PEPPER)
        .unwrap()
        .key(email)
}

/// The recovery mailer's configuration as Lambda would read it, `SENDER` as the sender,
/// a 24 h cooldown and the tests' link secret and pepper, changed by `extra`.
pub fn mailer_config(extra: &[(&str, &str)]) -> recovery_mailer::config::MailerConfig {
    // The first match wins: `extra` before the defaults.
    let mut vars = extra.to_vec();
    vars.extend_from_slice(&[
        ("TABLE_NAME", "unused: the store is given"),
        ("SENDER_EMAIL", SENDER),
        ("SHOP_NAME", "Test Shop"),
        ("UNSUBSCRIBE_URL", UNSUBSCRIBE_URL),
        ("UNSUBSCRIBE_LINK_SECRET", UNSUBSCRIBE_LINK_SECRET),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
    ]);
    recovery_mailer::config::MailerConfig::from_env(&env_of(&vars)).unwrap()
}

/// create-session as Lambda would build it from these variables, with the Stripe fake at
/// `stripe_base` and its test key, and its idempotency keys in a new table on moto,
/// whose name comes back with it.
pub async fn create_session_app(
    stripe_base: &str,
    vars: &[(&str, &str)],
) -> (CreateSession<DynamoStore>, String) {
    let table = create_table("checkout").await;
    let mut all = vec![
        ("TABLE_NAME", table.as_str()),
        ("STRIPE_SECRET_KEY", stripe_fake::FAKE_SECRET_KEY),
        ("STRIPE_API_BASE", stripe_base),
    ];
    all.extend_from_slice(vars);
    let config = CheckoutConfig::from_env(&env_of(&all)).unwrap();
    let keys = dynamo_store(&config.table_name).await;
    (CreateSession::from_config(config, keys), table)
}

/// A function's configuration read by its own `from_env` from these variables, as
/// Lambda would give them.
pub fn env_of(pairs: &[(&str, &str)]) -> FixedEnv {
    Env::from_pairs(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>(),
    )
}

/// Every item in `table`, as JSON-ish maps of attribute name to value.
pub async fn scan_all(
    table: &str,
) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
    dynamodb()
        .await
        .scan()
        .table_name(table)
        .consistent_read(true)
        .send()
        .await
        .expect("scan")
        .items
        .unwrap_or_default()
}

/// One resource of Stripe's fixture file (parsed once per process: it is large).
pub fn fixture(resource: &str) -> Value {
    static ALL: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| serde_json::from_str(FIXTURES).unwrap());
    all["resources"][resource].clone()
}

/// A `checkout.session.expired` event around the official Checkout Session fixture.
pub fn expired_session_event(event_id: &str, created: i64) -> Value {
    stripe_event(
        event_id,
        "checkout.session.expired",
        fixture("checkout.session"),
        created,
    )
}

pub fn stripe_event(event_id: &str, event_type: &str, object: Value, created: i64) -> Value {
    json!({
        "id": event_id,
        "object": "event",
        "api_version": "2025-10-29.clover",
        "created": created,
        "data": {"object": object},
        "livemode": false,
        "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null},
        "type": event_type,
    })
}

/// The `Stripe-Signature` header Stripe would send for `body` at `t`.
pub fn signature_header(secret: &str, t: i64, body: &[u8]) -> String {
    let v1 = WebhookSecret::parse(secret).unwrap().sign(t, body);
    format!("t={t},v1={v1}")
}

/// An API Gateway HTTP API (payload 2.0) request for `POST /webhook`, parsed by
/// lambda_http exactly as the runtime parses a real invocation.
pub fn webhook_request(body: &[u8], signature: Option<&str>, base64: bool) -> Request {
    let mut headers = json!({"content-type": "application/json; charset=utf-8"});
    if let Some(signature) = signature {
        headers["stripe-signature"] = json!(signature);
    }
    let encoded_body = if base64 {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(body)
    } else {
        String::from_utf8(body.to_vec()).expect("text body")
    };
    api_gateway_request("POST", "/webhook", headers, &encoded_body, base64)
}

pub fn api_gateway_request(
    method: &str,
    path: &str,
    headers: Value,
    body: &str,
    base64: bool,
) -> Request {
    // `path` may carry a query, as the request line does.
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let event = json!({
        "version": "2.0",
        "routeKey": format!("{method} {path}"),
        "rawPath": path,
        "rawQueryString": query,
        "headers": headers,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": "local.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "local",
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1",
                     "sourceIp": "127.0.0.1", "userAgent": "integration-tests"},
            "requestId": "test",
            "routeKey": format!("{method} {path}"),
            "stage": "$default",
            "time": "21/Nov/2026:07:00:00 +0000",
            "timeEpoch": 0
        },
        "body": body,
        "isBase64Encoded": base64,
    });
    lambda_http::request::from_str(&event.to_string()).expect("a valid HTTP API event")
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Status and JSON body of a handler's response.
pub fn response_json(response: &lambda_http::Response<lambda_http::Body>) -> (u16, Value) {
    let body: &[u8] = response.body().as_ref();
    let json = serde_json::from_slice(body).unwrap_or(Value::Null);
    (response.status().as_u16(), json)
}

/// The sender the mailer tests verify in moto's SES.
pub const SENDER: &str = "shop@example.com";

/// The SES mailer as the recovery mailer's `main` builds it, on moto, sending from
/// `sender` (`addr` or `Name <addr>`).
pub async fn ses_mailer(sender: &str) -> stripe_recovery::adapters::ses::SesMailer {
    stripe_recovery::adapters::ses::SesMailer::from_sdk_config(
        &sdk_config().await,
        stripe_recovery::mail::Sender::parse(sender).unwrap(),
        None,
    )
}

/// Marks `identity` verified in moto's SES (moto verifies on creation).
pub async fn verify_sender(identity: &str) {
    let ses = aws_sdk_sesv2::Client::new(&sdk_config().await);
    // Already verified by another test: fine.
    let _ = ses
        .create_email_identity()
        .email_identity(identity)
        .send()
        .await;
}

/// Creates the SES v2 configuration set `name` in moto (made already: fine).
pub async fn create_configuration_set(name: &str) {
    let ses = aws_sdk_sesv2::Client::new(&sdk_config().await);
    let _ = ses
        .create_configuration_set()
        .configuration_set_name(name)
        .send()
        .await;
}

/// What each SES v2 SendEmail to `to` named besides the message (scripts/moto_server.py
/// keeps it; moto forgets): its configuration set and its tags.
pub async fn v2_sends_to(
    to: &str,
) -> Vec<(Option<String>, std::collections::BTreeMap<String, String>)> {
    let url = format!("{}/__ses/v2-sends", moto_endpoint());
    let body = reqwest::get(&url).await.unwrap().bytes().await.unwrap();
    let sends: Vec<Value> = serde_json::from_slice(&body).unwrap();
    sends
        .into_iter()
        .filter(|send| {
            send["destinations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d == to)
        })
        .map(|send| {
            (
                send["configuration_set"].as_str().map(str::to_owned),
                serde_json::from_value(send["tags"].clone()).unwrap(),
            )
        })
        .collect()
}

/// One mail as SES received it: the raw MIME message, parsed.
#[derive(Debug, Clone)]
pub struct SentMail {
    /// `FromEmailAddress` (the identity SES checked).
    pub source: String,
    /// The envelope and header recipients.
    pub destinations: Vec<String>,
    /// The message as sent.
    pub raw: String,
}

impl SentMail {
    /// Parses the raw message; panics on one no mail client would read.
    pub fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(self.raw.as_bytes())
            .unwrap_or_else(|| panic!("not a MIME message: {}", self.raw))
    }

    /// The `From:` header's display name (decoded) and address.
    pub fn from(&self) -> (Option<String>, String) {
        parsed_from(&self.parsed())
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    /// The HTML part, decoded.
    pub fn html(&self) -> String {
        self.parsed().body_html(0).unwrap_or_default().into_owned()
    }

    /// The plain-text part, decoded.
    pub fn text(&self) -> String {
        self.parsed().body_text(0).unwrap_or_default().into_owned()
    }

    /// Every value of header `name`, unfolded and trimmed, as written.
    pub fn header(&self, name: &str) -> Vec<String> {
        header_values(&self.parsed(), name)
    }
}

/// The `From:` header of a parsed message: display name (decoded) and address.
pub fn parsed_from(message: &mail_parser::Message<'_>) -> (Option<String>, String) {
    let from = message.from().expect("a From header");
    let mailboxes = from.as_list().expect("a mailbox, not a group");
    assert_eq!(mailboxes.len(), 1, "exactly one From mailbox");
    (
        mailboxes[0].name().map(str::to_owned),
        mailboxes[0].address().expect("an address").to_owned(),
    )
}

/// Every value of header `name` in a parsed message, unfolded and trimmed, as written.
pub fn header_values(message: &mail_parser::Message<'_>, name: &str) -> Vec<String> {
    message
        .headers_raw()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.replace("\r\n", "").trim().to_owned())
        .collect()
}

/// Messages moto's SES accepted for `to`, from its state API (`SendEmail` with raw
/// content, which moto keeps as `RawMessage`).
pub async fn sent_messages_to(to: &str) -> Vec<SentMail> {
    let url = format!("{}/moto-api/data.json", moto_endpoint());
    let body = reqwest::get(&url).await.unwrap().bytes().await.unwrap();
    let state: Value = serde_json::from_slice(&body).unwrap();
    state["ses"]["RawMessage"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|m| SentMail {
            source: m["source"].as_str().unwrap_or_default().to_owned(),
            destinations: serde_json::from_value(m["destinations"].clone()).unwrap_or_default(),
            raw: m["raw_data"].as_str().unwrap_or_default().to_owned(),
        })
        .filter(|m| m.destinations.iter().any(|d| d == to))
        .collect()
}

/// Every record so far on `table`'s stream, as Lambda would deliver them: DynamoDB JSON
/// images, sequence numbers, event names.
pub async fn stream_records(table: &str) -> Vec<Value> {
    use aws_sdk_dynamodbstreams::types::ShardIteratorType;
    let config = sdk_config().await;
    let stream_arn = dynamodb()
        .await
        .describe_table()
        .table_name(table)
        .send()
        .await
        .unwrap()
        .table
        .and_then(|t| t.latest_stream_arn)
        .expect("the table has a stream");
    let streams = aws_sdk_dynamodbstreams::Client::new(&config);
    let shards = streams
        .describe_stream()
        .stream_arn(&stream_arn)
        .send()
        .await
        .unwrap()
        .stream_description
        .and_then(|d| d.shards)
        .unwrap_or_default();
    let mut records = Vec::new();
    for shard in shards {
        let iterator = streams
            .get_shard_iterator()
            .stream_arn(&stream_arn)
            .shard_id(shard.shard_id.unwrap())
            .shard_iterator_type(ShardIteratorType::TrimHorizon)
            .send()
            .await
            .unwrap()
            .shard_iterator;
        let output = streams
            .get_records()
            .shard_iterator(iterator.unwrap())
            .send()
            .await
            .unwrap();
        for record in output.records.unwrap_or_default() {
            let change = record.dynamodb.unwrap();
            records.push(json!({
                "eventID": record.event_id,
                "eventName": record.event_name.map(|n| n.as_str().to_owned()),
                "eventVersion": record.event_version,
                "eventSource": record.event_source,
                "awsRegion": record.aws_region,
                "dynamodb": {
                    "ApproximateCreationDateTime": change.approximate_creation_date_time.map(|t| t.secs()),
                    "Keys": image(change.keys.unwrap_or_default()),
                    "NewImage": image(change.new_image.unwrap_or_default()),
                    "SequenceNumber": change.sequence_number,
                    "SizeBytes": change.size_bytes,
                    "StreamViewType": "NEW_IMAGE",
                },
                "eventSourceARN": stream_arn,
            }));
        }
    }
    records
}

fn image(
    item: std::collections::HashMap<String, aws_sdk_dynamodbstreams::types::AttributeValue>,
) -> Value {
    Value::Object(item.into_iter().map(|(k, v)| (k, attribute(v))).collect())
}

fn attribute(value: aws_sdk_dynamodbstreams::types::AttributeValue) -> Value {
    use aws_sdk_dynamodbstreams::types::AttributeValue as A;
    match value {
        A::S(s) => json!({"S": s}),
        A::N(n) => json!({"N": n}),
        A::Bool(b) => json!({"BOOL": b}),
        A::Null(_) => json!({"NULL": true}),
        A::M(m) => json!({"M": image(m)}),
        A::L(l) => json!({"L": l.into_iter().map(attribute).collect::<Vec<_>>()}),
        A::Ss(ss) => json!({"SS": ss}),
        A::Ns(ns) => json!({"NS": ns}),
        other => panic!("attribute type not used by this project: {other:?}"),
    }
}

/// A Lambda DynamoDB stream event holding the INSERT records whose `type` is one of
/// `types`: what the template's FilterCriteria lets through to a consumer.
pub fn lambda_stream_event(
    records: &[Value],
    types: &[&str],
) -> aws_lambda_events::event::dynamodb::Event {
    let selected: Vec<Value> = records
        .iter()
        .filter(|r| r["eventName"] == "INSERT")
        .filter(|r| {
            r["dynamodb"]["NewImage"]["type"]["S"]
                .as_str()
                .is_some_and(|t| types.contains(&t))
        })
        .cloned()
        .collect();
    serde_json::from_value(json!({"Records": selected})).expect("a Lambda DynamoDB event")
}

/// A Checkout Session from the official fixture that the mailer would mail: expired,
/// opted in, recovery on with a live URL.
pub fn recoverable_session(session_id: &str, email: &str, locale: &str, now: i64) -> Value {
    let mut session = fixture("checkout.session");
    session["id"] = json!(session_id);
    session["status"] = json!("expired");
    session["created"] = json!(now - 3600);
    session["expires_at"] = json!(now - 60);
    session["amount_total"] = json!(4200);
    session["currency"] = json!("usd");
    session["locale"] = json!(locale);
    session["consent"] = json!({"promotions": "opt_in", "terms_of_service": null});
    session["customer_details"]["email"] = json!(email);
    session["after_expiration"]["recovery"] = json!({
        "enabled": true,
        "allow_promotion_codes": true,
        "expires_at": now + 29 * 86_400,
        "url": format!("https://buy.stripe.com/r/test_{session_id}"),
    });
    session
}

/// A Lambda DynamoDB stream event with one INSERT record per inbox item, sequence
/// numbers 1, 2, 3…: what the stream delivers after the webhook stored them.
pub fn stream_event_of(
    items: &[stripe_recovery::inbox::InboxItem],
) -> aws_lambda_events::event::dynamodb::Event {
    stripe_recovery::stream::batch_of(items).unwrap()
}

/// The inbox item of `checkout.session.expired` for a recoverable cart `cs_test_<id>`
/// (event `evt_<id>`) of `email` in `locale`, expired at `at`.
pub fn expired_cart_item(
    id: &str,
    email: &str,
    locale: &str,
    at: i64,
) -> stripe_recovery::inbox::InboxItem {
    inbox_item_of(
        &stripe_event(
            &format!("evt_{id}"),
            "checkout.session.expired",
            recoverable_session(&format!("cs_test_{id}"), email, locale, at),
            at,
        ),
        at,
    )
}

/// The inbox item the webhook stores for `event` (a Stripe event as JSON).
pub fn inbox_item_of(event: &Value, now: i64) -> stripe_recovery::inbox::InboxItem {
    let body = serde_json::to_vec(event).unwrap();
    let envelope = stripe_recovery::stripe::event::Envelope::parse(&body).unwrap();
    let event_type = stripe_recovery::inbox::HandledType::parse(&envelope.event_type).unwrap();
    stripe_recovery::inbox::InboxItem::from_envelope(&envelope, event_type, now)
}

/// The recovery mailer as its `main` builds it: Stripe through `StripeClient` when the
/// configuration has a key.
pub fn recovery_mailer_app<S, M>(
    config: recovery_mailer::config::MailerConfig,
    store: S,
    mailer: M,
) -> recovery_mailer::RecoveryMailer<S, M>
where
    S: stripe_recovery::ports::RecipientStore
        + stripe_recovery::ports::CartRecoveryStore
        + stripe_recovery::ports::Scheduler,
    M: stripe_recovery::ports::Mailer,
{
    let stripe = config
        .stripe
        .clone()
        .map(stripe_recovery::stripe::client::StripeClient::new);
    recovery_mailer::RecoveryMailer::from_config(config, store, mailer, stripe)
}

/// Stripe's event (`event_id`, `event_type`, `object`, created `now`) through `consumer`
/// as one stream record, with ten seconds to go: the consumer's outcome, or its error in
/// words. The event's type must be one the consumer handles.
pub async fn process_event<C: stripe_recovery::stream::StreamConsumer>(
    consumer: &C,
    event_id: &str,
    event_type: &str,
    object: Value,
    now: i64,
) -> Result<C::Outcome, String> {
    let item = inbox_item_of(&stripe_event(event_id, event_type, object, now), now);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    stripe_recovery::stream::process_item(consumer, &item, now, deadline)
        .await
        .map(|outcome| outcome.unwrap_or_else(|| panic!("{} handles {event_type}", C::NAME)))
        .map_err(|e| e.to_string())
}

/// Stripe's delivery of an event to `webhook`'s intake, signed as Stripe signs it.
pub async fn deliver_signed<S: stripe_recovery::ports::Inbox>(
    webhook: &Webhook<S>,
    event_id: &str,
    event_type: &str,
    object: Value,
    now: i64,
) {
    let body = serde_json::to_vec(&stripe_event(event_id, event_type, object, now)).unwrap();
    let header = signature_header(TEST_SECRET, now, &body);
    webhook
        .intake()
        .receive(Some(&header), &body, now)
        .await
        .unwrap();
}
