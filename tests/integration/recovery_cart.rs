//! The cart in the recovery mail: the expired session's line items, read from the Stripe
//! fake (the official `item` and `product` fixtures), shown in the mail; without them
//! the mail still goes.

use std::time::Duration;

use integration_tests::stripe_fake::{Canned, StripeFake};
use integration_tests::*;
use recovery_mailer::Outcome;
use serde_json::{Value, json};
use stripe_recovery::mail::{Language, format_amount};
use stripe_recovery::stream;
use stripe_recovery::stripe::client::RetryPolicy;
use tokio::time::Instant;

fn line(name: &str, quantity: u64, amount_total: i64, image: Option<&str>) -> Value {
    let mut item = fixture("item");
    let mut product = fixture("product");
    product["name"] = json!(name);
    product["images"] = json!(image.into_iter().collect::<Vec<_>>());
    item["description"] = json!(name);
    item["quantity"] = json!(quantity);
    item["amount_total"] = json!(amount_total);
    item["price"]["product"] = product;
    item
}

fn list(lines: Vec<Value>) -> Value {
    json!({"object": "list", "data": lines, "has_more": false, "url": "/v1/checkout/sessions/x/line_items"})
}

/// Processes one expired session with the mailer reading Stripe at `fake`.
async fn mail_for(
    fake: &StripeFake,
    test: &str,
    retry: Option<RetryPolicy>,
) -> (Result<Outcome, String>, String) {
    verify_sender(SENDER).await;
    let table = create_table("cart").await;
    let mut config = mailer_config(&[
        ("STRIPE_SECRET_KEY", stripe_fake::FAKE_SECRET_KEY),
        ("STRIPE_API_BASE", fake.base_url().as_str()),
    ]);
    if let (Some(stripe), Some(retry)) = (config.stripe.as_mut(), retry) {
        stripe.retry = retry;
    }
    let mailer = recovery_mailer_app(config, dynamo_store(&table).await, ses_mailer(SENDER).await);
    let email = format!("jenny.rosen+cart-{test}-{}@example.com", std::process::id());
    let now = unix_now();
    let session_id = format!("cs_test_cart_{test}");
    let event = stripe_event(
        &format!("evt_cart_{test}"),
        "checkout.session.expired",
        recoverable_session(&session_id, &email, "en", now),
        now,
    );
    let item = inbox_item_of(&event, now);
    let outcome = stream::process_item(
        &mailer,
        &item,
        now,
        Instant::now() + Duration::from_secs(20),
    )
    .await
    .map(|o| o.unwrap())
    .map_err(|e| e.to_string());
    (outcome, email)
}

#[tokio::test]
async fn the_mail_shows_the_carts_first_five_lines_and_how_many_more() {
    let fake = StripeFake::start().await;
    let mut lines = vec![line(
        "<b>Organic</b> T-shirt",
        2,
        3000,
        Some("https://files.stripe.com/links/tshirt"),
    )];
    for n in 1..=6 {
        lines.push(line(&format!("Sticker {n}"), 1, 100, None));
    }
    fake.put_line_items("cs_test_cart_seven", list(lines));
    let (outcome, email) = mail_for(&fake, "seven", None).await;
    assert!(matches!(outcome, Ok(Outcome::Sent { .. })), "{outcome:?}");

    let [request] = fake.requests().try_into().unwrap();
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("GET", "/v1/checkout/sessions/cs_test_cart_seven/line_items")
    );
    assert_eq!(
        request.header("stripe-version"),
        Some(stripe_recovery::stripe::client::DEFAULT_API_VERSION),
        "the pinned version, as on every request"
    );
    assert_eq!(
        request.query,
        [
            ("limit".to_owned(), "100".to_owned()),
            ("expand[]".to_owned(), "data.price.product".to_owned())
        ]
    );

    let [mail] = sent_messages_to(&email).await.try_into().unwrap();
    let (html, text) = (mail.html(), mail.text());
    // Escaped in HTML, as written in text.
    assert!(
        html.contains("&lt;b&gt;Organic&lt;/b&gt; T-shirt") && !html.contains("<b>Organic"),
        "{html}"
    );
    assert!(text.contains("<b>Organic</b> T-shirt × 2"), "{text}");
    assert!(html.contains(r#"<img src="https://files.stripe.com/links/tshirt" alt="&lt;b&gt;Organic&lt;/b&gt; T-shirt""#), "{html}");
    assert!(
        html.contains(&format_amount(3000, "usd", Language::En)),
        "{html}"
    );
    for shown in 1..=4 {
        assert!(
            html.contains(&format!("Sticker {shown}"))
                && text.contains(&format!("Sticker {shown}"))
        );
    }
    for hidden in 5..=6 {
        assert!(
            !html.contains(&format!("Sticker {hidden}")),
            "only five lines: {html}"
        );
    }
    assert!(
        html.contains("and 2 more items") && text.contains("and 2 more items"),
        "{text}"
    );
    assert!(html.contains("Cart total"), "the total stays");
}

#[tokio::test]
async fn the_official_fixtures_give_a_one_line_cart() {
    let fake = StripeFake::start().await;
    let (outcome, email) = mail_for(&fake, "fixture", None).await;
    assert!(matches!(outcome, Ok(Outcome::Sent { .. })), "{outcome:?}");
    let [mail] = sent_messages_to(&email).await.try_into().unwrap();
    // The product fixture's name, the item fixture's quantity.
    assert!(mail.text().contains("T-shirt × 1"), "{}", mail.text());
}

#[tokio::test]
async fn without_the_cart_the_mail_still_goes() {
    let fake = StripeFake::start().await;
    let failing = (0..3).map(|_| Canned::error(500, "api_error", None, "Something went wrong"));
    fake.script(failing);
    let fast = RetryPolicy {
        max_attempts: 2,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(20),
        attempt_timeout: Duration::from_secs(1),
    };
    let (outcome, email) = mail_for(&fake, "down", Some(fast)).await;
    assert!(matches!(outcome, Ok(Outcome::Sent { .. })), "{outcome:?}");
    assert_eq!(fake.requests().len(), 2, "tried, with its retry");
    let [mail] = sent_messages_to(&email).await.try_into().unwrap();
    assert!(
        !mail.text().contains(" × "),
        "no cart lines: {}",
        mail.text()
    );
    assert!(mail.text().contains("Cart total"), "{}", mail.text());
}
