//! The README's first command: the local runner serves the same webhook handler over
//! real HTTP on loopback, with the file store, and keeps state across restarts.

use std::sync::Arc;

use integration_tests::stripe_fake::{FAKE_SECRET_KEY, StripeFake};
use integration_tests::*;
use local::LocalApp;
use serde_json::{Value, json};
use stripe_recovery::config::Env;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

async fn start(state_dir: &std::path::Path) -> std::net::SocketAddr {
    start_with(state_dir, &[]).await
}

async fn start_with(state_dir: &std::path::Path, vars: &[(&str, String)]) -> std::net::SocketAddr {
    let mut vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    vars.push((
        "LOCAL_STATE_DIR".into(),
        state_dir.to_str().unwrap().to_owned(),
    ));
    let env =
        Env::from_lookup(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()));
    let (app, config) = LocalApp::from_env(&env).unwrap();
    assert!(config.uses_sample_secret);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(local::serve(listener, Arc::new(app)));
    addr
}

/// One HTTP/1.1 request over a fresh connection; returns status and body.
async fn http(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let response = String::from_utf8(response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response.split_once("\r\n\r\n").unwrap().1.to_owned();
    (status, body)
}

#[tokio::test]
async fn the_local_runner_records_a_signed_event_once_across_restarts() {
    let state = tempfile::tempdir().unwrap();
    let now = unix_now();
    let body = serde_json::to_vec(&expired_session_event("evt_local_1", now)).unwrap();
    let header = signature_header(SAMPLE_WEBHOOK_SECRET, now, &body);
    let headers = [("stripe-signature", header.as_str())];

    let addr = start(state.path()).await;
    let (status, response) = http(addr, "POST", "/webhook", &headers, &body).await;
    assert_eq!(status, 200, "{response}");
    let response: Value = serde_json::from_str(&response).unwrap();
    assert_eq!(response, json!({"received": true, "duplicate": false}));
    let stored = std::fs::read_dir(state.path().join("table"))
        .unwrap()
        .count();
    assert_eq!(stored, 1, "one inbox file");

    // A second runner on the same state folder sees the first delivery.
    let restarted = start(state.path()).await;
    let (status, response) = http(restarted, "POST", "/webhook", &headers, &body).await;
    assert_eq!(status, 200);
    let response: Value = serde_json::from_str(&response).unwrap();
    assert_eq!(response["duplicate"], true);
}

#[tokio::test]
async fn the_local_runner_rejects_what_lambda_would_and_routes_nothing_else() {
    let state = tempfile::tempdir().unwrap();
    let addr = start(state.path()).await;
    let (status, body) = http(addr, "POST", "/webhook", &[], b"{}").await;
    assert_eq!(status, 400);
    assert!(body.contains("signature_header_missing"), "{body}");
    assert_eq!(http(addr, "GET", "/webhook", &[], b"").await.0, 405);
    assert_eq!(http(addr, "POST", "/elsewhere", &[], b"").await.0, 404);
    let stored = std::fs::read_dir(state.path().join("table"))
        .unwrap()
        .count();
    assert_eq!(stored, 0, "nothing written");
}

#[tokio::test]
async fn the_local_runner_creates_sessions_at_the_configured_stripe() {
    let state = tempfile::tempdir().unwrap();
    let fake = StripeFake::start().await;
    let addr = start_with(
        state.path(),
        &[
            ("STRIPE_SECRET_KEY", FAKE_SECRET_KEY.into()),
            ("STRIPE_API_BASE", fake.base_url()),
            ("ALLOWED_PRICES", "price_1Tshirt".into()),
            ("SUCCESS_URL", "https://shop.example/thanks".into()),
        ],
    )
    .await;
    let body = br#"{"line_items":[{"price":"price_1Tshirt","quantity":1}]}"#;
    let headers = [("content-type", "application/json")];
    let (status, response) = http(addr, "POST", "/checkout/sessions", &headers, body).await;
    assert_eq!(status, 201, "{response}");
    let response: Value = serde_json::from_str(&response).unwrap();
    assert!(
        response["id"].as_str().unwrap().starts_with("cs_test_"),
        "{response}"
    );
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].param("after_expiration[recovery][enabled]"),
        Some("true")
    );
}

#[tokio::test]
async fn without_a_stripe_key_session_creation_says_how_to_turn_it_on() {
    let state = tempfile::tempdir().unwrap();
    let addr = start(state.path()).await;
    let (status, body) = http(addr, "POST", "/checkout/sessions", &[], b"{}").await;
    assert_eq!(status, 503);
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"]["code"], "session_creation_off", "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("STRIPE_SECRET_KEY, ALLOWED_PRICES, SUCCESS_URL not set"),
        "{message}"
    );
}

/// The README's next step after the demo: a test-mode key and nothing else. The runner
/// starts (it stopped with `Missing("ALLOWED_PRICES")`), session creation is off and
/// names the two settings it still needs, and `portal-link` mints links.
#[tokio::test]
async fn a_test_mode_key_alone_starts_the_runner_with_session_creation_off() {
    let state = tempfile::tempdir().unwrap();
    let fake = StripeFake::start().await;
    let key = [
        ("STRIPE_SECRET_KEY", FAKE_SECRET_KEY.to_owned()),
        ("STRIPE_API_BASE", fake.base_url()),
    ];
    let addr = start_with(state.path(), &key).await;
    let headers = [("content-type", "application/json")];
    let body = br#"{"line_items":[{"price":"price_1Tshirt","quantity":1}]}"#;
    let (status, body) = http(addr, "POST", "/checkout/sessions", &headers, body).await;
    assert_eq!(status, 503, "{body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"]["code"], "session_creation_off");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with("session creation is off: ALLOWED_PRICES, SUCCESS_URL not set"),
        "{message}"
    );
    assert!(message.contains("e.g. ALLOWED_PRICES=price_"), "{message}");
    assert!(!message.contains(FAKE_SECRET_KEY), "{message}");
    assert!(fake.requests().is_empty(), "nothing reached Stripe");
    // The webhook works as without a key.
    let now = unix_now();
    let event = serde_json::to_vec(&expired_session_event("evt_key_only", now)).unwrap();
    let header = signature_header(SAMPLE_WEBHOOK_SECRET, now, &event);
    let signed = [("stripe-signature", header.as_str())];
    assert_eq!(http(addr, "POST", "/webhook", &signed, &event).await.0, 200);
    // `portal-link` reads only what minting needs: a key and a session-creation setting
    // that would be refused do not stop it.
    let env = Env::from_pairs([
        ("STRIPE_SECRET_KEY", FAKE_SECRET_KEY),
        ("ALLOWED_PRICES", "not-a-price"),
    ]);
    let args = ["cus_QXg1o8vcGmoR32", "--flow", "payment_method_update"].map(str::to_owned);
    let link = local::portal_link_command(&env, &args).unwrap();
    assert!(
        link.starts_with("http://127.0.0.1:3000/billing/portal?t="),
        "{link}"
    );
}

/// The Stripe CLI's flow: `stripe listen` prints a `whsec_…`, the runner takes it as
/// STRIPE_WEBHOOK_SECRET (the name Stripe's docs use), and the CLI's deliveries verify;
/// the samples' secret no longer does.
#[tokio::test]
async fn the_secret_stripe_listen_prints_verifies_its_deliveries() {
    const CLI_SECRET: &str = "whsec_printed_by_stripe_listen";
    let state = tempfile::tempdir().unwrap();
    let vars = [
        ("STRIPE_WEBHOOK_SECRET".to_owned(), CLI_SECRET.to_owned()),
        (
            "LOCAL_STATE_DIR".to_owned(),
            state.path().to_str().unwrap().to_owned(),
        ),
    ];
    let env =
        Env::from_lookup(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()));
    let (app, config) = LocalApp::from_env(&env).unwrap();
    assert!(!config.uses_sample_secret);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(local::serve(listener, Arc::new(app)));
    let now = unix_now();
    for (id, secret, expected) in [
        ("evt_cli_1", CLI_SECRET, 200),
        ("evt_cli_2", SAMPLE_WEBHOOK_SECRET, 400),
    ] {
        let body = serde_json::to_vec(&expired_session_event(id, now)).unwrap();
        let header = signature_header(secret, now, &body);
        let headers = [("stripe-signature", header.as_str())];
        let (status, response) = http(addr, "POST", "/webhook", &headers, &body).await;
        assert_eq!(status, expected, "{id}: {response}");
    }
}

#[tokio::test]
async fn an_expired_session_at_the_local_webhook_writes_one_mail_to_the_outbox() {
    let state = tempfile::tempdir().unwrap();
    let env_dir = state.path().to_str().unwrap().to_owned();
    let env = Env::from_lookup(move |name| (name == "LOCAL_STATE_DIR").then(|| env_dir.clone()));
    let (app, _) = LocalApp::from_env(&env).unwrap();
    let app = Arc::new(app);
    app.start_consumers();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(local::serve(listener, app));

    let now = unix_now();
    let session = recoverable_session("cs_test_local_mail", "buyer@example.com", "en", now);
    let body = serde_json::to_vec(&stripe_event(
        "evt_local_mail",
        "checkout.session.expired",
        session,
        now,
    ))
    .unwrap();
    let header = signature_header(SAMPLE_WEBHOOK_SECRET, now, &body);
    let headers = [("stripe-signature", header.as_str())];
    for _ in 0..2 {
        let (status, _) = http(addr, "POST", "/webhook", &headers, &body).await;
        assert_eq!(status, 200);
    }
    let outbox = state.path().join("outbox");
    // The consumer runs after the response, as a stream consumer would: wait for it,
    // then a little longer for a second mail that must not come.
    for _ in 0..100 {
        if !eml_files(&outbox).is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let mails = eml_files(&outbox);
    assert_eq!(mails.len(), 1, "one mail for one event delivered twice");
    let eml = std::fs::read_to_string(&mails[0]).unwrap();
    assert!(
        eml.contains("To: <buyer@example.com>") || eml.contains("To: buyer@example.com"),
        "{eml}"
    );
    assert!(
        eml.contains("Subject: You left something in your cart"),
        "{eml}"
    );
    // The default sender `Local Shop <shop@example.com>` as a well-formed mailbox (it
    // was written `From: <Local Shop <shop@example.com>>`).
    let message = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .unwrap();
    assert_eq!(
        parsed_from(&message),
        (Some("Local Shop".to_owned()), "shop@example.com".to_owned()),
        "{eml}"
    );

    // Its unsubscribe link, served by the runner: GET and HEAD (a click, a link scanner)
    // change nothing; the page's button, a POST to the same URL, suppresses.
    let header = message
        .header_raw("List-Unsubscribe")
        .expect("List-Unsubscribe");
    let link: String = header.split_whitespace().collect();
    let path = &link[link.find("/unsubscribe?t=").expect("a link")..];
    let path = path.trim_end_matches('>');
    let suppressed = || {
        std::fs::read_dir(state.path().join("table"))
            .unwrap()
            .any(|entry| {
                let name = entry.unwrap().file_name();
                name.to_string_lossy().starts_with("suppression%23")
            })
    };
    let (status, page) = http(addr, "GET", path, &[], b"").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Unsubscribe from these emails?"), "{page}");
    let (status, page) = http(addr, "HEAD", path, &[], b"").await;
    assert_eq!((status, page.as_str()), (200, ""));
    assert!(!suppressed(), "a GET or HEAD suppressed");
    let form = [("content-type", "application/x-www-form-urlencoded")];
    let (status, page) = http(addr, "POST", path, &form, b"List-Unsubscribe=One-Click").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("You're unsubscribed"), "{page}");
    assert!(suppressed());
}

fn eml_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect()
}

#[tokio::test]
async fn the_demo_tells_the_whole_story_and_a_rerun_sends_nothing_twice() {
    let state = tempfile::tempdir().unwrap();
    let events = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../events"));
    for run in 1..=2 {
        let dir = state.path().to_str().unwrap().to_owned();
        let env = Env::from_lookup(move |name| match name {
            "LOCAL_STATE_DIR" => Some(dir.clone()),
            "STRIPE_WEBHOOK_TOLERANCE_SECS" => Some(local::demo::DEMO_TOLERANCE_SECS.to_owned()),
            "LOCAL_STRIPE_OBJECTS" => Some(format!("{}/stripe", events.display())),
            _ => None,
        });
        let (app, _) = LocalApp::from_env(&env).unwrap();
        let app = Arc::new(app);
        app.start_consumers();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(local::serve(listener, app.clone()));
        let all_ok = local::demo::run(&app, addr, events, state.path())
            .await
            .unwrap();
        assert!(
            all_ok,
            "run {run}: every delivery answered 200, the portal link opened"
        );
        let outbox = state.path().join("outbox");
        // The cart's recovery mail and its second step (a day later on the demo's clock);
        // the failed renewal's, the expiring card's, the ending trial's and the refused
        // SetupIntent's (the payment needing action comes after the invoice was paid).
        assert_eq!(eml_files(&outbox).len(), 6, "run {run}: six mails in all");
        // The cancellation asked for is kept, without the customer's words.
        let churn = std::fs::read_to_string(
            state
                .path()
                .join("table/churn%23sub_1SampleCancelRequested1.json"),
        )
        .unwrap();
        assert!(churn.contains("\"scheduled\""), "run {run}: {churn}");
        assert!(!churn.contains("Too expensive"), "run {run}: {churn}");
        let dunning: Value = serde_json::from_slice(
            &std::fs::read(
                state
                    .path()
                    .join("table/dunning%23in_1Pgc6tB7WZ01zgkWu9fdqL6I.json"),
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(dunning["outcome"], "recovered", "run {run}: {dunning}");
        assert_eq!(dunning["recovered_after"], "payment_failed");
        assert_eq!(dunning["amount_paid"], 4200);
        let recovery = std::fs::read_dir(state.path().join("table"))
            .unwrap()
            .filter_map(|e| e.ok())
            .find(|e| e.file_name().to_string_lossy().starts_with("recovery%23"))
            .expect("a recovery record");
        let record: Value =
            serde_json::from_slice(&std::fs::read(recovery.path()).unwrap()).unwrap();
        assert_eq!(
            record["converted_amount_total"], 4200,
            "the sale is attributed"
        );
        assert_eq!(
            record["converted_after_step"], 2,
            "to the second step, mailed before the purchase"
        );
        assert_eq!(record["step_2"]["state"], "sent");
    }
}

#[tokio::test]
async fn the_local_runner_mints_portal_links_and_dry_runs_them_without_a_stripe_key() {
    let state = tempfile::tempdir().unwrap();
    let vars = [("LOCAL_STATE_DIR", state.path().to_str().unwrap().to_owned())];
    let env = Env::from_lookup(move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    });
    let (app, _) = LocalApp::from_env(&env).unwrap();
    let args = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
    let link = app
        .mint_portal_link(&args(
            "cus_QXg1o8vcGmoR32 --flow payment_method_update --locale de",
        ))
        .unwrap();
    for (bad, says) in [
        ("acct_1", "customer id"),
        ("cus_1 --flow subscription_cancel", "needs a subscription"),
        ("cus_1 --flow nope", "unknown flow"),
        ("cus_1 --locale xx", "portal locale"),
        ("cus_1 --flow", "needs a value"),
        (
            "cus_1 --flow subscription_update_confirm --subscription sub_1",
            "1 to 20",
        ),
        (
            "cus_1 --flow subscription_update_confirm --subscription sub_1 --item si_1=pr_2",
            "not a price id",
        ),
        (
            "cus_1 --flow subscription_cancel --subscription sub_1 --item si_1*2",
            "--item",
        ),
        ("cus_1 --after elsewhere", "unknown after-completion"),
    ] {
        let err = app.mint_portal_link(&args(bad)).unwrap_err();
        assert!(err.contains(says), "{bad}: {err}");
    }
    let path = link
        .strip_prefix("http://127.0.0.1:3000")
        .unwrap()
        .to_owned();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = Arc::new(app);
    tokio::spawn(local::serve(listener, app.clone()));
    let (status, page) = http(addr, "GET", &path, &[], b"").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Probelauf"), "the link's language: {page}");
    assert!(
        page.contains("cus_QXg1o8vcGmoR32") && page.contains("payment_method_update"),
        "{page}"
    );
    let (status, _) = http(addr, "GET", "/billing/portal?t=forged", &[], b"").await;
    assert_eq!(status, 400);
    // Neither HEAD nor a browser's prefetch opens the portal (here: its dry run).
    let (status, page) = http(addr, "HEAD", &path, &[], b"").await;
    assert_eq!((status, page.as_str()), (200, ""));
    let (status, page) = http(addr, "GET", &path, &[("sec-purpose", "prefetch")], b"").await;
    assert_eq!(status, 503);
    assert!(!page.contains("Probelauf"), "{page}");
    // A proposed plan change, confirmed on Stripe's page with our message in French.
    let confirm = app
        .mint_portal_link(&args(
            "cus_QXg1o8vcGmoR32 --flow subscription_update_confirm --subscription sub_1 --item si_1=price_annual*2 --coupon UPGRADE10 --after hosted_confirmation --locale fr",
        ))
        .unwrap();
    let path = confirm.strip_prefix("http://127.0.0.1:3000").unwrap();
    let (status, page) = http(addr, "GET", path, &[], b"").await;
    assert_eq!(status, 200, "{page}");
    for shown in [
        "subscription_update_confirm",
        "price_annual",
        "UPGRADE10",
        "hosted_confirmation",
        "votre abonnement est à jour",
    ] {
        assert!(page.contains(shown), "{shown}: {page}");
    }
}
