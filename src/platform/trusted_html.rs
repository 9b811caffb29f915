//! Trusted Types: the browser refuses any plain string assigned to
//! `innerHTML` (the page's CSP says `require-trusted-types-for 'script'`).
//! Markup the app builds goes through the one named policy, `unknot`, via
//! [`html`]; every piece of text in it was escaped by
//! `unknot_domain::markup::escape`. The framework's own compile-time
//! templates arrive as plain strings, so a `default` policy lets a string
//! through only when it cannot run script, and throws (loudly, in tests
//! too) when it could. Script URLs (the service worker) must be this site's.
//! Browsers without Trusted Types get the plain strings.

use js_sys::{Function, Object, Reflect};
use unknot_domain::markup::could_run_script;
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};

/// The app's policy name, as listed in the CSP's `trusted-types`.
pub const POLICY: &str = "unknot";

thread_local! {
    static APP_POLICY: Option<JsValue> = install_policies();
}

/// Creates the policies (once). Called at start, before anything renders.
pub fn install() {
    APP_POLICY.with(|_| ());
}

/// `markup` (built by the app from escaped text) as a value for
/// `prop:innerHTML`.
pub fn html(markup: &str) -> JsValue {
    APP_POLICY.with(|policy| {
        policy
            .as_ref()
            .and_then(|p| call(p, "createHTML", markup))
            .unwrap_or_else(|| JsValue::from_str(markup))
    })
}

fn install_policies() -> Option<JsValue> {
    let window = web_sys::window()?;
    let tt = Reflect::get(&window, &"trustedTypes".into()).ok()?;
    if tt.is_undefined() || tt.is_null() {
        return None;
    }
    let origin = window.location().origin().ok()?;
    let passthrough = Closure::<dyn Fn(String) -> String>::new(|s: String| s).into_js_value();
    let checked = Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(|s: String| {
        if could_run_script(&s) {
            Err(js_sys::TypeError::new("Unknot: markup that could run script was refused").into())
        } else {
            Ok(s)
        }
    })
    .into_js_value();
    let same_site =
        Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(move |url: String| {
            let resolved = web_sys::Url::new_with_base(&url, &origin).ok();
            match resolved {
                Some(u) if u.origin() == origin => Ok(url),
                _ => Err(
                    js_sys::TypeError::new("Unknot: a script from another site was refused").into(),
                ),
            }
        })
        .into_js_value();
    let app = policy(&tt, POLICY, &[("createHTML", &passthrough)]);
    policy(
        &tt,
        "default",
        &[("createHTML", &checked), ("createScriptURL", &same_site)],
    );
    app
}

fn policy(tt: &JsValue, name: &str, rules: &[(&str, &JsValue)]) -> Option<JsValue> {
    let options = Object::new();
    for (rule, f) in rules {
        Reflect::set(&options, &(*rule).into(), f).ok()?;
    }
    let create: Function = Reflect::get(tt, &"createPolicy".into())
        .ok()?
        .dyn_into()
        .ok()?;
    create.call2(tt, &name.into(), &options).ok()
}

fn call(target: &JsValue, method: &str, arg: &str) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    f.call1(target, &arg.into()).ok()
}
