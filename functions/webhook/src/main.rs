//! Lambda wiring for `POST /webhook`: configuration, the DynamoDB inbox, the runtime.

use std::time::{SystemTime, UNIX_EPOCH};

use lambda_http::{Error, Request, service_fn};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::config::{Env, WebhookConfig};
use stripe_recovery::intake::Intake;
use stripe_recovery::telemetry;

#[tokio::main]
async fn main() -> Result<(), Error> {
    telemetry::init();
    let config =
        WebhookConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    let sdk_config = aws_config::load_from_env().await;
    let inbox = DynamoStore::from_sdk_config(&sdk_config, config.table_name);
    let intake = Intake::new(inbox, config.secrets, config.tolerance_secs);
    let intake = &intake;
    lambda_http::run(service_fn(move |request: Request| async move {
        Ok::<_, Error>(webhook::handle(intake, request, unix_now()).await)
    }))
    .await
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}
