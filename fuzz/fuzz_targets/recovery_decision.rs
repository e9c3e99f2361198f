//! `recovery::decide` over any Checkout Session JSON that deserializes, at fixed and
//! session-derived clocks (its `created`, its recovery `expires_at`, i64::MIN/MAX), with
//! cooldowns up to `i64::MAX` and recipient facts at the same edges. It must never panic
//! (overflow checks are on in fuzz builds) and its answers must be consistent:
//! an accepted candidate has a trimmed non-empty email and its hash, a URL, an unexpired
//! link; stored facts never turn a precheck skip into a send.

#![no_main]

use libfuzzer_sys::fuzz_target;
use stripe_recovery::recovery::{RecipientFacts, SessionMail, SkipReason, decide, precheck};
use stripe_recovery::stripe::event::CheckoutSession;

const DAY: i64 = 86_400;
/// The longest cooldown configuration allows: `cooldown_hours: u32` × 3600.
const MAX_CONFIG_COOLDOWN: i64 = u32::MAX as i64 * 3600;

fuzz_target!(|data: &[u8]| {
    let Ok(session) = serde_json::from_slice::<CheckoutSession>(data) else {
        return;
    };
    let created = session.created;
    let expires_at = session
        .after_expiration
        .as_ref()
        .and_then(|a| a.recovery.as_ref())
        .and_then(|r| r.expires_at);
    let nows = [
        0,
        1_700_000_000,
        created,
        created.saturating_add(1),
        expires_at.unwrap_or(0).saturating_sub(1),
        expires_at.unwrap_or(0),
        i64::MIN,
        i64::MAX,
    ];
    let cooldowns = [0, DAY, MAX_CONFIG_COOLDOWN, i64::MAX];
    for now in nows {
        let pre = precheck(&session, None, now);
        for cooldown in cooldowns {
            for facts in facts_around(created, expires_at, now, cooldown) {
                let got = decide(&session, None, &facts, now, cooldown);
                check(&session, &facts, now, &pre, &got);
            }
        }
    }
});

fn facts_around(
    created: i64,
    expires_at: Option<i64>,
    now: i64,
    cooldown: i64,
) -> Vec<RecipientFacts> {
    let none = RecipientFacts::default();
    let mut facts = vec![
        none,
        RecipientFacts {
            suppressed: true,
            ..none
        },
        RecipientFacts {
            session: SessionMail::Mailed,
            ..none
        },
        RecipientFacts {
            session: SessionMail::MaybeSent,
            ..none
        },
    ];
    for at in [
        created,
        created.saturating_sub(1),
        created.saturating_add(1),
        i64::MIN,
        i64::MAX,
    ] {
        facts.push(RecipientFacts {
            last_purchase_at: Some(at),
            ..none
        });
    }
    for at in [
        now,
        now.saturating_sub(cooldown),
        now.saturating_sub(cooldown).saturating_add(1),
        created,
        expires_at.unwrap_or(0),
        i64::MIN,
        i64::MAX,
    ] {
        facts.push(RecipientFacts {
            last_mailed_at: Some(at),
            ..none
        });
    }
    facts
}

fn check(
    session: &CheckoutSession,
    facts: &RecipientFacts,
    now: i64,
    pre: &Result<stripe_recovery::recovery::Candidate, SkipReason>,
    got: &Result<stripe_recovery::recovery::Candidate, SkipReason>,
) {
    match (pre, got) {
        // Facts are checked only after the precheck, and never change its verdict.
        (Err(p), g) => assert_eq!(g.as_ref().err(), Some(p)),
        (Ok(p), Ok(g)) => {
            assert_eq!(p, g);
            assert!(facts.session == SessionMail::NotMailed && !facts.suppressed);
            assert!(facts.last_purchase_at.is_none_or(|at| at < session.created));
            assert!(!g.email.is_empty() && g.email.trim() == g.email);
            assert!(!g.recovery_url.is_empty());
            let recovery = session
                .after_expiration
                .as_ref()
                .and_then(|a| a.recovery.as_ref())
                .expect("a candidate has a recovery");
            assert!(recovery.enabled);
            assert!(recovery.expires_at.is_some_and(|at| at > now));
        }
        (Ok(_), Err(reason)) => assert!(
            matches!(
                reason,
                SkipReason::AlreadyMailed
                    | SkipReason::Suppressed
                    | SkipReason::PurchasedSince
                    | SkipReason::Cooldown
            ),
            "{reason:?} after a passed precheck"
        ),
    }
}
