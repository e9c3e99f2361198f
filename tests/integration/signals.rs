//! How a failed invoice was paid, through the whole path: signed deliveries to the
//! webhook's intake (a portal session our link created, one the merchant's own site
//! created, a card renewed by Stripe's card updater), moto's DynamoDB stream filtered as
//! the template filters billing recovery's, one `signal#…` item per event, and the
//! report read from the table: paid after a mail and a click, after the card updater,
//! after a mail without a click.

use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::portal::SESSION_IDEMPOTENCY_PREFIX;
use stripe_recovery::time::unix_now;
use webhook::intake::Receipt;

use crate::billing_recovery::{
    DAY, StreamPath, customer, failed_invoice, names, setup, subscription,
};

const HOUR: i64 = 3_600;

/// Stripe's delivery of an event caused by a request with `idempotency_key`.
async fn deliver(
    path: &StreamPath,
    event_id: &str,
    event_type: &str,
    object: Value,
    idempotency_key: Option<&str>,
    now: i64,
) -> Receipt {
    let mut event = stripe_event(event_id, event_type, object, now);
    event["request"] = json!({"id": "req_signals", "idempotency_key": idempotency_key});
    path.deliver_event(&event, now).await
}

fn portal_session(customer: &str) -> Value {
    let mut session = fixture("billing_portal.session");
    session["customer"] = json!(customer);
    session["url"] = json!("https://billing.stripe.com/p/session/test_secret_session_url");
    session
}

fn renewed_card(customer: &str) -> Value {
    let mut card = fixture("payment_method");
    card["customer"] = json!(customer);
    card["billing_details"]["name"] = json!("Jenny Rosen");
    card
}

#[tokio::test]
async fn payments_are_split_by_a_click_on_our_portal_link_and_by_the_card_updater() {
    let mut path = StreamPath::new(setup(&[]).await).await;
    let now = unix_now();
    let ours = format!("{SESSION_IDEMPOTENCY_PREFIX}-0123456789abcdef");
    // Three customers, each invoice failed and mailed.
    let [clicked, renewed, neither] = ["sig-click", "sig-card", "sig-none"].map(names);
    for (n, event) in [
        (&clicked, "evt_sig_fail_click"),
        (&renewed, "evt_sig_fail_card"),
        (&neither, "evt_sig_fail_none"),
    ] {
        let invoice = failed_invoice(n, now);
        for object in [
            invoice.clone(),
            subscription(n, "past_due"),
            customer(n, &[]),
        ] {
            path.billing.fake.put_object(object);
        }
        deliver(&path, event, "invoice.payment_failed", invoice, None, now).await;
    }
    path.run(now, true).await;
    assert_eq!(sent_messages_to(&clicked.email).await.len(), 1);

    // An hour on: the first customer opens the portal through our link (the event comes
    // twice); the merchant's own site opens one for the third; Stripe's card updater
    // renews the second one's card.
    for _ in 0..2 {
        let receipt = deliver(
            &path,
            "evt_sig_portal_ours",
            "billing_portal.session.created",
            portal_session(&clicked.customer),
            Some(&ours),
            now + HOUR,
        )
        .await;
        assert!(!matches!(receipt, Receipt::Ignored { .. }), "{receipt:?}");
    }
    for key in [Some("merchant-site-7d1f"), None] {
        let receipt = deliver(
            &path,
            "evt_sig_portal_theirs",
            "billing_portal.session.created",
            portal_session(&neither.customer),
            key,
            now + HOUR,
        )
        .await;
        assert!(matches!(receipt, Receipt::Ignored { .. }), "{receipt:?}");
    }
    deliver(
        &path,
        "evt_sig_card",
        "payment_method.automatically_updated",
        renewed_card(&renewed.customer),
        None,
        now + HOUR,
    )
    .await;
    path.run(now + HOUR, true).await;

    // A day on, every invoice is paid.
    for (n, event) in [
        (&clicked, "evt_sig_paid_click"),
        (&renewed, "evt_sig_paid_card"),
        (&neither, "evt_sig_paid_none"),
    ] {
        let mut paid = failed_invoice(n, now);
        paid["status"] = json!("paid");
        paid["amount_paid"] = json!(4200);
        paid["amount_remaining"] = json!(0);
        path.billing.fake.put_object(paid.clone());
        deliver(&path, event, "invoice.paid", paid, None, now + DAY).await;
    }
    path.run(now + DAY, true).await;

    let items = path.table().await;
    let signals: Vec<&Value> = items
        .iter()
        .filter(|item| item["pk"].as_str().unwrap().starts_with("signal#"))
        .collect();
    assert_eq!(signals.len(), 2, "one per event of ours: {signals:?}");
    assert!(
        items
            .iter()
            .all(|item| item["pk"] != json!("event#evt_sig_portal_theirs")),
        "the merchant's own portal session is not recorded"
    );
    // What the inbox kept of them: the ids, not the session's URL nor the card holder.
    let everything = serde_json::to_string(&items).unwrap();
    for secret in ["test_secret_session_url", "Jenny Rosen"] {
        assert!(!everything.contains(secret), "{secret} stored");
    }

    let model = local::report::ReportModel::from_items(&items);
    let (after_click, card_updated, after_mail, before_mail) =
        model.invoices.iter().fold((0, 0, 0, 0), |sum, m| {
            (
                sum.0 + m.after_click,
                sum.1 + m.card_updated,
                sum.2 + m.after_mail,
                sum.3 + m.before_mail,
            )
        });
    assert_eq!(
        (after_click, card_updated, after_mail, before_mail),
        (1, 1, 1, 0),
        "{:?}",
        model.invoices
    );
}
