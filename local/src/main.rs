//! `cargo run -p local`: the webhook on 127.0.0.1 with a file-backed store.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use local::{LocalApp, SAMPLE_WEBHOOK_SECRET};
use stripe_recovery::config::Env;
use stripe_recovery::telemetry;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    telemetry::init();
    let (app, config) = LocalApp::from_env(&Env::process())?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, config.port));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    println!("stripe-recovery local runner on http://{addr}");
    println!(
        "  POST /webhook   Stripe events -> inbox in {}",
        config.state_dir.display()
    );
    if config.uses_sample_secret {
        println!(
            "  webhook secret: {SAMPLE_WEBHOOK_SECRET} (the sample secret; set STRIPE_WEBHOOK_SECRETS to change it)"
        );
    } else {
        println!("  webhook secret: from STRIPE_WEBHOOK_SECRETS");
    }
    if config.checkout_enabled {
        println!(
            "  POST /checkout/sessions   Checkout Sessions with cart recovery (Stripe at STRIPE_API_BASE)"
        );
    } else {
        println!(
            "  POST /checkout/sessions   off: set STRIPE_SECRET_KEY, ALLOWED_PRICES and SUCCESS_URL"
        );
    }
    println!("  with the Stripe CLI: stripe listen --forward-to http://{addr}/webhook");
    println!("    then set STRIPE_WEBHOOK_SECRETS to the whsec_ secret it prints and restart");
    println!(
        "  recovery mails go to {}",
        config.state_dir.join("outbox").display()
    );
    let app = Arc::new(app);
    let _consumers = app.start_consumers();
    local::serve(listener, app).await?;
    Ok(())
}
