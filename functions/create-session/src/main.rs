//! Lambda wiring for `POST /checkout/sessions`: configuration, the Stripe client, the runtime.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use create_session::CreateSession;
use lambda_http::{Error, Request, RequestExt, service_fn};
use stripe_recovery::config::{CheckoutConfig, Env};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::telemetry;

#[tokio::main]
async fn main() -> Result<(), Error> {
    telemetry::init();
    let config =
        CheckoutConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    let app = CreateSession {
        stripe: StripeClient::new(config.stripe),
        policy: config.policy,
        allowed_origins: config.allowed_origins,
    };
    let app = &app;
    lambda_http::run(service_fn(move |request: Request| async move {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock after 1970");
        let lambda_deadline = request.lambda_context_ref().map(|context| context.deadline);
        let budget = stripe_recovery::stripe::client::call_budget(
            lambda_deadline,
            now.as_millis() as u64,
            Duration::from_secs(10),
        );
        let deadline = tokio::time::Instant::now() + budget;
        Ok::<_, Error>(create_session::handle(app, request, now.as_secs() as i64, deadline).await)
    }))
    .await
}
