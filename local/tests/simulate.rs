//! `simulate` on the committed lifecycle history (`events/history/lifecycle-sample.jsonl`,
//! the lifecycle replay's first seed): the built-in policy against an annual sequence,
//! with the figures the table shows; and proof that a run sends nothing and leaves
//! nothing behind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use billing_recovery::decide::BillingKind;
use local::simulate::{self, History, PolicyRun, SETTINGS, Tally};
use stripe_recovery::ports::AlertReason;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sample() -> PathBuf {
    root().join("events/history/lifecycle-sample.jsonl")
}

/// Stripe's recipe for annual subscribers, as shipped: reminders on our own clock 3, 7
/// and 14 days after the first failure, and the team told.
fn annual_policy() -> PathBuf {
    root().join("policies/examples/annual-subscribers.toml")
}

async fn run(history: &History, policy: Option<&Path>, scratch: &Path) -> PolicyRun {
    let (label, config) = simulate::configured(policy, &[]).unwrap();
    let tally = simulate::run_policy(history, config, scratch)
        .await
        .unwrap();
    PolicyRun { label, tally }
}

#[tokio::test]
async fn an_annual_sequence_on_the_lifecycle_history_reminds_where_the_default_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::read(&sample()).unwrap();
    // Two portal sessions (one opened by our link) and three renewed cards among them:
    // billing recovery's, what the report splits payments by; no mail's.
    assert_eq!(history.counts.events, 116);
    assert_eq!(history.counts.billing_events, 95);
    assert_eq!(history.counts.versions, 189);

    let built_in = run(&history, None, dir.path()).await;
    let a: &Tally = &built_in.tally;
    assert_eq!(a.segments, ["everyone"]);
    let everyone = |kind| a.mails_of("everyone", kind);
    assert_eq!(everyone(BillingKind::PaymentFailed), 14);
    assert_eq!(everyone(BillingKind::PaymentReminder), 13);
    assert_eq!(everyone(BillingKind::FinalNotice), 6);
    assert_eq!(everyone(BillingKind::CardExpiring), 3);
    assert_eq!(everyone(BillingKind::TrialEnding), 4);
    assert_eq!(everyone(BillingKind::SetupActionRequired), 3);
    assert_eq!(everyone(BillingKind::SetupPaymentMethodRequired), 3);
    assert_eq!(a.all_mails(), 46);
    assert_eq!(a.recovered_invoices(), 9);
    assert_eq!(a.recovered_amounts()["usd"], 233_785);
    assert_eq!(a.lost["subscription_deleted"], 5);
    // Reminders on Stripe's retries: some retries come too soon, some past the cap.
    assert_eq!(a.skipped["reminder_too_soon"], 16);
    assert_eq!(a.skipped["reminders_exhausted"], 2);
    assert_eq!(a.steps_fired, 0);
    assert!(a.alerts.is_empty() && a.failed.is_empty());

    let annual = run(&history, Some(&annual_policy()), dir.path()).await;
    let b: &Tally = &annual.tally;
    assert_eq!(b.segments, ["annual", "everyone-else"]);
    assert_eq!(b.mails_of("annual", BillingKind::PaymentFailed), 4);
    assert_eq!(
        b.mails_of("everyone-else", BillingKind::PaymentReminder),
        10
    );
    // The four yearly renewals: their first failure's mail, steps on our clock (eight
    // fired: four reminded, four found the invoice paid or the sequence over), Stripe's
    // retries mailing nothing in between, and the team told of each.
    assert_eq!(b.steps_fired, 8);
    assert_eq!(b.skipped["sequence_ended"], 4);
    assert_eq!(b.skipped["reminders_scheduled"], 6);
    assert_eq!(b.mails_of("annual", BillingKind::PaymentReminder), 4);
    assert_eq!(b.alerts_of("annual", AlertReason::AnnualRenewalFailed), 4);
    assert_eq!(b.all_mails(), 47);
    assert_eq!(b.recovered_invoices(), 9);
    assert_eq!(
        b.recovered[&("annual".to_owned(), BillingKind::PaymentReminder)].invoices,
        2
    );
    assert!(b.failed.is_empty());

    let table = simulate::render(&history, &[], &[built_in, annual]);
    for row in [
        "everyone       payment_reminder                   13       0   -13        4       0    -4  2026-01-04..2026-01-17  -",
        "annual         payment_reminder                    0       4    +4        0       2    +2  -                       2026-01-04..2026-01-16",
        "all segments   setup_action_required               3       3     0        0       0     0  2026-01-01..2026-01-07  2026-01-01..2026-01-07",
        "annual   annual_renewal_failed             0       4    +4",
        "sequence_ended                    0       4    +4",
        "Δ: +1 mails, 0 invoices paid later (USD 0.00)",
    ] {
        assert!(table.contains(row), "no row {row:?} in\n{table}");
    }
    assert!(!table.contains('@'), "{table}");
}

/// Every file under `dir` (none if it does not exist): its size and last change.
fn tree(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let meta = entry.metadata().unwrap();
        if meta.is_dir() {
            files.extend(tree(&path));
        } else {
            files.insert(path, (meta.len(), meta.modified().unwrap()));
        }
    }
    files
}

#[tokio::test]
async fn a_simulation_sends_nothing_and_leaves_nothing_behind() {
    let root = root();
    // What the local runner writes to (its state, its outbox), and around it.
    let watched = [
        root.join(".local-state"),
        root.join("local"),
        root.join("events"),
        root.join("policies"),
    ];
    let before: Vec<_> = watched.iter().map(|dir| tree(dir)).collect();
    let annual = annual_policy();

    // The command as a reader runs it, its temporary directory a fresh one of ours.
    let temp = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_recovery-local"));
    command
        .current_dir(&root)
        .env("TMPDIR", temp.path())
        .args([
            "simulate",
            "events/history/lifecycle-sample.jsonl",
            "--diff",
        ])
        .arg(&annual);
    for setting in SETTINGS {
        command.env_remove(setting);
    }
    let output = command.output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    );
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains("A: policies/recovery.toml (built in)"),
        "{stdout}"
    );
    assert!(stderr.starts_with("simulated in "), "{stderr}");
    assert!(
        !stdout.contains('@') && !stderr.contains('@'),
        "{stdout}{stderr}"
    );
    // Its store was made in the temporary directory, and is gone.
    assert_eq!(tree(temp.path()), BTreeMap::new());
    assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 0);

    // In process: every mail counted is one the recorder was asked to send, and the
    // scratch directory is left empty.
    let scratch = tempfile::tempdir().unwrap();
    let history = History::read(&sample()).unwrap();
    let run = run(&history, Some(&annual), scratch.path()).await;
    assert!(run.tally.all_mails() > 0);
    assert_eq!(run.tally.mailer_asked, run.tally.all_mails());
    assert_eq!(std::fs::read_dir(scratch.path()).unwrap().count(), 0);

    let after: Vec<_> = watched.iter().map(|dir| tree(dir)).collect();
    assert!(before == after, "a simulation changed files in {watched:?}");
}

#[test]
fn refusals_name_the_file_and_the_line_and_exit_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_recovery-local"))
            .current_dir(root())
            .env("TMPDIR", dir.path())
            // `--from-stripe` finds no key: refused before any request.
            .env_remove(simulate::KEY_VARS[0])
            .env_remove(simulate::KEY_VARS[1])
            .arg("simulate")
            .args(args)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{args:?} succeeded");
        String::from_utf8(output.stderr).unwrap()
    };
    let bad_json = dir.path().join("bad.jsonl");
    let event =
        r#"{"id":"evt_1","type":"invoice.paid","created":1,"data":{"object":{"id":"in_1"}}}"#;
    std::fs::write(&bad_json, format!("{event}\n{{\"id\": \"evt_2\"\n")).unwrap();
    let stderr = run(&[bad_json.to_str().unwrap()]);
    assert!(
        stderr.starts_with(&format!("error: {} line 2: not JSON: ", bad_json.display())),
        "{stderr}"
    );

    let missing = dir.path().join("missing.jsonl");
    let stderr = run(&[missing.to_str().unwrap()]);
    assert!(
        stderr.starts_with(&format!(
            "error: cannot read the history {}: ",
            missing.display()
        )),
        "{stderr}"
    );

    let bad_policy = dir.path().join("policy.toml");
    std::fs::write(
        &bad_policy,
        "version = 1\n\n[[segment]]\nname = \"annual\"\nmails = [\"dunning\"]\n",
    )
    .unwrap();
    let stderr = run(&[
        "--policy",
        bad_policy.to_str().unwrap(),
        "events/history/lifecycle-sample.jsonl",
    ]);
    assert!(
        stderr.starts_with(&format!(
            "error: {} line 5: unknown mail kind \"dunning\"",
            bad_policy.display()
        )),
        "{stderr}"
    );

    let stderr = run(&["--from-stripe", "--days", "31"]);
    assert!(
        stderr.starts_with("error: --days 31: Stripe keeps events 30 days; give 1 to 30\n"),
        "{stderr}"
    );
    let stderr = run(&["--from-stripe", "--days", "7"]);
    assert!(
        stderr.starts_with(
            "error: --from-stripe needs a Stripe key that can read events: set STRIPE_READ_KEY \
             (a restricted key with the Events: Read permission alone is enough) or \
             STRIPE_SECRET_KEY\n"
        ),
        "{stderr}"
    );
    // Nothing was left in the temporary directory but the test's own files.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| n == "bad.jsonl" || n == "policy.toml"),
        "{names:?}"
    );
}
