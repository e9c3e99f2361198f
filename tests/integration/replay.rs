//! `replay <consumer> --queue-url …` against moto's SQS, DynamoDB and SES: a queue holds
//! messages shaped exactly like Lambda's on-failure records for a DynamoDB stream batch,
//! the inbox holds the batch's items, and the replay runs them through the consumer as
//! its Lambda builds it.

use aws_sdk_sqs::types::QueueAttributeName;
use integration_tests::stripe_fake::{FAKE_SECRET_KEY, StripeFake};
use integration_tests::*;
use local::replay::{ReplayError, ReplayOptions, Summary, WINDOW_SLACK_SECS};
use serde_json::{Value, json};
use stripe_recovery::inbox::InboxItem;
use stripe_recovery::ports::Inbox;

async fn sqs() -> aws_sdk_sqs::Client {
    aws_sdk_sqs::Client::new(&sdk_config().await)
}

/// A queue like the template's `<Consumer>DeadLetterQueue`, unique to this run.
async fn create_queue(prefix: &str) -> String {
    sqs()
        .await
        .create_queue()
        .queue_name(format!("{prefix}-{}", std::process::id()))
        .send()
        .await
        .expect("create queue in moto")
        .queue_url
        .unwrap()
}

async fn stream_arn(table: &str) -> String {
    dynamodb()
        .await
        .describe_table()
        .table_name(table)
        .send()
        .await
        .unwrap()
        .table
        .and_then(|t| t.latest_stream_arn)
        .unwrap()
}

fn rfc3339(unix: i64) -> String {
    use aws_sdk_sqs::primitives::{DateTime, DateTimeFormat};
    DateTime::from_secs(unix)
        .fmt(DateTimeFormat::DateTime)
        .unwrap()
}

/// Lambda's on-failure invocation record for a DynamoDB stream batch, field for field as
/// the Lambda guide shows it ("Retaining discarded records for a DynamoDB event source").
fn failure_record(stream_arn: &str, first: i64, last: i64, batch_size: usize) -> Value {
    json!({
        "requestContext": {
            "requestId": "316aa6d0-8154-xmpl-9af7-85d5f4a6bc81",
            "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:stripe-recovery-RecoveryMailerFunction-Xmpl1234",
            "condition": "RetryAttemptsExhausted",
            "approximateInvokeCount": 6
        },
        "responseContext": {
            "statusCode": 200,
            "executedVersion": "$LATEST",
            "functionError": "Unhandled"
        },
        "version": "1.0",
        "timestamp": rfc3339(last + 30),
        "DDBStreamBatchInfo": {
            "shardId": "shardId-00000001573689847184-864758bb",
            "startSequenceNumber": "800000000003126276362",
            "endSequenceNumber": "800000000003126276399",
            "approximateArrivalOfFirstRecord": rfc3339(first),
            "approximateArrivalOfLastRecord": rfc3339(last),
            "batchSize": batch_size,
            "streamArn": stream_arn
        }
    })
}

async fn put_message(queue: &str, body: &Value) {
    sqs()
        .await
        .send_message()
        .queue_url(queue)
        .message_body(body.to_string())
        .send()
        .await
        .unwrap();
}

/// Messages in the queue: (visible, in flight).
async fn queue_depth(queue: &str) -> (u32, u32) {
    let attributes = sqs()
        .await
        .get_queue_attributes()
        .queue_url(queue)
        .attribute_names(QueueAttributeName::ApproximateNumberOfMessages)
        .attribute_names(QueueAttributeName::ApproximateNumberOfMessagesNotVisible)
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap_or_default();
    let count = |name| {
        attributes
            .get(&name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(u32::MAX)
    };
    (
        count(QueueAttributeName::ApproximateNumberOfMessages),
        count(QueueAttributeName::ApproximateNumberOfMessagesNotVisible),
    )
}

/// Records `event` in the inbox as intake would have at `received_at`.
async fn record(table: &str, event: Value, received_at: i64) -> InboxItem {
    let item = inbox_item_of(&event, received_at);
    dynamo_store(table).await.record_new(&item).await.unwrap();
    item
}

fn expired(event_id: &str, session_id: &str, email: &str, now: i64) -> Value {
    stripe_event(
        event_id,
        "checkout.session.expired",
        recoverable_session(session_id, email, "en", now),
        now - 7200,
    )
}

fn email(test: &str, who: &str) -> String {
    format!("{who}+replay-{test}-{}@example.com", std::process::id())
}

/// Runs the replay as `recovery-local replay <consumer> --queue-url <queue>` would, with
/// `vars` as the environment; returns its summary (or error) and printed lines.
async fn replay(
    consumer: &str,
    queue: &str,
    dry_run: bool,
    vars: &[(&str, &str)],
) -> (Result<Summary, ReplayError>, Vec<String>) {
    let mut options = ReplayOptions::new(queue, dry_run);
    // moto serves one request at a time: no long polling.
    options.receive_wait_secs = 0;
    let mut lines = Vec::new();
    // The mailer's links and keys, as a deployed mailer has them.
    let mut vars = vars.to_vec();
    vars.extend([
        ("UNSUBSCRIBE_URL", UNSUBSCRIBE_URL),
        ("UNSUBSCRIBE_LINK_SECRET", UNSUBSCRIBE_LINK_SECRET),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
    ]);
    let result = local::replay_queue(
        consumer,
        &env_of(&vars),
        &sdk_config().await,
        &options,
        &mut |line| lines.push(line.to_owned()),
    )
    .await;
    (result, lines)
}

fn line_of<'a>(lines: &'a [String], event_id: &str) -> &'a str {
    let found: Vec<&String> = lines.iter().filter(|l| l.contains(event_id)).collect();
    assert_eq!(found.len(), 1, "one line for {event_id}: {lines:#?}");
    found[0]
}

#[tokio::test]
async fn replay_mails_what_the_mailer_gave_up_on_and_deletes_the_message() {
    verify_sender(SENDER).await;
    let table = create_table("replay").await;
    let queue = create_queue("replay-mailer").await;
    let (alice, bob, carol, outside) = (
        email("ok", "alice"),
        email("ok", "bob"),
        email("ok", "carol"),
        email("ok", "outside"),
    );
    let now = unix_now();
    let t0 = now - 3 * 3600;
    record(&table, expired("evt_rp_a", "cs_test_rp_a", &alice, now), t0).await;
    let mut completed = recoverable_session("cs_test_rp_paid", &carol, "en", now);
    completed["status"] = json!("complete");
    record(
        &table,
        stripe_event("evt_rp_paid", "checkout.session.completed", completed, t0),
        t0 + 1,
    )
    .await;
    let mut subscription = fixture("subscription");
    subscription["pending_setup_intent"] = json!("seti_1ReplayNotTheMailers");
    record(
        &table,
        stripe_event(
            "evt_rp_sub",
            "customer.subscription.deleted",
            subscription,
            t0,
        ),
        t0 + 1,
    )
    .await;
    record(
        &table,
        expired("evt_rp_b", "cs_test_rp_b", &bob, now),
        t0 + 2,
    )
    .await;
    // Recorded well before the batch's window: not part of it.
    let before = t0 - WINDOW_SLACK_SECS - 600;
    record(
        &table,
        expired("evt_rp_out", "cs_test_rp_out", &outside, now),
        before,
    )
    .await;
    let arn = stream_arn(&table).await;
    put_message(&queue, &failure_record(&arn, t0, t0 + 2, 3)).await;
    let vars = [
        ("TABLE_NAME", table.as_str()),
        ("SENDER_EMAIL", SENDER),
        ("SHOP_NAME", "Test Shop"),
    ];

    let (summary, lines) = replay("recovery-mailer", &queue, false, &vars).await;
    let summary = summary.unwrap();
    assert_eq!(
        summary,
        Summary {
            messages: 1,
            deleted: 1,
            kept: 0,
            planned: 0
        },
        "{lines:#?}"
    );
    assert!(summary.complete());
    // One line per item of the window, in received order; only the mailer's types.
    assert!(line_of(&lines, "evt_rp_a").contains("recovery mail sent"));
    assert!(line_of(&lines, "evt_rp_paid").contains("purchase recorded"));
    assert!(line_of(&lines, "evt_rp_b").contains("recovery mail sent"));
    let order: Vec<usize> = ["evt_rp_a", "evt_rp_paid", "evt_rp_b"]
        .iter()
        .map(|id| lines.iter().position(|l| l.contains(id)).unwrap())
        .collect();
    assert!(order.is_sorted(), "{lines:#?}");
    assert!(!lines.iter().any(|l| l.contains("evt_rp_sub")));
    assert!(!lines.iter().any(|l| l.contains("evt_rp_out")));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("deleted: every item succeeded"))
    );
    for line in &lines {
        assert!(!line.contains("@example.com"), "no address printed: {line}");
    }
    assert_eq!(sent_messages_to(&alice).await.len(), 1);
    assert_eq!(sent_messages_to(&bob).await.len(), 1);
    assert!(
        sent_messages_to(&outside).await.is_empty(),
        "outside the window"
    );
    assert_eq!(queue_depth(&queue).await, (0, 0), "the message is deleted");

    // The same batch once more (a second message for it, or a run repeated by hand):
    // what the replay finished is not run again.
    put_message(&queue, &failure_record(&arn, t0, t0 + 2, 3)).await;
    let (summary, lines) = replay("recovery-mailer", &queue, false, &vars).await;
    assert_eq!(summary.unwrap().deleted, 1, "{lines:#?}");
    for event in ["evt_rp_a", "evt_rp_paid", "evt_rp_b"] {
        assert!(
            line_of(&lines, event).contains("finished before (")
                && line_of(&lines, event).contains("not replayed"),
            "{lines:#?}"
        );
    }
    assert!(line_of(&lines, "evt_rp_a").contains("recovery mail sent"));
    assert_eq!(sent_messages_to(&alice).await.len(), 1);
    assert_eq!(sent_messages_to(&bob).await.len(), 1);
}

#[tokio::test]
async fn a_failing_item_keeps_the_message_and_the_others_are_replayed() {
    verify_sender(SENDER).await;
    let table = create_table("replay-fail").await;
    let queue = create_queue("replay-fail").await;
    let alice = email("fail", "alice");
    let now = unix_now();
    let t0 = now - 3600;
    record(
        &table,
        expired("evt_rf_ok", "cs_test_rf_ok", &alice, now),
        t0,
    )
    .await;
    // Stored without its object (too large for the inbox), and no STRIPE_SECRET_KEY to
    // fetch it with: this record fails until the key is configured.
    let mut large = inbox_item_of(
        &expired(
            "evt_rf_large",
            "cs_test_rf_large",
            &email("fail", "dan"),
            now,
        ),
        t0 + 1,
    );
    large.object = None;
    large.object_omitted = true;
    dynamo_store(&table).await.record_new(&large).await.unwrap();
    let arn = stream_arn(&table).await;
    put_message(&queue, &failure_record(&arn, t0, t0 + 1, 2)).await;
    let vars = [
        ("TABLE_NAME", table.as_str()),
        ("SENDER_EMAIL", SENDER),
        ("SHOP_NAME", "Test Shop"),
    ];

    let (summary, lines) = replay("recovery-mailer", &queue, false, &vars).await;
    let summary = summary.unwrap();
    assert_eq!((summary.deleted, summary.kept), (0, 1), "{lines:#?}");
    assert!(!summary.complete());
    assert!(line_of(&lines, "evt_rf_ok").contains("recovery mail sent"));
    assert!(
        line_of(&lines, "evt_rf_large")
            .contains("FAILED: the event was stored without its object and no STRIPE_SECRET_KEY")
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("kept: an item failed; fix the cause and run the replay again")),
        "{lines:#?}"
    );
    assert_eq!(sent_messages_to(&alice).await.len(), 1);
    assert_eq!(
        queue_depth(&queue).await,
        (1, 0),
        "kept, and visible again at once for the alarm and the next run"
    );
}

#[tokio::test]
async fn a_dry_run_lists_the_window_and_changes_nothing() {
    verify_sender(SENDER).await;
    let table = create_table("replay-dry").await;
    let queue = create_queue("replay-dry").await;
    let alice = email("dry", "alice");
    let now = unix_now();
    let t0 = now - 3600;
    record(&table, expired("evt_rd_a", "cs_test_rd_a", &alice, now), t0).await;
    let arn = stream_arn(&table).await;
    let message = failure_record(&arn, t0, t0, 1);
    put_message(&queue, &message).await;
    let vars = [
        ("TABLE_NAME", table.as_str()),
        ("SENDER_EMAIL", SENDER),
        ("SHOP_NAME", "Test Shop"),
    ];

    let (summary, lines) = replay("recovery-mailer", &queue, true, &vars).await;
    let summary = summary.unwrap();
    assert_eq!(
        summary,
        Summary {
            messages: 1,
            deleted: 0,
            kept: 0,
            planned: 1
        },
        "{lines:#?}"
    );
    assert!(line_of(&lines, "evt_rd_a").contains("would replay"));
    assert!(sent_messages_to(&alice).await.is_empty(), "no mail");
    let items = scan_all(&table).await;
    assert_eq!(
        items.len(),
        1,
        "only the inbox item: no mailer state written"
    );
    assert_eq!(queue_depth(&queue).await, (1, 0), "still there, visible");
    let received = sqs()
        .await
        .receive_message()
        .queue_url(&queue)
        .send()
        .await
        .unwrap()
        .messages
        .unwrap_or_default();
    assert_eq!(received.len(), 1);
    assert_eq!(
        serde_json::from_str::<Value>(received[0].body().unwrap()).unwrap(),
        message,
        "unchanged"
    );
}

#[tokio::test]
async fn messages_that_cannot_be_replayed_in_full_are_kept_with_the_reason() {
    let table = create_table("replay-keep").await;
    let queue = create_queue("replay-keep").await;
    let now = unix_now();
    let arn = stream_arn(&table).await;
    // Beyond the inbox's 30 days.
    let old = now - 31 * 86_400;
    put_message(&queue, &failure_record(&arn, old, old, 1)).await;
    // Not an on-failure record at all.
    put_message(&queue, &json!({"hello": "operator"})).await;
    // Another stack's table.
    let other = arn.replace(&format!("table/{table}/"), "table/another-table/");
    put_message(&queue, &failure_record(&other, now - 60, now - 60, 1)).await;
    // A window whose item is gone from the inbox.
    put_message(&queue, &failure_record(&arn, now - 600, now - 600, 1)).await;
    let vars = [
        ("TABLE_NAME", table.as_str()),
        ("SENDER_EMAIL", SENDER),
        ("SHOP_NAME", "Test Shop"),
    ];

    let (summary, lines) = replay("recovery-mailer", &queue, false, &vars).await;
    let summary = summary.unwrap();
    assert_eq!((summary.messages, summary.kept), (4, 4), "{lines:#?}");
    for reason in [
        "beyond the inbox's 30 days",
        "not a Lambda on-failure record of a DynamoDB stream batch",
        "but TABLE_NAME is",
        "the window holds 0 item(s) for a batch of 1",
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("  kept:") && l.contains(reason)),
            "{reason}: {lines:#?}"
        );
    }
    assert_eq!(queue_depth(&queue).await, (4, 0));

    let (result, _) = replay("recovery-mailr", &queue, false, &vars).await;
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("\"recovery-mailr\"")
            && err.contains("recovery-mailer, setup-intent-canceller"),
        "{err}"
    );
}

/// Every consumer registered with the local runner gets the replay: the canceller here.
#[tokio::test]
async fn the_canceller_replays_through_the_same_command() {
    let fake = StripeFake::start().await;
    let table = create_table("replay-cancel").await;
    let queue = create_queue("replay-cancel").await;
    let now = unix_now();
    let t0 = now - 3600;
    let mut subscription = fixture("subscription");
    subscription["status"] = json!("canceled");
    subscription["pending_setup_intent"] = json!("seti_1ReplayPending");
    record(
        &table,
        stripe_event(
            "evt_rc_sub",
            "customer.subscription.deleted",
            subscription,
            t0,
        ),
        t0,
    )
    .await;
    // In the window, but the mailer's.
    record(
        &table,
        expired("evt_rc_cart", "cs_test_rc", &email("cancel", "eve"), now),
        t0,
    )
    .await;
    let arn = stream_arn(&table).await;
    let mut message = failure_record(&arn, t0, t0, 1);
    message["requestContext"]["functionArn"] = json!(
        "arn:aws:lambda:us-east-1:123456789012:function:stripe-recovery-SetupIntentCancellerFunction-Xmpl1234"
    );
    put_message(&queue, &message).await;
    let base = fake.base_url();
    let vars = [
        ("TABLE_NAME", table.as_str()),
        ("STRIPE_SECRET_KEY", FAKE_SECRET_KEY),
        ("STRIPE_API_BASE", base.as_str()),
    ];

    let (summary, lines) = replay("setup-intent-canceller", &queue, false, &vars).await;
    assert_eq!(summary.unwrap().deleted, 1, "{lines:#?}");
    assert!(line_of(&lines, "evt_rc_sub").contains("cancelled seti_1ReplayPending"));
    assert!(!lines.iter().any(|l| l.contains("evt_rc_cart")));
    let [request] = fake.requests().try_into().unwrap();
    assert_eq!(request.path, "/v1/setup_intents/seti_1ReplayPending/cancel");
    assert_eq!(
        request.header("idempotency-key"),
        Some("evt_rc_sub:cancel-pending-setup-intent")
    );
    assert_eq!(queue_depth(&queue).await, (0, 0));

    // The mailer's queue given to the canceller: refused, nothing run.
    let mut mailers = failure_record(&arn, t0, t0, 1);
    mailers["requestContext"]["functionArn"] =
        json!("arn:aws:lambda:us-east-1:123456789012:function:shop-RecoveryMailerFunction-X");
    put_message(&queue, &mailers).await;
    let (summary, lines) = replay("setup-intent-canceller", &queue, false, &vars).await;
    assert_eq!(summary.unwrap().kept, 1);
    assert!(
        lines
            .iter()
            .any(|l| l
                .contains("recovery-mailer's function: replay it with `replay recovery-mailer`")),
        "{lines:#?}"
    );
    assert_eq!(fake.requests().len(), 1, "no second call");
}

/// Issue 19, defect 2: the replay ran every item of the failed batch's window again,
/// judged at today's clock, so a neighbour that the cooldown had held back in the batch
/// was mailed days later. Only the items that failed are replayed.
#[tokio::test]
async fn a_replay_runs_only_what_failed_never_what_the_cooldown_held_back() {
    use integration_tests::faults::{FaultyMailer, MailFault};
    verify_sender(SENDER).await;
    let table = create_table("replay-only-failed").await;
    let queue = create_queue("replay-only-failed").await;
    let (alice, bob) = (email("onlyfailed", "alice"), email("onlyfailed", "bob"));
    let now = unix_now();
    // The batch ran two days ago: alice's cart, her second cart within the cooldown, and
    // bob's cart, whose mail failed (SES unavailable) until Lambda gave up.
    let t0 = now - 2 * 86_400;
    let a1 = record(
        &table,
        expired("evt_of_a1", "cs_test_of_a1", &alice, t0),
        t0,
    )
    .await;
    let a2 = record(
        &table,
        expired("evt_of_a2", "cs_test_of_a2", &alice, t0),
        t0 + 1,
    )
    .await;
    let b = record(
        &table,
        expired("evt_of_b", "cs_test_of_b", &bob, t0),
        t0 + 2,
    )
    .await;
    let store = dynamo_store(&table).await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        store.clone(),
        FaultyMailer::new(ses_mailer(SENDER).await),
    );
    mailer.mailer().fail_next_to("bob+", MailFault::Unavailable);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    let response = stripe_recovery::stream::run_batch(
        &mailer,
        &store,
        &stream_event_of(&[a1, a2, b]),
        t0 + 10,
        deadline,
    )
    .await;
    assert_eq!(response.batch_item_failures.len(), 1, "{response:?}");
    assert_eq!(sent_messages_to(&alice).await.len(), 1);
    assert!(sent_messages_to(&bob).await.is_empty());

    let arn = stream_arn(&table).await;
    put_message(&queue, &failure_record(&arn, t0, t0 + 2, 3)).await;
    let vars = [
        ("TABLE_NAME", table.as_str()),
        ("SENDER_EMAIL", SENDER),
        ("SHOP_NAME", "Test Shop"),
    ];
    let (summary, lines) = replay("recovery-mailer", &queue, false, &vars).await;
    assert_eq!(summary.unwrap().deleted, 1, "{lines:#?}");
    assert_eq!(
        sent_messages_to(&alice).await.len(),
        1,
        "the cooldown held her second cart back then; a replay does not judge it again: {lines:#?}"
    );
    assert_eq!(sent_messages_to(&bob).await.len(), 1, "{lines:#?}");

    // Repeating the replay is safe: nothing left to run, nothing sent.
    put_message(&queue, &failure_record(&arn, t0, t0 + 2, 3)).await;
    let (summary, lines) = replay("recovery-mailer", &queue, false, &vars).await;
    assert_eq!(summary.unwrap().deleted, 1, "{lines:#?}");
    assert_eq!(sent_messages_to(&alice).await.len(), 1);
    assert_eq!(sent_messages_to(&bob).await.len(), 1);
}
