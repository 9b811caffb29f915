//! Finding a routine: its length in whole minutes and the library filters
//! (body area, tool, length).

use crate::routine::{BodyArea, Routine, Tool};
use crate::settings::Settings;
use crate::time::{Millis, SECOND};
use crate::timeline::{expand, total};

/// The "up to" lengths offered by the length filter, in minutes.
pub const LENGTHS: [u64; 3] = [5, 10, 20];

/// Total time of a routine with these settings: get-ready, every set and
/// side, switch pauses and rests.
pub fn total_ms(routine: &Routine, settings: &Settings) -> Millis {
    total(&expand(routine, settings))
}

/// Length shown in the library: minutes rounded to the nearest whole one,
/// and never 0 for a routine that has steps.
pub fn minutes(routine: &Routine, settings: &Settings) -> u64 {
    let ms = total_ms(routine, settings);
    if ms == 0 {
        return 0;
    }
    ((ms + 30 * SECOND) / (60 * SECOND)).max(1)
}

/// What the user narrowed the library to; `None` means "any".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub area: Option<BodyArea>,
    pub tool: Option<Tool>,
    pub max_minutes: Option<u64>,
}

impl Filter {
    pub fn is_any(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether `routine`, which lasts `minutes`, passes every chosen filter:
    /// it works the area, uses the tool, and is no longer than the limit.
    pub fn matches(&self, routine: &Routine, minutes: u64) -> bool {
        self.area.is_none_or(|a| routine.areas().contains(&a))
            && self.tool.is_none_or(|t| routine.tools().contains(&t))
            && self.max_minutes.is_none_or(|max| minutes <= max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::{Step, StepKind};

    fn routine(steps: Vec<Step>) -> Routine {
        Routine {
            id: "r".into(),
            name: "R".into(),
            description: String::new(),
            steps,
        }
    }

    fn calf_ball(secs: u64) -> Step {
        Step::new(
            StepKind::Hold,
            "Calf",
            "Ball.",
            secs,
            BodyArea::Calves,
            Tool::Ball,
        )
    }

    #[test]
    fn minutes_round_to_the_nearest_and_never_show_zero() {
        let s = Settings::default();
        // 5 s get-ready + 60 s = 65 s: 1 min.
        assert_eq!(minutes(&routine(vec![calf_ball(60)]), &s), 1);
        // 5 + 24 = 29 s still shows 1 min.
        assert_eq!(minutes(&routine(vec![calf_ball(24)]), &s), 1);
        // 5 + 85 + 5 + 85 = 180 s: 3 min; 150 s rounds up to 3, 210 s to 4.
        assert_eq!(minutes(&routine(vec![calf_ball(85).both_sides()]), &s), 3);
        assert_eq!(minutes(&routine(vec![calf_ball(85), calf_ball(60)]), &s), 3);
        assert_eq!(
            minutes(
                &routine(vec![calf_ball(85), calf_ball(60), calf_ball(60)]),
                &s
            ),
            4
        );
        assert_eq!(minutes(&routine(vec![]), &s), 0);
    }

    #[test]
    fn an_empty_filter_matches_everything() {
        assert!(Filter::default().is_any());
        assert!(Filter::default().matches(&routine(vec![calf_ball(30)]), 99));
    }

    #[test]
    fn each_filter_narrows() {
        let r = routine(vec![
            calf_ball(30),
            Step::new(
                StepKind::Stretch,
                "S",
                "S.",
                30,
                BodyArea::Calves,
                Tool::None,
            ),
        ]);
        let area = |a| Filter {
            area: Some(a),
            ..Filter::default()
        };
        let tool = |t| Filter {
            tool: Some(t),
            ..Filter::default()
        };
        let max = |m| Filter {
            max_minutes: Some(m),
            ..Filter::default()
        };
        assert!(area(BodyArea::Calves).matches(&r, 5));
        assert!(!area(BodyArea::Neck).matches(&r, 5));
        assert!(tool(Tool::Ball).matches(&r, 5));
        assert!(!tool(Tool::FoamRoller).matches(&r, 5));
        assert!(
            !tool(Tool::None).matches(&r, 5),
            "needs a ball, so not equipment-free"
        );
        assert!(max(5).matches(&r, 5));
        assert!(!max(5).matches(&r, 6));
        let all = Filter {
            area: Some(BodyArea::Calves),
            tool: Some(Tool::Ball),
            max_minutes: Some(10),
        };
        assert!(all.matches(&r, 10));
        assert!(!all.matches(&r, 11));
    }
}
