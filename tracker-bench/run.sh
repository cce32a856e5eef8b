#!/usr/bin/env bash
# Runs the benchmarks and the heap measurements, and prints one table: operation, size, our time, the
# baseline's time from the same run, their ratio against the target, and the peak heap.
#
#   tracker-bench/run.sh           # the default run: 1,000, 10,000 and 100,000 recommendations, a few minutes
#   tracker-bench/run.sh --quick   # 1,000 recommendations only (docx 2,000), heap at 10,000: a check that all runs
#   tracker-bench/run.sh --full    # each benchmark's own warm-up and measurement, more forks: for a quiet machine
#   tracker-bench/run.sh --cli [--sizes 1000,10000,100000] [--baseline-rev REV]
#                                  # the commands, cold, beside a baseline build: see cli.sh
#
# Results go to tracker-bench/target/results/ (JMH's JSON, the heap lines, the table).
set -euo pipefail

mode=default
if [[ "${1:-}" == --cli ]]; then
  exec "$(dirname "$0")/cli.sh" "$@"
fi
for arg in "$@"; do
  case "$arg" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option '$arg': use --quick, --full or --cli" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out=tracker-bench/target/results
jar=tracker-bench/target/benchmarks.jar

echo "Building tracker-bench and the modules it needs..."
mvn -B -q -pl tracker-bench -am package -DskipTests

rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)

# Heavy data for the big sizes: every part of a 100,000-recommendation register and its workbook's cells at once.
big_heap=(-jvmArgsAppend "-Xms4g -Xmx4g")
case "$mode" in
  quick)
    small_sizes=1000; large_sizes=""; heap_size=10000; heap_updates=2; json_size=1000; json_updates=10
    store=(--recommendations 1000 --appends 200 --loads 2)
    small=(-wi 1 -w 1 -i 2 -r 1 -f 1)
    single=(-bm ss -wi 1 -i 2 -f 1)
    views=(-p recommendations=10000 -wi 1 -w 1 -i 2 -r 1 -f 1)
    ;;
  default)
    small_sizes=1000,10000; large_sizes=100000; heap_size=100000; heap_updates=0; json_size=10000; json_updates=10
    store=(--recommendations 10000 --appends 1000 --loads 5)
    small=(-wi 1 -w 1 -i 3 -r 1 -f 1)
    single=(-bm ss -wi 1 -i 2 -f 1)
    views=(-wi 2 -w 1 -i 3 -r 1 -f 1)
    ;;
  full)
    small_sizes=1000,10000; large_sizes=100000; heap_size=100000; heap_updates=0; json_size=10000; json_updates=10
    small=(-f 2)
    store=(--recommendations 10000 --appends 2000 --loads 10)
    single=(-bm ss -wi 2 -i 5 -f 2)
    views=(-f 2)
    ;;
esac

jmh() { # name, then JMH arguments
  local name=$1; shift
  echo "JMH: $name"
  java -jar "$jar" "$@" -rf json -rff "$out/jmh-$name.json" > "$out/jmh-$name.log" 2>&1 \
    || echo "  some benchmarks of '$name' failed; see $out/jmh-$name.log"
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$out/jmh-$name.log" | sed 's/^/  /' || true
}

exports='^io\.github\.rectrack\.bench\.(CsvExportBenchmark|XlsxExportBenchmark|XlsxImportBenchmark|JsonLoadBenchmark)\.'
jmh small "$exports" -p recommendations=$small_sizes "${small[@]}"
if [[ -n "$large_sizes" ]]; then
  jmh large "$exports" -p recommendations=$large_sizes "${single[@]}" "${big_heap[@]}"
fi
jmh docx 'DocxExportBenchmark' "${single[@]}"
jmh views 'EngineViewsBenchmark\.(allViews|evaluate|baselineSinglePass)$' "${views[@]}"

# Peak heap, each operation in a JVM of its own with 256 MiB. A generated register takes about 1 KiB a
# recommendation without updates and 0.6 KiB more per update (7 KiB with the default ten): 100,000
# recommendations with ten updates each do not fit in 256 MiB as objects, nor with one (245 MiB live). The
# 100,000 workbook runs use a register without progress updates (about 100 MiB; targets, decisions, actions
# and owners are there). The JSON load holds Jackson's document and the register at once, so it reads a
# tenth of that size with the default ten updates. The files read are prepared in a JVM with a larger heap.
echo "Heap: -Xmx256m; xlsx $heap_size recommendations, $heap_updates updates each; json $json_size, $json_updates updates each"
java -Xmx2g -cp "$jar" io.github.rectrack.bench.HeapHarness prepare "$heap_size" "$heap_updates" "$out/heap-work" > /dev/null
java -Xmx2g -cp "$jar" io.github.rectrack.bench.HeapHarness prepare "$json_size" "$json_updates" "$out/heap-work" > /dev/null
heap() { # operation, size, updates
  java -Xmx256m -cp "$jar" io.github.rectrack.bench.HeapHarness "$1" "$2" "$3" "$out/heap-work" \
    >> "$out/heap.jsonl" 2> "$out/heap-$1.log" || echo "  $1 failed; see $out/heap-$1.log"
}
heap xlsx-export "$heap_size" "$heap_updates"
heap xlsx-import "$heap_size" "$heap_updates"
heap json-load "$json_size" "$json_updates"
rm -rf "$out/heap-work"

# The stores: single-change appends and loads of a generated register, file store against PostgreSQL (an
# embedded PostgreSQL 14 from Maven Central binaries), one after the other in one JVM.
echo "Stores: ${store[*]}"
java -Xmx2g -cp "$jar" io.github.rectrack.bench.StoreBenchmark "${store[@]}" > "$out/store.md" 2> "$out/store.log" \
  || echo "  the store benchmark failed; see $out/store.log"

echo
echo "Mode $mode, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "Took $(( $(date +%s) - start )) s (after the build)."
echo
java -cp "$jar" io.github.rectrack.bench.ResultsTable "$out/heap.jsonl" "$out"/jmh-*.json | tee "$out/table.md"
echo
cat "$out/store.md" 2> /dev/null || true
