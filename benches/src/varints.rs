//! The value streams of the varint benchmark (`benches/varint.rs`): per mix, [`STREAMS`]
//! streams of [`COUNT`] values, so that every mix measures the same number of varints per
//! iteration and no iteration replays the stream of the one before.
//!
//! | mix | what it is |
//! |---|---|
//! | [`Mix::OneByte90`] | 90 % one-byte values, the rest 2 to 10 bytes: tags, small lengths and counts, as in most protobuf traffic |
//! | [`Mix::Mixed`] | the earlier benchmark's mix: 40 % one byte, 25 % two, 15 % three, 8 % four, 5 % five, 4 % six to eight, 3 % nine or ten |
//! | [`Mix::Uniform`] | every width from 1 to 10 bytes equally often |
//! | [`Mix::Protobuf`] | every varint of a real protobuf stream, in stream order: see [`remote_write`] |
//!
//! In the three synthetic mixes each value's width is drawn independently of the one
//! before, which no branch predictor can learn; the protobuf stream has the structure
//! of real messages (tag, length, tag, value, …), which a predictor partly learns.

/// Values per stream: what one benchmark iteration reads or writes.
pub const COUNT: usize = 16_384;

/// Streams per mix; iteration `i` works on stream `i % STREAMS`.
///
/// Criterion replays its routine thousands of times, and a branch predictor memorises
/// the width sequence of a stream it sees again and again, even one of 16 384 values:
/// on the machine of the README, prost's byte-at-a-time decoder read the uniform mix
/// at 1.7 ns per value when one stream was replayed and at 8.7 to 12.7 ns when 16
/// streams were rotated (a test program timing the loops with `Instant`, two runs). A
/// live feed never repeats, so the benchmark rotates: 262 144 values per mix, about
/// 1.4 MiB encoded for the uniform mix, less for the others.
pub const STREAMS: usize = 16;

/// A value stream of the benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mix {
    /// At least 90 % one-byte values.
    OneByte90,
    /// The earlier benchmark's mix, 40 % one byte.
    Mixed,
    /// Widths 1 to 10 equally often.
    Uniform,
    /// The varints of a protobuf stream encoded by prost.
    Protobuf,
}

impl Mix {
    /// Every mix, in the order the report shows them.
    pub const ALL: [Mix; 4] = [Mix::OneByte90, Mix::Mixed, Mix::Uniform, Mix::Protobuf];

    /// The name in benchmark group names (`varint_decode_<name>`).
    pub const fn name(self) -> &'static str {
        match self {
            Mix::OneByte90 => "one_byte_90",
            Mix::Mixed => "mixed",
            Mix::Uniform => "uniform",
            Mix::Protobuf => "protobuf",
        }
    }

    /// The mix's [`STREAMS`] streams of [`COUNT`] values each.
    pub fn streams(self) -> Vec<Vec<u64>> {
        self.values().chunks(COUNT).map(<[u64]>::to_vec).collect()
    }

    /// The mix's `STREAMS * COUNT` values, in stream order; the same on every run and
    /// machine.
    pub fn values(self) -> Vec<u64> {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        let widths: fn(&mut XorShift) -> u32 = match self {
            Mix::OneByte90 => |rng| match rng.next() % 100 {
                0..=89 => 1,
                90..=94 => 2,
                95..=96 => 3,
                97 => 4,
                98 => 5,
                _ => 6 + (rng.next() % 5) as u32,
            },
            Mix::Mixed => |rng| match rng.next() % 100 {
                0..=39 => 1,
                40..=64 => 2,
                65..=79 => 3,
                80..=87 => 4,
                88..=92 => 5,
                93..=96 => 6 + (rng.next() % 3) as u32,
                _ => 9 + (rng.next() % 2) as u32,
            },
            // The remainder is below 10, so it fits a u32.
            Mix::Uniform => |rng| 1 + (rng.next() % 10) as u32,
            Mix::Protobuf => {
                let mut values = remote_write::varints(STREAMS * COUNT);
                values.truncate(STREAMS * COUNT);
                return values;
            }
        };
        (0..STREAMS * COUNT)
            .map(|_| {
                let width = widths(&mut rng);
                value_of_width(&mut rng, width)
            })
            .collect()
    }
}

/// A tiny deterministic generator (xorshift64, Marsaglia 2003), so that every run and
/// every machine measures the same values without a `rand` dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// A value whose minimal varint encoding is exactly `width` bytes (1..=10).
fn value_of_width(rng: &mut XorShift, width: u32) -> u64 {
    let low = if width == 1 {
        0
    } else {
        1u64 << (7 * (width - 1))
    };
    let high = if width >= 10 {
        u64::MAX
    } else {
        (1u64 << (7 * width)) - 1
    };
    low + rng.next() % (high - low) + u64::from(width == 10)
}

/// Bytes in the minimal varint encoding of `value`, computed the slow, obvious way: the
/// tests check the mixes with it, independently of both encoders.
pub fn width_of(value: u64) -> usize {
    let mut width = 1;
    let mut rest = value >> 7;
    while rest != 0 {
        width += 1;
        rest >>= 7;
    }
    width
}

/// A Prometheus remote-write request (the `prompb` messages of Prometheus's
/// `prompb/types.proto` and `remote.proto`, remote write 1.0), encoded by prost: what
/// every Prometheus server sends to its long-term storage, a protobuf stream that exists
/// in production in large volume.
///
/// [`varints`](remote_write::varints) builds requests of realistic series — node-exporter and HTTP server
/// metrics, five to seven labels each, two samples 15 s apart with millisecond
/// timestamps in December 2026 — encodes them with prost, then walks the bytes as a
/// protobuf parser does and collects every varint it meets: field keys, lengths, and
/// the `int64` timestamps, in stream order.
pub mod remote_write {
    use prost::encoding::{decode_varint, WireType};
    use prost::Message;

    /// `prometheus.WriteRequest`.
    #[derive(Clone, PartialEq, Message)]
    pub struct WriteRequest {
        #[prost(message, repeated, tag = "1")]
        pub timeseries: Vec<TimeSeries>,
        #[prost(message, repeated, tag = "3")]
        pub metadata: Vec<MetricMetadata>,
    }

    /// `prometheus.TimeSeries` (without exemplars and native histograms).
    #[derive(Clone, PartialEq, Message)]
    pub struct TimeSeries {
        #[prost(message, repeated, tag = "1")]
        pub labels: Vec<Label>,
        #[prost(message, repeated, tag = "2")]
        pub samples: Vec<Sample>,
    }

    /// `prometheus.Label`.
    #[derive(Clone, PartialEq, Message)]
    pub struct Label {
        #[prost(string, tag = "1")]
        pub name: String,
        #[prost(string, tag = "2")]
        pub value: String,
    }

    /// `prometheus.Sample`.
    #[derive(Clone, PartialEq, Message)]
    pub struct Sample {
        #[prost(double, tag = "1")]
        pub value: f64,
        #[prost(int64, tag = "2")]
        pub timestamp: i64,
    }

    /// `prometheus.MetricMetadata`.
    #[derive(Clone, PartialEq, Message)]
    pub struct MetricMetadata {
        /// `MetricType`: 1 counter, 2 gauge, …
        #[prost(int32, tag = "1")]
        pub r#type: i32,
        #[prost(string, tag = "2")]
        pub metric_family_name: String,
        #[prost(string, tag = "4")]
        pub help: String,
        #[prost(string, tag = "5")]
        pub unit: String,
    }

    /// 2026-12-01T00:00:00Z in milliseconds.
    const START_MS: i64 = 1_795_996_800_000;

    /// Series of one scrape of `instance`: node-exporter CPU, memory and network
    /// metrics, and an HTTP server's request counters.
    fn scrape(instance: usize, at_ms: i64) -> Vec<TimeSeries> {
        let host = format!("node-{instance:03}.prod.example:9100");
        let mut series = Vec::new();
        let mut push = |labels: &[(&str, String)], value: f64| {
            series.push(TimeSeries {
                labels: labels
                    .iter()
                    .map(|(name, value)| Label {
                        name: (*name).to_owned(),
                        value: value.clone(),
                    })
                    .collect(),
                samples: (0..2)
                    .map(|i| Sample {
                        value: value + f64::from(i) * 1.5,
                        timestamp: at_ms + i64::from(i) * 15_000,
                    })
                    .collect(),
            });
        };
        for cpu in 0..4 {
            for mode in ["idle", "system", "user", "iowait"] {
                push(
                    &[
                        ("__name__", "node_cpu_seconds_total".into()),
                        ("cpu", cpu.to_string()),
                        ("instance", host.clone()),
                        ("job", "node".into()),
                        ("mode", mode.into()),
                    ],
                    123_456.75 + f64::from(cpu),
                );
            }
        }
        for metric in [
            "node_memory_MemAvailable_bytes",
            "node_memory_MemTotal_bytes",
        ] {
            push(
                &[
                    ("__name__", metric.into()),
                    ("instance", host.clone()),
                    ("job", "node".into()),
                ],
                16_777_216_000.0,
            );
        }
        for device in ["eth0", "lo"] {
            for metric in [
                "node_network_receive_bytes_total",
                "node_network_transmit_bytes_total",
            ] {
                push(
                    &[
                        ("__name__", metric.into()),
                        ("device", device.into()),
                        ("instance", host.clone()),
                        ("job", "node".into()),
                    ],
                    9_876_543_210.0,
                );
            }
        }
        for (handler, code) in [("/api/v1/query", "200"), ("/api/v1/write", "204")] {
            for method in ["GET", "POST"] {
                push(
                    &[
                        ("__name__", "http_requests_total".into()),
                        ("code", code.into()),
                        ("handler", handler.into()),
                        ("instance", host.clone()),
                        ("job", "api".into()),
                        ("method", method.into()),
                        ("namespace", "monitoring".into()),
                    ],
                    4_321.0,
                );
            }
        }
        series
    }

    /// Requests of 10 instances each, encoded by prost, until they hold at least
    /// `count` varints; returns every varint in stream order.
    pub fn varints(count: usize) -> Vec<u64> {
        let mut values = Vec::new();
        let mut request_index = 0;
        while values.len() < count {
            let request = WriteRequest {
                timeseries: (0..10)
                    .flat_map(|i| scrape(request_index * 10 + i, START_MS))
                    .collect(),
                metadata: vec![MetricMetadata {
                    r#type: 1,
                    metric_family_name: "node_cpu_seconds_total".into(),
                    help: "Seconds the CPUs spent in each mode.".into(),
                    unit: String::new(),
                }],
            };
            let bytes = request.encode_to_vec();
            walk(&bytes, Kind::WriteRequest, &mut values)
                .unwrap_or_else(|err| panic!("prost's own encoding does not parse: {err}"));
            request_index += 1;
        }
        values
    }

    /// The message types of the walk.
    #[derive(Clone, Copy)]
    enum Kind {
        WriteRequest,
        TimeSeries,
        Label,
        Sample,
        MetricMetadata,
    }

    impl Kind {
        /// The message type of a length-delimited field, if it is a message.
        fn child(self, field: u64) -> Option<Kind> {
            match (self, field) {
                (Kind::WriteRequest, 1) => Some(Kind::TimeSeries),
                (Kind::WriteRequest, 3) => Some(Kind::MetricMetadata),
                (Kind::TimeSeries, 1) => Some(Kind::Label),
                (Kind::TimeSeries, 2) => Some(Kind::Sample),
                _ => None,
            }
        }
    }

    /// Walks one message of type `kind`, pushing every varint (keys, lengths, values).
    fn walk(mut bytes: &[u8], kind: Kind, out: &mut Vec<u64>) -> Result<(), String> {
        while !bytes.is_empty() {
            let key = decode_varint(&mut bytes).map_err(|e| e.to_string())?;
            out.push(key);
            let field = key >> 3;
            let wire_type = WireType::try_from(key & 7).map_err(|e| e.to_string())?;
            match wire_type {
                WireType::Varint => out.push(decode_varint(&mut bytes).map_err(|e| e.to_string())?),
                WireType::SixtyFourBit => bytes = bytes.get(8..).ok_or("short fixed64")?,
                WireType::ThirtyTwoBit => bytes = bytes.get(4..).ok_or("short fixed32")?,
                WireType::LengthDelimited => {
                    let len = decode_varint(&mut bytes).map_err(|e| e.to_string())?;
                    out.push(len);
                    let len = usize::try_from(len).map_err(|e| e.to_string())?;
                    let inner = bytes.get(..len).ok_or("short length-delimited field")?;
                    if let Some(child) = kind.child(field) {
                        walk(inner, child, out)?;
                    }
                    bytes = &bytes[len..];
                }
                WireType::StartGroup | WireType::EndGroup => return Err("groups".into()),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share_of_width(values: &[u64], width: usize) -> f64 {
        values.iter().filter(|&&v| width_of(v) == width).count() as f64 / values.len() as f64
    }

    #[test]
    fn every_mix_has_streams_of_count_values() {
        for mix in Mix::ALL {
            let streams = mix.streams();
            assert_eq!(streams.len(), STREAMS, "{mix:?}");
            assert!(streams.iter().all(|s| s.len() == COUNT), "{mix:?}");
            assert_ne!(streams[0], streams[1], "{mix:?}");
        }
    }

    #[test]
    fn the_mixes_have_the_widths_they_claim() {
        assert!(share_of_width(&Mix::OneByte90.values(), 1) >= 0.895);
        let mixed = Mix::Mixed.values();
        assert!((0.38..0.42).contains(&share_of_width(&mixed, 1)));
        let uniform = Mix::Uniform.values();
        for width in 1..=10 {
            let share = share_of_width(&uniform, width);
            assert!((0.09..0.11).contains(&share), "width {width}: {share}");
        }
        // The protobuf stream: mostly keys and short lengths, and 6-byte timestamps.
        let protobuf = Mix::Protobuf.values();
        assert!(share_of_width(&protobuf, 1) > 0.85);
        assert!(share_of_width(&protobuf, 6) > 0.02);
    }

    #[test]
    fn value_of_width_hits_both_ends_of_every_width() {
        let mut rng = XorShift(1);
        for width in 1..=10 {
            for _ in 0..1000 {
                assert_eq!(width_of(value_of_width(&mut rng, width)) as u32, width);
            }
        }
        assert_eq!(width_of(u64::MAX), 10);
        assert_eq!(width_of(127), 1);
        assert_eq!(width_of(128), 2);
    }

    #[test]
    fn the_protobuf_walk_finds_the_timestamps_prost_wrote() {
        let values = remote_write::varints(1);
        // The first series' first sample: key of field 2 (varint) then the timestamp.
        let at = values
            .windows(2)
            .position(|w| w[0] == (2 << 3) && w[1] == 1_795_996_800_000)
            .expect("a timestamp varint after its key");
        assert!(at > 0);
    }

    #[test]
    fn wire_and_prost_read_and_write_the_same_bytes_for_every_mix() {
        for mix in Mix::ALL {
            let values = mix.values();
            let mut ours = vec![0u8; values.len() * wire::varint::MAX_LEN_U64];
            let mut theirs = ours.clone();
            let mut at = 0;
            let mut sink: &mut [u8] = &mut theirs;
            for &value in &values {
                at += wire::varint::encode_u64(value, &mut ours[at..]).unwrap();
                prost::encoding::encode_varint(value, &mut sink);
            }
            let written = ours.len() - sink.len();
            assert_eq!(at, written, "{mix:?}");
            assert_eq!(ours[..at], theirs[..at], "{mix:?}");
            let mut rest = &ours[..at];
            for &value in &values {
                let (read, len) = wire::varint::decode_u64(rest).unwrap();
                assert_eq!(read, value, "{mix:?}");
                let mut theirs = rest;
                assert_eq!(prost::encoding::decode_varint(&mut theirs).unwrap(), value);
                rest = &rest[len..];
                assert_eq!(rest.len(), theirs.len());
            }
            assert!(rest.is_empty());
        }
    }
}
