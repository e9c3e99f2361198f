//! Lambda wiring for `GET /billing/portal`: configuration, the Stripe client, the runtime.

use portal_link::PortalLinkFunction;
use portal_link::config::PortalConfig;
use stripe_recovery::config::Env;
use stripe_recovery::{http, telemetry};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    telemetry::init();
    let config = PortalConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    http::serve(PortalLinkFunction::from_config(config)).await
}
