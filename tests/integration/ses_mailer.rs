//! The mailers themselves: the raw MIME message SES (moto) and the outbox get, and how
//! the SES adapter classifies and retries failures, against moto where it can say so
//! and against a scripted fake where it cannot (throttling, 5xx, lost connections).

use std::time::Duration;

use integration_tests::ses_fake::{Reply, SesFake, sdk_config_at};
use integration_tests::*;
use stripe_recovery::adapters::outbox::OutboxMailer;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::mail::Sender;
use stripe_recovery::ports::{MailError, Mailer, OutgoingMail};
use tokio::time::Instant;

const UNSUBSCRIBE: &str = "https://shop.example/unsubscribe?r=abc";

fn mail(to: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.to_owned(),
        subject: "Sie haben etwas in Ihrem Warenkorb vergessen".into(),
        html: "<p>Grüße, Müller</p>".into(),
        text: "Grüße, Müller".into(),
        list_unsubscribe: Some(UNSUBSCRIBE.into()),
        from: None,
        tags: stripe_recovery::mail_events::MailTags {
            flow: stripe_recovery::mail_events::MailFlow::Cart,
            kind: "recovery",
            step: "1".into(),
        },
    }
}

fn deadline() -> Instant {
    Instant::now() + Duration::from_secs(10)
}

fn pid() -> u32 {
    std::process::id()
}

#[tokio::test]
async fn senders_with_non_ascii_or_comma_names_are_accepted_and_their_from_decodes_back() {
    for (n, name) in ["Müller Shop", "Shop, Inc", "ショップ \"本店\""]
        .into_iter()
        .enumerate()
    {
        let address = format!("shop+name{n}-{}@example.de", pid());
        let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
        verify_sender(&address).await;
        let to = format!("buyer+name{n}-{}@example.com", pid());
        let mailer = ses_mailer(&format!("\"{quoted}\" <{address}>")).await;
        mailer.send(&mail(&to), deadline()).await.unwrap();

        let sent = sent_messages_to(&to).await;
        assert_eq!(sent.len(), 1, "{sent:?}");
        assert_eq!(sent[0].source, address, "SES checks the bare address");
        assert!(sent[0].raw.is_ascii(), "7-bit headers: {}", sent[0].raw);
        assert_eq!(sent[0].from(), (Some(name.to_owned()), address.clone()));
        assert_eq!(
            sent[0].subject(),
            "Sie haben etwas in Ihrem Warenkorb vergessen"
        );
        assert_eq!(sent[0].html().trim(), "<p>Grüße, Müller</p>");
        assert_eq!(sent[0].text().trim(), "Grüße, Müller");
    }
}

#[tokio::test]
async fn a_mail_from_a_segments_sender_goes_from_it_and_an_unverified_one_is_misconfigured() {
    let own = format!("billing+own-{}@example.com", pid());
    let segment = format!("billing+eu-{}@example.eu", pid());
    verify_sender(&own).await;
    verify_sender(&segment).await;
    let mailer = ses_mailer(&own).await;
    let to = format!("buyer+segment-{}@example.com", pid());
    let from = Sender::parse(&format!("Shop EU <{segment}>")).unwrap();
    let mail = OutgoingMail {
        from: Some(from),
        ..mail(&to)
    };
    mailer.send(&mail, deadline()).await.unwrap();
    let sent = sent_messages_to(&to).await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].source, segment, "SES checks the segment's address");
    assert_eq!(
        sent[0].from(),
        (Some("Shop EU".to_owned()), segment.clone())
    );

    let unverified = Sender::parse(&format!("billing+nope-{}@example.eu", pid())).unwrap();
    let err = mailer
        .send(
            &OutgoingMail {
                from: Some(unverified),
                tags: stripe_recovery::mail_events::MailTags {
                    flow: stripe_recovery::mail_events::MailFlow::Cart,
                    kind: "recovery",
                    step: "1".into(),
                },
                ..mail
            },
            deadline(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Misconfigured(_)), "{err}");
}

#[tokio::test]
async fn both_mailers_write_rfc_8058_one_click_unsubscribe_headers() {
    verify_sender(SENDER).await;
    let to = format!("buyer+unsub-{}@example.com", pid());
    ses_mailer(SENDER)
        .await
        .send(&mail(&to), deadline())
        .await
        .unwrap();
    let sent = sent_messages_to(&to).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].header("List-Unsubscribe"),
        [format!("<{UNSUBSCRIBE}>")]
    );
    assert_eq!(
        sent[0].header("List-Unsubscribe-Post"),
        ["List-Unsubscribe=One-Click"]
    );

    let dir = tempfile::tempdir().unwrap();
    let outbox = OutboxMailer::open(
        dir.path(),
        Sender::parse("Shop, Inc <shop@example.com>").unwrap(),
    )
    .unwrap();
    outbox
        .send(&mail("buyer@example.com"), deadline())
        .await
        .unwrap();
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "eml"))
        .unwrap();
    let eml = std::fs::read_to_string(file).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .unwrap();
    assert_eq!(
        parsed_from(&message),
        (Some("Shop, Inc".to_owned()), "shop@example.com".to_owned()),
        "{eml}"
    );
    assert_eq!(
        header_values(&message, "List-Unsubscribe"),
        [format!("<{UNSUBSCRIBE}>")]
    );
    assert_eq!(
        header_values(&message, "List-Unsubscribe-Post"),
        ["List-Unsubscribe=One-Click"]
    );
}

#[tokio::test]
async fn moto_refusing_an_unverified_sender_is_misconfigured_and_a_bad_recipient_rejected() {
    let sender = format!("shop+unverified-{}@example.com", pid());
    let err = ses_mailer(&sender)
        .await
        .send(&mail("buyer@example.com"), deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Misconfigured(_)), "{err}");
    assert!(!err.to_string().contains("unverified-"), "redacted: {err}");

    verify_sender(SENDER).await;
    let err = ses_mailer(SENDER)
        .await
        .send(&mail("not-an-address"), deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Rejected(_)), "{err}");
}

#[tokio::test]
async fn a_mail_goes_through_its_configuration_set_with_its_tags_and_an_unknown_set_is_misconfigured()
 {
    verify_sender(SENDER).await;
    let set = format!("promotional-{}", pid());
    create_configuration_set(&set).await;
    let to = format!("tagged-{}@example.com", pid());
    let mailer = SesMailer::from_sdk_config(
        &sdk_config().await,
        Sender::parse(SENDER).unwrap(),
        Some(set.clone()),
    );
    let mut tagged = mail(&to);
    tagged.tags.step = "2".into();
    mailer.send(&tagged, deadline()).await.unwrap();
    let [(sent_through, tags)] = &v2_sends_to(&to).await[..] else {
        panic!("one send to {to}");
    };
    assert_eq!(sent_through.as_deref(), Some(set.as_str()));
    let expected = [("flow", "cart"), ("kind", "recovery"), ("step", "2")]
        .map(|(name, value)| (name.to_owned(), value.to_owned()));
    assert_eq!(tags, &expected.into_iter().collect());

    // A stack whose variable names a set SES does not have: the operator's to fix.
    let mailer = SesMailer::from_sdk_config(
        &sdk_config().await,
        Sender::parse(SENDER).unwrap(),
        Some(format!("never-made-{}", pid())),
    );
    let err = mailer.send(&mail(&to), deadline()).await.unwrap_err();
    assert!(matches!(err, MailError::Misconfigured(_)), "{err}");
    assert_eq!(v2_sends_to(&to).await.len(), 1, "nothing more went");
}

#[tokio::test]
async fn throttling_is_retried_with_backoff_and_nothing_else_retries() {
    let throttled = || Reply::error(429, "TooManyRequestsException", "Too many requests.");
    let fake = SesFake::start([throttled(), throttled(), Reply::Sent("m-3".into())]).await;
    let mailer = SesMailer::from_sdk_config(
        &fake.sdk_config().await,
        Sender::parse(SENDER).unwrap(),
        None,
    );
    let started = std::time::Instant::now();
    let id = mailer
        .send(&mail("b@example.com"), deadline())
        .await
        .unwrap();
    assert_eq!(id, "m-3");
    assert_eq!(fake.requests().len(), 3, "two throttled, then sent");
    assert!(
        started.elapsed() >= Duration::from_millis(125 + 250),
        "backed off"
    );

    // Still throttled after the adapter's attempts: given up, nothing sent.
    fake.script([throttled(), throttled(), throttled()]);
    let err = mailer
        .send(&mail("b@example.com"), deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Throttled(_)), "{err}");
    assert_eq!(fake.requests().len(), 6, "three attempts, no SDK retries");

    // A 5xx: not sent, not retried here (the SDK would have, twice).
    fake.script([Reply::error(500, "InternalFailure", "")]);
    let err = mailer
        .send(&mail("b@example.com"), deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Unavailable(_)), "{err}");
    assert_eq!(fake.requests().len(), 7, "one request");
}

#[tokio::test]
async fn throttling_is_not_retried_past_the_deadline() {
    let fake = SesFake::start([Reply::error(
        400,
        "LimitExceededException",
        "Maximum sending rate exceeded.",
    )])
    .await;
    let mailer = SesMailer::from_sdk_config(
        &fake.sdk_config().await,
        Sender::parse(SENDER).unwrap(),
        None,
    );
    let deadline = Instant::now() + Duration::from_millis(1_100);
    let err = mailer
        .send(&mail("b@example.com"), deadline)
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Throttled(_)), "{err}");
    assert_eq!(fake.requests().len(), 1, "no time for a second attempt");

    let err = mailer
        .send(
            &mail("b@example.com"),
            Instant::now() + Duration::from_millis(500),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Unavailable(_)), "{err}");
    assert_eq!(fake.requests().len(), 1, "too little time: not even tried");
}

#[tokio::test]
async fn a_request_that_may_have_reached_ses_is_unknown_and_never_repeated() {
    let fake = SesFake::start([Reply::Drop, Reply::Hang]).await;
    let mailer = SesMailer::from_sdk_config(
        &fake.sdk_config().await,
        Sender::parse(SENDER).unwrap(),
        None,
    );
    // The connection closes after the request was read.
    let err = mailer
        .send(&mail("b@example.com"), deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Unknown(_)), "{err}");
    assert_eq!(fake.requests().len(), 1, "not resent");

    // No answer before the deadline.
    let started = std::time::Instant::now();
    let err = mailer
        .send(
            &mail("b@example.com"),
            Instant::now() + Duration::from_millis(1_500),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Unknown(_)), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "cut at the deadline"
    );
    assert_eq!(fake.requests().len(), 2);
}

#[tokio::test]
async fn a_connection_never_made_is_unavailable() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mailer = SesMailer::from_sdk_config(
        &sdk_config_at(&format!("http://127.0.0.1:{port}")).await,
        Sender::parse(SENDER).unwrap(),
        None,
    );
    let err = mailer
        .send(&mail("b@example.com"), deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Unavailable(_)), "{err}");
}
