//! Webhook intake's CPU work per request: verify the signature over a ~3.4 KB
//! `checkout.session.expired` body (the sample in events/), then parse the envelope.
//! Goal: <= 6 us median (README has the figure and the command).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
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

criterion_group!(benches, verify_and_parse, parts);
criterion_main!(benches);
