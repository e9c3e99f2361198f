//! `simulate --from-stripe` against the Stripe fake (every request checked against
//! Stripe's spec): the account's events listed with `GET /v1/events` make the same table
//! as a file of the same events, page after page, and Stripe's refusals are told without
//! the key. No moto: nothing here touches AWS.

use std::path::Path;

use integration_tests::stripe_event;
use integration_tests::stripe_fake::{Canned, FAKE_SECRET_KEY, StripeFake};
use local::simulate::{self, Surroundings};
use serde_json::Value;
use stripe_recovery::config::Env;

const DAY: i64 = 86_400;

fn sample_lines() -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join("events/history/lifecycle-sample.jsonl")).unwrap();
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn is_event(line: &Value) -> bool {
    line.get("object_version").is_none()
}

/// The sample's events, and a day after its last: within Stripe's 30 days of all.
fn sample_events() -> (Vec<Value>, i64) {
    let events: Vec<Value> = sample_lines().into_iter().filter(is_event).collect();
    let last = events.iter().map(|e| e["created"].as_i64().unwrap()).max();
    (events, last.unwrap() + DAY)
}

/// `simulate ARGS` with `vars` for its environment, at `now`, its store in `scratch`.
async fn simulate(
    args: &[&str],
    vars: &[(&str, String)],
    now: i64,
    scratch: &Path,
) -> Result<String, simulate::SimulateError> {
    let env = Env::from_pairs(vars.iter().cloned());
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let surroundings = Surroundings {
        env: &env,
        now,
        scratch_parent: scratch,
    };
    simulate::command_in(&args, &[], &surroundings).await
}

/// How `--from-stripe` reaches the fake, with the read key.
fn reading(fake: &StripeFake) -> Vec<(&'static str, String)> {
    vec![
        ("STRIPE_READ_KEY", FAKE_SECRET_KEY.to_owned()),
        ("STRIPE_API_BASE", fake.base_url()),
    ]
}

/// `lines` as a history file in `dir`; its path.
fn history_file(dir: &Path, name: &str, lines: &[&Value]) -> String {
    let path = dir.join(name);
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The events `--from-stripe` lists, as a file keeps them.
fn listed(lines: &[Value]) -> Vec<&Value> {
    let types = simulate::listed_types();
    lines
        .iter()
        .filter(|line| types.iter().any(|t| line["type"] == *t))
        .collect()
}

/// The table without its first line (which names the history's source).
fn body(table: &str) -> &str {
    table.split_once('\n').unwrap().1
}

/// The `GET /v1/events` requests, each checked for what every page asks.
fn event_pages(fake: &StripeFake, since: i64) -> Vec<Vec<(String, String)>> {
    let requests = fake.requests();
    assert!(
        requests
            .iter()
            .all(|r| r.method == "GET" && r.path == "/v1/events"),
        "only the list of events is asked for: {requests:?}"
    );
    let types: Vec<(String, String)> = simulate::listed_types()
        .into_iter()
        .map(|t| ("types[]".to_owned(), t.to_owned()))
        .collect();
    for request in &requests {
        let query = &request.query;
        assert_eq!(query[0], ("created[gte]".into(), since.to_string()));
        assert_eq!(&query[1..=types.len()], &types[..]);
        assert_eq!(query[types.len() + 1], ("limit".into(), "100".into()));
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {FAKE_SECRET_KEY}").as_str())
        );
    }
    requests.into_iter().map(|r| r.query).collect()
}

#[tokio::test]
async fn the_sample_events_from_stripe_make_the_table_a_file_of_them_makes() {
    let fake = StripeFake::start().await;
    let (events, now) = sample_events();
    fake.put_events(events.clone());
    let scratch = tempfile::tempdir().unwrap();

    let from_stripe = simulate(&["--from-stripe"], &reading(&fake), now, scratch.path())
        .await
        .unwrap();
    let first = from_stripe.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "history: Stripe's events of the last 30 days at {}, 2026-01-01 to 2026-01-29 (UTC)",
            fake.base_url()
        )
    );
    // The sample's events alone leave its customers and subscriptions unknown (the
    // sample gives them as object versions only): every decision finds one missing.
    assert!(from_stripe.contains("not_found"), "{from_stripe}");

    // A file of the events Stripe lists: the same table.
    let files = tempfile::tempdir().unwrap();
    let listed_file = history_file(files.path(), "listed.jsonl", &listed(&events));
    let from_file = simulate(&[&listed_file], &[], now, scratch.path())
        .await
        .unwrap();
    assert_eq!(body(&from_stripe), body(&from_file));

    // The sample's checkout session events are not listed (billing recovery reads no
    // session), nor its two portal sessions: a file with them counts 23 more events and
    // decides nothing else. (Nor are
    // the SetupIntent's own events, which would decide: left out of this file.)
    let all: Vec<&Value> = events
        .iter()
        .filter(|e| !e["type"].as_str().unwrap().starts_with("setup_intent."))
        .collect();
    let whole_file = history_file(files.path(), "all.jsonl", &all);
    let whole = simulate(&[&whole_file], &[], now, scratch.path())
        .await
        .unwrap();
    let counts = |table: &str| table.lines().nth(1).unwrap().to_owned();
    assert!(counts(&whole).starts_with("  113 events: 92 billing events simulated, 21 of other"));
    // Nor are the portal sessions listed: what the report counts, deciding no mail.
    assert!(counts(&from_stripe).starts_with("  90 events: 90 billing events simulated, 0 of"));
    let decisions = |table: &str| table.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(decisions(&from_stripe), decisions(&whole));

    // One page, the window 30 days back from now; nothing else asked or left behind.
    let pages = event_pages(&fake, now - 30 * DAY);
    assert_eq!(pages.len(), 1);
    assert!(!pages[0].iter().any(|(name, _)| name == "starting_after"));
    assert_eq!(std::fs::read_dir(scratch.path()).unwrap().count(), 0);
}

/// The sample with each object version as the event a live account sends for the change
/// (`customer.updated`, `customer.subscription.updated`, `invoice.updated`,
/// `payment_method.updated`) at its time, before the sample's events of that second.
fn sample_as_a_live_account() -> Vec<Value> {
    sample_lines()
        .into_iter()
        .enumerate()
        .map(|(line, value)| {
            if is_event(&value) {
                return value;
            }
            let object = value["object_version"].clone();
            let event_type = match object["object"].as_str().unwrap() {
                "subscription" => "customer.subscription.updated".to_owned(),
                kind => format!("{kind}.updated"),
            };
            let created = value["at"].as_i64().unwrap();
            stripe_event(&format!("evt_version{line}"), &event_type, object, created)
        })
        .collect()
}

#[tokio::test]
async fn a_live_accounts_events_over_three_pages_make_the_table_a_file_of_them_makes() {
    let fake = StripeFake::start().await;
    let lines = sample_as_a_live_account();
    let last = lines.iter().map(|e| e["created"].as_i64().unwrap()).max();
    let now = last.unwrap() + DAY;
    fake.put_events(lines.clone());
    let scratch = tempfile::tempdir().unwrap();

    let args = ["--from-stripe", "--days", "29", "--diff"];
    let annual =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../policies/examples/annual-subscribers.toml");
    let mut with_diff: Vec<&str> = args.to_vec();
    with_diff.push(annual.to_str().unwrap());
    let from_stripe = simulate(&with_diff, &reading(&fake), now, scratch.path())
        .await
        .unwrap();

    // 29 days back from a day after the last event leaves out the first 10 (the versions
    // of five customers and their subscriptions, before 2026-01-01 01:00): a file of the
    // rest.
    let since = now - 29 * DAY;
    let listed: Vec<&Value> = listed(&lines)
        .into_iter()
        .filter(|e| e["created"].as_i64().unwrap() >= since)
        .collect();
    assert_eq!(listed.len(), 269 - 10);
    let files = tempfile::tempdir().unwrap();
    let file = history_file(files.path(), "live.jsonl", &listed);
    let from_file = simulate(
        &[&file, "--diff", annual.to_str().unwrap()],
        &[],
        now,
        scratch.path(),
    )
    .await
    .unwrap();
    assert_eq!(body(&from_stripe), body(&from_file));
    // With the objects' states, mails go: the table is not one of skips alone.
    for row in [
        "everyone       payment_failed",
        "annual         payment_failed",
        "259 events: 156 billing events simulated, 103 of other types",
    ] {
        assert!(from_stripe.contains(row), "no {row:?} in\n{from_stripe}");
    }

    // 259 events: pages of 100, 100 and 59, each after the last event of the one before,
    // oldest last (Stripe lists newest first).
    let pages = event_pages(&fake, since);
    let after: Vec<Option<&str>> = pages
        .iter()
        .map(|query| {
            query
                .iter()
                .find(|(name, _)| name == "starting_after")
                .map(|(_, id)| id.as_str())
        })
        .collect();
    let newest_first: Vec<&Value> = listed.iter().rev().copied().collect();
    let at = |position: usize| {
        // Within one second a later event lists first, so sort by time, stably.
        let mut sorted = newest_first.clone();
        sorted.sort_by_key(|e| std::cmp::Reverse(e["created"].as_i64()));
        sorted[position]["id"].as_str().unwrap().to_owned()
    };
    assert_eq!(
        after,
        [None, Some(at(99).as_str()), Some(at(199).as_str())],
        "{pages:?}"
    );
    assert_eq!(std::fs::read_dir(scratch.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn stripes_refusals_are_told_with_what_to_do_and_never_show_the_key() {
    let fake = StripeFake::start().await;
    let (events, now) = sample_events();
    fake.put_events(events);
    let scratch = tempfile::tempdir().unwrap();

    // A key Stripe does not know (the fake knows one key).
    let unknown_key = "rk_test_notthefakeskey51";
    let vars = [
        ("STRIPE_READ_KEY", unknown_key.to_owned()),
        ("STRIPE_API_BASE", fake.base_url()),
    ];
    let error = simulate(&["--from-stripe"], &vars, now, scratch.path())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!(
            "reading the events from Stripe at {}: Stripe answered 401 (invalid_request_error): \
             Invalid API Key provided; the key is not one Stripe knows",
            fake.base_url()
        )),
        "{error}"
    );
    assert!(!error.contains(unknown_key), "{error}");

    // A restricted key without Events: Read, as Stripe answers it (the message quotes
    // the key; the command does not).
    fake.script([Canned::error(
        403,
        "invalid_request_error",
        None,
        &format!(
            "The provided key '{FAKE_SECRET_KEY}' does not have the required permissions for \
             this endpoint on account 'acct_1Fake'. Having the 'rak_event_read' permission \
             would allow this request to continue."
        ),
    )]);
    let error = simulate(&["--from-stripe"], &reading(&fake), now, scratch.path())
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("Stripe answered 403"), "{error}");
    assert!(
        error.ends_with("; the key needs the Events: Read permission"),
        "{error}"
    );
    assert!(!error.contains(FAKE_SECRET_KEY), "{error}");

    // Without a key nothing is asked.
    let requests = fake.requests().len();
    let vars = [("STRIPE_API_BASE", fake.base_url())];
    let error = simulate(&["--from-stripe"], &vars, now, scratch.path())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("STRIPE_READ_KEY") && error.contains("STRIPE_SECRET_KEY"),
        "{error}"
    );
    assert_eq!(fake.requests().len(), requests);
    assert_eq!(std::fs::read_dir(scratch.path()).unwrap().count(), 0);
}
