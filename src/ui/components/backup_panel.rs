//! "Export" (everything the user made, as one JSON file) and "Import" (read
//! such a file, say what it holds, then merge or replace). A file with
//! problems is listed problem by problem and changes nothing. Replace asks
//! first, and afterwards offers Undo and the download of what it replaced.

use leptos::prelude::*;
use unknot_domain::backup::{self, Backup, Mode};
use unknot_domain::validate::{has_errors, validate, Policy};

use crate::platform::{download, local_time, picked_file};
use crate::state::{
    backup::{self as state_backup, Replaced},
    AppState,
};

/// Where an import stands.
#[derive(Clone)]
enum Import {
    Idle,
    /// A good file, waiting for "Merge" or "Replace".
    Ready(Box<Backup>),
    /// "Replace" asked about, waiting for the answer.
    Confirm(Box<Backup>),
    /// A file that cannot be imported, with every problem found.
    Refused(Vec<String>),
    /// Imported: what was done, and what a Replace replaced.
    Done(String, Option<Box<Replaced>>),
    /// Undo put everything back.
    Undone,
    Failed(String),
}

#[component]
pub fn BackupPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let export_status = RwSignal::new(String::new());
    let import = RwSignal::new(Import::Idle);

    let export = move |_| {
        let (y, m, d) = local_time::today_ymd();
        let (file, note) = state_backup::export(&state, backup::date_text(y, m, d));
        let result = download::download(
            &backup::file_name(y, m, d),
            "application/json",
            &file.to_json(),
        );
        // A routine outside the limits (saved by an older version, or edited
        // by hand) would be refused by Import: say so now, while it can be fixed.
        let outside: Vec<&str> = file
            .routines
            .iter()
            .filter(|r| has_errors(&validate(r, Policy::User)))
            .map(|r| r.name.as_str())
            .collect();
        let warning = (!outside.is_empty()).then(|| {
            format!(
                " Outside the safe limits, so Import will refuse the file until they are edited: {}.",
                outside.join(", ")
            )
        });
        export_status.set(match result {
            Ok(()) => format!(
                "Exported {}.{}{}",
                file.summary(),
                note.map(|n| format!(" {n}")).unwrap_or_default(),
                warning.unwrap_or_default()
            ),
            Err(e) => e,
        });
    };

    let on_file = move |e: leptos::ev::Event| {
        let Some(file) = picked_file::take_picked(&e) else {
            return;
        };
        leptos::task::spawn_local(async move {
            import.set(match picked_file::read_text(file).await {
                Err(e) => Import::Refused(vec![e]),
                Ok(text) => match backup::parse(&text) {
                    Ok(b) => Import::Ready(Box::new(b)),
                    Err(problems) => {
                        Import::Refused(problems.iter().map(backup::problem_line).collect())
                    }
                },
            });
        });
    };

    let apply = move |mode: Mode| {
        let (Import::Ready(file) | Import::Confirm(file)) = import.get_untracked() else {
            return;
        };
        import.set(match state_backup::import(&state, &file, mode) {
            Ok(done) => {
                let mut msg = format!(
                    "Imported. You now have {} routine{}.",
                    done.routines,
                    if done.routines == 1 { "" } else { "s" }
                );
                match done.history {
                    Some(h) => msg.push_str(&format!(" {h}")),
                    None if mode == Mode::Merge => msg.push_str(" The file has no history."),
                    None => {}
                }
                Import::Done(msg, done.replaced.map(Box::new))
            }
            Err(e) => Import::Failed(e),
        });
    };
    let ask_replace = move || {
        if let Import::Ready(file) = import.get_untracked() {
            import.set(Import::Confirm(file));
            crate::platform::focus::focus_soon("replace-keep".to_string());
        }
    };
    let undo = move |replaced: &Replaced| {
        import.set(match state_backup::undo(&state, replaced) {
            Ok(()) => Import::Undone,
            Err(e) => Import::Failed(e),
        });
    };
    let download_replaced = move |replaced: &Replaced| {
        let (y, m, d) = local_time::today_ymd();
        let name = format!("unknot-replaced-{}.json", backup::date_text(y, m, d));
        if let Err(e) = download::download(&name, "application/json", &replaced.to_json()) {
            export_status.set(e);
        }
    };

    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">"Backup"</h2>
            <p class="hint">"Your routines, settings and history live only on this device. A backup file keeps them safe when you change phones or clear the browser."</p>
            <p><button on:click=export>"Export"</button></p>
            <p role="status" class="hint">{move || export_status.get()}</p>
            // The native file control is unstyled and too wide for a phone:
            // it stays (hidden, still focusable and named) behind a button-like label.
            <label class="file-field">
                <span class="file-label">"Import a backup file"</span>
                <span class="button file-button" aria-hidden="true">"Choose a file…"</span>
                <input type="file" aria-label="Import a backup file" accept="application/json,.json" on:change=on_file/>
            </label>
            <div class="import-result">{move || match import.get() {
                Import::Idle => ().into_any(),
                Import::Ready(file) => view! {
                    <div class="notice" role="status">
                        <p>{format!("This file holds {}", file.summary())}
                            {(!file.exported_at.is_empty()).then(|| format!(", exported on {}", file.exported_at))}"."</p>
                        {(!file.notes.is_empty()).then(|| view! {
                            <p><strong>"Changed to stay within the safe limits:"</strong></p>
                            <ul class="limit-changes">{file.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                        })}
                        {(!file.history_notes.is_empty()).then(|| view! {
                            <p><strong>"Left out of the history:"</strong></p>
                            <ul class="limit-changes">{file.history_notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                        })}
                        <p class="hint">"Merge adds its routines to yours, and the sessions of its history you do not have. Replace swaps your routines (and settings and history, if the file has them) for the file's."</p>
                        <div class="row-actions">
                            <button class="primary" on:click=move |_| apply(Mode::Merge)>"Merge"</button>
                            <button class="danger" on:click=move |_| ask_replace()>"Replace"</button>
                            <button on:click=move |_| import.set(Import::Idle)>"Cancel"</button>
                        </div>
                    </div>
                }.into_any(),
                Import::Confirm(file) => {
                    let text = format!(
                        "Your routines{} will be swapped for the file's ({}). You can undo this right after, and download what was replaced.",
                        match (file.settings.is_some(), file.history.is_some()) {
                            (true, true) => ", settings and history",
                            (true, false) => " and settings",
                            (false, true) => " and history",
                            (false, false) => "",
                        },
                        file.summary()
                    );
                    view! {
                        <div class="confirm" role="group" aria-labelledby="replace-title" aria-describedby="replace-text">
                            <h3 id="replace-title">"Replace what is on this device?"</h3>
                            <p id="replace-text">{text}</p>
                            <div class="row-actions">
                                <button class="danger" on:click=move |_| apply(Mode::Replace)>"Yes, replace"</button>
                                <button class="primary" id="replace-keep" on:click=move |_| import.set(Import::Ready(file.clone()))>"Keep mine"</button>
                            </div>
                        </div>
                    }.into_any()
                }
                Import::Refused(lines) => view! {
                    <div class="import-errors" role="alert">
                        <p class="error">"This file cannot be imported. Nothing was changed."</p>
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Import::Done(msg, replaced) => view! {
                    <div class="notice import-done">
                        <p role="status">{msg}</p>
                        {replaced.map(|r| {
                            let r2 = r.clone();
                            view! {
                                <div class="row-actions">
                                    <button on:click=move |_| undo(&r)>"Undo"</button>
                                    <button on:click=move |_| download_replaced(&r2)>"Download what was replaced"</button>
                                </div>
                            }
                        })}
                    </div>
                }.into_any(),
                Import::Undone => view! {
                    <p role="status">"Undone: your routines, settings and history are as they were before the import."</p>
                }.into_any(),
                Import::Failed(msg) => view! { <p class="error" role="alert">{msg}</p> }.into_any(),
            }}</div>
        </section>
    }
}
