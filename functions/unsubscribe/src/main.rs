//! Lambda wiring for `/unsubscribe`: secrets, configuration, the DynamoDB store, the runtime.

use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::{http, secrets};
use unsubscribe::Unsubscribe;
use unsubscribe::config::UnsubscribeConfig;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (sdk_config, env) = secrets::start_lambda().await?;
    let config = UnsubscribeConfig::from_env(&env).inspect_err(|e| tracing::error!("{e}"))?;
    let store = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    http::serve(Unsubscribe::from_config(config, store)).await
}
