//! Lambda wiring for `GET /billing/portal`: secrets, configuration, the runtime.

use portal_link::PortalLinkFunction;
use portal_link::config::PortalConfig;
use stripe_recovery::config::Env;
use stripe_recovery::{http, telemetry};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    telemetry::init();
    let sdk_config = aws_config::load_from_env().await;
    let env = Env::process()
        .with_secrets(&sdk_config)
        .await
        .inspect_err(|e| tracing::error!("{e}"))?;
    let config = PortalConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    http::serve(PortalLinkFunction::from_config(config)).await
}
