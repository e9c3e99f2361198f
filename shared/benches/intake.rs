//! Webhook intake's CPU work per request: verify the signature over a ~3.4 KB
//! `checkout.session.expired` body (the sample in events/), then parse the envelope.
//! Goal: <= 6 us median (README has the figure and the command).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::stripe::event::Envelope;
use stripe_recovery::stripe::signature::{SignatureHeader, WebhookSecret, verify};

const SAMPLE: &str = include_str!("../../events/webhook-checkout-session-expired.json");
const SECRET: &str = "whsec_test_sample_events_only";

/// The sample's body, its Stripe-Signature header, the signing time and the secret.
fn sample() -> (Vec<u8>, String, i64, Vec<WebhookSecret>) {
    let request: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    let body = request["body"].as_str().unwrap().as_bytes().to_vec();
    let header = request["headers"]["stripe-signature"]
        .as_str()
        .unwrap()
        .to_owned();
    let now = SignatureHeader::parse(&header).unwrap().timestamp;
    assert_eq!(
        body.len(),
        3402,
        "the benchmark is defined on the 3.4 KB sample"
    );
    (
        body,
        header,
        now,
        vec![WebhookSecret::parse(SECRET).unwrap()],
    )
}

fn verify_and_parse(c: &mut Criterion) {
    let (body, header, now, secrets) = sample();
    c.bench_function("verify + parse envelope (3.4 KB)", |b| {
        b.iter(|| {
            verify(black_box(&header), black_box(&body), &secrets, 300, now).unwrap();
            let envelope = Envelope::parse(black_box(&body)).unwrap();
            black_box(envelope.data.object.get().len())
        })
    });
}

fn parts(c: &mut Criterion) {
    let (body, header, now, secrets) = sample();
    c.bench_function("verify only", |b| {
        b.iter(|| verify(black_box(&header), black_box(&body), &secrets, 300, now).unwrap())
    });
    c.bench_function("parse only", |b| {
        b.iter(|| black_box(Envelope::parse(black_box(&body)).unwrap().created))
    });
}

/// The inbox item of a `customer.subscription.updated` (Stripe's example subscription,
/// printed as Stripe prints it): as most are, no comment (a scan, no parse), and with a
/// customer's comment (parsed, replaced by its length, written again).
fn subscription_item(c: &mut Criterion) {
    const FIXTURES: &str = include_str!("../../tests/fixtures/stripe/fixtures3.json");
    let fixtures: serde_json::Value = serde_json::from_str(FIXTURES).unwrap();
    let mut subscription = fixtures["resources"]["subscription"].clone();
    for (name, comment) in [
        ("no comment", None),
        ("a comment", Some("Too expensive for us")),
    ] {
        subscription["cancellation_details"]["comment"] = serde_json::json!(comment);
        let event = serde_json::json!({
            "id": "evt_1", "object": "event", "type": "customer.subscription.updated",
            "created": 1, "livemode": false, "api_version": "2025-03-31.basil",
            "data": {"object": subscription},
        });
        let body = serde_json::to_vec_pretty(&event).unwrap();
        c.bench_function(&format!("inbox item of a subscription, {name}"), |b| {
            b.iter(|| {
                let envelope = Envelope::parse(black_box(&body)).unwrap();
                let item = InboxItem::from_envelope(
                    &envelope,
                    HandledType::CustomerSubscriptionUpdated,
                    1,
                );
                black_box(item.object.map(|o| o.len()))
            })
        });
    }
}

criterion_group!(benches, verify_and_parse, parts, subscription_item);
criterion_main!(benches);
