//! The harness every bench target here runs through (`mod common;`).
//!
//! Criterion runs benchmarks one after another in the order they are declared, so the
//! baseline, declared first, would always run first: on a machine whose load or clock
//! drifts during a run, every ratio would carry that drift the same way. Here each group
//! declares its contenders, and the harness runs the groups and the contenders within
//! each group in an order shuffled by a seed (`WIRE_BENCH_SEED`, else one drawn from the
//! clock, printed and recorded), so three runs put the baseline in three places.
//!
//! After each id is measured, the harness writes a [`Marker`] beside criterion's result
//! (see `wire_benches::run`): the run, the build, the order, and a hash of the result.
//! The `report` binary accepts nothing else.

use criterion::measurement::WallTime;
use criterion::{Bencher, Criterion, Throughput};
use std::env;
use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};
use wire_benches::run::{criterion_home, fingerprint, id_dir, Marker, MARKER_FILE};

/// A routine criterion times; boxed so that one group can hold contenders of any type.
/// The box is called once per sample, the timed loop inside it stays monomorphized.
type Routine<'a> = Box<dyn FnMut(&mut Bencher<'_, WallTime>) + 'a>;

/// One process's run: identity, build, and the seeded order.
pub struct Run {
    id: String,
    build: String,
    target: &'static str,
    seed: u64,
    state: u64,
    home: PathBuf,
}

impl Run {
    /// Starts the run of bench target `target`, printing its identity and seed.
    pub fn start(target: &'static str) -> Run {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let pid = std::process::id();
        let id = format!("{}.{:09}-{pid}", now.as_secs(), now.subsec_nanos());
        let seed = match env::var("WIRE_BENCH_SEED") {
            Ok(text) => text
                .parse()
                .unwrap_or_else(|_| panic!("WIRE_BENCH_SEED must be a u64, not {text:?}")),
            Err(_) => u64::from(now.subsec_nanos()) ^ (now.as_secs() << 20) ^ u64::from(pid),
        };
        let build = env::current_exe()
            .and_then(fs::read)
            .map(|bytes| fingerprint(&bytes))
            .unwrap_or_else(|err| panic!("cannot read the benchmark executable: {err}"));
        let home = criterion_home();
        eprintln!(
            "wire-benches: target {target}, run {id}, build {build}, seed {seed} \
             (WIRE_BENCH_SEED={seed} repeats this order), results in {}",
            home.display()
        );
        Run {
            id,
            build,
            target,
            seed,
            // xorshift needs a non-zero state.
            state: seed | 1,
            home,
        }
    }

    /// Criterion configured from the command line, writing where the markers go.
    pub fn criterion(&self) -> Criterion {
        Criterion::default()
            .output_directory(&self.home)
            .configure_from_args()
    }

    /// Shuffles `items` (Fisher–Yates with xorshift64, Marsaglia 2003).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            let mut x = self.state;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.state = x;
            // The modulus is at most `items.len()`, so the result fits a usize.
            let pick = (x % (last as u64 + 1)) as usize;
            items.swap(last, pick);
        }
    }

    /// Records that `group/id` was measured at `position` of `contenders`, if criterion
    /// wrote a new result for it (`before` is the fingerprint of the result file before
    /// the measurement, if there was one).
    fn record(
        &self,
        group: &str,
        id: &str,
        position: usize,
        contenders: usize,
        before: Option<String>,
    ) {
        let dir = id_dir(&self.home, group, id);
        let marker_path = dir.join(MARKER_FILE);
        let Ok(estimates) = fs::read(dir.join("new").join("estimates.json")) else {
            // Not measured (filtered out, or `--test`/`--list` mode): nothing to vouch for.
            return;
        };
        let estimates = fingerprint(&estimates);
        if before.as_deref() == Some(estimates.as_str()) {
            // Criterion did not write a new result (filtered out, or another mode):
            // leave whatever marker vouched for the old one.
            return;
        }
        let marker = Marker {
            run: self.id.clone(),
            build: self.build.clone(),
            target: self.target.to_owned(),
            seed: self.seed,
            position,
            contenders,
            estimates,
        };
        let text = serde_json::to_string_pretty(&marker)
            .unwrap_or_else(|err| panic!("marker of {group}/{id}: {err}"));
        fs::write(&marker_path, text)
            .unwrap_or_else(|err| panic!("cannot write {}: {err}", marker_path.display()));
    }
}

/// The contenders of one group, run in the seeded order by [`Contenders::finish`].
pub struct Contenders<'a> {
    name: &'static str,
    throughput: Throughput,
    list: Vec<(&'static str, Routine<'a>)>,
}

impl<'a> Contenders<'a> {
    /// A group called `name` whose every iteration processes `throughput`.
    pub fn new(name: &'static str, throughput: Throughput) -> Contenders<'a> {
        assert!(is_plain_name(name), "group name {name:?} must be [a-z0-9_]");
        Contenders {
            name,
            throughput,
            list: Vec::new(),
        }
    }

    /// Adds contender `id`, timed by `routine` (which calls `Bencher::iter`).
    pub fn add(&mut self, id: &'static str, routine: impl FnMut(&mut Bencher<'_, WallTime>) + 'a) {
        assert!(is_plain_name(id), "id {id:?} must be [a-z0-9_]");
        assert!(
            self.list.iter().all(|(other, _)| *other != id),
            "id {id} twice in group {}",
            self.name
        );
        self.list.push((id, Box::new(routine)));
    }

    /// Runs every contender in the run's order and records each one measured.
    pub fn finish(mut self, run: &mut Run, c: &mut Criterion) {
        let mut order: Vec<usize> = (0..self.list.len()).collect();
        run.shuffle(&mut order);
        let names: Vec<&str> = order.iter().map(|&i| self.list[i].0).collect();
        eprintln!("wire-benches: {} order: {}", self.name, names.join(", "));
        let contenders = order.len();
        let mut group = c.benchmark_group(self.name);
        group.throughput(self.throughput.clone());
        for (position, &index) in order.iter().enumerate() {
            let (id, routine) = &mut self.list[index];
            let estimates = id_dir(&run.home, self.name, id)
                .join("new")
                .join("estimates.json");
            let before = fs::read(&estimates).ok().map(|bytes| fingerprint(&bytes));
            group.bench_function(*id, |b| routine(b));
            run.record(self.name, id, position, contenders, before);
        }
        group.finish();
    }
}

/// Names criterion uses unchanged as directory names, and that the report can trust.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Runs `groups` in the run's order; each builds and finishes its own [`Contenders`].
pub fn run_groups(target: &'static str, groups: &mut [fn(&mut Run, &mut Criterion)]) {
    let mut run = Run::start(target);
    let mut c = run.criterion();
    run.shuffle(groups);
    for group in groups.iter() {
        group(&mut run, &mut c);
    }
    c.final_summary();
}
