//! Demo mode: replays the signed samples in `events/` through the running pipeline over
//! HTTP, twice (Stripe delivers at least once), and prints what each step did: a cart
//! expires and is bought back; a subscription's renewal fails, the customer opens the
//! portal link in the mail, pays, and the revenue is attributed. Then the report.

use std::net::SocketAddr;
use std::path::Path;

use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde_json::Value;

use stripe_recovery::config::Env;

use crate::LocalApp;

/// The samples signed at a fixed time need a tolerance that reaches back to it.
pub const DEMO_TOLERANCE_SECS: &str = "3153600000";

/// The demo's environment: the shell's, but on a free port, with the sample secret the
/// samples are signed with (at a fixed time, so a tolerance that reaches back to it), and
/// without Stripe: the samples' objects are in events/stripe, not in an account, so
/// STRIPE_SECRET_KEY (and with it session creation) is left out.
pub fn env<F: Fn(&str) -> Option<String>>(
    env: &Env<F>,
) -> Env<impl Fn(&str) -> Option<String> + '_> {
    Env::from_lookup(move |name| match name {
        "STRIPE_WEBHOOK_TOLERANCE_SECS" => Some(DEMO_TOLERANCE_SECS.to_owned()),
        "LOCAL_PORT" => Some("0".to_owned()),
        "STRIPE_WEBHOOK_SECRETS" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_SECRET_KEY" => None,
        _ => env.optional(name),
    })
}

/// What the demo leaves out of the shell's environment, when set: said before it starts.
pub fn ignored<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Vec<&'static str> {
    [
        "STRIPE_SECRET_KEY",
        "STRIPE_WEBHOOK_SECRETS",
        "STRIPE_WEBHOOK_SECRET",
    ]
    .into_iter()
    .filter(|var| env.optional(var).is_some())
    .collect()
}

/// The story order: a cart expires, the buyer comes back and pays, a subscription ends;
/// a renewal fails (the portal link in its mail is opened next), then is paid.
const STORY: &[&str] = &[
    "webhook-checkout-session-expired.json",
    "webhook-checkout-session-completed.json",
    "webhook-customer-subscription-deleted.json",
    "webhook-invoice-payment-failed.json",
    "webhook-invoice-paid.json",
];

/// After this sample, the demo clicks the portal link of the mail it caused.
const PORTAL_LINK_AFTER: &str = "webhook-invoice-payment-failed.json";

/// After this sample, a day goes by: the cart's second step comes due (the shopper buys
/// from it next).
const DAY_PASSES_AFTER: &str = "webhook-checkout-session-expired.json";

/// Runs the demo with the runner's state in `state_dir`; `Ok(false)` when a step did not
/// answer as Stripe or a customer would need.
pub async fn run(
    app: &LocalApp,
    addr: SocketAddr,
    events: &Path,
    state_dir: &Path,
) -> Result<bool, String> {
    let mut files: Vec<String> = STORY.iter().map(|s| s.to_string()).collect();
    let mut others: Vec<String> = std::fs::read_dir(events)
        .map_err(|e| format!("{}: {e} (run from the repository root)", events.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("webhook-") && name.ends_with(".json"))
        .filter(|name| !STORY.contains(&name.as_str()))
        .collect();
    others.sort();
    files.extend(others);

    // Each consumer line is printed after the request that caused it.
    app.hold_consumer_output();
    let mut all_ok = true;
    for (pass, title) in [
        (1, "Stripe delivers the sample events"),
        (2, "Stripe delivers them again (it delivers at least once)"),
    ] {
        println!("\n{pass}. {title}");
        for file in &files {
            let sample = read_sample(&events.join(file))?;
            let event: Value = serde_json::from_str(sample["body"].as_str().unwrap_or("{}"))
                .map_err(|e| format!("{file}: {e}"))?;
            let (status, answer) = post(addr, "/webhook", &sample).await?;
            let verdict = match (status, answer["duplicate"].as_bool()) {
                (200, Some(false)) => "recorded",
                (200, Some(true)) => "duplicate ignored",
                _ => {
                    all_ok = false;
                    "UNEXPECTED"
                }
            };
            println!(
                "POST /webhook {} {} -> {status} {verdict}",
                event["type"].as_str().unwrap_or("?"),
                event["id"].as_str().unwrap_or("?"),
            );
            app.consumers_idle().await;
            app.print_held_output();
            if pass == 1 && file == PORTAL_LINK_AFTER {
                all_ok &= open_portal_link(addr, &state_dir.join("outbox")).await?;
            }
            if pass == 1 && file == DAY_PASSES_AFTER {
                app.clock().advance(24 * 3600);
                let fired = app.sweep().await.map_err(|e| e.to_string())?;
                println!(
                    "(a day later: the demo moves its clock on 24 h) the scheduler sweeps: {fired} due step(s) fired"
                );
                app.consumers_idle().await;
                app.print_held_output();
            }
        }
    }

    println!("\n3. The storefront asks for a Checkout Session");
    let request = events.join("create-session-request.json");
    if app.checkout_enabled() {
        let (status, answer) = post(addr, "/checkout/sessions", &read_sample(&request)?).await?;
        println!("POST /checkout/sessions -> {status} {answer}");
        all_ok &= status == 201;
    } else {
        println!(
            "POST /checkout/sessions: off (set STRIPE_SECRET_KEY, ALLOWED_PRICES=price_1SampleTshirt \
             and SUCCESS_URL; STRIPE_API_BASE may point at the Stripe fake)"
        );
    }
    println!("\n4. The recovery report (cargo run -p local -- report)");
    let items = stripe_recovery::adapters::file_store::FileStore::open(state_dir.join("table"))
        .map_err(|e| e.to_string())?
        .all_items()
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(Value::Object)
        .collect::<Vec<_>>();
    let report = crate::report::ReportModel::from_items(&items);
    print!("{}", crate::report::render_text(&report));
    Ok(all_ok)
}

/// The customer clicks the portal link of the newest billing mail in `outbox`: the
/// runner answers with the session it would create (a dry run without a Stripe key) or
/// a redirect to it.
async fn open_portal_link(addr: SocketAddr, outbox: &Path) -> Result<bool, String> {
    let mut mails: Vec<_> = std::fs::read_dir(outbox)
        .map_err(|e| format!("{}: {e}", outbox.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().extension().is_some_and(|x| x == "eml"))
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .collect();
    mails.sort();
    let link = mails.iter().rev().find_map(|(_, path)| {
        let raw = std::fs::read(path).ok()?;
        let message = mail_parser::MessageParser::default().parse(&raw)?;
        let text = message.body_text(0)?;
        // The link's host is the runner's configured one; ask the running one.
        let line = text
            .lines()
            .find(|line| line.contains("/billing/portal?t="))?;
        Some(line[line.find("/billing/portal?t=")?..].trim().to_owned())
    });
    let Some(path_and_query) = link else {
        println!(
            "  (no billing mail with a portal link in {})",
            outbox.display()
        );
        return Ok(false);
    };
    let (status, page) = get(addr, &path_and_query).await?;
    let verdict = match status {
        200 if page.contains("payment_method_update") => {
            "dry run: the page shows the portal session it would create (payment_method_update)"
        }
        303 => "redirected to a new portal session",
        _ => "UNEXPECTED",
    };
    println!(
        "GET {}… (the customer clicks the mail's portal link) -> {status} {verdict}",
        &path_and_query[..path_and_query.len().min(40)]
    );
    Ok(matches!(status, 200 | 303) && verdict != "UNEXPECTED")
}

fn read_sample(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// GETs `path_and_query`; returns the status and the body as text.
async fn get(addr: SocketAddr, path_and_query: &str) -> Result<(u16, String), String> {
    let request = Request::get(path_and_query).header("host", addr.to_string());
    let (status, body) = send(addr, request, Bytes::new()).await?;
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

/// POSTs an API Gateway sample's body with its headers; returns the status and JSON answer.
async fn post(addr: SocketAddr, path: &str, sample: &Value) -> Result<(u16, Value), String> {
    let mut request = Request::post(path).header("host", addr.to_string());
    for (name, value) in sample["headers"].as_object().into_iter().flatten() {
        if let (Some(value), false) = (value.as_str(), name == "host" || name == "content-length") {
            request = request.header(name.as_str(), value);
        }
    }
    let body = sample["body"].as_str().unwrap_or_default().to_owned();
    let (status, body) = send(addr, request, Bytes::from(body)).await?;
    Ok((status, serde_json::from_slice(&body).unwrap_or(Value::Null)))
}

/// One HTTP/1.1 request to the runner on a connection of its own: status and body.
async fn send(
    addr: SocketAddr,
    request: hyper::http::request::Builder,
    body: Bytes,
) -> Result<(u16, Bytes), String> {
    let stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| e.to_string())?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(connection);
    let request = request.body(Full::new(body)).map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status().as_u16();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, bytes))
}
