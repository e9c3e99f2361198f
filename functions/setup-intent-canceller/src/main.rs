//! Lambda wiring for the setup-intent canceller: configuration, the Stripe client, the runtime.

use aws_lambda_events::event::dynamodb::Event;
use lambda_runtime::{Error, LambdaEvent, service_fn};
use setup_intent_canceller::SetupIntentCanceller;
use stripe_recovery::config::{CancellerConfig, Env};
use stripe_recovery::stripe::client::{StripeClient, invocation_deadline};
use stripe_recovery::telemetry;

#[tokio::main]
async fn main() -> Result<(), Error> {
    telemetry::init();
    let config =
        CancellerConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    let canceller = SetupIntentCanceller {
        stripe: StripeClient::new(config.stripe),
    };
    let canceller = &canceller;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Event>| async move {
        let deadline = invocation_deadline(event.context.deadline);
        Ok::<_, Error>(canceller.handle(&event.payload, deadline).await)
    }))
    .await
}
