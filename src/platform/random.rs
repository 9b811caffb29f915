//! Random numbers (not for secrets).

/// A random whole number below `limit` (not for secrets).
pub fn random_below(limit: u64) -> u64 {
    (js_sys::Math::random() * limit as f64) as u64
}
