//! Lambda wiring for `/unsubscribe`: secrets, configuration, the DynamoDB store, the runtime.

use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::config::Env;
use stripe_recovery::{http, telemetry};
use unsubscribe::Unsubscribe;
use unsubscribe::config::UnsubscribeConfig;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    telemetry::init();
    let sdk_config = aws_config::load_from_env().await;
    let env = Env::process()
        .with_secrets(&sdk_config)
        .await
        .inspect_err(|e| tracing::error!("{e}"))?;
    let config = UnsubscribeConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    let store = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    http::serve(Unsubscribe::from_config(config, store)).await
}
