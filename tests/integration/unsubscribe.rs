//! One-click unsubscribe against moto: the link in a sent mail suppresses its recipient
//! (POST, as mailbox providers send it; GET, as a person clicks it), and bad links
//! change nothing.

use std::time::Duration;

use aws_sdk_dynamodb::types::AttributeValue;
use integration_tests::*;
use recovery_mailer::Outcome;
use serde_json::json;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::mail::{Language, Sender};
use stripe_recovery::recovery::SkipReason;
use stripe_recovery::signed::{Purpose, TokenSigner};
use stripe_recovery::stream::process_item;
use stripe_recovery::unsubscribe::{LINK_VALIDITY_SECS, UnsubscribeLinks};
use tokio::time::Instant;
use unsubscribe::Unsubscribe;
use unsubscribe::config::UnsubscribeConfig;

async fn unsubscribe_on(table: &str) -> Unsubscribe<DynamoStore> {
    let config = UnsubscribeConfig::from_env(&env_of(&[
        ("TABLE_NAME", table),
        ("UNSUBSCRIBE_LINK_SECRET", UNSUBSCRIBE_LINK_SECRET),
    ]))
    .unwrap();
    Unsubscribe::from_config(config, dynamo_store(table).await)
}

/// The one-click unsubscribe link of a sent message: in `List-Unsubscribe` (with RFC
/// 8058's `List-Unsubscribe-Post`), and the same link in both parts of the body.
fn link_in(message: &SentMail) -> String {
    let [header] = &message.header("List-Unsubscribe")[..] else {
        panic!("one List-Unsubscribe header: {}", message.raw);
    };
    let link = header
        .strip_prefix('<')
        .and_then(|h| h.strip_suffix('>'))
        .unwrap_or_else(|| panic!("not <url>: {header}"))
        .to_owned();
    assert!(link.starts_with(&format!("{UNSUBSCRIBE_URL}?t=")), "{link}");
    assert_eq!(
        message.header("List-Unsubscribe-Post"),
        ["List-Unsubscribe=One-Click"]
    );
    assert!(
        message.text().lines().any(|line| line == link),
        "{}",
        message.text()
    );
    assert!(
        message.html().contains(&format!("href=\"{link}\"")),
        "{}",
        message.html()
    );
    link
}

fn path_of(link: &str) -> String {
    link.strip_prefix("https://api.example").unwrap().to_owned()
}

async fn suppressed(table: &str, email: &str) -> bool {
    let key = format!("suppression#{}", recipient_key(email).as_str());
    scan_all(table)
        .await
        .iter()
        .any(|item| item.get("pk") == Some(&AttributeValue::S(key.clone())))
}

#[tokio::test]
async fn the_one_click_link_of_a_mail_suppresses_and_the_next_mail_is_skipped() {
    verify_sender(SENDER).await;
    let table = create_table("unsubscribe").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        SesMailer::from_sdk_config(&sdk_config().await, Sender::parse(SENDER).unwrap(), None),
    );
    let email = format!("unsubscriber-{}@example.com", std::process::id());
    let now = unix_now();
    let deadline = || Instant::now() + Duration::from_secs(10);
    let expired = |id: &str, at: i64| {
        inbox_item_of(
            &stripe_event(
                &format!("evt_{id}"),
                "checkout.session.expired",
                recoverable_session(&format!("cs_test_{id}"), &email, "de", at),
                at,
            ),
            at,
        )
    };
    let sent = process_item(&mailer, &expired("unsub_1", now), now, deadline()).await;
    assert!(matches!(sent, Ok(Some(Outcome::Sent { .. }))), "{sent:?}");
    let [message] = &sent_messages_to(&email).await[..] else {
        panic!("one mail expected");
    };
    let link = link_in(message);

    // What Gmail and Yahoo send for `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
    let app = unsubscribe_on(&table).await;
    let request = api_gateway_request(
        "POST",
        &path_of(&link),
        json!({"content-type": "application/x-www-form-urlencoded"}),
        "List-Unsubscribe=One-Click",
        false,
    );
    let response = app.handle(request, now + 60).await;
    assert_eq!(response.status(), 200);
    assert!(suppressed(&table, &email).await);

    // Two days on, past the cooldown, the shopper abandons another cart: no mail.
    let later = now + 2 * 86_400;
    let skipped = process_item(&mailer, &expired("unsub_2", later), later, deadline()).await;
    assert_eq!(
        skipped.unwrap(),
        Some(Outcome::Skipped(SkipReason::Suppressed))
    );
    assert_eq!(sent_messages_to(&email).await.len(), 1);
}

#[tokio::test]
async fn a_clicked_link_shows_a_page_in_the_mails_language_and_bad_links_change_nothing() {
    let table = create_table("unsubscribe-page").await;
    let app = unsubscribe_on(&table).await;
    let now = unix_now();
    let email = "reader@example.com";
    let links = UnsubscribeLinks::new(
        UNSUBSCRIBE_URL.into(),
        TokenSigner::new(Purpose::Unsubscribe, UNSUBSCRIBE_LINK_SECRET).unwrap(),
    );
    let get = |path: String| {
        api_gateway_request("GET", &path, json!({"accept-language": "ja"}), "", false)
    };

    // Refused links first: nothing may be written.
    let good = path_of(&links.link(&recipient_key(email), Language::De, now));
    let mut tampered = good.clone().into_bytes();
    let at = tampered.len() - 5;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    let expired = path_of(&links.link(
        &recipient_key(email),
        Language::De,
        now - LINK_VALIDITY_SECS - 1,
    ));
    let foreign = format!(
        "/unsubscribe?t={}",
        TokenSigner::new(Purpose::Portal, UNSUBSCRIBE_LINK_SECRET)
            .unwrap()
            .sign(
                &json!({"r": recipient_key(email).as_str(), "l": "de"}),
                now + 60
            )
    );
    for (path, status, heading) in [
        (tampered, 400, "このリンクは無効です"),
        ("/unsubscribe".to_owned(), 400, "このリンクは無効です"),
        (foreign, 400, "このリンクは無効です"),
        (expired, 410, "有効期限が切れています"),
    ] {
        let response = app.handle(get(path.clone()), now).await;
        assert_eq!(response.status(), status, "{path}");
        let html = std::str::from_utf8(response.body().as_ref())
            .unwrap()
            .to_owned();
        assert!(html.contains(heading), "{path}: {html}");
        assert!(
            html.contains(r#"<html lang="ja">"#),
            "the browser's language"
        );
    }
    assert!(
        scan_all(&table).await.is_empty(),
        "refused links wrote nothing"
    );
    let put = api_gateway_request("PUT", &good, json!({}), "", false);
    assert_eq!(app.handle(put, now).await.status(), 405);

    // The good link: suppressed, and a page in the mail's language (German).
    let response = app.handle(get(good.clone()), now).await;
    assert_eq!(response.status(), 200);
    let headers = response.headers();
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    let html = std::str::from_utf8(response.body().as_ref()).unwrap();
    assert!(html.contains(r#"<html lang="de">"#), "{html}");
    assert!(html.contains("Sie sind abgemeldet"), "{html}");
    assert!(!html.contains("<script"), "works without JavaScript");
    assert!(suppressed(&table, email).await);
    // Clicking again is fine: still suppressed, same page.
    assert_eq!(app.handle(get(good), now + 5).await.status(), 200);
}
