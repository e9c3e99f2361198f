//! One-click unsubscribe against moto: the link in a sent mail suppresses its recipient
//! when POSTed (RFC 8058's one-click, as mailbox providers send it, or the button of the
//! page a click opens); a GET or HEAD (a person's click, a link scanner) only asks, and
//! bad links change nothing.

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

pub(crate) async fn unsubscribe_on(table: &str) -> Unsubscribe<DynamoStore> {
    let config = UnsubscribeConfig::from_env(&env_of(&[
        ("TABLE_NAME", table),
        ("UNSUBSCRIBE_LINK_SECRET", UNSUBSCRIBE_LINK_SECRET),
    ]))
    .unwrap();
    Unsubscribe::from_config(config, dynamo_store(table).await)
}

/// The one-click unsubscribe link of a sent message: in `List-Unsubscribe` (with RFC
/// 8058's `List-Unsubscribe-Post`), and the same link in both parts of the body.
pub(crate) fn link_in(message: &SentMail) -> String {
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

pub(crate) fn path_of(link: &str) -> String {
    link.strip_prefix("https://api.example").unwrap().to_owned()
}

pub(crate) async fn suppressed(table: &str, email: &str) -> bool {
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
    let expired = |id: &str, at: i64| expired_cart_item(id, &email, "de", at);
    let sent = process_item(&mailer, &expired("unsub_1", now), now, deadline()).await;
    assert!(matches!(sent, Ok(Some(Outcome::Sent { .. }))), "{sent:?}");
    let [message] = &sent_messages_to(&email).await[..] else {
        panic!("one mail expected");
    };
    let link = link_in(message);

    // At delivery, a link scanner (Safe Links, Proofpoint, Mimecast) opens every link of
    // the body: that must not unsubscribe anyone.
    let app = unsubscribe_on(&table).await;
    for method in ["HEAD", "GET"] {
        let scan = api_gateway_request(method, &path_of(&link), json!({}), "", false);
        assert_eq!(app.handle(scan, now + 30).await.status(), 200, "{method}");
    }
    assert!(
        !suppressed(&table, &email).await,
        "a scanner's fetch suppressed"
    );

    // What Gmail and Yahoo send for `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
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

/// The confirmation page's heading and the result page's, in each language.
const PAGES: [(Language, &str, &str); 5] = [
    (
        Language::En,
        "Unsubscribe from these emails?",
        "You're unsubscribed",
    ),
    (Language::Ja, "配信を停止しますか？", "配信を停止しました"),
    (
        Language::De,
        "Von diesen E-Mails abmelden?",
        "Sie sind abgemeldet",
    ),
    (
        Language::Fr,
        "Vous désabonner de ces e-mails\u{202f}?",
        "Votre désabonnement est confirmé",
    ),
    (
        Language::Es,
        "¿Darse de baja de estos correos?",
        "Se ha dado de baja",
    ),
];

fn html_of(response: &lambda_http::Response<lambda_http::Body>) -> String {
    String::from_utf8_lossy(response.body().as_ref()).into_owned()
}

#[tokio::test]
async fn a_clicked_link_asks_in_the_mails_language_and_only_the_pages_post_suppresses() {
    let table = create_table("unsubscribe-page").await;
    let app = unsubscribe_on(&table).await;
    let now = unix_now();
    let links = UnsubscribeLinks::new(
        UNSUBSCRIBE_URL.into(),
        TokenSigner::new(Purpose::Unsubscribe, UNSUBSCRIBE_LINK_SECRET).unwrap(),
    );
    for (language, question, done) in PAGES {
        let email = format!("reader-{}@example.com", language.code());
        let link = path_of(&links.link(&recipient_key(&email), language, now));
        let request = |method: &str| {
            api_gateway_request(method, &link, json!({"accept-language": "ja"}), "", false)
        };

        // A click (or a scanner's GET): a page in the mail's language that asks, and a
        // button that POSTs to this very URL, without a script. Nothing is written.
        let response = app.handle(request("GET"), now).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers();
        assert_eq!(headers["content-type"], "text/html; charset=utf-8");
        assert_eq!(headers["cache-control"], "no-store");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        let html = html_of(&response);
        let lang = format!(r#"<html lang="{}">"#, language.code());
        assert!(html.contains(&lang), "{html}");
        assert!(html.contains(question), "{html}");
        let form = &html[html.find("<form").expect("a form")..];
        let form = &form[..form.find("</form>").expect("a whole form")];
        assert!(form.starts_with(r#"<form method="post""#), "{form}");
        assert!(
            !form.contains("action="),
            "posts to the page's own URL: {form}"
        );
        assert!(form.contains(r#"<button type="submit""#), "{form}");
        assert!(!html.contains("<script"), "works without JavaScript");
        // HEAD: the same answer without a body, and nothing written either.
        let head = app.handle(request("HEAD"), now).await;
        assert_eq!(head.status(), 200);
        assert!(head.body().as_ref().is_empty());
        assert_eq!(head.headers()["content-type"], "text/html; charset=utf-8");
        assert!(
            !suppressed(&table, &email).await,
            "{language:?}: a GET suppressed"
        );

        // The button: the form's POST to the same URL.
        let post = api_gateway_request(
            "POST",
            &link,
            json!({"content-type": "application/x-www-form-urlencoded", "accept-language": "ja"}),
            "List-Unsubscribe=One-Click",
            false,
        );
        let response = app.handle(post, now + 5).await;
        assert_eq!(response.status(), 200);
        let html = html_of(&response);
        assert!(html.contains(&lang) && html.contains(done), "{html}");
        assert!(suppressed(&table, &email).await, "{language:?}");
    }
}

#[tokio::test]
async fn bad_links_get_a_page_and_change_nothing_whatever_the_method() {
    let table = create_table("unsubscribe-bad").await;
    let app = unsubscribe_on(&table).await;
    let now = unix_now();
    let email = "reader@example.com";
    let links = UnsubscribeLinks::new(
        UNSUBSCRIBE_URL.into(),
        TokenSigner::new(Purpose::Unsubscribe, UNSUBSCRIBE_LINK_SECRET).unwrap(),
    );
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
    for method in ["GET", "HEAD", "POST"] {
        for (path, status, heading) in [
            (tampered.clone(), 400, "このリンクは無効です"),
            ("/unsubscribe".to_owned(), 400, "このリンクは無効です"),
            (foreign.clone(), 400, "このリンクは無効です"),
            (expired.clone(), 410, "有効期限が切れています"),
        ] {
            let request =
                api_gateway_request(method, &path, json!({"accept-language": "ja"}), "", false);
            let response = app.handle(request, now).await;
            assert_eq!(response.status(), status, "{method} {path}");
            let html = html_of(&response);
            if method == "HEAD" {
                assert!(html.is_empty(), "{html}");
                continue;
            }
            assert!(html.contains(heading), "{method} {path}: {html}");
            assert!(
                html.contains(r#"<html lang="ja">"#),
                "the browser's language"
            );
            assert!(!html.contains("<form"), "nothing to confirm: {html}");
        }
    }
    let put = api_gateway_request("PUT", &good, json!({}), "", false);
    let response = app.handle(put, now).await;
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "GET, HEAD, POST");
    assert!(
        scan_all(&table).await.is_empty(),
        "refused links wrote nothing"
    );
}
