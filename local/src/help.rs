//! What the runner says about itself: `--help` (every command and the variables each
//! reads, with what each is for) and the lines it prints at startup (what is on and off).

use std::net::SocketAddr;

use stripe_recovery::config::variable;

use crate::{LocalApp, LocalConfig, SAMPLE_WEBHOOK_SECRET};

/// (command, what it does, the variables it reads). The server's and `portal-link`'s
/// lists are checked against what their readers read (the tests of `lib.rs`).
pub const COMMANDS: &[(&str, &str, &[&str])] = &[
    (
        "(nothing)",
        "every function on http://127.0.0.1:3000 with a file store and an outbox of .eml files; \
         each setting has a local default, and session creation is off until its three are set",
        SERVER_VARIABLES,
    ),
    (
        "--demo",
        "replays the signed samples in events/ through the runner on a free port, prints what \
         happened, exits 0; without Stripe (STRIPE_SECRET_KEY and the webhook secrets are ignored)",
        &["LOCAL_STATE_DIR", "LOCAL_STRIPE_OBJECTS"],
    ),
    (
        "portal-link cus_… [--flow F] [--subscription sub_…] [--item si_…=price_…*2] [--coupon C] [--after A] [--locale L]",
        "prints a signed portal link for the runner's GET /billing/portal",
        PORTAL_LINK_VARIABLES,
    ),
    (
        "portal-config [--dry-run]",
        "the customer portal's configuration from the PORTAL_* variables: printed, or applied with a test-mode key",
        &[
            "PORTAL_RETURN_URL",
            "PORTAL_HEADLINE",
            "PORTAL_PRIVACY_POLICY_URL",
            "PORTAL_TERMS_OF_SERVICE_URL",
            "PORTAL_PAYMENT_METHOD_UPDATE",
            "PORTAL_INVOICE_HISTORY",
            "PORTAL_CUSTOMER_UPDATE",
            "PORTAL_CANCEL_MODE",
            "PORTAL_CANCEL_PRORATION",
            "PORTAL_CANCELLATION_REASONS",
            "PORTAL_UPDATE_PRODUCTS",
            "PORTAL_UPDATE_ALLOWED",
            "PORTAL_UPDATE_PRORATION",
            "PORTAL_CONFIGURATION",
            "STRIPE_SECRET_KEY",
            "STRIPE_API_BASE",
            "STRIPE_API_VERSION",
        ],
    ),
    (
        "report [--table NAME] [--since …] [--format text|csv|json] [--html FILE]",
        "events, mails and recoveries per flow and month, from the local state or a DynamoDB table (the shell's AWS credentials)",
        &["LOCAL_STATE_DIR"],
    ),
    (
        "consent <email> [--table NAME] [--erase]",
        "what is held about one address, and its erasure",
        &["LOCAL_STATE_DIR", "RECIPIENT_KEY_PEPPER"],
    ),
    (
        "ses-event FILE…",
        "SES's event records as SNS delivers them (events/ses/) through mail-events over the local state: a complaint or hard bounce suppresses, the report counts them",
        &["LOCAL_STATE_DIR", "RECIPIENT_KEY_PEPPER"],
    ),
    (
        "previews <DIR>",
        "every mail kind in every language, rendered from sample data into DIR",
        &[],
    ),
    (
        "replay <consumer> --queue-url <url> [--dry-run]",
        "runs a deployed consumer's dead-letter queue again, with that function's own environment (--help for more)",
        &[],
    ),
    (
        "simulate [--policy FILE] EVENTS|--from-stripe [--diff OTHER]",
        "a recovery policy over a recorded history on a simulated clock; nothing sent or written (--help for more)",
        &[
            "BILLING_MAILS",
            "BILLING_MAX_REMINDERS",
            "BILLING_REMINDER_MIN_DAYS",
            "BILLING_ALERT_AMOUNTS",
            "STRIPE_READ_KEY",
            "STRIPE_SECRET_KEY",
            "STRIPE_API_BASE",
        ],
    ),
];

/// What `portal-link` reads (each with its local default).
pub const PORTAL_LINK_VARIABLES: &[&str] = &[
    "LOCAL_PORT",
    "PORTAL_LINK_URL",
    "PORTAL_LINK_SECRET",
    "PORTAL_LINK_TTL_DAYS",
];

/// What the server reads: every function's settings (each with a local default, or
/// optional) and its own.
pub const SERVER_VARIABLES: &[&str] = &[
    "LOCAL_PORT",
    "LOCAL_STATE_DIR",
    "LOCAL_STRIPE_OBJECTS",
    "STRIPE_SECRET_KEY",
    "STRIPE_API_BASE",
    "STRIPE_API_VERSION",
    "STRIPE_WEBHOOK_SECRET",
    "STRIPE_WEBHOOK_SECRETS",
    "STRIPE_WEBHOOK_TOLERANCE_SECS",
    "STRIPE_PUBLISHABLE_KEY",
    "ALLOWED_PRICES",
    "SUCCESS_URL",
    "CANCEL_URL",
    "CHECKOUT_MODE",
    "CHECKOUT_EXPIRES_MINUTES",
    "CONSENT_COLLECTION",
    "RECOVERY_ALLOW_PROMOTION_CODES",
    "ALLOWED_ORIGINS",
    "CHECKOUT_TOKEN_SECRET",
    "SHOP_NAME",
    "SHOP_LOGO_URL",
    "SHOP_ADDRESS",
    "SENDER_EMAIL",
    "BILLING_SENDER_EMAIL",
    "SES_CONFIGURATION_SET",
    "RECOVERY_EMAIL_COOLDOWN_HOURS",
    "RECOVERY_PROMO_CODE",
    "RECOVERY_PROMO_CODE_LAST_STEP",
    "RECOVERY_STEPS",
    "HOLDOUT_PERCENT",
    "UNSUBSCRIBE_URL",
    "UNSUBSCRIBE_LINK_SECRET",
    "RECIPIENT_KEY_PEPPER",
    "BILLING_MAILS",
    "BILLING_SEGMENT_SENDERS",
    "RESUBSCRIBE_URL",
    "BILLING_MAX_REMINDERS",
    "BILLING_REMINDER_MIN_DAYS",
    "BILLING_ALERT_AMOUNTS",
    "ALERT_TOPIC_ARN",
    "ALERT_WEBHOOK_URL",
    "PORTAL_LINK_SECRET",
    "PORTAL_LINK_URL",
    "PORTAL_LINK_TTL_DAYS",
    "PORTAL_RETURN_URL",
    "PORTAL_CONFIGURATION",
    "PORTAL_RETENTION_COUPON",
    "SETUP_LINK_URL",
    "SETUP_LINK_SECRET",
];

/// `--help`: the commands, the variables each reads, and what each variable is for.
pub fn text() -> String {
    let mut out = String::from(
        "stripe-recovery local runner: cargo run -p local -- [COMMAND]\n\
         \n\
         Commands:\n",
    );
    for (command, what, variables) in COMMANDS {
        out.push_str(&format!("  {command}\n      {what}\n"));
        if !variables.is_empty() {
            let mut line = String::from("      reads:");
            for (i, var) in variables.iter().enumerate() {
                let comma = if i + 1 < variables.len() { "," } else { "" };
                if line.len() + var.len() + 2 > 96 {
                    out.push_str(&line);
                    out.push('\n');
                    line = String::from("            ");
                }
                line.push_str(&format!(" {var}{comma}"));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push_str(
        "\nFirst steps:\n\
         \x20 cargo run -p local -- --demo                  the whole story on the samples, no account needed\n\
         \x20 STRIPE_SECRET_KEY=sk_test_… cargo run -p local  with your test-mode account\n\
         \x20 stripe listen --forward-to http://127.0.0.1:3000/webhook\n\
         \x20   then: STRIPE_WEBHOOK_SECRET=<the whsec_ it prints> cargo run -p local\n\
         \nVariables (every one optional locally):\n",
    );
    let mut names: Vec<&str> = COMMANDS
        .iter()
        .flat_map(|(_, _, variables)| variables.iter().copied())
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        match variable(name) {
            Some(v) => out.push_str(&format!(
                "  {name}\n      {} (e.g. {name}={})\n",
                v.purpose, v.example
            )),
            None => out.push_str(&format!("  {name}\n")),
        }
    }
    out.push_str(
        "\nThe book's configuration reference (docs/src/configuration.md) has each default.\n",
    );
    out
}

/// What the runner prints once it listens on `addr`: its routes and what is on or off,
/// with the variable that turns each on. Never a secret's value (the sample secret is
/// public: the samples in events/ are signed with it).
pub fn startup(app: &LocalApp, config: &LocalConfig, addr: SocketAddr, demo: bool) -> String {
    let mut lines = vec![format!("stripe-recovery local runner on http://{addr}")];
    let mut say = |line: String| lines.push(line);
    say(format!(
        "  POST /webhook              Stripe events -> inbox in {}",
        config.state_dir.join("table").display()
    ));
    say(if demo {
        "  POST /checkout/sessions    off (the demo runs without Stripe)".to_owned()
    } else if app.checkout_enabled() {
        "  POST /checkout/sessions    on: Checkout Sessions with cart recovery (Stripe at STRIPE_API_BASE, else api.stripe.com)".to_owned()
    } else {
        format!(
            "  POST /checkout/sessions    off (503 session_creation_off): {}",
            crate::session_creation_off(app.checkout_missing())
                .trim_start_matches("session creation is off: ")
        )
    });
    say("  GET|POST /unsubscribe      unsubscribe links from the mails (GET asks, POST unsubscribes)".to_owned());
    say(format!(
        "  GET /billing/portal        signed portal links -> a portal session ({})",
        if config.stripe_key {
            "Stripe called: STRIPE_SECRET_KEY is set"
        } else {
            "dry run: no STRIPE_SECRET_KEY"
        }
    ));
    say(
        "    mint one: cargo run -p local -- portal-link cus_… --flow payment_method_update"
            .to_owned(),
    );
    say(format!(
        "  inbox inserts -> recovery-mailer, billing-recovery (mails in {}) and setup-intent-canceller",
        config.state_dir.join("outbox").display()
    ));
    match &config.stripe_objects {
        None => {
            say("    they read Stripe's objects from Stripe (STRIPE_SECRET_KEY is set)".to_owned())
        }
        Some(objects) => say(format!(
            "    they read Stripe's objects from {} (no STRIPE_SECRET_KEY; LOCAL_STRIPE_OBJECTS)",
            objects.display()
        )),
    }
    say(format!(
        "  scheduler: due steps of carts' sequences fire every {} s (RECOVERY_STEPS)",
        crate::LOCAL_SWEEP_SECS
    ));
    if config.uses_sample_secret || demo {
        say(format!(
            "  webhook secret: {SAMPLE_WEBHOOK_SECRET} (the sample secret events/ is signed with; set STRIPE_WEBHOOK_SECRET to use yours)"
        ));
        if !demo {
            say(format!(
                "  with the Stripe CLI: stripe listen --forward-to http://{addr}/webhook"
            ));
            say("    then restart with STRIPE_WEBHOOK_SECRET=<the whsec_ it prints>".to_owned());
        }
    } else {
        say("  webhook secret: from STRIPE_WEBHOOK_SECRET / STRIPE_WEBHOOK_SECRETS (stripe listen's deliveries verify)".to_owned());
    }
    if !demo {
        say("  (--help: every command and variable)".to_owned());
    }
    lines.join("\n")
}
