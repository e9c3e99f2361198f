//! `cargo run -p local`: every function on 127.0.0.1 with a file-backed store and outbox.
//! `cargo run -p local -- --help`: every command and the variables each reads.
//! `cargo run -p local -- --demo`: replay the samples in events/ through it, then exit.
//! `cargo run -p local -- portal-link cus_… [--flow …]`: print a signed portal link.
//! `cargo run -p local -- portal-config [--dry-run]`: the customer portal configuration
//! from the PORTAL_* variables: printed, or applied with a test-mode key.
//! `cargo run -p local -- replay <consumer> --queue-url <url> [--dry-run]`: run again what
//! a deployed stream consumer gave up on (its dead-letter queue), against AWS.
//! `cargo run -p local -- report [--table NAME] [--format text|csv|json] [--html FILE]`:
//! events, mails and recoveries per flow and month, the mails' lift over a held-out
//! group, recent failed payments and churn, from the local state or a DynamoDB table.
//! `cargo run -p local -- consent <email> [--table NAME] [--erase]`: what is held about
//! one person (mails, consent proofs, scheduled steps), and its erasure.
//! `cargo run -p local -- ses-event FILE…`: SES's event records (events/ses/) through
//! mail-events over the local state, as the deployed function acts on them.
//! `cargo run -p local -- previews <DIR>`: every mail kind in every language, rendered
//! from sample data into DIR (`scripts/mail-previews.py` screenshots them).
//! `cargo run -p local -- simulate [--policy FILE] EVENTS [--diff OTHER]`: a recovery
//! policy run over a recorded history on a simulated clock; nothing sent or written.
//! `--from-stripe [--days N]` in place of EVENTS: the account's events of the last N days.

use std::path::Path;
use std::sync::Arc;

use local::{LocalApp, demo};
use stripe_recovery::config::Env;
use stripe_recovery::telemetry;

#[tokio::main]
async fn main() {
    // Messages for people, not Debug: what failed and why, then a non-zero exit.
    if let Err(e) = run(std::env::args().skip(1).collect()).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

async fn run(args: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    let demo_mode = match args.first().map(String::as_str) {
        None => false,
        Some("--demo") if args.len() == 1 => true,
        Some("--help" | "-h" | "help") => {
            print!("{}", local::help::text());
            return Ok(());
        }
        Some("replay") => return replay(&args[1..]).await,
        Some("portal-link") => {
            match local::portal_link_command(&Env::process(), &args[1..]) {
                Ok(link) => println!("{link}"),
                Err(e) => {
                    eprintln!("error: {e}");
                    std::process::exit(2);
                }
            }
            return Ok(());
        }
        Some("portal-config") => {
            match local::portal_config::command(&args[1..], &Env::process()).await {
                Ok(printed) => print!("{printed}"),
                Err(e) => {
                    eprintln!("error: {e}");
                    std::process::exit(2);
                }
            }
            return Ok(());
        }
        Some("report") => return report(&args[1..]).await,
        Some("consent") => return consent(&args[1..]).await,
        Some("ses-event") => return local::ses_event(&Env::process(), &args[1..]).await,
        Some("previews") => return local::previews::command(&args[1..]),
        Some("simulate") => {
            if args.iter().any(|a| a == "--help" || a == "-h") {
                println!("{}", local::simulate::USAGE);
                return Ok(());
            }
            // Logs (RUST_LOG) on request only: the table is the output.
            telemetry::init_with_default("off");
            let started = std::time::Instant::now();
            let settings = local::simulate::settings_from_env();
            match local::simulate::command(&args[1..], &settings).await {
                Ok(table) => {
                    print!("{table}");
                    // Apart from the table, which is the same on every run.
                    eprintln!("simulated in {:.2} s", started.elapsed().as_secs_f64());
                }
                Err(e) => {
                    // A path or a setting could hold an address; it is not echoed.
                    eprintln!("error: {}", telemetry::redact_emails(&e.to_string()));
                    std::process::exit(1);
                }
            }
            return Ok(());
        }
        Some(other) => {
            return Err(format!(
                "unknown argument {other:?}; use nothing, --demo, --help, portal-link, portal-config, report, consent, previews, replay or simulate"
            )
            .into());
        }
    };
    telemetry::init_with_default("warn");
    let process = Env::process();
    if demo_mode {
        for var in demo::ignored(&process) {
            println!("(the demo runs on the samples: {var} is ignored)");
        }
    }
    let demo_env = demo::env(&process);
    let (app, config) = match demo_mode {
        true => LocalApp::from_env(&demo_env)?,
        false => LocalApp::from_env(&process)?,
    };
    let listener = local::bind(config.port).await?;
    let addr = listener.local_addr()?;
    println!("{}", local::help::startup(&app, &config, addr, demo_mode));
    let app = Arc::new(app);
    let _consumers = app.start_consumers();
    let server = tokio::spawn(local::serve(listener, app.clone()));
    if !demo_mode {
        // The scheduler's sweep, as the stack's runs every minute.
        let sweeper = app.clone();
        tokio::spawn(async move {
            let mut every =
                tokio::time::interval(std::time::Duration::from_secs(local::LOCAL_SWEEP_SECS));
            loop {
                every.tick().await;
                if let Err(error) = sweeper.sweep().await {
                    eprintln!("scheduler: the sweep failed: {error}");
                }
            }
        });
        server.await??;
        return Ok(());
    }
    let all_ok = demo::run(&app, addr, Path::new("events"), &config.state_dir).await?;
    let outbox = config.state_dir.join("outbox");
    let mails = std::fs::read_dir(&outbox)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                .count()
        })
        .unwrap_or(0);
    println!(
        "\noutbox: {mails} mail(s) in {} (run the demo again: state is kept, nothing is sent twice)",
        outbox.display()
    );
    if all_ok {
        Ok(())
    } else {
        Err("a step did not answer as expected".into())
    }
}

/// `report [--table NAME] [--format text|csv|json] [--html FILE]`: the recovery report of
/// the local state (`LOCAL_STATE_DIR`), or of a DynamoDB table with the shell's AWS
/// credentials (it needs `dynamodb:Scan`), printed in `--format`; `--html` also writes
/// the page.
async fn report(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let args = local::report::ReportArgs::parse(args)?;
    let items: Vec<serde_json::Value> = match args.table {
        Some(table) => {
            use local::report::Since;
            let since = Since::parse(args.since.as_deref(), stripe_recovery::time::unix_now())?;
            let aws = aws_config::load_from_env().await;
            let store =
                stripe_recovery::adapters::dynamodb::DynamoStore::from_sdk_config(&aws, table);
            let items = match &since {
                Since::All => store.items_with_prefixes(local::report::PREFIXES).await?,
                Since::Months(months) => {
                    eprintln!(
                        "report: {} to {} from the report index (inbox events are not read: --since all scans for them)",
                        months[0],
                        months[months.len() - 1]
                    );
                    store.report_items(months).await?
                }
            };
            items
                .into_iter()
                .map(serde_dynamo::from_item)
                .collect::<Result<_, _>>()?
        }
        None => {
            let state_dir = Env::process()
                .parsed_or("LOCAL_STATE_DIR", std::path::PathBuf::from(".local-state"))?;
            stripe_recovery::adapters::file_store::FileStore::open(state_dir.join("table"))?
                .all_items()
                .await?
                .into_iter()
                .map(serde_json::Value::Object)
                .collect()
        }
    };
    let model = local::report::ReportModel::from_items(&items);
    if let Some(path) = &args.html {
        let page = local::report::render_html(&model, stripe_recovery::time::unix_now())?;
        std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("report: the page is in {}", path.display());
    }
    print!("{}", local::report::render_format(&model, args.format));
    Ok(())
}

/// `consent <email> [--table NAME] [--erase]`: the local state, or a DynamoDB table with
/// the shell's AWS credentials and the deployed pepper (`RECIPIENT_KEY_PEPPER`, or the
/// secret `RECIPIENT_KEY_PEPPER_SECRET_ARN` names).
async fn consent(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    use local::consent::{ConsentArgs, Store};
    use stripe_recovery::adapters::{dynamodb::DynamoStore, file_store::FileStore};

    let args = ConsentArgs::parse(args)?;
    let (store, pepper) = match &args.table {
        Some(table) => {
            let aws = aws_config::load_from_env().await;
            let env = Env::process().with_secrets(&aws).await?;
            let pepper = env.required("RECIPIENT_KEY_PEPPER")?;
            (
                Store::Table(DynamoStore::from_sdk_config(&aws, table)),
                pepper,
            )
        }
        None => {
            // The local runner's own pepper unless the shell sets one, as `LocalApp` does.
            let env = Env::process();
            let pepper = env
                .optional("RECIPIENT_KEY_PEPPER")
                .unwrap_or_else(|| local::LOCAL_RECIPIENT_KEY_PEPPER.to_owned());
            let state_dir =
                env.parsed_or("LOCAL_STATE_DIR", std::path::PathBuf::from(".local-state"))?;
            (
                Store::Files(FileStore::open(state_dir.join("table"))?),
                pepper,
            )
        }
    };
    let keyer = stripe_recovery::recipient::RecipientKeyer::new(&pepper)
        .map_err(|e| format!("RECIPIENT_KEY_PEPPER: {e}"))?;
    print!("{}", local::consent::run(&store, &keyer, &args).await?);
    Ok(())
}

/// `replay <consumer> --queue-url <url> [--dry-run]`, with the consumer's own Lambda
/// environment and the AWS credentials of the shell. Exits non-zero unless every message
/// was replayed and deleted (or, dry, listed).
async fn replay(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{}", local::replay::USAGE);
        return Ok(());
    }
    let args = local::replay::ReplayArgs::parse(args)
        .map_err(|e| format!("{e}\n{}", local::replay::USAGE))?;
    // The replay prints one line per item; logs (RUST_LOG) add detail on request.
    telemetry::init_with_default("off");
    let aws = aws_config::load_from_env().await;
    let options = local::replay::ReplayOptions::new(args.queue_url, args.dry_run);
    // The function's own environment holds its secrets' ARNs: read them as it does.
    let env = Env::process().with_secrets(&aws).await?;
    let summary = local::replay_queue(&args.consumer, &env, &aws, &options, &mut |line| {
        println!("{line}")
    })
    .await?;
    if summary.complete() {
        Ok(())
    } else {
        Err(format!(
            "{} message(s) kept in the queue; see above why",
            summary.kept
        )
        .into())
    }
}
