//! Lambda wiring for `GET /billing/portal`: secrets, configuration, the runtime.

use portal_link::PortalLinkFunction;
use portal_link::config::PortalConfig;
use stripe_recovery::{http, secrets};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (_, env) = secrets::start_lambda().await?;
    let config = PortalConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    http::serve(PortalLinkFunction::from_config(config)).await
}
