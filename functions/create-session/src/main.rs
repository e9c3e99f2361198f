//! Lambda wiring for `POST /checkout/sessions`: secrets, configuration, the key store,
//! the runtime.

use create_session::CreateSession;
use create_session::config::CheckoutConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
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
    let config = CheckoutConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    let keys = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    http::serve(CreateSession::from_config(config, keys)).await
}
