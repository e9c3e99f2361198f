//! Lambda wiring for `POST /checkout/sessions`: secrets, configuration, the key store,
//! the runtime.

use create_session::CreateSession;
use create_session::config::CheckoutConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::{http, init};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (sdk_config, config) = init::start_lambda(CheckoutConfig::from_env).await?;
    let keys = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    http::serve(CreateSession::from_config(config, keys)).await
}
